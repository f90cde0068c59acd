import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld, type AllySpec, type World } from '../../src/sim/world';
import { step } from '../../src/sim/step';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { ALLY_ROLES, Variant } from '../../src/sim/tuning';
import { orderAlly } from '../../src/chapters/script';
import type { SimEvent, SimEventOf, SimEventType } from '../../src/sim/events';
import { intent } from '../helpers';

function groupWorld(map: string, allies: AllySpec[], seed = 1): World {
  const w = createWorld(parseAsciiLevel('roles', 'roles', map.trim()), seed, { peaceful: true, allies });
  // They hold their places: the tests are about what they do, not where they walk.
  orderAlly(w, 'all', 'wait');
  return w;
}

function play<T extends SimEventType>(w: World, ticks: number, kinds: T[]): SimEventOf<T>[] {
  const seen: SimEvent[] = [];
  for (let t = 0; t < ticks; t++) {
    step(w, intent());
    for (const e of w.events) if ((kinds as SimEventType[]).includes(e.type)) seen.push(e);
  }
  return seen as SimEventOf<T>[];
}

/** An infected that keeps coming (recovering toward a spot for a long while: a chaser that stays put). */
function chaser(w: World, x: number, y: number): number {
  const i = spawnInfected(w.horde, x, y, Variant.Sprinter, false, 1, 0);
  const h = w.horde;
  h.state[i] = InfectedState.Recover;
  h.stateTimer[i] = 100;
  h.hasTarget[i] = 1;
  h.targetX[i] = x;
  h.targetY[i] = y;
  return i;
}

// The west room holds the group's ally; the player waits in the east one, behind a wall.
const SPLIT = `
####################
#........#.........#
#........#........P#
#........#.........#
####################`;

describe('the half-infected (Ji-an)', () => {
  it('is ignored by the horde until she shoves one; then they come for her', () => {
    const w = groupWorld(SPLIT, [{ id: 'ji-an', role: 'halfInfected', x: 5.5, y: 2.5 }]);
    const i = spawnInfected(w.horde, 3.5, 2.5, Variant.Sprinter, false, 1, 0);
    w.horde.stateTimer[i] = 100;
    // Two tiles in front of it, in the light, for three seconds: nothing.
    const before = play(w, 180, ['infectedAlerted', 'allyGrabbed', 'allyShove']);
    expect(before).toEqual([]);
    expect(w.horde.target[i]).toBe(0);
    expect(w.horde.state[i]).toBe(InfectedState.Idle);

    // One comes at her side (chasing someone else); she shoves it.
    const j = chaser(w, 6.3, 2.5);
    const shoves = play(w, 2, ['allyShove']);
    expect(shoves).toMatchObject([{ ally: 'ji-an', agent: w.horde.id[j] }]);
    expect(w.survivors.noticed[1]).toBeGreaterThan(0);
    // Now they see her: the first one is after her within a look or two, and grabs her.
    const after = play(w, 120, ['infectedAlerted', 'allyGrabbed']);
    expect(after.some((e) => e.type === 'infectedAlerted' && e.agent === w.horde.id[i])).toBe(true);
    expect(after.some((e) => e.type === 'allyGrabbed' && e.ally === 'ji-an')).toBe(true);
  });
});

describe('the shover (Gu-ho)', () => {
  it('pushes back a chaser in reach, then not again until the cooldown is over', () => {
    const w = groupWorld(SPLIT, [{ id: 'gu-ho', role: 'shover', x: 5.5, y: 2.5 }]);
    // Nobody gets hold of him here: this is about his shoves.
    w.survivors.grabImmunity[1] = Infinity;
    const i = chaser(w, 6.4, 2.5);
    const first = play(w, 1, ['allyShove']);
    expect(first).toHaveLength(1);
    expect(w.horde.state[i]).toBe(InfectedState.Stagger);
    expect(w.horde.vx[i]).toBeGreaterThan(0); // away from him
    // Another comes in reach at once: no shove while he recovers...
    chaser(w, 4.6, 2.5);
    const cooldownTicks = Math.round(ALLY_ROLES.shove.cooldownSeconds * 60);
    expect(play(w, cooldownTicks - 2, ['allyShove'])).toEqual([]);
    // ...then he shoves again.
    expect(play(w, 4, ['allyShove'])).toHaveLength(1);
  });
});

describe('the archer (Da-som)', () => {
  it('shoots only what she has a clear line to, and stops when out of arrows (saying so when low)', () => {
    // A wall stub between her and the nearest one; the player shut away in a cell of their own.
    const w = groupWorld(`
######################
#..#...............#.#
#..#...............#P#
#..................#.#
######################`, [{ id: 'da-som', role: 'archer', x: 1.5, y: 3.5 }]);
    w.survivors.grabImmunity[1] = Infinity;
    const hidden = chaser(w, 4.5, 1.5);
    const hiddenId = w.horde.id[hidden];
    for (const y of [1.5, 2.5, 3.5]) chaser(w, 10.5, y);
    for (const y of [1.5, 2.5, 3.5]) chaser(w, 12.5, y);
    w.survivors.arrows[1] = ALLY_ROLES.archer.lowArrows + 1;
    const shots = play(w, 60 * 15, ['arrowShot', 'arrowsLow']);
    const arrows = shots.filter((e) => e.type === 'arrowShot');
    expect(arrows).toHaveLength(ALLY_ROLES.archer.lowArrows + 1);
    expect(arrows.every((e) => e.agent !== hiddenId)).toBe(true);
    expect(shots.filter((e) => e.type === 'arrowsLow')).toEqual([{ type: 'arrowsLow', ally: 'da-som', survivor: 1, arrows: ALLY_ROLES.archer.lowArrows }]);
    expect(w.survivors.arrows[1]).toBe(0);
  });

  it('hits what is close and misses more at range', () => {
    let nearHits = 0;
    let farHits = 0;
    const seeds = 24;
    for (let seed = 1; seed <= seeds; seed++) {
      const near = groupWorld(SPLIT, [{ id: 'da-som', role: 'archer', x: 2.5, y: 2.5 }], seed);
      chaser(near, 4.5, 2.5);
      nearHits += play(near, 1, ['arrowShot']).filter((e) => e.hit).length;
      const far = groupWorld(`
##################
#...............P#
#................#
##################`, [{ id: 'da-som', role: 'archer', x: 1.5, y: 2.5 }], seed);
      chaser(far, 1.5 + ALLY_ROLES.archer.range - 0.5, 2.5);
      far.player.x = 15.5;
      farHits += play(far, 1, ['arrowShot']).filter((e) => e.hit).length;
    }
    expect(nearHits).toBe(seeds);
    expect(farHits).toBeGreaterThan(0);
    expect(farHits).toBeLessThan(seeds * 0.6);
  });
});
