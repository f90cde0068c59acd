/**
 * A bucket grid over the level (one bucket per tile), rebuilt from scratch by counting
 * sort: count agents per cell, prefix-sum into `cellStart`, scatter agent indices into
 * `agents`. Agents of cell c are agents[cellStart[c] .. cellStart[c + 1]). O(N + cells),
 * no allocation, and iteration order is deterministic (ascending agent index per cell).
 *
 * Used for the horde's separation and for area queries (`queryBox`: the extinguisher's
 * cone, noise hearing, door checks).
 */
export interface SpatialHash {
  readonly width: number;
  readonly height: number;
  /** Agents hashed at the last rebuild (indices >= this are newer). */
  count: number;
  /** horde.changes at the last rebuild. */
  builtAt: number;
  readonly cellStart: Int32Array;
  readonly agents: Int32Array;
  /** Cell of each agent at the last rebuild. */
  readonly agentCell: Int32Array;
  /** Scratch write cursor per cell. */
  readonly cursor: Int32Array;
}

export function createSpatialHash(width: number, height: number, capacity: number): SpatialHash {
  return {
    width,
    height,
    count: 0,
    builtAt: -1,
    cellStart: new Int32Array(width * height + 1),
    agents: new Int32Array(capacity),
    agentCell: new Int32Array(capacity),
    cursor: new Int32Array(width * height),
  };
}

export function rebuildSpatialHash(hash: SpatialHash, xs: Float64Array, ys: Float64Array, count: number): void {
  const w = hash.width;
  const h = hash.height;
  const start = hash.cellStart;
  const cursor = hash.cursor;
  const cellOf = hash.agentCell;
  const cells = w * h;
  start.fill(0);
  for (let i = 0; i < count; i++) {
    let cx = Math.floor(xs[i]!);
    let cy = Math.floor(ys[i]!);
    if (cx < 0) cx = 0;
    else if (cx >= w) cx = w - 1;
    if (cy < 0) cy = 0;
    else if (cy >= h) cy = h - 1;
    const c = cy * w + cx;
    cellOf[i] = c;
    start[c + 1]!++;
  }
  for (let c = 0; c < cells; c++) {
    start[c + 1]! += start[c]!;
    cursor[c] = start[c]!;
  }
  for (let i = 0; i < count; i++) hash.agents[cursor[cellOf[i]!]!++] = i;
  hash.count = count;
}

/**
 * Writes into `out` the indices of hashed agents whose cell overlaps the box
 * [x0, x1] x [y0, y1] (tile units) and returns how many (at most out.length). Callers
 * test exact distances themselves. Valid for the positions at the last rebuild (the
 * horde rebuilds at the end of its update each tick).
 */
export function queryBox(hash: SpatialHash, x0: number, y0: number, x1: number, y1: number, out: Int32Array): number {
  const w = hash.width;
  const cx0 = Math.max(0, Math.floor(x0));
  const cy0 = Math.max(0, Math.floor(y0));
  const cx1 = Math.min(w - 1, Math.floor(x1));
  const cy1 = Math.min(hash.height - 1, Math.floor(y1));
  let n = 0;
  const start = hash.cellStart;
  for (let cy = cy0; cy <= cy1; cy++) {
    for (let cx = cx0; cx <= cx1; cx++) {
      const c = cy * w + cx;
      const end = start[c + 1]!;
      for (let k = start[c]!; k < end; k++) {
        if (n >= out.length) return n;
        out[n++] = hash.agents[k]!;
      }
    }
  }
  return n;
}
