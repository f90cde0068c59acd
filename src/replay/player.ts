import { retryFrom } from '../sim/retry';
import { chapterById } from '../chapters/registry';
import { createChapterWorld } from '../chapters/chapterWorld';
import { stepChapter } from '../chapters/beats';
import type { ChapterDefinition } from '../chapters/definition';
import { emptyIntent, type Intent } from '../sim/intent';
import type { LevelData } from '../sim/level';
import { cloneWorld } from '../sim/snapshot';
import type { World } from '../sim/world';
import { hashWorld } from '../sim/worldHash';
import { HASH_EVERY_TICKS, IntentRunsReader, type Replay } from './format';

/** The World a replay starts from: its chapter's, made exactly as the recorded run's was. */
export function replayStartWorld(def: ChapterDefinition, level: LevelData, replay: Replay): World {
  return createChapterWorld(def, level, { seed: replay.seed, run: replay.run, overrides: { ...replay.options } });
}

/**
 * Walks through a replay tick by tick for whoever steps the world (playReplay here, the
 * chapter scene's watch mode in the game): when to restore the checkpoint, the intent for
 * each tick, and after each step whether the world still matches the recorded hashes.
 */
export class ReplayCursor {
  /** Ticks fed so far. */
  tick = 0;
  /** The hashes of this playback, one per second (compared with the recorded ones as they come). */
  readonly hashes: string[] = [];
  /** The first second (1-based) whose hash differs from the recording, or null. */
  divergedAtSecond: number | null = null;
  private readonly reader: IntentRunsReader;
  private nextRetry = 0;

  constructor(readonly replay: Replay) {
    this.reader = new IntentRunsReader(replay.intents);
  }

  /** True (once) when the recorded player restored the checkpoint before the coming tick. */
  takeRetry(): boolean {
    let retried = false;
    // Two retries at one tick restore the same copy twice: one restore does it.
    while (this.replay.retries[this.nextRetry] === this.tick) {
      this.nextRetry++;
      retried = true;
    }
    return retried;
  }

  /** Every intent has been fed. */
  get done(): boolean {
    return this.tick >= this.replay.ticks;
  }

  /** The recorded intent for the coming tick. */
  next(out: Intent): Intent {
    this.tick++;
    return this.reader.next(out);
  }

  /** After a step: every second, hash the world and compare it with the recording. */
  afterStep(world: World): void {
    if (this.tick % HASH_EVERY_TICKS !== 0) return;
    const h = hashWorld(world);
    this.hashes.push(h);
    if (this.divergedAtSecond === null && h !== this.replay.hashes[this.hashes.length - 1]) this.divergedAtSecond = this.hashes.length;
  }

  /** At the end: how this playback compares with the recording. */
  result(world: World): ReplayResult {
    const finalHash = hashWorld(world);
    const complete = this.done;
    const finalMatches = complete && finalHash === this.replay.finalHash;
    return {
      world,
      hashes: this.hashes,
      finalHash,
      ticks: this.tick,
      divergedAtSecond: this.divergedAtSecond,
      matched: this.divergedAtSecond === null && finalMatches,
      summary: summarize(this, finalMatches),
    };
  }
}

function summarize(c: ReplayCursor, finalMatches: boolean): string {
  const seconds = (c.replay.ticks / HASH_EVERY_TICKS).toFixed(1);
  if (c.divergedAtSecond !== null) {
    return `The replay diverged at second ${c.divergedAtSecond}: from there this game did not play out the recorded run.`;
  }
  if (!c.done) return `The replay stopped at tick ${c.tick} of ${c.replay.ticks}: this game's run ended earlier than the recorded one.`;
  if (!finalMatches) return 'The replay diverged in its last second: the end state differs from the recorded one.';
  return `The replay matched: all ${seconds} s played out exactly as recorded.`;
}

export interface ReplayResult {
  /** The world at the end of the playback. */
  world: World;
  /** This playback's hash after every second. */
  hashes: string[];
  finalHash: string;
  /** Ticks played. */
  ticks: number;
  /** The first second (1-based) whose hash differs from the recorded one; null when every second matched. */
  divergedAtSecond: number | null;
  /** Every second and the end state match the recording. */
  matched: boolean;
  /** One sentence for the player (the watch mode's end screen) or a test's failure message. */
  summary: string;
}

/**
 * Plays a replay in the sim: its chapter's world and beats (stepChapter with the
 * definition), restoring its own checkpoint copy where the recorded player retried, and
 * hashing every second. `level` is the chapter's validated map (loadChapterMap(def.map)).
 */
export function playReplay(replay: Replay, level: LevelData): ReplayResult {
  const def = chapterById(replay.chapterId);
  if (!def) throw new Error(`no chapter with id '${replay.chapterId}'`);
  let world = replayStartWorld(def, level, replay);
  let checkpoint = cloneWorld(world);
  const cursor = new ReplayCursor(replay);
  const intent = emptyIntent();
  for (;;) {
    if (cursor.takeRetry()) world = retryFrom(checkpoint);
    // A run that ends before the recording's does (it diverged) stops there, as the game would.
    if (cursor.done || world.status !== 'playing') break;
    stepChapter(world, cursor.next(intent), def.beats, def.sightings);
    if (world.events.some((e) => e.type === 'checkpointReached')) checkpoint = cloneWorld(world);
    cursor.afterStep(world);
  }
  return cursor.result(world);
}
