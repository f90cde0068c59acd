import { Tile, type Grid } from './grid';
import { HORDE, SURVIVORS } from './tuning';

/**
 * Flow fields: for one goal cell, the walking cost from every cell to the goal and the
 * direction of the next step, so thousands of infected share one search instead of
 * pathfinding each. Built with Dial's algorithm (a bucket queue: integer costs 5 per
 * orthogonal and 7 per diagonal step, no corner cutting), so one build is O(cells).
 *
 * Closed doors are NOT walls here: entering a closed door cell costs an extra
 * HORDE.closedDoorCost, so the horde goes round when a short detour exists and
 * otherwise walks up to the door and bashes it (the movement code turns "my next step
 * is a closed door" into the Bash state). Climbable facades cost HORDE.climbableCost.
 *
 * Fields live in a small cache keyed by goal cell + grid.revision (a door opening,
 * closing or breaking bumps the revision, which invalidates every field). All arrays
 * are allocated once.
 */
export const NO_DIRECTION = 255;
/** Step directions by index: E, SE, S, SW, W, NW, N, NE. */
export const DIR_X = new Int8Array([1, 1, 0, -1, -1, -1, 0, 1]);
export const DIR_Y = new Int8Array([0, 1, 1, 1, 0, -1, -1, -1]);
const S = Math.SQRT1_2;
/** Unit step vectors matching DIR_X / DIR_Y. */
export const DIR_UX = new Float64Array([1, S, 0, -S, -1, -S, 0, S]);
export const DIR_UY = new Float64Array([0, S, 1, S, 0, -S, -1, -S]);

/**
 * Whose walking a field's costs model: the infected's (doors cost a bash, facades a climb)
 * or the survivors' (allies open unlocked doors, never climb a facade, never pass a locked door).
 */
export const FieldCosts = { Infected: 0, Survivor: 1 } as const;
export type FieldCostsId = (typeof FieldCosts)[keyof typeof FieldCosts];

const UNREACHED = 0x7fffffff;
const RING = 128; // > the largest single-step cost (7 + closedDoorCost)

export interface FlowFieldCache {
  readonly width: number;
  readonly height: number;
  readonly size: number;
  /** The cost model (FieldCosts) every field in this cache is built with. */
  readonly costs: FieldCostsId;
  /** Per slot: goal cell (-1 empty), the grid revision it was built for, last use tick. */
  readonly goal: Int32Array;
  readonly revision: Int32Array;
  readonly lastUsed: Float64Array;
  /** Per slot, `width * height` entries: cost to the goal, and the next-step direction. */
  readonly dist: Int32Array[];
  readonly dir: Uint8Array[];
  /** Fields built this tick (limited by HORDE.fieldBuildsPerTick) and in total. */
  buildsThisTick: number;
  builds: number;
  // Dial's bucket queue scratch: a pool of list nodes.
  readonly bucketHead: Int32Array;
  readonly nodeCell: Int32Array;
  readonly nodeNext: Int32Array;
  /** Extra cost per cell (-1 impassable), for the grid and revision below. */
  readonly enterCost: Int32Array;
  enterGrid: Grid | null;
  enterRevision: number;
}

export function createFlowFieldCache(width: number, height: number, size: number = HORDE.fieldCacheSize, costs: FieldCostsId = FieldCosts.Infected): FlowFieldCache {
  const cells = width * height;
  const dist: Int32Array[] = [];
  const dir: Uint8Array[] = [];
  for (let s = 0; s < size; s++) {
    dist.push(new Int32Array(cells));
    dir.push(new Uint8Array(cells));
  }
  return {
    width,
    height,
    size,
    costs,
    goal: new Int32Array(size).fill(-1),
    revision: new Int32Array(size).fill(-1),
    lastUsed: new Float64Array(size),
    dist,
    dir,
    buildsThisTick: 0,
    builds: 0,
    bucketHead: new Int32Array(RING),
    nodeCell: new Int32Array(cells * 8 + 8),
    nodeNext: new Int32Array(cells * 8 + 8),
    enterCost: new Int32Array(cells),
    enterGrid: null,
    enterRevision: -1,
  };
}

/** Extra cost of entering a cell for the infected: 0 floor, >0 door/facade, -1 never. */
function cellEnterCost(grid: Grid, c: number): number {
  if (grid.solid[c] === 0) return 0;
  if (grid.doorAt[c]! >= 0) return HORDE.closedDoorCost;
  if (grid.tiles[c] === Tile.Facade) return HORDE.climbableCost;
  return -1;
}

/** For survivors: 0 floor, a closed door they can open costs a little, locked doors and everything else never. */
function survivorEnterCost(grid: Grid, c: number, lockedCells: Uint8Array | null): number {
  if (grid.solid[c] === 0) return 0;
  if (grid.doorAt[c]! >= 0 && (lockedCells === null || lockedCells[c] === 0)) return SURVIVORS.closedDoorCost;
  return -1;
}

/**
 * The slot holding a field toward `goalCell` for the grid's current revision, building
 * one (evicting the least recently used) when needed and the per-tick build budget
 * allows. Returns -1 when the goal is outside the grid or the budget is spent (callers
 * then steer straight at their target).
 */
export function flowFieldFor(cache: FlowFieldCache, grid: Grid, goalCell: number, tick: number, lockedCells: Uint8Array | null = null): number {
  if (goalCell < 0 || goalCell >= cache.width * cache.height) return -1;
  let lru = 0;
  for (let s = 0; s < cache.size; s++) {
    if (cache.goal[s] === goalCell && cache.revision[s] === grid.revision) {
      cache.lastUsed[s] = tick;
      return s;
    }
  }
  for (let s = 1; s < cache.size; s++) {
    if (cache.goal[lru] === -1) break;
    if (cache.goal[s] === -1 || cache.lastUsed[s]! < cache.lastUsed[lru]!) lru = s;
  }
  if (cache.buildsThisTick >= HORDE.fieldBuildsPerTick) return -1;
  cache.buildsThisTick++;
  buildFlowField(cache, grid, goalCell, lru, lockedCells);
  cache.goal[lru] = goalCell;
  cache.revision[lru] = grid.revision;
  cache.lastUsed[lru] = tick;
  return lru;
}

/** True when slot s is still a valid field toward goalCell (cheap per-agent check). */
export function flowFieldValid(cache: FlowFieldCache, grid: Grid, s: number, goalCell: number): boolean {
  return s >= 0 && cache.goal[s] === goalCell && cache.revision[s] === grid.revision;
}

/**
 * Builds the field toward goalCell into slot s. `lockedCells` (survivor fields only): per
 * cell 1 for a locked door, which survivors cannot pass (the door table knows, not the grid).
 */
export function buildFlowField(cache: FlowFieldCache, grid: Grid, goalCell: number, s: number, lockedCells: Uint8Array | null = null): void {
  const w = cache.width;
  const h = cache.height;
  const cells = w * h;
  const dist = cache.dist[s]!;
  const dir = cache.dir[s]!;
  const enter = cache.enterCost;
  // Enter costs only change with the grid's revision (doors): recompute them only then.
  // (A survivor cache always recomputes them: a key unlocks a door without a revision.)
  if (cache.costs === FieldCosts.Survivor) {
    for (let c = 0; c < cells; c++) enter[c] = survivorEnterCost(grid, c, lockedCells);
    cache.enterGrid = null;
  } else if (cache.enterGrid !== grid || cache.enterRevision !== grid.revision) {
    for (let c = 0; c < cells; c++) enter[c] = cellEnterCost(grid, c);
    cache.enterGrid = grid;
    cache.enterRevision = grid.revision;
  }
  dist.fill(UNREACHED);
  dir.fill(NO_DIRECTION);
  const head = cache.bucketHead;
  const nodeCell = cache.nodeCell;
  const nodeNext = cache.nodeNext;
  head.fill(-1);
  let nodes = 0;
  dist[goalCell] = 0;
  nodeCell[0] = goalCell;
  nodeNext[0] = -1;
  head[0] = 0;
  nodes = 1;
  let pending = 1;
  const solid = grid.solid;
  for (let d = 0; pending > 0; d++) {
    const b = d % RING;
    let node = head[b]!;
    head[b] = -1;
    while (node !== -1) {
      pending--;
      const c = nodeCell[node]!;
      node = nodeNext[node]!;
      if (dist[c] !== d) continue; // stale entry
      const cx = c % w;
      const cy = (c - cx) / w;
      // Away from the map's edge every neighbour is in bounds: skip the bounds tests.
      const interior = cx > 0 && cy > 0 && cx < w - 1 && cy < h - 1;
      // Expanding c: a neighbour n reaches the goal by stepping into c.
      const enterC = c === goalCell ? 0 : enter[c]!;
      for (let k = 0; k < 8; k++) {
        const stepX = DIR_X[k]!;
        const rowStep = DIR_Y[k]! * w;
        if (!interior) {
          const nx = cx - stepX;
          const ny = cy - DIR_Y[k]!;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        }
        const n = c - rowStep - stepX;
        if (enter[n]! < 0) continue;
        let nd = d + 5 + enterC;
        if ((k & 1) === 1) {
          // No corner cutting: both orthogonal cells between n and c must be open floor.
          if (solid[c - rowStep] !== 0 || solid[c - stepX] !== 0) continue;
          nd = d + 7 + enterC;
        }
        if (nd < dist[n]!) {
          dist[n] = nd;
          dir[n] = k; // from n, step in direction k to reach c
          const nb = nd % RING;
          nodeCell[nodes] = n;
          nodeNext[nodes] = head[nb]!;
          head[nb] = nodes;
          nodes++;
          pending++;
        }
      }
    }
  }
  cache.builds++;
}
