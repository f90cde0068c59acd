import * as hordeModule from '../horde';
import * as perception from '../perception';
import * as grabModule from '../grab';
import * as tuning from '../tuning';
import type { HordeTick } from './tick';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { canSeePlayer, canSeeSurvivor } = perception;
const { startGrab, startAllyGrab } = grabModule;
const { InfectedState } = hordeModule;
const { HORDE, VARIANT_NAMES } = tuning;
const S = InfectedState;
const EVERY = HORDE.perceptionEvery;
/** Squared distances to each survivor, for trying the nearest first (scratch). */
const distances = new Float64Array(tuning.SURVIVORS.capacity);

/**
 * Agent i (in state st) looks, on its perception tick ((tick + i) % perceptionEvery == 0,
 * so a big horde costs a quarter of the line-of-sight work per tick; see isLookTick):
 * seeing the player (perception.ts) wakes it and makes the player its target, and an
 * idle or searching one is alerted (the telegraph: it stops, infectedAlerted). Returns
 * the state after.
 */
export function look(t: HordeTick, i: number, st: number): number {
  // The player alone (the common case): the player or no one.
  const sees = t.survivorCount === 1 ? canSeePlayer(t.world, i) : lookAtGroup(t, i);
  t.seesPlayer[i] = sees ? 1 : 0;
  if (sees) {
    const k = t.target[i]!;
    t.asleep[i] = 0;
    t.hasTarget[i] = 1;
    t.targetX[i] = t.sx[k]!;
    t.targetY[i] = t.sy[k]!;
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

/**
 * Agent i looks at the group: the nearest survivor it can see becomes its target (so it
 * switches when a closer one comes into view, or its target hides). False when it sees none
 * (its target stays: it goes to where it last saw them).
 */
function lookAtGroup(t: HordeTick, i: number): boolean {
  const n = t.survivorCount;
  const x = t.x[i]!;
  const y = t.y[i]!;
  // Beyond the difficulty's sight range no one is seen (the dark and sleep only shorten it).
  const far = t.sightRange2;
  let inRange = 0;
  for (let k = 0; k < n; k++) {
    const dx = t.sx[k]! - x;
    const dy = t.sy[k]! - y;
    const d2 = dx * dx + dy * dy;
    distances[k] = t.huntable[k] === 1 && d2 <= far ? d2 : Infinity;
    if (distances[k]! !== Infinity) inRange++;
  }
  // Nearest first: the first one seen is the nearest seen.
  for (let tries = 0; tries < inRange; tries++) {
    let best = -1;
    let bestD2 = Infinity;
    for (let k = 0; k < n; k++) {
      if (distances[k]! < bestD2) {
        bestD2 = distances[k]!;
        best = k;
      }
    }
    if (best < 0) return false;
    distances[best] = Infinity;
    if (canSeeSurvivor(t.world, i, best)) {
      t.target[i] = best;
      return true;
    }
  }
  return false;
}

/** Whether agent i looks this tick (never while it holds the player). */
export function isLookTick(t: HordeTick, i: number, st: number): boolean {
  return (t.tick + i) % EVERY === 0 && st !== S.Grab;
}

/**
 * Chasing agent i (in state st) is within GRAB.reach of its target survivor: it grabs
 * (grab.ts) when that one can be caught. Returns the state after. The loop in hordeUpdate.ts
 * tests "chasing and close" itself (it runs for every agent, and counts near misses,
 * within DIRECTOR.nearMissRadius, for the director's intensity).
 */
export function closeIn(t: HordeTick, i: number, st: number): number {
  const k = t.target[i]!;
  if (k === 0) {
    if (!t.canGrab || t.p.grabbedBy >= 0) return st;
    startGrab(t.world, i);
    return S.Grab;
  }
  if (t.grabbable[k] === 0) return st;
  t.grabbable[k] = 0;
  startAllyGrab(t.world, i, k);
  return S.Grab;
}
