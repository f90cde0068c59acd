import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld, type World } from '../../src/sim/world';
import { spawnInfected } from '../../src/sim/horde';
import { canSeePlayer } from '../../src/sim/perception';
import { step } from '../../src/sim/step';
import { DIFFICULTY, EXTINGUISHER as EX, HORDE, TICK_RATE, Variant, type Difficulty } from '../../src/sim/tuning';
import { intent } from '../helpers';

/** Difficulty a careful player notices: how far the infected see, how long a can of foam lasts. */
const HALL = `
##############################
#............................#
#...........................P#
##############################`;

function world(difficulty: Difficulty): World {
  return createWorld(parseAsciiLevel('test', 'test', HALL.trim()), 1, { difficulty, peaceful: true });
}

describe('difficulty', () => {
  it('Normal is the base tuning (HORDE.sightRange, EXTINGUISHER.pressureSeconds)', () => {
    expect(DIFFICULTY.normal.sightRange).toBe(HORDE.sightRange);
    expect(DIFFICULTY.normal.extinguisherSeconds).toBe(EX.pressureSeconds);
  });

  it('an infected looking down the hall sees the player from further away on harder difficulties', () => {
    const seenAt = (difficulty: Difficulty): number => {
      const w = world(difficulty);
      const i = spawnInfected(w.horde, 1.5, 1.5, Variant.Sprinter, false, 1, 0);
      let far = 0;
      for (let d = 2; d <= 20; d++) {
        w.player.x = 1.5 + d;
        w.player.y = 1.5;
        if (canSeePlayer(w, i)) far = d;
      }
      return far;
    };
    const story = seenAt('story');
    const normal = seenAt('normal');
    const nightmare = seenAt('nightmare');
    expect(story).toBeLessThan(normal);
    expect(normal).toBeLessThan(nightmare);
  });

  it('a full extinguisher sprays longest on Story and shortest on Nightmare', () => {
    const sprayTicks = (difficulty: Difficulty): number => {
      const w = world(difficulty);
      let ticks = 0;
      while (w.extinguisher.pressure > 0 && ticks < 60 * TICK_RATE) {
        step(w, intent({ spray: true, aimX: 1 }));
        ticks++;
      }
      return ticks;
    };
    const story = sprayTicks('story');
    const normal = sprayTicks('normal');
    const nightmare = sprayTicks('nightmare');
    expect(story).toBeGreaterThan(normal);
    expect(normal).toBeGreaterThan(nightmare);
    expect(normal / TICK_RATE).toBeCloseTo(EX.pressureSeconds - EX.burstStartSeconds, 0);
  });
});
