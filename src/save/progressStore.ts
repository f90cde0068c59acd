import { FIRST_CHAPTER } from '../chapters/registry';
import { loadProgress, recordCompletion, saveProgress, type ChapterOutcome, type Progress } from './progress';
import { browserStorage, type KeyValueStorage } from './storage';

/** The game's one progress store: loaded once, saved on every change. */
export class ProgressStore {
  private current: Progress;
  /** A message for the player when the saved progress could not be used. */
  notice: string | null;

  constructor(private readonly storage: KeyValueStorage) {
    const loaded = loadProgress(storage, FIRST_CHAPTER);
    this.current = loaded.progress;
    this.notice = loaded.notice ?? null;
    if (this.notice) saveProgress(storage, this.current);
  }

  get progress(): Readonly<Progress> {
    return this.current;
  }

  isUnlocked(chapterId: string): boolean {
    return this.current.unlocked.includes(chapterId);
  }

  complete(outcome: ChapterOutcome): void {
    this.current = recordCompletion(this.current, outcome);
    saveProgress(this.storage, this.current);
  }
}

let store: ProgressStore | null = null;

export function progressStore(): ProgressStore {
  store ??= new ProgressStore(browserStorage());
  return store;
}
