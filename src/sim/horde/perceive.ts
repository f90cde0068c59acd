import * as hordeModule from '../horde';
import * as perception from '../perception';
import * as grabModule from '../grab';
import * as tuning from '../tuning';
import type { HordeTick } from './tick';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { canSeePlayer } = perception;
const { startGrab } = grabModule;
const { InfectedState } = hordeModule;
const { HORDE, VARIANT_NAMES } = tuning;
const S = InfectedState;
const EVERY = HORDE.perceptionEvery;

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
 * Chasing agent i (in state st) is within GRAB.reach of the player: it grabs (grab.ts)
 * when the player can be caught. Returns the state after. The loop in hordeUpdate.ts
 * tests "chasing and close" itself (it runs for every agent, and counts near misses,
 * within DIRECTOR.nearMissRadius, for the director's intensity).
 */
export function closeIn(t: HordeTick, i: number, st: number): number {
  if (!t.canGrab || t.p.grabbedBy >= 0) return st;
  startGrab(t.world, i);
  return S.Grab;
}
