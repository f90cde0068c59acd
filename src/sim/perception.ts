import type { World } from './world';
import { DIFFICULTY, HORDE, PHONE } from './tuning';
import { crossedCells, segment, walkSegmentAt } from './grid';
import { simCos } from './simMath';

/**
 * What an infected perceives. Sight: within range (short when the player stands in the
 * dark, long when the phone's flashlight lights them), inside the cone around its heading (or within HORDE.senseRadius in any
 * direction), with a clear line over the grid: walls, closed doors and foam block it.
 * Hearing lives in the horde update (noise queue + spatial hash + soundTransmission).
 * Perception is scheduled: agent i looks on ticks where (tick + i) % perceptionEvery
 * is 0, so a big horde costs a quarter of the line-of-sight work per tick.
 */
const COS_HALF_CONE = simCos(HORDE.sightConeRadians / 2);

export function canSeePlayer(world: World, i: number): boolean {
  const p = world.player;
  if (p.hidden) return false;
  const h = world.horde;
  const x = h.x[i]!;
  const y = h.y[i]!;
  const dx = p.x - x;
  const dy = p.y - y;
  const d2 = dx * dx + dy * dy;
  const grid = world.grid;
  const playerCell = Math.floor(p.y) * grid.width + Math.floor(p.x);
  let range: number = world.dark[playerCell] === 1 ? HORDE.darkSightRange : DIFFICULTY[world.difficulty].sightRange;
  // A player lit by the phone's flashlight is seen from much farther, dark or not.
  if (world.phone !== null && world.phone.flashlight && range < PHONE.litSightRange) range = PHONE.litSightRange;
  if (h.asleep[i] === 1) range *= 0.5;
  if (d2 > range * range) return false;
  if (d2 > HORDE.senseRadius * HORDE.senseRadius) {
    const d = Math.sqrt(d2);
    if (h.headingX[i]! * dx + h.headingY[i]! * dy < COS_HALF_CONE * d) return false;
  }
  segment[0] = x;
  segment[1] = y;
  segment[2] = p.x;
  segment[3] = p.y;
  return clearSightAt(world);
}

/**
 * Whether infected i sees survivor k (world.survivors; 0 is the player, through
 * canSeePlayer): the same range, dark, sleep, cone and line rules, from where k stands.
 */
export function canSeeSurvivor(world: World, i: number, k: number): boolean {
  if (k === 0) return canSeePlayer(world, i);
  const s = world.survivors;
  if (s.hidden[k] === 1) return false;
  const h = world.horde;
  const x = h.x[i]!;
  const y = h.y[i]!;
  const sx = s.x[k]!;
  const sy = s.y[k]!;
  const dx = sx - x;
  const dy = sy - y;
  const d2 = dx * dx + dy * dy;
  const grid = world.grid;
  const cell = Math.floor(sy) * grid.width + Math.floor(sx);
  let range: number = world.dark[cell] === 1 ? HORDE.darkSightRange : DIFFICULTY[world.difficulty].sightRange;
  if (h.asleep[i] === 1) range *= 0.5;
  if (d2 > range * range) return false;
  if (d2 > HORDE.senseRadius * HORDE.senseRadius) {
    const d = Math.sqrt(d2);
    if (h.headingX[i]! * dx + h.headingY[i]! * dy < COS_HALF_CONE * d) return false;
  }
  segment[0] = x;
  segment[1] = y;
  segment[2] = sx;
  segment[3] = sy;
  return clearSightAt(world);
}

/**
 * Line of sight for the infected: like grid.hasLineOfSight, but extinguisher foam
 * (world.foam > 0) blocks it too, including foam in the viewer's or the target's own cell
 * (walls there are not tested: the viewer and the target stand on floor).
 */
export function clearSight(world: World, x0: number, y0: number, x1: number, y1: number): boolean {
  segment[0] = x0;
  segment[1] = y0;
  segment[2] = x1;
  segment[3] = y1;
  return clearSightAt(world);
}

/**
 * clearSight for the segment written in grid's `segment` (viewer x0, y0; target x1, y1): the
 * horde's sight checks call this, so no double is boxed per look (see grid.ts).
 */
function clearSightAt(world: World): boolean {
  const grid = world.grid;
  const w = grid.width;
  const foam = world.foam;
  // Foam in the viewer's or the target's own cell blinds too.
  if (foam[Math.floor(segment[1]!) * w + Math.floor(segment[0]!)]! > 0 || foam[Math.floor(segment[3]!) * w + Math.floor(segment[2]!)]! > 0) return false;
  const n = walkSegmentAt(grid);
  if (n < 0) return false;
  const cells = crossedCells();
  for (let k = 0; k < n; k++) {
    const c = cells[k]!;
    if (grid.opaque[c] === 1 || foam[c]! > 0) return false;
  }
  return true;
}
