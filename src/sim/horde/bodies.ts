import { simCos, simSin } from '../simMath';
import * as tuning from '../tuning';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { HORDE, INFECTED, TICK_SECONDS } = tuning;

/**
 * Per-variant constants the horde's hot loop reads, computed once from INFECTED into
 * typed arrays indexed by variant id (no object lookups per agent).
 */
export const VARIANT_COUNT = INFECTED.length;
export const MASS = new Float64Array(VARIANT_COUNT);
export const RADIUS = new Float64Array(VARIANT_COUNT);
/** cos / sin of the most a body turns in one tick, sprinting and walking. */
export const COS_SPRINT_TURN = new Float64Array(VARIANT_COUNT);
export const SIN_SPRINT_TURN = new Float64Array(VARIANT_COUNT);
export const COS_WALK_TURN = new Float64Array(VARIANT_COUNT);
export const SIN_WALK_TURN = new Float64Array(VARIANT_COUNT);
/** A searcher's step (squared, tiles) below which a tick made no headway (HORDE.searchStuckFraction of its search speed). */
export const STUCK_STEP2 = new Float64Array(VARIANT_COUNT);
for (let v = 0; v < VARIANT_COUNT; v++) {
  const s = INFECTED[v]!;
  MASS[v] = s.mass;
  RADIUS[v] = s.radius;
  COS_SPRINT_TURN[v] = simCos(s.sprintTurnRate * TICK_SECONDS);
  SIN_SPRINT_TURN[v] = simSin(s.sprintTurnRate * TICK_SECONDS);
  COS_WALK_TURN[v] = simCos(s.walkTurnRate * TICK_SECONDS);
  SIN_WALK_TURN[v] = simSin(s.walkTurnRate * TICK_SECONDS);
  const step = s.searchSpeed * HORDE.searchStuckFraction * TICK_SECONDS;
  STUCK_STEP2[v] = step * step;
}
/** Separation weight of a neighbour of variant b on a body of variant a: 2 m_b / (m_a + m_b), at [a * VARIANT_COUNT + b]. */
export const SHARE = new Float64Array(VARIANT_COUNT * VARIANT_COUNT);
for (let a = 0; a < VARIANT_COUNT; a++) for (let b = 0; b < VARIANT_COUNT; b++) SHARE[a * VARIANT_COUNT + b] = (2 * MASS[b]!) / (MASS[a]! + MASS[b]!);
