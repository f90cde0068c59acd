import { createWorld, type World } from './world';
import type { LevelData } from './level';
import { emptyIntent, unpackIntent, type PackedIntent } from './intent';
import { step } from './step';
import { hashWorld } from './worldHash';

/** A recorded run: the seed and one packed intent per tick. Same replay, same end state. */
export interface Replay {
  levelId: string;
  seed: number;
  intents: PackedIntent[];
}

export function runReplay(level: LevelData, replay: Replay): World {
  if (replay.levelId !== level.id) {
    throw new Error(`replay is for level '${replay.levelId}', not '${level.id}'`);
  }
  const world = createWorld(level, replay.seed);
  const intent = emptyIntent();
  for (const packed of replay.intents) step(world, unpackIntent(packed, intent));
  return world;
}

export function replayHash(level: LevelData, replay: Replay): string {
  return hashWorld(runReplay(level, replay));
}
