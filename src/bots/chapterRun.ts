import type { LevelData } from '../sim/level';
import type { Difficulty } from '../sim/tuning';
import { TICK_RATE } from '../sim/tuning';
import type { World } from '../sim/world';
import { emptyIntent, type Intent } from '../sim/intent';
import { stepChapter } from '../chapters/beats';
import type { ChapterDefinition } from '../chapters/definition';
import { createChapterWorld } from '../chapters/chapterWorld';
import type { RunState } from '../campaign/runState';
import { PathBot, botViewOfWorld, keyWaypoints } from './pathBot';
import { SurvivorBot, type SurvivorStats } from './survivorBot';
import { viewOfWorld } from './survivorView';

/** Which scripted player plays: the careful survivor, or the straight-run PathBot that ignores the horde. */
export type ChapterBot = 'survivor' | 'straightRun';

export interface ChapterRun {
  status: World['status'];
  /** Ticks played (to the exit, the bite, or the limit). */
  ticks: number;
  grabsTaken: number;
  /** Infected spawned by the director. */
  directorSpawned: number;
  survivor?: SurvivorStats;
}

export interface ChapterRunOptions {
  /** Give up after this many sim seconds (default 600). */
  limitSeconds?: number;
  /** The campaign run it is played in (a fresh one by default). */
  run?: Readonly<RunState>;
  /** Called after every step with the intent that was fed (the golden replays record it). */
  onTick?: (intent: Readonly<Intent>, world: World) => void;
}

/**
 * Plays a chapter (its definition and validated level) in the sim from the start with one bot, to its end (won or lost: no
 * retries, one life) or the time limit, in the World the game would make for it
 * (createChapterWorld) with its beats run after every step as the game does.
 * Deterministic for a chapter + seed + difficulty.
 */
export function playChapter(
  def: ChapterDefinition,
  level: LevelData,
  seed: number,
  difficulty: Difficulty,
  bot: ChapterBot,
  options: ChapterRunOptions = {},
): ChapterRun {
  const world = createChapterWorld(def, level, { seed, run: options.run, overrides: { difficulty } });
  const beats = def.beats;
  const limitSeconds = options.limitSeconds ?? 600;
  const intent = emptyIntent();
  const limit = limitSeconds * TICK_RATE;
  let ticks = 0;
  if (bot === 'survivor') {
    const view = viewOfWorld(world);
    const survivor = new SurvivorBot(view);
    while (world.status === 'playing' && ticks < limit) {
      stepChapter(world, survivor.decide(view, intent), beats, def.sightings);
      options.onTick?.(intent, world);
      ticks++;
    }
    return { status: world.status, ticks, grabsTaken: world.player.grabsTaken, directorSpawned: world.director.spawned, survivor: survivor.stats };
  }
  // It runs straight for the keys, then for the exit (the exit is shut without them).
  const runner = new PathBot(level, { run: 'always', waypoints: keyWaypoints(level) });
  while (world.status === 'playing' && ticks < limit) {
    stepChapter(world, runner.decide(botViewOfWorld(world), intent), beats, def.sightings);
    options.onTick?.(intent, world);
    ticks++;
  }
  return { status: world.status, ticks, grabsTaken: world.player.grabsTaken, directorSpawned: world.director.spawned };
}
