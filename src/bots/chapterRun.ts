import type { LevelData } from '../sim/level';
import type { Difficulty } from '../sim/tuning';
import { TICK_RATE } from '../sim/tuning';
import type { World, WorldOptions } from '../sim/world';
import { copyIntent, emptyIntent, type Intent } from '../sim/intent';
import { stepChapter } from '../chapters/beats';
import type { ChapterDefinition } from '../chapters/definition';
import { createChapterWorld } from '../chapters/chapterWorld';
import type { RunState } from '../campaign/runState';
import { PathBot, botViewOfWorld, keyWaypoints, lootWaypoints } from './pathBot';
import { SurvivorBot, type SurvivorStats } from './survivorBot';
import { viewOfWorld } from './survivorView';
import { ScreenBot, type ScreenBotStats } from './screenBot';
import { ScreenView } from './screenView';
import { cloneWorld } from '../sim/snapshot';
import { retryFrom } from '../sim/retry';

/**
 * Which scripted player plays: the careful map-knowing survivor, the straight-run PathBot
 * that ignores the horde, or the screen-only bot that knows only what a 1280x720 screen shows.
 */
export type ChapterBot = 'survivor' | 'straightRun' | 'screen';

export interface ChapterRun {
  status: World['status'];
  /** Ticks played (to the exit, the bite, or the limit). */
  ticks: number;
  grabsTaken: number;
  /** Infected spawned by the director. */
  directorSpawned: number;
  survivor?: SurvivorStats;
  screen?: ScreenBotStats;
  /** Retries from the last checkpoint after a loss (only with `retries`). */
  retriesUsed: number;
}

export interface ChapterRunOptions {
  /** Give up after this many sim seconds (default 600). */
  limitSeconds?: number;
  /** The campaign run it is played in (a fresh one by default). */
  run?: Readonly<RunState>;
  /** Called after every step with the intent that was fed (the golden replays record it). */
  onTick?: (intent: Readonly<Intent>, world: World) => void;
  /**
   * Retries allowed after a loss, as the game offers them (ChapterScene): the world is
   * cloned at the start and at every checkpointReached, and a loss restores the last clone.
   * Time and grabs count over all attempts. Default 0: one life. Only the screen bot uses it.
   */
  retries?: number;
  /**
   * The screen bot's reaction time in ticks (default 0): what it decides lands this many
   * ticks later, as a person's keys land a moment after the screen showed why.
   */
  reactionTicks?: number;
  /** Play on from this world instead of the chapter's start (a retry from a checkpoint: retryFrom(copy)). */
  start?: World;
  /** World options over the chapter's own (e.g. allies for a chapter that has none yet). */
  overrides?: WorldOptions;
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
  const world = options.start ?? createChapterWorld(def, level, { seed, run: options.run, overrides: { ...options.overrides, difficulty } });
  const beats = def.beats;
  const limitSeconds = options.limitSeconds ?? 600;
  const intent = emptyIntent();
  const limit = limitSeconds * TICK_RATE;
  let ticks = 0;
  if (bot === 'survivor') {
    const view = viewOfWorld(world, def.botWait ? (w) => def.botWait!(w) : undefined);
    const plan = def.botGoal;
    const survivor = new SurvivorBot(view, undefined, plan ? () => plan(world) : undefined);
    while (world.status === 'playing' && ticks < limit) {
      stepChapter(world, survivor.decide(view, intent), beats, def.sightings);
      options.onTick?.(intent, world);
      ticks++;
    }
    return { status: world.status, ticks, grabsTaken: world.player.grabsTaken, directorSpawned: world.director.spawned, survivor: survivor.stats, retriesUsed: 0 };
  }
  if (bot === 'screen') return playScreen(def, world, options, limit);
  // It runs straight for the keys, grabs all the loot, then runs for the exit (shut without the keys).
  const runner = new PathBot(level, { run: 'always', waypoints: [...keyWaypoints(level), ...lootWaypoints(level)] });
  while (world.status === 'playing' && ticks < limit) {
    stepChapter(world, runner.decide(botViewOfWorld(world), intent), beats, def.sightings);
    options.onTick?.(intent, world);
    ticks++;
  }
  return { status: world.status, ticks, grabsTaken: world.player.grabsTaken, directorSpawned: world.director.spawned, retriesUsed: 0 };
}

/** The screen-only bot's run, with the game's checkpoint retries when allowed. */
function playScreen(def: ChapterDefinition, start: World, options: ChapterRunOptions, limit: number): ChapterRun {
  let world = start;
  const screen = new ScreenView(def, world);
  const bot = new ScreenBot(screen);
  const intent = emptyIntent();
  // The keys still on their way (a ring of the last reactionTicks decisions).
  const late = Array.from({ length: options.reactionTicks ?? 0 }, emptyIntent);
  let checkpoint = cloneWorld(world);
  let retriesUsed = 0;
  let grabsTaken = 0;
  let ticks = 0;
  screen.observe(world);
  while (ticks < limit) {
    bot.decide(screen, intent);
    let fed = intent;
    if (late.length > 0) {
      const slot = late[ticks % late.length]!;
      const due = copyIntent(slot, emptyIntent());
      copyIntent(intent, slot);
      fed = due;
    }
    stepChapter(world, fed, def.beats, def.sightings);
    options.onTick?.(fed, world);
    ticks++;
    for (const e of world.events) if (e.type === 'checkpointReached') checkpoint = cloneWorld(world);
    if (world.status !== 'playing') {
      if (world.status !== 'lost' || retriesUsed >= (options.retries ?? 0)) break;
      grabsTaken += world.player.grabsTaken - checkpoint.player.grabsTaken;
      world = retryFrom(checkpoint); // as the game retries
      retriesUsed++;
      screen.restart();
    }
    screen.observe(world);
  }
  grabsTaken += world.player.grabsTaken;
  return { status: world.status, ticks, grabsTaken, directorSpawned: world.director.spawned, screen: bot.stats, retriesUsed };
}
