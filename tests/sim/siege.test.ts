import { describe, expect, it } from 'vitest';
import { worldFromAscii, intent, run, SMALL_ROOF as ROOF } from '../helpers';
import { crowdBelow, focusSiege, nearestSegment, siegeSegments, startSiege } from '../../src/sim/siege';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { SIEGE, TICK_RATE, Variant } from '../../src/sim/tuning';
import { hashWorld } from '../../src/sim/worldHash';
import { cloneWorld } from '../../src/sim/snapshot';
import type { World } from '../../src/sim/world';


function roof(seed = 1): World {
  const w = worldFromAscii(ROOF, seed);
  w.director.enabled = true;
  return w;
}

/** The segment on the west wall nearest the player's row. */
function westSegment(w: World): number {
  return nearestSegment(w.level, 1.5, w.player.y);
}

describe('the siege of a roof', () => {
  it('finds the wall segments on the outer facade, each facing out over the drop', () => {
    const w = roof();
    const seg = siegeSegments(w.level);
    expect(seg.count).toBeGreaterThan(4);
    expect(seg.outX[westSegment(w)]!).toBeLessThan(-0.5);
    for (let k = 0; k < seg.count; k++) expect(Math.abs(seg.outX[k]!) + Math.abs(seg.outY[k]!)).toBeGreaterThan(0.5);
  });

  it('heaps a pile where the crowd is drawn; it crests the parapet and bodies come over there', () => {
    const w = roof();
    startSiege(w, 180);
    const k = westSegment(w);
    focusSiege(w, [k]);
    const startCrowd = crowdBelow(w);
    let crestedAt = -1;
    let warnedAt = -1;
    let overAtWest = 0;
    for (let t = 0; t < 90 * TICK_RATE && w.status === 'playing'; t++) {
      run(w, 1);
      for (const e of w.events) {
        if (e.type === 'pileOpened' && crestedAt < 0) crestedAt = t;
        if (e.type === 'pileRising' && warnedAt < 0) {
          warnedAt = t;
          expect(e.segment).toBe(k);
        }
        if (e.type === 'bodyOver' && e.segment === k) overAtWest++;
      }
      // Keep the roof clear so the cap never holds the wall back: only what comes over is watched.
      w.horde.count = 0;
    }
    expect(crowdBelow(w)).toBeGreaterThan(startCrowd);
    expect(crestedAt).toBeGreaterThan(0);
    // The warning came first, at that wall, seconds before it crested.
    expect(warnedAt).toBeGreaterThan(0);
    expect((crestedAt - warnedAt) / TICK_RATE).toBeGreaterThan(3);
    expect(w.siege.pile[k]!).toBeGreaterThanOrEqual(SIEGE.crestBodies);
    // The focused wall's pile crests before the others.
    for (let j = 0; j < w.siege.pile.length; j++) if (j !== k) expect(w.siege.pile[j]!).toBeLessThan(w.siege.pile[k]!);
    expect(overAtWest).toBeGreaterThan(3);
  });

  it('foam knocks a climbing body off the wall: it falls, and the pile below drops', () => {
    const w = roof();
    startSiege(w, 180);
    const k = westSegment(w);
    w.siege.pile[k] = SIEGE.crestBodies + 0.5;
    // A body on the west facade, one cell out from the floor, level with the player.
    w.player.x = 5.5;
    const i = spawnInfected(w.horde, 3.5, w.player.y, Variant.Sprinter);
    w.horde.state[i] = InfectedState.Climb;
    run(w, 1, intent({ spray: true, aimX: -1, aimY: 0 }));
    let fell = w.events.some((e) => e.type === 'infectedFell');
    for (let t = 0; t < 10 && !fell; t++) {
      run(w, 1, intent({ spray: true, aimX: -1, aimY: 0 }));
      fell = w.events.some((e) => e.type === 'infectedFell');
    }
    expect(fell).toBe(true);
    expect(w.horde.count).toBe(0);
    expect(w.siege.pile[k]!).toBeLessThan(SIEGE.crestBodies);
    expect(w.siege.fell).toBe(1);
  });

  it('a staggered infected the spray pushes against the parapet goes over it', () => {
    const w = roof();
    startSiege(w, 180);
    w.player.x = 7.5;
    const i = spawnInfected(w.horde, 4.6, w.player.y, Variant.Sprinter);
    w.horde.state[i] = InfectedState.Search;
    let fell = false;
    for (let t = 0; t < 60 && !fell; t++) {
      run(w, 1, intent({ spray: true, aimX: -1, aimY: 0 }));
      fell = w.events.some((e) => e.type === 'infectedFell');
    }
    expect(fell).toBe(true);
    // The same push in the middle of the roof only staggers it.
    const mid = roof();
    startSiege(mid, 180);
    mid.player.x = 14.5;
    const j = spawnInfected(mid.horde, 11.5, mid.player.y, Variant.Sprinter);
    mid.horde.state[j] = InfectedState.Search;
    for (let t = 0; t < 20; t++) run(mid, 1, intent({ spray: true, aimX: -1, aimY: 0 }));
    expect(mid.horde.count).toBe(1);
  });

  it('a body that came over is soaked through by enough foam and goes down (not without a siege)', () => {
    const foamed = (siege: boolean) => {
      const w = roof();
      if (siege) startSiege(w, 180);
      const i = spawnInfected(w.horde, 15.5, w.player.y, Variant.Sprinter);
      w.horde.state[i] = InfectedState.Search;
      const id = w.horde.id[i]!;
      let downedAt = -1;
      for (let t = 0; t < 6 * TICK_RATE && downedAt < 0; t++) {
        // The player keeps after it, spraying from 1.5 tiles (the push would carry it out of the cone).
        const k = Array.from(w.horde.id.subarray(0, w.horde.count)).indexOf(id);
        if (k < 0) break;
        w.player.x = w.horde.x[k]! + 1.5;
        w.player.y = w.horde.y[k]!;
        run(w, 1, intent({ spray: true, aimX: -1, aimY: 0 }));
        if (w.events.some((e) => e.type === 'infectedKilled' && e.agent === id)) downedAt = t / TICK_RATE;
        expect(w.events.some((e) => e.type === 'infectedFell')).toBe(false);
      }
      return { downedAt, left: w.horde.count };
    };
    const inSiege = foamed(true);
    // A sprinter (3 health) goes down after about three seconds of foam.
    expect(inSiege.downedAt).toBeGreaterThan(2);
    expect(inSiege.downedAt).toBeLessThan(6);
    expect(inSiege.left).toBe(0);
    const calm = foamed(false);
    expect(calm.downedAt).toBe(-1);
    expect(calm.left).toBe(1);
  });

  it('is deterministic and part of the state: same seed same hash, a checkpoint copies it, the crowd is hashed', () => {
    const a = roof(5);
    const b = roof(5);
    startSiege(a, 180);
    startSiege(b, 180);
    run(a, 30 * TICK_RATE);
    run(b, 30 * TICK_RATE);
    expect(hashWorld(a)).toBe(hashWorld(b));
    const copy = cloneWorld(a);
    expect(hashWorld(copy)).toBe(hashWorld(a));
    copy.siege.crowd[0] = copy.siege.crowd[0]! + 1;
    expect(hashWorld(copy)).not.toBe(hashWorld(a));
    expect(a.siege.crowd[0]).not.toBe(copy.siege.crowd[0]);
  });

  it('does nothing in a peaceful world', () => {
    const w = worldFromAscii(ROOF);
    w.director.enabled = false;
    startSiege(w, 180);
    run(w, 60 * TICK_RATE);
    expect(w.siege.running).toBe(0);
    expect(w.horde.count).toBe(0);
  });
});
