import { newRunState, type RunState } from '../campaign/runState';
import type { LevelData } from '../sim/level';
import { createWorld, type World, type WorldOptions } from '../sim/world';
import type { ChapterDefinition } from './definition';

export interface ChapterWorldSetup {
  /** The world seed (the chapter's own by default). */
  seed?: number;
  /** The campaign run the chapter is played in (its world options come from it). */
  run?: Readonly<RunState>;
  /** Options laid over the chapter's own (difficulty, peaceful, tests' overrides). */
  overrides?: WorldOptions;
}

/**
 * The World a chapter starts with: its level (the validated map: loadChapterMap(def.map)
 * in the game and Vitest, a file read in Node scripts), its seed, and the world options its
 * definition derives from the run, with `overrides` on top (and the definition's own
 * `directorBudget` for the difficulty, when it has one). The game, the bots, the
 * benchmarks and replays all start a chapter through here, so they start the same.
 */
export function createChapterWorld(def: ChapterDefinition, level: LevelData, setup: ChapterWorldSetup = {}): World {
  const options: WorldOptions = { ...def.worldOptions(setup.run ?? newRunState()), ...setup.overrides };
  // The chapter's own director budget on this difficulty, unless the caller set one.
  const budget = def.directorBudget?.[options.difficulty ?? 'normal'];
  if (budget !== undefined && options.directorBudget === undefined) options.directorBudget = budget;
  return createWorld(level, setup.seed ?? def.seed, options);
}
