import { describe, expect, it } from 'vitest';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { applyImpulse } from '../../src/sim/hordeUpdate';
import { canSeePlayer } from '../../src/sim/perception';
import { step } from '../../src/sim/step';
import { DIFFICULTY, GRAB, INFECTED, PLAYER, TICK_RATE, Variant } from '../../src/sim/tuning';
import type { SimEvent } from '../../src/sim/events';
import type { World } from '../../src/sim/world';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { intent, worldFromAscii } from '../helpers';

/** Steps until `until` holds (or the limit); returns every event seen on the way. */
function runUntil(w: World, limit: number, i: Intent = emptyIntent(), until: (w: World) => boolean = () => false): SimEvent[] {
  const seen: SimEvent[] = [];
  for (let t = 0; t < limit; t++) {
    step(w, i);
    seen.push(...w.events);
    if (until(w) || w.status !== 'playing') break;
  }
  return seen;
}

function face(w: World, i: number, x: number, y: number): void {
  const h = w.horde;
  const dx = x - h.x[i]!;
  const dy = y - h.y[i]!;
  const l = Math.hypot(dx, dy);
  h.headingX[i] = dx / l;
  h.headingY[i] = dy / l;
}

const CORRIDOR = `
############################################################
#P.........................................................#
#..........................................................#
############################################################`;

describe('a sprinter', () => {
  it('that sees you telegraphs (head-snap + gurgle, standing still) and then sprints faster than you run', () => {
    const w = worldFromAscii(CORRIDOR.replace('#P.........', '#P.......z.'));
    face(w, 0, w.player.x, w.player.y);
    const events = runUntil(w, 10, emptyIntent(), (w) => w.horde.state[0] === InfectedState.Alerted);
    const alert = events.find((e) => e.type === 'infectedAlerted');
    expect(alert).toMatchObject({ variant: 'sprinter', telegraphSeconds: DIFFICULTY.normal.telegraphSeconds });
    const x0 = w.horde.x[0]!;
    // During the telegraph it does not move.
    runUntil(w, Math.floor(DIFFICULTY.normal.telegraphSeconds * TICK_RATE) - 2);
    expect(w.horde.state[0]).toBe(InfectedState.Alerted);
    expect(w.horde.x[0]).toBeCloseTo(x0, 6);
    runUntil(w, 4);
    expect(w.horde.state[0]).toBe(InfectedState.Sprint);
    runUntil(w, 30);
    expect(Math.hypot(w.horde.vx[0]!, w.horde.vy[0]!)).toBeGreaterThan(PLAYER.runSpeed);
  });

  it('catches a player who runs away down a straight corridor', () => {
    const w = worldFromAscii(CORRIDOR.replace('#P...', '#z...').replace('#....', '#...P'));
    // Start: the player 6 tiles ahead, already seen (the sprinter faces them).
    w.player.x = 7.5;
    face(w, 0, w.player.x, w.player.y);
    const events = runUntil(w, TICK_RATE * 8, intent({ moveX: 1, run: true }), (w) => w.player.grabbedBy >= 0);
    expect(events.some((e) => e.type === 'grabbed')).toBe(true);
  });

  it('that loses sight runs to your last known position, searches, then gives up', () => {
    const ROOM = `
##############################
#..........#.................#
#..z.......#.........P.......#
#..........#.................#
#............................#
##############################`;
    const w = worldFromAscii(ROOM);
    // The player stands at the gap, seen; then steps behind the wall.
    w.player.x = 11.5;
    w.player.y = 4.5;
    face(w, 0, w.player.x, w.player.y);
    runUntil(w, 30, emptyIntent(), (w) => w.horde.state[0] === InfectedState.Alerted);
    expect(w.horde.state[0]).toBe(InfectedState.Alerted);
    w.player.x = 27.5;
    w.player.y = 1.5;
    expect(canSeePlayer(w, 0)).toBe(false);
    const events = runUntil(w, TICK_RATE * 4, emptyIntent(), (w) => w.horde.state[0] === InfectedState.Search && w.horde.searchLooking[0] === 1);
    expect(w.horde.state[0]).toBe(InfectedState.Search);
    // It looks around where it last saw the player.
    expect(Math.hypot(w.horde.x[0]! - 11.5, w.horde.y[0]! - 4.5)).toBeLessThan(1.5);
    const later = runUntil(w, TICK_RATE * 8, emptyIntent(), (w) => w.horde.state[0] === InfectedState.Idle);
    expect([...events, ...later].some((e) => e.type === 'infectedGaveUp')).toBe(true);
    expect(w.horde.state[0]).toBe(InfectedState.Idle);
  });

  it('overshoots a sharp turn at sprint speed and slams into the wall (stagger)', () => {
    const L = `
##############################
#P...........................#
#............................#
###########################.##
###########################.##
###########################.##
##############################`;
    const w = worldFromAscii(L);
    const h = w.horde;
    // Sprinting east down the corridor; its target is down the side passage.
    const i = spawnInfected(h, 18.5, 2.0, Variant.Sprinter, false, 1, 0);
    h.state[i] = InfectedState.Sprint;
    h.stateTimer[i] = 3;
    h.vx[i] = INFECTED[Variant.Sprinter]!.sprintSpeed;
    h.hasTarget[i] = 1;
    h.targetX[i] = 27.5;
    h.targetY[i] = 5.5;
    const events = runUntil(w, TICK_RATE * 2, emptyIntent(), (w) => w.events.some((e) => e.type === 'infectedSlammed'));
    expect(events.some((e) => e.type === 'infectedSlammed')).toBe(true);
    expect(h.state[i]).toBe(InfectedState.Stagger);
    // A walker (searching at a jog) takes the same turn without slamming.
    const w2 = worldFromAscii(L);
    const j = spawnInfected(w2.horde, 18.5, 2.0, Variant.Sprinter, false, 1, 0);
    w2.horde.state[j] = InfectedState.Search;
    w2.horde.hasTarget[j] = 1;
    w2.horde.targetX[j] = 27.5;
    w2.horde.targetY[j] = 5.5;
    const calm = runUntil(w2, TICK_RATE * 4);
    expect(calm.some((e) => e.type === 'infectedSlammed')).toBe(false);
    expect(w2.horde.y[j]).toBeGreaterThan(4);
  });
});

const DOOR_MAP = `
#################
#.......#.......#
#..z....D....P..#
#.......#.......#
#################`;

function ticksToBreakDoor(variantChar: string): number {
  const w = worldFromAscii(DOOR_MAP.replace('z', variantChar));
  w.horde.hunter[0] = 1;
  for (let t = 1; t < TICK_RATE * 60; t++) {
    step(w, emptyIntent());
    if (w.events.some((e) => e.type === 'doorBroken')) return t;
  }
  return Infinity;
}

describe('doors', () => {
  it('a closed door blocks sight and the way; the infected bash it open and come through', () => {
    const w = worldFromAscii(DOOR_MAP);
    face(w, 0, w.player.x, w.player.y);
    expect(canSeePlayer(w, 0)).toBe(false);
    w.horde.hunter[0] = 1; // it knows where you are (heard you)
    const events = runUntil(w, TICK_RATE * 30, emptyIntent(), (w) => w.horde.x[0]! > 9);
    expect(events.some((e) => e.type === 'doorBashed')).toBe(true);
    expect(events.some((e) => e.type === 'doorBroken')).toBe(true);
    expect(w.doors[0]!.broken).toBe(true);
    expect(w.horde.x[0]).toBeGreaterThan(9);
  });

  it('a heavy breaks a door faster than a sprinter', () => {
    const sprinter = ticksToBreakDoor('z');
    const heavy = ticksToBreakDoor('H');
    expect(heavy).toBeLessThan(sprinter);
    expect(INFECTED[Variant.Heavy]!.doorDamage).toBeGreaterThan(INFECTED[Variant.Sprinter]!.doorDamage);
  });

  it('the horde goes round by an open way instead of bashing when one exists', () => {
    const w = worldFromAscii(`
#################
#.......#.......#
#..z....D....P..#
#.......#.......#
#...............#
#################`);
    w.horde.hunter[0] = 1;
    const events = runUntil(w, TICK_RATE * 10, emptyIntent(), (w) => w.horde.x[0]! > 10);
    expect(events.some((e) => e.type === 'doorBashed')).toBe(false);
    expect(w.horde.x[0]).toBeGreaterThan(10);
  });
});

describe('noise and the cheerleader', () => {
  it('a cheer brings others who could not see you', () => {
    const MAP = `
##############################
#...............z............#
#.C.......P..................#
#..............z.............#
##############################`;
    const w = worldFromAscii(MAP);
    const h = w.horde;
    const cheer = 1; // reading order: z (row 1), C, z (row 3)
    expect(h.variant[cheer]).toBe(Variant.Cheerleader);
    face(w, cheer, w.player.x, w.player.y);
    const others = [0, 2];
    for (const i of others) {
      h.headingX[i] = 1; // looking away, down the corridor
      h.headingY[i] = 0;
      h.asleep[i] = 1; // and not wandering about
      expect(canSeePlayer(w, i)).toBe(false);
    }
    const x0 = others.map((i) => h.x[i]!);
    const events = runUntil(w, TICK_RATE * 2, emptyIntent(), (w) => w.events.some((e) => e.type === 'cheer'));
    expect(events.some((e) => e.type === 'cheer')).toBe(true);
    runUntil(w, TICK_RATE);
    others.forEach((i, k) => {
      expect(h.state[i]).not.toBe(InfectedState.Idle);
      expect(h.x[i]).toBeLessThan(x0[k]! - 1); // coming toward the cheer
    });
  });

  it('running is heard through an open corridor; sneaking is not', () => {
    const MAP = `
##############################
#P...........................#
#............................#
#............z...............#
##############################`;
    const run = worldFromAscii(MAP);
    const sneak = worldFromAscii(MAP);
    for (const w of [run, sneak]) {
      w.horde.headingX[0] = 1; // looking away
      w.horde.headingY[0] = 0;
      w.horde.asleep[0] = 1; // no wandering
    }
    runUntil(run, TICK_RATE * 2, intent({ moveX: 1, run: true }));
    runUntil(sneak, TICK_RATE * 2, intent({ moveX: 1, sneak: true }));
    expect(run.horde.state[0]).not.toBe(InfectedState.Idle);
    expect(sneak.horde.state[0]).toBe(InfectedState.Idle);
  });
});

describe('grabs', () => {
  it('a grab holds you; six presses break it; the fourth grab is a bite that names the sprinter', () => {
    const w = worldFromAscii(CORRIDOR);
    const i = spawnInfected(w.horde, 2.0, 1.5, Variant.Sprinter);
    w.horde.state[i] = InfectedState.Sprint;
    w.horde.stateTimer[i] = 3;
    w.horde.hasTarget[i] = 1;
    step(w, emptyIntent());
    expect(w.player.grabbedBy).toBe(w.horde.id[i]);
    const x = w.player.x;
    step(w, intent({ moveX: 1 }));
    expect(w.player.x).toBe(x); // held
    for (let n = 0; n < GRAB.breakPresses; n++) {
      step(w, intent({ interact: true }));
      step(w, emptyIntent());
    }
    expect(w.player.grabbedBy).toBe(-1);
    expect(w.player.grabsTaken).toBe(1);
    // Grabs 2 and 3 broken the same way, the 4th bites.
    let bitten: SimEvent | undefined;
    for (let g = 0; g < 4 && !bitten; g++) {
      w.player.grabImmunity = 0;
      w.horde.x[i] = w.player.x + 0.3;
      w.horde.y[i] = w.player.y;
      w.horde.state[i] = InfectedState.Sprint;
      w.horde.stateTimer[i] = 3;
      step(w, emptyIntent());
      bitten = w.events.find((e) => e.type === 'bitten');
      for (let n = 0; n < GRAB.breakPresses && !bitten; n++) {
        step(w, intent({ interact: true }));
        step(w, emptyIntent());
      }
    }
    expect(bitten).toMatchObject({ type: 'bitten', variant: 'sprinter' });
    expect(w.player.grabsTaken).toBe(DIFFICULTY[w.difficulty].grabHealth + 1);
    expect(w.status).toBe('lost');
  });

  it('not breaking free in time is a bite', () => {
    const w = worldFromAscii(CORRIDOR);
    const i = spawnInfected(w.horde, 2.2, 1.5, Variant.Heavy);
    w.horde.state[i] = InfectedState.Recover;
    w.horde.stateTimer[i] = 3;
    w.horde.hasTarget[i] = 1;
    const events = runUntil(w, TICK_RATE * 5);
    expect(events.find((e) => e.type === 'bitten')).toMatchObject({ variant: 'heavy' });
  });
});

describe('impulses (for the extinguisher)', () => {
  it('push and stagger, less each time (diminishing returns), heavies resist', () => {
    const w = worldFromAscii(CORRIDOR);
    const a = spawnInfected(w.horde, 20.5, 1.5, Variant.Sprinter);
    const b = spawnInfected(w.horde, 30.5, 1.5, Variant.Heavy);
    applyImpulse(w, a, 6, 0, 1);
    applyImpulse(w, b, 6, 0, 1);
    expect(w.horde.state[a]).toBe(InfectedState.Stagger);
    expect(w.horde.vx[a]).toBeGreaterThan(w.horde.vx[b]! * 2);
    const first = w.horde.vx[a]!;
    w.horde.vx[a] = 0;
    applyImpulse(w, a, 6, 0, 1);
    expect(w.horde.vx[a]).toBeLessThan(first);
  });
});
