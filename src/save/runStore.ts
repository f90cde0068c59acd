import { advance, cloneRun, currentStep, type ChapterWin } from '../campaign/campaign';
import { newRunState, type RunState } from '../campaign/runState';
import { RUN_KEY, RUN_VERSION, loadRun, parseRunSave, saveRun } from './run';
import { browserStorage, mayOverwrite, tryRead, watchOtherTabs, type KeyValueStorage } from './storage';

/**
 * The game's one campaign-run store: loaded once, saved on every change. A run is one
 * sequence of decisions, so two tabs do not merge runs: the one saved last is the run
 * (`syncFromStorage` takes in another tab's).
 */
export class RunStore {
  private current: RunState | null;
  private notice: string | null;
  /** False once a save failed (private mode, full storage): the run then lasts this session only. */
  persistent = true;

  constructor(private readonly storage: KeyValueStorage) {
    const loaded = loadRun(storage);
    this.current = loaded.run;
    this.notice = loaded.notice ?? null;
    // Clear a damaged save at once, so the notice shows only once; one the browser would
    // not let us read is left alone (it may be fine).
    if (loaded.unreadable) this.persistent = false;
    else if (this.notice) this.persistent = saveRun(storage, null);
  }

  /** The run in progress (a copy), or null when there is none or it is past the campaign's end. */
  get run(): RunState | null {
    return this.current && currentStep(this.current) ? cloneRun(this.current) : null;
  }

  /** The message about a save that could not be used, once (later calls return null). */
  takeNotice(): string | null {
    const n = this.notice;
    this.notice = null;
    return n;
  }

  /** Starts a fresh run at the first step, replacing any run in progress. */
  startNew(): RunState {
    this.set(newRunState());
    return newRunState();
  }

  set(run: RunState): void {
    this.current = cloneRun(run);
    // Never write over a save the browser would not let us read, nor a newer game's.
    this.persistent = mayOverwrite(tryRead(this.storage, RUN_KEY), RUN_VERSION) && saveRun(this.storage, this.current);
  }

  /** Takes in the run another tab saved (or its removal). */
  syncFromStorage(): void {
    const text = tryRead(this.storage, RUN_KEY);
    if (text === undefined) return;
    if (text === null) {
      this.current = null;
      return;
    }
    try {
      const parsed = parseRunSave(JSON.parse(text));
      if ('run' in parsed) this.current = parsed.run;
    } catch {
      // Another tab's damaged write: keep ours.
    }
  }

  /**
   * A chapter was won: the run in progress advances when that chapter is its current step
   * (a replay of another one changes nothing). Returns whether a run is in progress after it.
   */
  chapterWon(win: ChapterWin): boolean {
    if (!this.current) return false;
    const next = advance(this.current, win);
    if (next.step !== this.current.step) this.set(next);
    return this.run !== null;
  }
}

let store: RunStore | null = null;

export function runStore(): RunStore {
  if (!store) {
    const s = new RunStore(browserStorage());
    watchOtherTabs(RUN_KEY, () => s.syncFromStorage());
    store = s;
  }
  return store;
}
