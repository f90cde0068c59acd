import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld, type AllySpec, type World, type WorldOptions } from '../../src/sim/world';
import { step } from '../../src/sim/step';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { DOOR, SURVIVORS, Variant } from '../../src/sim/tuning';
import { AllyOrder, SurvivorState } from '../../src/sim/survivors';
import { useLocker } from '../../src/sim/objects';
import { canSeeSurvivor } from '../../src/sim/perception';
import { inADoorway } from '../../src/sim/allies';
import { biteAlly, findAlly, orderAlly, removeAlly } from '../../src/chapters/script';
import type { SimEvent, SimEventType } from '../../src/sim/events';
import type { Intent } from '../../src/sim/intent';
import { intent } from '../helpers';

/** A world from an ASCII map with no director and no placed infected, plus the group. */
function groupWorld(map: string, allies: AllySpec[], options: WorldOptions = {}, seed = 1): World {
  return createWorld(parseAsciiLevel('allies', 'allies', map.trim()), seed, { peaceful: true, allies, ...options });
}

/** Steps, collecting every event of the kinds asked for. */
function play(w: World, ticks: number, input: (t: number) => Intent, kinds: SimEventType[] = []): SimEvent[] {
  const seen: SimEvent[] = [];
  for (let t = 0; t < ticks; t++) {
    step(w, input(t));
    for (const e of w.events) if (kinds.includes(e.type)) seen.push(e);
  }
  return seen;
}

/** A move intent toward (x, y) from where the player is (full walk; nothing when there). */
function toward(w: World, x: number, y: number, extra: Partial<Intent> = {}): Intent {
  const dx = x - w.player.x;
  const dy = y - w.player.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  return d < 0.1 ? intent(extra) : intent({ moveX: dx / d, moveY: dy / d, ...extra });
}

const TAE_MIN: AllySpec = { id: 'tae-min', role: 'follower' };

describe('the horde hunts the group', () => {
  const ROOM = `
################
#.............P#
#..............#
#..............#
################`;

  it('an infected that sees two survivors goes for the nearer one', () => {
    const w = groupWorld(ROOM, [{ ...TAE_MIN, x: 5.5, y: 2.5 }]);
    w.player.x = w.player.prevX = 10.5;
    w.player.y = w.player.prevY = 2.5;
    const i = spawnInfected(w.horde, 2.5, 2.5, Variant.Sprinter, false, 1, 0);
    w.horde.stateTimer[i] = 10;
    play(w, 4, () => intent());
    expect(w.horde.seesPlayer[i]).toBe(1);
    expect(w.horde.target[i]).toBe(1);
    expect(w.horde.state[i]).toBe(InfectedState.Alerted);
    // ...and the same with the two the other way round: the player is nearer.
    const v = groupWorld(ROOM, [{ ...TAE_MIN, x: 10.5, y: 2.5 }]);
    v.player.x = v.player.prevX = 5.5;
    v.player.y = v.player.prevY = 2.5;
    const j = spawnInfected(v.horde, 2.5, 2.5, Variant.Sprinter, false, 1, 0);
    v.horde.stateTimer[j] = 10;
    play(v, 4, () => intent());
    expect(v.horde.target[j]).toBe(0);
  });

  it('when the player hides, an infected that was after them switches to the ally it sees', () => {
    const w = groupWorld(ROOM, [{ ...TAE_MIN, x: 8.5, y: 2.5 }], { difficulty: 'story' });
    w.level.lockers.push({ x: 5, y: 0, front: { x: 5.5, y: 1.5 }, classmate: null } as never);
    w.player.x = w.player.prevX = 5.5;
    w.player.y = w.player.prevY = 1.5;
    const i = spawnInfected(w.horde, 2.5, 2.5, Variant.Sprinter, false, 1, 0);
    w.horde.stateTimer[i] = 10;
    play(w, 4, () => intent());
    expect(w.horde.target[i]).toBe(0);
    // It glances away for a moment and the player slips into the locker unseen.
    w.horde.headingX[i] = -1;
    w.horde.headingY[i] = 0;
    useLocker(w, 0);
    expect(w.player.hidden).toBe(true);
    w.horde.headingX[i] = 1;
    play(w, 4, () => intent());
    expect(w.horde.target[i]).toBe(1);
    expect(w.horde.seesPlayer[i]).toBe(1);
    expect(w.horde.targetX[i]).toBeCloseTo(w.survivors.x[1]!, 0);
  });
});

describe('allies follow the player', () => {
  // Room A, a door down into B, a door in B's east end down into C, then west along C.
  const ROUTE = `
################
#P.............#
#..............#
#####d##########
#..............#
#..............#
##############d#
#..............#
#..............#
################`;
  const WAYPOINTS: [number, number][] = [[5.5, 1.5], [5.5, 3.5], [5.5, 4.5], [14.5, 5.2], [14.5, 6.5], [14.5, 7.5], [3.5, 8.0]];

  it('through two doors and round the corners, never standing still in a doorway, and is with the player at the end', () => {
    const w = groupWorld(ROUTE, [TAE_MIN]);
    let wp = 0;
    let stillInDoorway = 0;
    let maxDistance = 0;
    for (let t = 0; t < 60 * 20; t++) {
      const [x, y] = WAYPOINTS[Math.min(wp, WAYPOINTS.length - 1)]!;
      if (Math.hypot(x - w.player.x, y - w.player.y) < 0.2 && wp < WAYPOINTS.length) wp++;
      step(w, toward(w, x, y));
      const s = w.survivors;
      if (s.gait[1] === 0 && inADoorway(w, s.x[1]!, s.y[1]!)) stillInDoorway++;
      if (t > 60) maxDistance = Math.max(maxDistance, Math.hypot(s.x[1]! - w.player.x, s.y[1]! - w.player.y));
    }
    expect(wp).toBe(WAYPOINTS.length);
    const s = w.survivors;
    expect(stillInDoorway).toBe(0);
    // Kept up all the way (a walk never leaves them more than a few tiles behind)...
    expect(maxDistance).toBeLessThan(SURVIVORS.catchUpDistance + 1);
    // ...and is in room C beside the player, at its follow distance.
    expect(s.y[1]).toBeGreaterThan(7);
    expect(Math.hypot(s.x[1]! - w.player.x, s.y[1]! - w.player.y)).toBeLessThan(SURVIVORS.followDistance + 0.5);
  });

  it('opens a closed door to follow (opened, not bashed), and steps out of the way of the walking player', () => {
    const w = groupWorld(`
##########
#........#
#........#
####D#####
#........#
#P.......#
##########`, [{ ...TAE_MIN, x: 4.5, y: 1.5 }]);
    const opened = play(w, 60 * 4, () => intent(), ['doorOpened', 'doorBashed']);
    expect(opened).toEqual([{ type: 'doorOpened', door: 0 }]);
    expect(w.doors[0]).toMatchObject({ open: true, broken: false, hp: DOOR.hp });
    expect(w.survivors.y[1]).toBeGreaterThan(4);
    // The player walks east along the row the ally stands in: it gets out of the way.
    w.survivors.x[1] = 3.5;
    w.survivors.y[1] = 5.5;
    play(w, 20, () => intent({ moveX: 1 }));
    const lateral = Math.abs(w.survivors.y[1]! - w.player.y);
    expect(lateral).toBeGreaterThan(SURVIVORS.playerPathHalfWidth - 0.1);
  });
});

describe('doors', () => {
  it('a door never shuts on an ally standing in it', () => {
    const w = groupWorld(`
#######
#.Pd..#
#######`, [{ ...TAE_MIN, x: 3.5, y: 1.5 }]);
    orderAlly(w, 'tae-min', 'wait');
    w.survivors.x[1] = w.survivors.spotX[1] = 3.5;
    step(w, intent({ interact: true }));
    expect(w.doors[0]!.open).toBe(true);
    w.survivors.x[1] = w.survivors.spotX[1] = 4.5;
    step(w, intent());
    step(w, intent({ interact: true }));
    expect(w.doors[0]!.open).toBe(false);
  });
});

describe('orders', () => {
  const HALL = `
####L#############
#P...............#
#................#
##################`;

  it('Wait holds the spot while the player walks off; Hide gets into the nearest locker, out of sight; Follow again comes back', () => {
    const w = groupWorld(HALL, [TAE_MIN]);
    w.level.lockers.push({ x: 4, y: 0, front: { x: 4.5, y: 1.5 }, classmate: null } as never);
    const press = (t: number): Intent => intent({ order: t === 0 });
    expect(play(w, 2, press, ['allyOrder'])).toEqual([{ type: 'allyOrder', order: 'wait' }]);
    const spot = [w.survivors.x[1]!, w.survivors.y[1]!];
    play(w, 60 * 3, () => intent({ moveX: 1 }));
    expect(w.player.x).toBeGreaterThan(10);
    expect(Math.hypot(w.survivors.x[1]! - spot[0]!, w.survivors.y[1]! - spot[1]!)).toBeLessThan(0.2);

    expect(play(w, 2, press, ['allyOrder'])).toEqual([{ type: 'allyOrder', order: 'hide' }]);
    play(w, 60 * 3, () => intent());
    expect(w.survivors.hidden[1]).toBe(1);
    expect(findAlly(w, 'tae-min')).toMatchObject({ order: 'hide', hidden: true, x: 4.5, y: 1.5 });
    // An infected right in front of the locker does not see them.
    const i = spawnInfected(w.horde, 5.5, 1.5, Variant.Sprinter, false, -1, 0);
    expect(canSeeSurvivor(w, i, 1)).toBe(false);
    w.horde.count = 0;

    expect(play(w, 2, press, ['allyOrder'])).toEqual([{ type: 'allyOrder', order: 'follow' }]);
    expect(w.survivors.hidden[1]).toBe(0);
    play(w, 60 * 4, () => intent());
    expect(Math.hypot(w.survivors.x[1]! - w.player.x, w.survivors.y[1]! - w.player.y)).toBeLessThan(SURVIVORS.followDistance + 0.5);
  });

  it('Hide with no locker near: beside the nearest door, against the wall, out of the doorway', () => {
    const w = groupWorld(`
##########
#P.......#
#........#
#####D####
#........#
##########`, [{ ...TAE_MIN, x: 7.5, y: 2.5 }]);
    expect(orderAlly(w, 'tae-min', 'hide')).toBe(true);
    play(w, 60 * 3, () => intent());
    const s = w.survivors;
    // The cell beside the doorway on the ally's side (north): (4, 2) or (6, 2).
    expect(Math.floor(s.y[1]!)).toBe(2);
    expect(Math.abs(Math.floor(s.x[1]!) - 5)).toBe(1);
    expect(inADoorway(w, s.x[1]!, s.y[1]!)).toBe(false);
    expect(s.hidden[1]).toBe(0);
  });

  it('a held button is one press; the story can order one ally; a press with no one left does nothing', () => {
    const w = groupWorld(HALL, [TAE_MIN, { id: 'gu-ho', role: 'shover' }]);
    expect(play(w, 30, () => intent({ order: true }), ['allyOrder'])).toHaveLength(1);
    expect(Array.from(w.survivors.order.subarray(1, 3))).toEqual([AllyOrder.Wait, AllyOrder.Wait]);
    expect(orderAlly(w, 'gu-ho', 'follow')).toBe(true);
    expect(findAlly(w, 'gu-ho')!.order).toBe('follow');
    expect(removeAlly(w, 'tae-min') && removeAlly(w, 'gu-ho')).toBe(true);
    expect(play(w, 4, (t) => intent({ order: t === 1 }), ['allyOrder'])).toEqual([]);
  });
});

describe('grabs, bites and turning', () => {
  // The ally and an infected facing it in the west room; the player behind a wall in the east one.
  const SPLIT = `
################
#......#.......#
#......#......P#
#......#.......#
################`;

  function grabbedAllyWorld(seed: number): World {
    const w = groupWorld(SPLIT, [{ ...TAE_MIN, x: 4.5, y: 2.5 }], {}, seed);
    orderAlly(w, 'tae-min', 'wait');
    const i = spawnInfected(w.horde, 1.5, 2.5, Variant.Sprinter, false, 1, 0);
    // It stands twitching (no idle spell turns it away before it looks).
    w.horde.stateTimer[i] = 10;
    return w;
  }

  it('a grabbed ally sometimes breaks free and is bitten otherwise; a bite on an ally is not the chapter lost', () => {
    let freed = 0;
    let bitten = 0;
    for (let seed = 1; seed <= 16; seed++) {
      const w = grabbedAllyWorld(seed);
      const events = play(w, 60 * 3, () => intent(), ['allyGrabbed', 'allyBrokeFree', 'allyBitten']);
      expect(events[0]).toMatchObject({ type: 'allyGrabbed', ally: 'tae-min', survivor: 1 });
      const outcome = events[1]!;
      if (outcome.type === 'allyBrokeFree') freed++;
      else if (outcome.type === 'allyBitten') {
        bitten++;
        expect(outcome.turnSeconds).toBe(SURVIVORS.turnSeconds);
        expect(w.survivors.state[1]).toBe(SurvivorState.Bitten);
        expect(w.status).toBe('playing');
      } else throw new Error(`unexpected ${outcome.type}`);
      // Never grabbed the player, who is out of its sight.
      expect(w.player.grabsTaken).toBe(0);
    }
    expect(freed).toBeGreaterThan(0);
    expect(bitten).toBeGreaterThan(0);
  });

  it('a bitten ally turns after the time the story set, into an infected where they stood', () => {
    const w = groupWorld(SPLIT, [{ ...TAE_MIN, x: 12.5, y: 2.5 }]);
    expect(biteAlly(w, 'tae-min', 2)).toBe(true);
    expect(biteAlly(w, 'tae-min', 2)).toBe(false);
    expect(w.events.at(-1)).toMatchObject({ type: 'allyBitten', ally: 'tae-min', agent: -1, turnSeconds: 2 });
    // Still human, still with the group, until the time is up.
    play(w, 2 * 60 - 1, () => intent());
    expect(findAlly(w, 'tae-min')).toMatchObject({ state: 'bitten' });
    expect(w.horde.count).toBe(0);
    const at = [w.survivors.x[1]!, w.survivors.y[1]!];
    const turned = play(w, 1, () => intent(), ['allyTurned']);
    expect(turned).toHaveLength(1);
    expect(findAlly(w, 'tae-min')!.state).toBe('turned');
    expect(w.horde.count).toBe(1);
    expect([w.horde.prevX[0], w.horde.prevY[0]]).toEqual(at);
    expect(turned[0]).toMatchObject({ agent: w.horde.id[0], x: at[0], y: at[1] });
    // It goes for the player next to it.
    play(w, 60 * 2, () => intent());
    expect(w.player.grabsTaken).toBeGreaterThan(0);
  });
});
