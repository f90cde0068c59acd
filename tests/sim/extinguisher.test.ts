import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inSprayCone, sprayFalloff, sprayReaches, sprayRayLength } from '../../src/sim/extinguisher';
import { isInFoam } from '../../src/sim/foam';
import { EXTINGUISHER as EX, NOISE, PLAYER, TICK_RATE, TICK_SECONDS } from '../../src/sim/tuning';
import { step } from '../../src/sim/step';
import { hashWorld } from '../../src/sim/worldHash';
import type { SimEvent } from '../../src/sim/events';
import type { World } from '../../src/sim/world';
import { intent, run, worldFromAscii } from '../helpers';

const HALF = EX.coneAngleRadians / 2;

const ROOM = `
####################
#..................#
#..P...............#
#..................#
####################`;

/** Steps once per intent and collects every event of every tick. */
function collect(world: World, ticks: number, i = intent()): SimEvent[] {
  const out: SimEvent[] = [];
  for (let t = 0; t < ticks; t++) {
    step(world, i);
    out.push(...world.events);
  }
  return out;
}

describe('spray cone geometry', () => {
  it('hits a point on the axis inside the length and misses past it', () => {
    expect(inSprayCone(0, 0, 1, 0, 3, 0)).toBe(true);
    expect(inSprayCone(0, 0, 1, 0, EX.coneLength - 0.01, 0)).toBe(true);
    expect(inSprayCone(0, 0, 1, 0, EX.coneLength + 0.5, 0)).toBe(false);
  });

  it('misses outside the angle and behind the player', () => {
    const a = HALF * 0.9;
    expect(inSprayCone(0, 0, 1, 0, 3 * Math.cos(a), 3 * Math.sin(a))).toBe(true);
    const b = HALF * 1.2;
    expect(inSprayCone(0, 0, 1, 0, 3 * Math.cos(b), 3 * Math.sin(b))).toBe(false);
    expect(inSprayCone(0, 0, 1, 0, -2, 0)).toBe(false);
    expect(inSprayCone(0, 0, 0, 1, 2, 0)).toBe(false);
  });

  it('a body just outside the edge is still touched by its radius', () => {
    const b = HALF + 0.05;
    expect(inSprayCone(0, 0, 1, 0, 3 * Math.cos(b), 3 * Math.sin(b), EX.coneLength, HALF, 0)).toBe(false);
    expect(inSprayCone(0, 0, 1, 0, 3 * Math.cos(b), 3 * Math.sin(b), EX.coneLength, HALF, 0.3)).toBe(true);
  });

  it('is the same cone whichever way it points (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), fc.double({ min: 0.1, max: 8, noNaN: true }), fc.double({ min: -1.5, max: 1.5, noNaN: true }), (aim, dist, off) => {
        const inside = dist <= EX.coneLength && Math.abs(off) <= HALF;
        const px = Math.cos(aim + off) * dist;
        const py = Math.sin(aim + off) * dist;
        // Stay clear of the boundary, where rounding may go either way.
        fc.pre(Math.abs(dist - EX.coneLength) > 1e-6 && Math.abs(Math.abs(off) - HALF) > 1e-6);
        return inSprayCone(0, 0, Math.cos(aim), Math.sin(aim), px, py) === inside;
      }),
    );
  });

  it('push falls off with distance and with angle from the axis', () => {
    expect(sprayFalloff(0, 0)).toBeCloseTo(1);
    expect(sprayFalloff(EX.coneLength, 0)).toBeCloseTo(EX.pushAtMaxDistance);
    expect(sprayFalloff(0, HALF)).toBeCloseTo(EX.pushAtConeEdge);
    fc.assert(
      fc.property(fc.double({ min: 0, max: EX.coneLength, noNaN: true }), fc.double({ min: 0, max: EX.coneLength, noNaN: true }), fc.double({ min: 0, max: HALF, noNaN: true }), (d1, d2, a) => {
        const [near, far] = d1 <= d2 ? [d1, d2] : [d2, d1];
        return sprayFalloff(near, a) >= sprayFalloff(far, a) && sprayFalloff(near, 0) >= sprayFalloff(near, a);
      }),
    );
  });

  it('walls, closed doors and glass block the spray; open doors and tables do not', () => {
    const w = worldFromAscii(`
###########
#P..#..D..#
#...=..T..#
#...d.....#
###########`);
    const g = w.grid;
    expect(sprayReaches(g, 2.5, 1.5, 3.5, 1.5)).toBe(true);
    expect(sprayReaches(g, 2.5, 1.5, 5.5, 1.5)).toBe(false); // wall at x=4
    expect(sprayReaches(g, 2.5, 2.5, 5.5, 2.5)).toBe(false); // window
    expect(sprayReaches(g, 2.5, 3.5, 5.5, 3.5)).toBe(true); // open door
    expect(sprayReaches(g, 5.5, 1.5, 8.5, 1.5)).toBe(false); // closed door
    expect(sprayReaches(g, 5.5, 2.5, 8.5, 2.5)).toBe(true); // over the table
    expect(sprayRayLength(g, 2.5, 1.5, 1, 0, 5)).toBeCloseTo(1.5);
    expect(sprayRayLength(g, 2.5, 3.5, 1, 0, 5)).toBe(5);
  });
});

describe('pressure', () => {
  it('drains while spraying: a full extinguisher empties after its seconds of spray, then sputters', () => {
    const w = worldFromAscii(ROOM);
    const events = collect(w, Math.ceil(EX.pressureSeconds * TICK_RATE) + 10, intent({ spray: true, aimX: 1 }));
    expect(w.extinguisher.pressure).toBe(0);
    expect(w.extinguisher.spraying).toBe(false);
    const stopAt = events.findIndex((e) => e.type === 'sputter');
    expect(stopAt).toBeGreaterThan(0);
    // It lasted about pressureSeconds minus the one burst's start-up cost.
    const sprayed = events.filter((e) => e.type === 'noise' && e.source === 'spray').length * EX.noiseIntervalSeconds;
    expect(sprayed).toBeGreaterThan(EX.pressureSeconds - EX.burstStartSeconds - 2 * EX.noiseIntervalSeconds);
    expect(sprayed).toBeLessThan(EX.pressureSeconds + EX.noiseIntervalSeconds);
  });

  it('each burst costs a start-up amount: many taps cost more than one long burst of the same spray time', () => {
    const tap = intent({ spray: true, aimX: 1 });
    const idle = intent({ aimX: 1 });
    const bursts = worldFromAscii(ROOM);
    for (let b = 0; b < 10; b++) {
      run(bursts, 12, tap);
      run(bursts, 20, idle);
    }
    const long = worldFromAscii(ROOM);
    run(long, 120, tap);
    run(long, 200, idle);
    const burstCost = 1 - bursts.extinguisher.pressure;
    const longCost = 1 - long.extinguisher.pressure;
    expect(burstCost).toBeGreaterThan(longCost);
    expect(burstCost - longCost).toBeCloseTo((9 * EX.burstStartSeconds) / EX.pressureSeconds, 5);
    // Yet a short burst is cheap: 12 ticks cost 0.2 s of spray plus the start-up.
    expect(longCost).toBeCloseTo((2 + EX.burstStartSeconds) / EX.pressureSeconds, 5);
  });

  it('a tap still gives one short puff', () => {
    const w = worldFromAscii(ROOM);
    step(w, intent({ spray: true, aimX: 1 }));
    const stillSpraying = collect(w, Math.round(EX.minBurstSeconds * TICK_RATE) - 2, intent({ aimX: 1 }));
    expect(w.extinguisher.spraying).toBe(true);
    const after = collect(w, 3, intent({ aimX: 1 }));
    expect(stillSpraying.some((e) => e.type === 'sprayStop')).toBe(false);
    expect(after.some((e) => e.type === 'sprayStop')).toBe(true);
  });

  it('spraying is a loud noise event, repeated while spraying, and starts and stops', () => {
    const w = worldFromAscii(ROOM);
    const events = collect(w, TICK_RATE, intent({ spray: true, aimX: 1 }));
    expect(events[0]).toMatchObject({ type: 'sprayStart' });
    const noises = events.filter((e) => e.type === 'noise' && e.source === 'spray');
    expect(noises.length).toBeGreaterThanOrEqual(Math.floor(1 / EX.noiseIntervalSeconds));
    expect(noises[0]).toMatchObject({ loudness: NOISE.spray });
    const stop = collect(w, 2, intent());
    expect(stop.map((e) => e.type)).toContain('sprayStop');
  });

  it('the player cannot run while spraying and is pushed back a little (recoil)', () => {
    const still = worldFromAscii(ROOM);
    run(still, TICK_RATE, intent({ spray: true, aimX: 1 }));
    expect(still.player.x).toBeLessThan(3.5);
    expect(3.5 - still.player.x).toBeCloseTo(EX.recoilSpeed, 1);

    const w = worldFromAscii(ROOM);
    run(w, 30, intent({ moveX: 1, run: true, spray: true, aimX: -1 }));
    expect(w.player.gait).toBe(2);
    expect(w.player.stamina).toBe(1);
    // Walk speed plus the recoil (aiming backwards), not run speed.
    expect(w.player.x - 3.5).toBeCloseTo((PLAYER.walkSpeed + EX.recoilSpeed) * 0.5, 1);
  });
});

describe('foam clouds', () => {
  it('spraying leaves foam along the cone that melts after a few seconds', () => {
    const w = worldFromAscii(ROOM);
    run(w, 30, intent({ spray: true, aimX: 1 }));
    expect(w.foamClouds.count).toBeGreaterThan(0);
    for (let i = 0; i < w.foamClouds.count; i++) {
      // Every cloud sits in the cone in front of the player.
      expect(inSprayCone(w.player.x, w.player.y, 1, 0, w.foamClouds.x[i]!, w.foamClouds.y[i]!, EX.coneLength + 1, HALF + 0.1)).toBe(true);
    }
    expect(isInFoam(w, w.player.x + 3, w.player.y)).toBe(true);
    expect(isInFoam(w, w.player.x - 2, w.player.y)).toBe(false);
    run(w, Math.ceil(EX.foamSeconds * TICK_RATE) + 1, intent());
    expect(w.foamClouds.count).toBe(0);
    expect(w.foam.every((v) => v === 0)).toBe(true);
  });

  it('never foams behind a wall', () => {
    const w = worldFromAscii(`
###########
#.........#
#..P.#....#
#.........#
###########`);
    run(w, 120, intent({ spray: true, aimX: 1 }));
    for (let y = 0; y < 5; y++) for (let x = 6; x < 11; x++) expect(w.foam[y * 11 + x]).toBe(0);
  });
});

describe('cabinets, swing and throw', () => {
  const HALL = `
##########
#...EE...#
#........#
#...P....#
##########`;

  it('a cabinet swaps in a full extinguisher, once', () => {
    const w = worldFromAscii(HALL);
    w.extinguisher.pressure = 0.2;
    run(w, 60, intent({ moveY: -1 }));
    const used = collect(w, 1, intent({ interact: true, aimY: -1 }));
    expect(used).toContainEqual({ type: 'cabinetUsed', cabinet: 0 });
    expect(w.extinguisher.pressure).toBe(1);
    expect(w.cabinets[0]!.used).toBe(true);

    run(w, 60, intent({ spray: true, aimY: -1 }));
    run(w, 1, intent());
    const again = collect(w, 1, intent({ interact: true, aimY: -1 }));
    expect(again).toContainEqual({ type: 'cabinetRefused', cabinet: 0, reason: 'empty' });
    expect(w.extinguisher.pressure).toBeLessThan(1);
  });

  it('a cabinet does not waste itself on a full extinguisher', () => {
    const w = worldFromAscii(HALL);
    run(w, 60, intent({ moveY: -1 }));
    const e = collect(w, 1, intent({ interact: true, aimY: -1 }));
    expect(e.find((x) => x.type === 'cabinetRefused')).toMatchObject({ reason: 'full' });
    expect(w.cabinets.every((c) => !c.used)).toBe(true);
  });

  it('empty, spray sputters and swings; throw sends the canister flying until a wall, where it lands loudly', () => {
    const w = worldFromAscii(`
###############
#.............#
#..P......#...#
#.............#
###############`);
    w.extinguisher.pressure = 0;
    const swing = collect(w, 1, intent({ spray: true, aimX: 1 }));
    expect(swing.map((e) => e.type)).toEqual(expect.arrayContaining(['sputter', 'shove']));
    expect(w.extinguisher.spraying).toBe(false);
    run(w, 1, intent());

    const thrown = collect(w, 1, intent({ throw: true, aimX: 1 }));
    expect(thrown.map((e) => e.type)).toContain('canisterThrown');
    expect(w.extinguisher.hasExtinguisher).toBe(false);
    expect(w.canisters.count).toBe(1);
    const flight = collect(w, TICK_RATE, intent({ aimX: 1 }));
    expect(w.canisters.count).toBe(0);
    const landed = flight.find((e) => e.type === 'canisterLanded');
    // The wall at x=10 stops it, within throwRange of x=3.5.
    if (landed?.type !== 'canisterLanded') throw new Error('no landing');
    expect(landed.x).toBeGreaterThan(9.5);
    expect(landed.x).toBeLessThan(10);
    expect(flight).toContainEqual(expect.objectContaining({ type: 'noise', source: 'throw', loudness: EX.canisterNoise }));
    // Without an extinguisher, spray does nothing at all.
    expect(collect(w, 10, intent({ spray: true }))).toEqual([]);
  });

  it('a thrown canister stops after its range in open space', () => {
    const w = worldFromAscii(`
##############################
#P...........................#
##############################`);
    w.extinguisher.pressure = 0;
    step(w, intent({ throw: true, aimX: 1 }));
    const flight = collect(w, TICK_RATE * 2, intent());
    const landed = flight.find((e) => e.type === 'canisterLanded');
    if (landed?.type !== 'canisterLanded') throw new Error('no landing');
    expect(landed.x - 1.5).toBeCloseTo(EX.throwRange, 0);
    expect(EX.throwRange / EX.throwSpeed).toBeLessThan(2 * TICK_SECONDS * TICK_RATE);
  });
});

describe('determinism', () => {
  it('the same spraying run gives the same hash, and spraying changes it', () => {
    const spray = (s: boolean): string => {
      const w = worldFromAscii(ROOM, 7);
      run(w, 90, intent({ spray: s, aimX: 1, aimY: 0.3 }));
      return hashWorld(w);
    };
    expect(spray(true)).toBe(spray(true));
    expect(spray(true)).not.toBe(spray(false));
  });
});
