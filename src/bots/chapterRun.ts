import type { LevelData } from '../sim/level';
import type { Difficulty } from '../sim/tuning';
import { TICK_RATE } from '../sim/tuning';
import { createWorld, type World, type WorldOptions } from '../sim/world';
import { emptyIntent } from '../sim/intent';
import { stepChapter, type ChapterBeats } from '../chapters/beats';
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

/**
 * Plays a chapter in the sim from the start with one bot, to the exit, a bite (no
 * retries: one life) or `limitSeconds`, in a World made with the chapter's own options
 * (`chapterOptions`, e.g. HALLWAY_WORLD_OPTIONS), with the chapter's scripted beats run after every
 * step as the game does. Deterministic for a level + seed + difficulty.
 */
export function playChapter(
  level: LevelData,
  beats: ChapterBeats | null,
  seed: number,
  difficulty: Difficulty,
  bot: ChapterBot,
  limitSeconds = 600,
  chapterOptions: WorldOptions = {},
): ChapterRun {
  const world = createWorld(level, seed, { ...chapterOptions, difficulty });
  const intent = emptyIntent();
  const limit = limitSeconds * TICK_RATE;
  let ticks = 0;
  if (bot === 'survivor') {
    const view = viewOfWorld(world);
    const survivor = new SurvivorBot(view);
    while (world.status === 'playing' && ticks < limit) {
      stepChapter(world, survivor.decide(view, intent), beats);
      ticks++;
    }
    return { status: world.status, ticks, grabsTaken: world.player.grabsTaken, directorSpawned: world.director.spawned, survivor: survivor.stats };
  }
  // It runs straight for the keys, then for the exit (the exit is shut without them).
  const runner = new PathBot(level, { run: 'always', waypoints: keyWaypoints(level) });
  while (world.status === 'playing' && ticks < limit) {
    stepChapter(world, runner.decide(botViewOfWorld(world), intent), beats);
    ticks++;
  }
  return { status: world.status, ticks, grabsTaken: world.player.grabsTaken, directorSpawned: world.director.spawned };
}
