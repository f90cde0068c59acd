import * as hordeModule from '../horde';
import * as perception from '../perception';
import * as grabModule from '../grab';
import * as tuning from '../tuning';
import type { HordeTick } from './tick';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { canSeePlayer } = perception;
const { startGrab } = grabModule;
const { InfectedState } = hordeModule;
const { DIRECTOR, GRAB, HORDE, VARIANT_NAMES } = tuning;
const S = InfectedState;
const EVERY = HORDE.perceptionEvery;
const GRAB2 = GRAB.reach * GRAB.reach;
const NEAR2 = DIRECTOR.nearMissRadius * DIRECTOR.nearMissRadius;

/** A hunter (the director's rush) always knows where the player is, and stops idling. Returns the state after. */
export function hunt(t: HordeTick, i: number, st: number): number {
  const p = t.p;
  t.targetX[i] = p.x;
  t.targetY[i] = p.y;
  t.hasTarget[i] = 1;
  if (st === S.Idle) {
    t.searchLooking[i] = 0;
    return S.Search;
  }
  return st;
}

/**
 * Agent i (in state st) looks, on its perception tick ((tick + i) % perceptionEvery == 0,
 * so a big horde costs a quarter of the line-of-sight work per tick; see isLookTick):
 * seeing the player (perception.ts) wakes it and makes the player its target, and an
 * idle or searching one is alerted (the telegraph: it stops, infectedAlerted). Returns
 * the state after.
 */
export function look(t: HordeTick, i: number, st: number): number {
  const p = t.p;
  const sees = canSeePlayer(t.world, i);
  t.seesPlayer[i] = sees ? 1 : 0;
  if (sees) {
    t.asleep[i] = 0;
    t.hasTarget[i] = 1;
    t.targetX[i] = p.x;
    t.targetY[i] = p.y;
    if (st === S.Idle || st === S.Search) {
      t.stateTimer[i] = t.telegraph;
      t.vx[i] = 0;
      t.vy[i] = 0;
      t.world.events.push({ type: 'infectedAlerted', agent: t.id[i]!, x: t.x[i]!, y: t.y[i]!, variant: VARIANT_NAMES[t.variant[i]!]!, telegraphSeconds: t.telegraph });
      return S.Alerted;
    }
  }
  return st;
}

/** Whether agent i looks this tick (never while it holds the player). */
export function isLookTick(t: HordeTick, i: number, st: number): boolean {
  return (t.tick + i) % EVERY === 0 && st !== S.Grab;
}

/**
 * A chasing agent close to the player: within DIRECTOR.nearMissRadius it is a near miss
 * (the director's intensity); within GRAB.reach it grabs (grab.ts), when the player can
 * be caught. Returns the state after.
 */
export function closeIn(t: HordeTick, i: number, st: number): number {
  const chasing = st === S.Sprint || st === S.Recover || (st === S.Search && t.searchLooking[i] === 0) || st === S.Climb;
  if (!chasing) return st;
  const p = t.p;
  const pdx = p.x - t.x[i]!;
  const pdy = p.y - t.y[i]!;
  const pd2 = pdx * pdx + pdy * pdy;
  if (pd2 < NEAR2) t.nearMisses++;
  if (t.canGrab && pd2 < GRAB2 && p.grabbedBy < 0) {
    startGrab(t.world, i);
    return S.Grab;
  }
  return st;
}
