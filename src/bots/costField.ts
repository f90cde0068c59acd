import { NEIGHBOURS } from './pathBot';

/**
 * Cheapest-cost distances over a grid of per-cell step costs, from a set of goal cells
 * (Dijkstra with a binary heap in typed arrays, nothing allocated per search). The bots
 * walk it downhill. A cost below 0 is a cell that cannot be entered; `dist` is -1 where no
 * goal can be reached. Both bots plan with it: the survivor over the whole level, the
 * screen-only bot over what it has seen.
 */
export class CostField {
  /** Per cell: the cheapest cost to the nearest goal, -1 when unreachable. */
  readonly dist: Int32Array;
  private readonly heap: Int32Array;
  private readonly heapKey: Int32Array;
  private readonly settled: Uint8Array;
  private readonly best: Int32Array;

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {
    const cells = width * height;
    this.dist = new Int32Array(cells);
    this.heap = new Int32Array(cells * 4 + 16);
    this.heapKey = new Int32Array(cells * 4 + 16);
    this.settled = new Uint8Array(cells);
    this.best = new Int32Array(cells);
  }

  /**
   * The neighbour of (cx, cy) one step nearer a goal (the lowest `dist` below the cell's
   * own, or any reachable one when the cell itself is not), or -1 on a goal or cut off.
   */
  downhill(cx: number, cy: number): number {
    const { width: w, height: h, dist } = this;
    const here = dist[cy * w + cx]!;
    let best = -1;
    let bestD = here < 0 ? Number.MAX_SAFE_INTEGER : here;
    for (const [dx, dy] of NEIGHBOURS) {
      const nx = cx + dx;
      const ny = cy + dy;
      if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
      const d = dist[ny * w + nx]!;
      if (d >= 0 && d < bestD) {
        bestD = d;
        best = ny * w + nx;
      }
    }
    return best;
  }

  /** Fills `dist` from the goal cells over `cost` (one entry per cell); returns it. */
  build(cost: ArrayLike<number>, goals: Iterable<number>): Int32Array {
    const { width: w, height: hgt, dist, heap, heapKey: key, settled, best } = this;
    dist.fill(-1);
    settled.fill(0);
    best.fill(0x7fffffff);
    let n = 0;
    const push = (c: number, k: number): void => {
      let i = n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (key[parent]! <= k) break;
        heap[i] = heap[parent]!;
        key[i] = key[parent]!;
        i = parent;
      }
      heap[i] = c;
      key[i] = k;
    };
    for (const c of goals) {
      best[c] = 0;
      push(c, 0);
    }
    while (n > 0) {
      const c = heap[0]!;
      const k = key[0]!;
      // Pop: the last entry sinks from the root.
      n--;
      if (n > 0) {
        const lc = heap[n]!;
        const lk = key[n]!;
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= n) break;
          if (child + 1 < n && key[child + 1]! < key[child]!) child++;
          if (key[child]! >= lk) break;
          heap[i] = heap[child]!;
          key[i] = key[child]!;
          i = child;
        }
        heap[i] = lc;
        key[i] = lk;
      }
      if (settled[c] === 1) continue;
      settled[c] = 1;
      dist[c] = k;
      const x = c % w;
      const y = (c - x) / w;
      for (const [dx, dy] of NEIGHBOURS) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= hgt) continue;
        const m = ny * w + nx;
        if (cost[m]! < 0 || settled[m] === 1) continue;
        const nk = k + cost[m]!;
        if (nk < best[m]! && n < heap.length) {
          best[m] = nk;
          push(m, nk);
        }
      }
    }
    return dist;
  }
}
