import { advance, cloneRun, currentStep, type ChapterWin } from '../campaign/campaign';
import { newRunState, type RunState } from '../campaign/runState';
import { loadRun, saveRun } from './run';
import { browserStorage, type KeyValueStorage } from './storage';

/** The game's one campaign-run store: loaded once, saved on every change. */
export class RunStore {
  private current: RunState | null;
  private notice: string | null;
  /** False once a save failed (private mode, full storage): the run then lasts this session only. */
  persistent = true;

  constructor(private readonly storage: KeyValueStorage) {
    const loaded = loadRun(storage);
    this.current = loaded.run;
    this.notice = loaded.notice ?? null;
    // Clear an unusable save at once, so the notice shows only once.
    if (this.notice) this.persistent = saveRun(storage, null);
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
    this.persistent = saveRun(this.storage, this.current);
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
  store ??= new RunStore(browserStorage());
  return store;
}
