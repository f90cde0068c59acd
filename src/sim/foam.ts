import type { World } from './world';
import { EXTINGUISHER, TICK_SECONDS } from './tuning';

/**
 * Extinguisher foam as sim entities. Each cloud is a disc (centre, radius) with a life
 * in seconds, held in a small preallocated struct-of-arrays store. When a cloud is left
 * it stamps the grid cells it covers into `world.foam` (per cell: seconds of foam
 * left), which is what line of sight reads: a foamy cell blocks sight both ways, like a
 * wall that melts (see `clearSight` in perception). The view draws the clouds as
 * particles; the cells are the truth for gameplay.
 */
export interface FoamClouds {
  readonly capacity: number;
  count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly radius: Float64Array;
  /** Seconds left. */
  readonly ttl: Float64Array;
}

export function createFoamClouds(capacity: number = EXTINGUISHER.foamCapacity): FoamClouds {
  return {
    capacity,
    count: 0,
    x: new Float64Array(capacity),
    y: new Float64Array(capacity),
    radius: new Float64Array(capacity),
    ttl: new Float64Array(capacity),
  };
}

/**
 * Leaves a cloud at (x, y). When the store is full the cloud closest to melting is
 * replaced (the first one found, so it stays deterministic). Returns its index.
 */
export function spawnFoamCloud(world: World, x: number, y: number, radius: number = EXTINGUISHER.foamRadius, seconds: number = EXTINGUISHER.foamSeconds): number {
  const clouds = world.foamClouds;
  let i: number;
  if (clouds.count < clouds.capacity) {
    i = clouds.count++;
  } else {
    i = 0;
    for (let k = 1; k < clouds.count; k++) if (clouds.ttl[k]! < clouds.ttl[i]!) i = k;
  }
  clouds.x[i] = x;
  clouds.y[i] = y;
  clouds.radius[i] = radius;
  clouds.ttl[i] = seconds;
  stampFoam(world, x, y, radius, seconds);
  return i;
}

/** Marks every walkable cell the disc overlaps as foamy for `seconds` (keeps the longer life). */
function stampFoam(world: World, x: number, y: number, r: number, seconds: number): void {
  const grid = world.grid;
  const w = grid.width;
  const cx0 = Math.max(0, Math.floor(x - r));
  const cy0 = Math.max(0, Math.floor(y - r));
  const cx1 = Math.min(w - 1, Math.floor(x + r));
  const cy1 = Math.min(grid.height - 1, Math.floor(y + r));
  const r2 = r * r;
  for (let cy = cy0; cy <= cy1; cy++) {
    for (let cx = cx0; cx <= cx1; cx++) {
      const c = cy * w + cx;
      if (grid.solid[c] === 1) continue;
      // Nearest point of the cell to the disc's centre.
      const nx = x < cx ? cx : x > cx + 1 ? cx + 1 : x;
      const ny = y < cy ? cy : y > cy + 1 ? cy + 1 : y;
      const dx = x - nx;
      const dy = y - ny;
      if (dx * dx + dy * dy > r2) continue;
      if (world.foam[c]! < seconds) world.foam[c] = seconds;
    }
  }
}

/** Foam clouds melt: lives and foamy cells count down, melted clouds are removed. */
export function updateFoam(world: World): void {
  const clouds = world.foamClouds;
  if (clouds.count === 0) return;
  const foam = world.foam;
  for (let c = 0; c < foam.length; c++) {
    const v = foam[c]!;
    if (v > 0) foam[c] = v > TICK_SECONDS ? v - TICK_SECONDS : 0;
  }
  let i = 0;
  while (i < clouds.count) {
    const ttl = clouds.ttl[i]! - TICK_SECONDS;
    if (ttl > 0) {
      clouds.ttl[i] = ttl;
      i++;
      continue;
    }
    const last = --clouds.count;
    clouds.x[i] = clouds.x[last]!;
    clouds.y[i] = clouds.y[last]!;
    clouds.radius[i] = clouds.radius[last]!;
    clouds.ttl[i] = clouds.ttl[last]!;
  }
  // Float32 cells can outlive the float64 clouds by a rounding step: clear them together.
  if (clouds.count === 0) foam.fill(0);
}

/** True when the point is inside a foamy cell. */
export function isInFoam(world: World, x: number, y: number): boolean {
  const cx = Math.floor(x);
  const cy = Math.floor(y);
  const g = world.grid;
  if (cx < 0 || cy < 0 || cx >= g.width || cy >= g.height) return false;
  return world.foam[cy * g.width + cx]! > 0;
}
