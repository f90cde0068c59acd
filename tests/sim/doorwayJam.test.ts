import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld, type World } from '../../src/sim/world';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { step } from '../../src/sim/step';
import { emptyIntent } from '../../src/sim/intent';
import { HORDE, TICK_RATE, Variant } from '../../src/sim/tuning';

/**
 * Chapter 2, Normal seed 10: the coach and a sprinter, searching for where the player was
 * on the far side of the kitchen's one-cell doorway, wedged side by side in front of it and
 * stood there for the rest of the game (the screen bot took the coach for a wall and waited
 * until the time limit). A search that gets nowhere must end.
 */

// Two rooms joined by a one-cell gap at (6, 4); the player shut away in the east room.
const MAP = `
################
#...........#..#
#...........#.P#
#...........####
######.#########
#..............#
#..............#
################`;

function jam(): { w: World; coach: number; sprinter: number } {
  const level = { ...parseAsciiLevel('jam', 'jam', MAP.trim()), dark: [] };
  const w = createWorld(level, 1, { peaceful: true });
  const h = w.horde;
  // As they stood in the kitchen: side by side just short of the doorway, both heading for it.
  const coach = spawnInfected(h, 6.2, 3.6, Variant.Heavy, false, 0, 1);
  const sprinter = spawnInfected(h, 6.8, 3.6, Variant.Sprinter, false, 0, 1);
  for (const i of [coach, sprinter]) {
    h.state[i] = InfectedState.Search;
    h.searchLooking[i] = 0;
    h.hasTarget[i] = 1;
    h.targetX[i] = 5.7;
    h.targetY[i] = 6.3;
  }
  return { w, coach, sprinter };
}

/** Still walking to the target, and still north of the doorway (has not got through). */
const wedged = (w: World, i: number): boolean =>
  w.horde.state[i] === InfectedState.Search && w.horde.searchLooking[i] === 0 && w.horde.y[i]! < 4;

describe('two bodies searching through one doorway', () => {
  it('the jam is real: at first neither gets through (the coach and a sprinter hold each other)', () => {
    const { w, coach, sprinter } = jam();
    for (let t = 0; t < TICK_RATE; t++) step(w, emptyIntent());
    expect(wedged(w, coach) && wedged(w, sprinter)).toBe(true);
  });

  it('do not stand there searching for ever: each gets through or gives up within seconds', () => {
    const { w, coach, sprinter } = jam();
    const gaveUp = new Set<number>();
    const limit = Math.ceil((HORDE.searchStuckSeconds + HORDE.searchLookSeconds + 2) * TICK_RATE);
    for (let t = 0; t < limit; t++) {
      step(w, emptyIntent());
      for (const e of w.events) if (e.type === 'infectedGaveUp') gaveUp.add(e.agent);
    }
    for (const i of [coach, sprinter]) {
      expect(wedged(w, i)).toBe(false);
      expect(gaveUp.has(w.horde.id[i]!) || w.horde.y[i]! > 4).toBe(true);
    }
  });
});
