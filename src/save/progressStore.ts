import { FIRST_CHAPTER } from '../chapters/registry';
import { PROGRESS_KEY, PROGRESS_VERSION, loadProgress, mergeProgress, parseProgressText, recordCompletion, saveProgress, type ChapterOutcome, type Progress } from './progress';
import { browserStorage, mayOverwrite, tryRead, watchOtherTabs, type KeyValueStorage } from './storage';

/**
 * The game's one progress store: loaded once, saved on every change. Another tab may
 * finish chapters too: every save merges with what is stored (best times keep the best,
 * unlocks and finds add up), and `syncFromStorage` takes in the other tab's progress.
 */
export class ProgressStore {
  private current: Progress;
  private readonly listeners = new Set<() => void>();
  /** A message for the player when the saved progress could not be used. */
  notice: string | null;
  /** False once a save failed or the save could not be read: progress then lasts this session only. */
  persistent = true;

  constructor(private readonly storage: KeyValueStorage) {
    const loaded = loadProgress(storage, FIRST_CHAPTER);
    this.current = loaded.progress;
    this.notice = loaded.notice ?? null;
    // A damaged save is replaced at once (the notice shows once); one the browser would not
    // let us read is left alone: it may be fine.
    if (loaded.unreadable) this.persistent = false;
    else if (this.notice) this.persistent = saveProgress(storage, this.current);
  }

  get progress(): Readonly<Progress> {
    return this.current;
  }

  isUnlocked(chapterId: string): boolean {
    return this.current.unlocked.includes(chapterId);
  }

  complete(outcome: ChapterOutcome): void {
    this.current = recordCompletion(this.current, outcome);
    // Read, merge, write: never over a save the browser would not let us read.
    const stored = this.readStored();
    if (stored === undefined) {
      this.persistent = false;
      return;
    }
    if (stored) this.current = mergeProgress(this.current, stored);
    this.persistent = saveProgress(this.storage, this.current);
    this.notify();
  }

  /** Takes in what another tab saved; tells the listeners if anything changed. */
  syncFromStorage(): void {
    const stored = this.readStored();
    if (!stored) return;
    const merged = mergeProgress(this.current, stored);
    if (JSON.stringify(merged) === JSON.stringify(this.current)) return;
    this.current = merged;
    this.notify();
  }

  /** Calls `listener` after every change (this tab's or another's); returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The stored progress: null when there is none (or it is unusable), undefined when it must not be overwritten (unreadable, or a newer game's). */
  private readStored(): Progress | null | undefined {
    const text = tryRead(this.storage, PROGRESS_KEY);
    if (!mayOverwrite(text, PROGRESS_VERSION)) return undefined;
    if (text === undefined) return undefined;
    if (text === null) return null;
    const parsed = parseProgressText(text);
    return 'progress' in parsed ? parsed.progress : null;
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }
}

let store: ProgressStore | null = null;

export function progressStore(): ProgressStore {
  if (!store) {
    const s = new ProgressStore(browserStorage());
    watchOtherTabs(PROGRESS_KEY, () => s.syncFromStorage());
    store = s;
  }
  return store;
}
