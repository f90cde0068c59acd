import type { World } from '../world';
import * as gridModule from '../grid';
import type { Grid } from '../grid';

/** Collision of the horde's square bodies with the grid (the move itself is inline in hordeUpdate.ts). */
const FACADE = gridModule.Tile.Facade;

/**
 * The body blockedAt tests: x, y, half-size r (scratch). The horde's pass writes it and calls
 * blockedAt: doubles passed to a call that is not inlined are boxed, one allocation each.
 */
export const probe = new Float64Array(3);

/** Square body of half-size r at (x, y) overlaps something it cannot enter. */
export function blocked(grid: Grid, pileOpen: Uint8Array, x: number, y: number, r: number, climbs: boolean): boolean {
  probe[0] = x;
  probe[1] = y;
  probe[2] = r;
  return blockedAt(grid, pileOpen, climbs);
}

/** blocked() for the body written in `probe`. */
export function blockedAt(grid: Grid, pileOpen: Uint8Array, climbs: boolean): boolean {
  const x = probe[0]!;
  const y = probe[1]!;
  const r = probe[2]!;
  const x0 = Math.floor(x - r);
  const x1 = Math.floor(x + r);
  const y0 = Math.floor(y - r);
  const y1 = Math.floor(y + r);
  const w = grid.width;
  if (x0 < 0 || y0 < 0 || x1 >= w || y1 >= grid.height) return true;
  const solid = grid.solid;
  for (let cy = y0; cy <= y1; cy++) {
    for (let cx = x0; cx <= x1; cx++) {
      const c = cy * w + cx;
      if (solid[c] === 1) {
        if (grid.tiles[c] === FACADE && (climbs || pileOpen[c] === 1)) continue;
        return true;
      }
    }
  }
  return false;
}

const openAroundCache = { revision: -1, grid: null as Grid | null, cells: new Uint8Array(0) };

/** Per cell: 1 when it and its 8 neighbours are open floor (no collision possible this tick). Cached per grid revision. */
export function openAround(world: World): Uint8Array {
  const grid = world.grid;
  const c = openAroundCache;
  if (c.grid === grid && c.revision === grid.revision) return c.cells;
  const w = grid.width;
  const hgt = grid.height;
  if (c.cells.length !== w * hgt) c.cells = new Uint8Array(w * hgt);
  const cells = c.cells;
  cells.fill(0);
  for (let y = 1; y < hgt - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      let open = 1;
      for (let dy = -1; dy <= 1 && open; dy++) for (let dx = -1; dx <= 1; dx++) if (grid.solid[(y + dy) * w + x + dx] !== 0) open = 0;
      cells[y * w + x] = open;
    }
  }
  c.grid = grid;
  c.revision = grid.revision;
  return cells;
}
