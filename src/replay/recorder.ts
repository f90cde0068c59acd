import type { RunState } from '../campaign/runState';
import type { Intent } from '../sim/intent';
import type { World, WorldOptions } from '../sim/world';
import { hashWorld } from '../sim/worldHash';
import { HASH_EVERY_TICKS, IntentRunsWriter, REPLAY_FORMAT, REPLAY_VERSION, type Replay, type ReplayWorldOptions } from './format';

/** What a recording starts from: the same things createChapterWorld is given. */
export interface RecordingStart {
  gameVersion: string;
  chapterId: string;
  seed: number;
  options: ReplayWorldOptions;
  run: Readonly<RunState>;
}

/** The overrides a chapter's World was made with (createChapterWorld), as a replay keeps them. */
export function recordedOptions(overrides: WorldOptions): ReplayWorldOptions {
  const options: ReplayWorldOptions = { difficulty: overrides.difficulty ?? 'normal', peaceful: overrides.peaceful === true };
  if (overrides.startWithExtinguisher !== undefined) options.startWithExtinguisher = overrides.startWithExtinguisher;
  return options;
}

/**
 * Records one run of a chapter as it is played: the intent fed to the sim each tick
 * (after the step, with the world it made, for the per-second hash) and the retries from
 * the checkpoint. Pure: the game's ChapterScene and the golden tests' bots use it alike.
 */
export class ReplayRecorder {
  private readonly intents = new IntentRunsWriter();
  private readonly retries: number[] = [];
  private readonly hashes: string[] = [];
  private readonly start: RecordingStart;

  constructor(start: RecordingStart) {
    // A copy: the run may change after the chapter starts, the recording must not.
    this.start = { ...start, options: { ...start.options }, run: structuredClone(start.run) as RunState };
  }

  /** Ticks recorded so far. */
  get ticks(): number {
    return this.intents.ticks;
  }

  /** After a step: the intent that was fed, and the world it made. */
  tick(intent: Intent, world: World): void {
    this.intents.push(intent);
    if (this.intents.ticks % HASH_EVERY_TICKS === 0) this.hashes.push(hashWorld(world));
  }

  /** The player restored the checkpoint copy (before the next tick is fed). */
  retry(): void {
    this.retries.push(this.intents.ticks);
  }

  /** The replay so far, ending in `world` (the live world now). Recording may go on after. */
  replay(world: World, recordedAt: Date = new Date(0)): Replay {
    const s = this.start;
    return {
      format: REPLAY_FORMAT,
      version: REPLAY_VERSION,
      gameVersion: s.gameVersion,
      recordedAt: recordedAt.toISOString(),
      chapterId: s.chapterId,
      seed: s.seed,
      options: { ...s.options },
      run: structuredClone(s.run) as RunState,
      ticks: this.intents.ticks,
      intents: {
        move: [...this.intents.runs.move],
        aim: [...this.intents.runs.aim],
        buttons: [...this.intents.runs.buttons],
      },
      retries: [...this.retries],
      hashes: [...this.hashes],
      finalHash: hashWorld(world),
      outcome: world.status,
    };
  }
}
