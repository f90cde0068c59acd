import { describe, expect, it } from 'vitest';
import { InfectedState } from '../../src/sim/horde';
import { clearSight } from '../../src/sim/perception';
import { EXTINGUISHER as EX, TICK_RATE } from '../../src/sim/tuning';
import { step } from '../../src/sim/step';
import type { SimEvent } from '../../src/sim/events';
import type { World } from '../../src/sim/world';
import { intent, run, worldFromAscii } from '../helpers';

const S = InfectedState;
const SPRAY_EAST = intent({ spray: true, aimX: 1 });

function collect(world: World, ticks: number, i = intent()): SimEvent[] {
  const out: SimEvent[] = [];
  for (let t = 0; t < ticks; t++) {
    step(world, i);
    out.push(...world.events);
  }
  return out;
}

/** A sleeping sprinter (Z) three tiles east of the player: it stands still until hit. */
const ONE = `
###############
#.............#
#..P..Z.......#
#.............#
###############`;

describe('the spray on the infected', () => {
  it('staggers and pushes back an infected in the cone', () => {
    const w = worldFromAscii(ONE);
    const x0 = w.horde.x[0]!;
    const events = collect(w, 20, SPRAY_EAST);
    expect(events).toContainEqual(expect.objectContaining({ type: 'foamHit', agent: w.horde.id[0], tumble: false }));
    expect(w.horde.state[0]).toBe(S.Stagger);
    expect(w.horde.x[0]!).toBeGreaterThan(x0 + 0.2);
  });

  it('misses an infected outside the cone: beside or behind the player', () => {
    const w = worldFromAscii(`
###############
#.....Z.......#
#.............#
#Z.P..........#
#.............#
###############`);
    const events = collect(w, 30, SPRAY_EAST);
    expect(events.some((e) => e.type === 'foamHit')).toBe(false);
    for (let i = 0; i < w.horde.count; i++) expect(w.horde.state[i]).not.toBe(S.Stagger);
  });

  it('misses an infected behind a wall, or behind a closed door', () => {
    for (const wall of ['#', 'D']) {
      const w = worldFromAscii(`
###############
#....#........#
#..P.${wall}.Z......#
#....#........#
###############`);
      const events = collect(w, 30, SPRAY_EAST);
      expect(events.some((e) => e.type === 'foamHit')).toBe(false);
      expect(w.horde.state[0]).not.toBe(S.Stagger);
    }
  });

  it('pushes harder near the nozzle and on the axis than far away or at the edge', () => {
    const speedAfterOneTick = (map: string): number => {
      const w = worldFromAscii(map);
      step(w, SPRAY_EAST);
      return Math.hypot(w.horde.vx[0]!, w.horde.vy[0]!);
    };
    const near = speedAfterOneTick(`
###########
#.........#
#.PZ......#
#.........#
###########`);
    const far = speedAfterOneTick(`
###########
#.........#
#.P....Z..#
#.........#
###########`);
    const axis = speedAfterOneTick(`
###########
#.........#
#.P..Z....#
#.........#
###########`);
    // 3 tiles out, 1 tile aside: about 18 degrees off the axis, near the 20-degree edge.
    const edge = speedAfterOneTick(`
###########
#.........#
#.P.......#
#....Z....#
###########`);
    expect(near).toBeGreaterThan(far * 1.5);
    expect(far).toBeGreaterThan(0);
    expect(axis).toBeGreaterThan(edge * 1.5);
    expect(edge).toBeGreaterThan(0);
  });

  it('a sprinter hit mid-sprint tumbles (longer stagger, thrown back); a heavy barely stops', () => {
    const sprinter = worldFromAscii(ONE);
    sprinter.horde.state[0] = S.Sprint;
    sprinter.horde.stateTimer[0] = 2;
    sprinter.horde.asleep[0] = 0;
    const e1 = collect(sprinter, 1, SPRAY_EAST);
    expect(e1).toContainEqual(expect.objectContaining({ type: 'foamHit', tumble: true }));
    expect(sprinter.horde.stateTimer[0]).toBeGreaterThan(EX.staggerSeconds);

    const heavy = worldFromAscii(ONE.replace('Z', 'H'));
    const idle = worldFromAscii(ONE);
    step(heavy, SPRAY_EAST);
    step(idle, SPRAY_EAST);
    expect(heavy.horde.stateTimer[0]).toBeLessThan(idle.horde.stateTimer[0]! / 2);
    expect(Math.abs(heavy.horde.vx[0]!)).toBeLessThan(Math.abs(idle.horde.vx[0]!) / 2);
  });

  it('diminishing returns: sustained spray staggers less and less, then the infected wades through', () => {
    // Against the east wall it cannot be pushed out of the cone.
    const w = worldFromAscii(`
#########
#.......#
#..P..z##
#.......#
#########`);
    const staggers: number[] = [];
    let staggeredEarly = 0;
    let staggeredLate = 0;
    const seconds = 10;
    for (let t = 0; t < seconds * TICK_RATE; t++) {
      step(w, SPRAY_EAST);
      if (w.events.some((e) => e.type === 'foamHit')) staggers.push(w.horde.stateTimer[0]!);
      const staggered = w.horde.state[0] === S.Stagger ? 1 : 0;
      if (t < 2 * TICK_RATE) staggeredEarly += staggered;
      if (t >= (seconds - 2) * TICK_RATE) staggeredLate += staggered;
    }
    expect(staggers.length).toBeGreaterThan(3);
    for (let k = 1; k < 4; k++) expect(staggers[k]!).toBeLessThan(staggers[k - 1]!);
    expect(staggeredLate).toBeLessThan(staggeredEarly / 2);
  });

  it('an infected on a climbable wall is knocked off and removed', () => {
    const w = worldFromAscii(ONE.replace('Z', 'c'));
    w.horde.state[0] = S.Climb;
    const id = w.horde.id[0]!;
    const events = collect(w, 1, SPRAY_EAST);
    expect(events).toContainEqual(expect.objectContaining({ type: 'infectedFell', agent: id }));
    expect(w.horde.count).toBe(0);
  });
});

describe('foam and sight', () => {
  it('foam blocks sight both ways and an infected inside it loses track of the player', () => {
    const w = worldFromAscii(`
##################
#................#
#..P.........z...#
#................#
##################`);
    const h = w.horde;
    expect(clearSight(w, h.x[0]!, h.y[0]!, w.player.x, w.player.y)).toBe(true);
    // It has seen the player and is sprinting at them.
    h.state[0] = S.Sprint;
    h.stateTimer[0] = 3;
    h.hasTarget[0] = 1;
    h.seesPlayer[0] = 1;
    h.targetX[0] = w.player.x;
    h.targetY[0] = w.player.y;
    h.asleep[0] = 0;
    // Spray until the foam has reached it (the spray leaves clouds all along the cone).
    const cellOf = (): number => Math.floor(h.y[0]!) * w.grid.width + Math.floor(h.x[0]!);
    let ticks = 0;
    while (w.foam[cellOf()]! <= 0 && ticks < 3 * TICK_RATE) {
      step(w, SPRAY_EAST);
      ticks++;
    }
    expect(w.foam[cellOf()]!).toBeGreaterThan(0);
    step(w, SPRAY_EAST);
    expect(clearSight(w, h.x[0]!, h.y[0]!, w.player.x, w.player.y)).toBe(false);
    expect(clearSight(w, w.player.x, w.player.y, h.x[0]!, h.y[0]!)).toBe(false);
    expect(h.seesPlayer[0]).toBe(0);
    expect([S.Search, S.Stagger, S.Recover]).toContain(h.state[0]);
    expect(h.state[0]).not.toBe(S.Sprint);
    // Once the foam melts, the way is clear again.
    run(w, Math.ceil(EX.foamSeconds * TICK_RATE) + 2, intent({ aimX: 1 }));
    expect(w.foam.every((v) => v === 0)).toBe(true);
  });
});

describe('empty extinguisher', () => {
  it('the swing shoves the infected in front hard', () => {
    const w = worldFromAscii(`
##########
#........#
#..PZ....#
#........#
##########`);
    w.extinguisher.pressure = 0;
    const events = collect(w, 1, SPRAY_EAST);
    expect(events).toContainEqual(expect.objectContaining({ type: 'shove', agent: w.horde.id[0] }));
    expect(w.horde.state[0]).toBe(S.Stagger);
    expect(w.horde.vx[0]!).toBeGreaterThan(2);
  });

  it('the thrown canister staggers what it hits and makes noise where it lands', () => {
    const w = worldFromAscii(`
###############
#.............#
#..P.....Z....#
#.............#
###############`);
    w.extinguisher.pressure = 0;
    const events = collect(w, 60, intent({ throw: true, aimX: 1 }));
    const hit = events.find((e) => e.type === 'canisterHit');
    expect(hit).toMatchObject({ agent: w.horde.id[0] });
    expect(w.horde.state[0]).toBe(S.Stagger);
    const landed = events.find((e) => e.type === 'canisterLanded');
    if (landed?.type !== 'canisterLanded') throw new Error('no landing');
    expect(events).toContainEqual({ type: 'noise', x: landed.x, y: landed.y, loudness: EX.canisterNoise, source: 'throw' });
  });
});
