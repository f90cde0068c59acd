import type { World } from './world';
import { hasLineOfSight } from './grid';
import { InfectedState } from './horde';
import { queryBox, rebuildSpatialHash } from './spatialHash';

/** Which infected an ally looks for (allies.ts, allyRoles.ts). */
export const Threat = {
  /** Any infected: a bark when one comes into view. */
  Any: 0,
  /** Coming for someone: telegraphing, sprinting, recovering, walking to a target, holding someone. */
  Chasing: 1,
  /** Chasing, or on a wall (the archer's targets). */
  ChasingOrClimbing: 2,
} as const;
export type ThreatId = (typeof Threat)[keyof typeof Threat];

const S = InfectedState;
const candidates = new Int32Array(8192);

/** The spatial hash is rebuilt by the horde each tick; spawns and removals since then make it stale. */
export function freshHordeHash(world: World): void {
  const h = world.horde;
  if (world.hash.builtAt !== h.changes) {
    rebuildSpatialHash(world.hash, h.x, h.y, h.count);
    world.hash.builtAt = h.changes;
  }
}

function isThreat(world: World, i: number, threat: ThreatId): boolean {
  if (threat === Threat.Any) return true;
  const st = world.horde.state[i]!;
  if (st === S.Climb) return threat === Threat.ChasingOrClimbing;
  return st === S.Alerted || st === S.Sprint || st === S.Recover || st === S.Grab || st === S.Cheer || (st === S.Search && world.horde.hasTarget[i] === 1 && world.horde.searchLooking[i] === 0);
}

/**
 * The nearest infected of the kind asked for within `range` of (x, y) with a clear line
 * over the grid (walls and closed doors block it; foam does not), -1 when none. Ties go
 * to the lower index. A spatial-hash box query, never a loop over the horde.
 */
export function nearestVisibleInfected(world: World, x: number, y: number, range: number, threat: ThreatId): number {
  freshHordeHash(world);
  const h = world.horde;
  const n = queryBox(world.hash, x - range, y - range, x + range, y + range, candidates);
  let best = -1;
  let bestD2 = range * range;
  for (let m = 0; m < n; m++) {
    const i = candidates[m]!;
    if (i >= h.count) continue;
    const dx = h.x[i]! - x;
    const dy = h.y[i]! - y;
    const d2 = dx * dx + dy * dy;
    if (d2 > bestD2 || (d2 === bestD2 && best >= 0 && i > best)) continue;
    if (!isThreat(world, i, threat)) continue;
    if (!hasLineOfSight(world.grid, x, y, h.x[i]!, h.y[i]!)) continue;
    best = i;
    bestD2 = d2;
  }
  return best;
}

/**
 * Some infected within `range` of (x, y) with a clear line (the first the hash gives), -1
 * when none: what a bark needs, without finding the nearest in a crowd.
 */
export function anyVisibleInfected(world: World, x: number, y: number, range: number): number {
  freshHordeHash(world);
  const h = world.horde;
  const n = queryBox(world.hash, x - range, y - range, x + range, y + range, candidates);
  const r2 = range * range;
  for (let m = 0; m < n; m++) {
    const i = candidates[m]!;
    if (i >= h.count) continue;
    const dx = h.x[i]! - x;
    const dy = h.y[i]! - y;
    if (dx * dx + dy * dy > r2) continue;
    if (hasLineOfSight(world.grid, x, y, h.x[i]!, h.y[i]!)) return i;
  }
  return -1;
}
