import type { LevelPoint } from '../sim/level';
import type { World } from '../sim/world';
import type { ChapterDefinition } from './definition';

/** The centre of the exit nearest the player: where a chapter without its own target leads. */
export function nearestExit(world: World): LevelPoint | null {
  let best: LevelPoint | null = null;
  let bestD = Infinity;
  for (const e of world.level.exits) {
    const x = e.x + e.w / 2;
    const y = e.y + e.h / 2;
    const d = (x - world.player.x) * (x - world.player.x) + (y - world.player.y) * (y - world.player.y);
    if (d < bestD) {
      bestD = d;
      best = { x, y };
    }
  }
  return best;
}

/** Where the chapter's objective marker leads now. */
export function objectiveTarget(def: ChapterDefinition, world: World): LevelPoint | null {
  return def.objectiveTarget ? def.objectiveTarget(world) : nearestExit(world);
}
