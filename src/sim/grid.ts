/**
 * The level's tile grid. Tiles are 1x1 sim units; cell (x, y) covers [x, x+1) x [y, y+1).
 * `solid` (blocks movement) and `opaque` (blocks sight) are derived per cell from the
 * tile kind and door state, so the hot paths (collision, flow fields, line of sight)
 * read one byte per cell. `revision` increases whenever walkability changes (a door
 * opens, closes or breaks) so flow fields know to recompute.
 */
export const Tile = {
  Floor: 0,
  Wall: 1,
  /** Glass in a wall: blocks movement, not sight. */
  Window: 2,
  /** The atrium's open void behind a railing: blocks movement, not sight. */
  Void: 3,
  /** A bank of lockers against a wall: solid and opaque; some can be hidden in. */
  Locker: 4,
  /** A door cell; its state lives in the door table. */
  Door: 5,
  /** Wall-mounted fire-extinguisher cabinet: solid and opaque. */
  Cabinet: 6,
  /** Furniture you cannot walk through but can see over (tables, counters). */
  Table: 7,
  /**
   * A climbable wall (a facade below a parapet): solid to the player and to most
   * infected, see-through; climbers scale it, and a pile of bodies at its base lets
   * everyone over (see horde piles).
   */
  Facade: 8,
} as const;
export type TileKind = (typeof Tile)[keyof typeof Tile];

const SOLID_BY_KIND = [0, 1, 1, 1, 1, 1, 1, 1, 1];
const OPAQUE_BY_KIND = [0, 1, 0, 0, 1, 1, 1, 0, 0];

export interface Grid {
  readonly width: number;
  readonly height: number;
  readonly tiles: Uint8Array;
  readonly solid: Uint8Array;
  readonly opaque: Uint8Array;
  /** Index into the world's door table for door cells, -1 elsewhere. */
  readonly doorAt: Int16Array;
  revision: number;
}

export function createGrid(width: number, height: number, tiles: Uint8Array): Grid {
  if (tiles.length !== width * height) {
    throw new Error(`grid: expected ${width * height} tiles, got ${tiles.length}`);
  }
  const grid: Grid = {
    width,
    height,
    tiles: tiles.slice(),
    solid: new Uint8Array(width * height),
    opaque: new Uint8Array(width * height),
    doorAt: new Int16Array(width * height).fill(-1),
    revision: 0,
  };
  for (let i = 0; i < tiles.length; i++) {
    const kind = tiles[i]!;
    grid.solid[i] = SOLID_BY_KIND[kind] ?? 1;
    grid.opaque[i] = OPAQUE_BY_KIND[kind] ?? 1;
  }
  return grid;
}

export function inBounds(grid: Grid, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < grid.width && y < grid.height;
}

/** Cells outside the map count as solid walls. */
export function isSolidCell(grid: Grid, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) return true;
  return grid.solid[y * grid.width + x] === 1;
}

export function isOpaqueCell(grid: Grid, x: number, y: number): boolean {
  if (x < 0 || y < 0 || x >= grid.width || y >= grid.height) return true;
  return grid.opaque[y * grid.width + x] === 1;
}

/** Sets a door cell open (walkable, see-through) or closed (solid, opaque). */
export function setDoorCell(grid: Grid, x: number, y: number, open: boolean): void {
  const i = y * grid.width + x;
  grid.solid[i] = open ? 0 : 1;
  grid.opaque[i] = open ? 0 : 1;
  grid.revision++;
}

/** Cells crossed by the last walkSegment call (scratch, reused: no allocation per call). */
let crossed = new Int32Array(256);

/**
 * The segment walkSegmentAt walks: x0, y0, x1, y1 (scratch, reused). Hot callers write it and
 * call walkSegmentAt(grid): four doubles passed to a call that is not inlined are each boxed
 * (an allocation per call, 64 bytes per line of sight); a typed array is not.
 */
export const segment = new Float64Array(4);
/** The walk's tMaxX, tMaxY (scratch), and Infinity read as a plain double (see walkSegmentAt). */
const walkState = new Float64Array([0, 0, Infinity]);

/**
 * Walks the cells a segment between two points (tile units) crosses, strictly between its
 * start and end cells, in order (Amanatides-Woo DDA: exact, each cell once). Writes their
 * indices to `crossedCells()` and returns how many, or -1 when the walk leaves the map.
 * Line of sight, the infected's foam-aware sight and sound damping all read this walk.
 */
export function walkSegment(grid: Grid, x0: number, y0: number, x1: number, y1: number): number {
  segment[0] = x0;
  segment[1] = y0;
  segment[2] = x1;
  segment[3] = y1;
  return walkSegmentAt(grid);
}

/** walkSegment for the segment written in `segment` (the hot path: no boxed arguments). */
export function walkSegmentAt(grid: Grid): number {
  const x0 = segment[0]!;
  const y0 = segment[1]!;
  const x1 = segment[2]!;
  const y1 = segment[3]!;
  let cx = Math.floor(x0);
  let cy = Math.floor(y0);
  const ex = Math.floor(x1);
  const ey = Math.floor(y1);
  const dx = x1 - x0;
  const dy = y1 - y0;
  const stepX = dx > 0 ? 1 : -1;
  const stepY = dy > 0 ? 1 : -1;
  // Infinity from a typed array, not the global: the global's boxed constant made each of
  // these four values a boxed number (64 bytes a call) in the optimised walk.
  const INFINITE = walkState[2]!;
  const tDeltaX = dx !== 0 ? Math.abs(1 / dx) : INFINITE;
  const tDeltaY = dy !== 0 ? Math.abs(1 / dy) : INFINITE;
  // The walk's running parameters live in a typed array: inlined into the horde's pass, locals
  // here were kept boxed (a new heap number per step of the walk, ~8 kB a tick at 1,000).
  const tMax = walkState;
  tMax[0] = dx !== 0 ? (dx > 0 ? cx + 1 - x0 : x0 - cx) * tDeltaX : INFINITE;
  tMax[1] = dy !== 0 ? (dy > 0 ? cy + 1 - y0 : y0 - cy) * tDeltaY : INFINITE;
  let guard = Math.abs(ex - cx) + Math.abs(ey - cy) + 2;
  if (crossed.length < guard) crossed = new Int32Array(guard * 2);
  let n = 0;
  while ((cx !== ex || cy !== ey) && guard-- > 0) {
    if (tMax[0]! < tMax[1]!) {
      cx += stepX;
      tMax[0] = tMax[0]! + tDeltaX;
    } else {
      cy += stepY;
      tMax[1] = tMax[1]! + tDeltaY;
    }
    if (cx === ex && cy === ey) break;
    if (cx < 0 || cy < 0 || cx >= grid.width || cy >= grid.height) return -1;
    crossed[n++] = cy * grid.width + cx;
  }
  return n;
}

/** The cell indices written by the last walkSegment call. */
export function crossedCells(): Int32Array {
  return crossed;
}

/**
 * Line of sight between two points (in tile units) over the grid: true when no opaque
 * cell lies on the segment. The start and end cells are not tested.
 */
export function hasLineOfSight(grid: Grid, x0: number, y0: number, x1: number, y1: number): boolean {
  const n = walkSegment(grid, x0, y0, x1, y1);
  if (n < 0) return false;
  for (let k = 0; k < n; k++) if (grid.opaque[crossed[k]!] === 1) return false;
  return true;
}
