/**
 * Which infected the horde view draws this frame (issue 16: a dense crowd on the Canvas
 * path spends most of its frame drawing bodies that other bodies cover). Pure, so it is
 * unit-tested without Phaser: positions in tile units, the camera's view in tile units.
 *
 * - Off camera (beyond a margin of one body): not drawn.
 * - The CROWD_DRAW.nearestInFull infected nearest the player, and every one flagged in
 *   `mustDraw` (a telegraph, a grab: what a player reacts to), are always drawn.
 * - The rest: at most CROWD_DRAW.perPatch a patch (a square of CROWD_DRAW.patchTiles on the
 *   floor); the ones beyond are hidden under those already standing there. A pile still
 *   reads as a pile, its outline and extent unchanged, with far fewer sprites drawn.
 */
export const CROWD_DRAW = {
  /** The nearest ones are drawn whatever the crowd around them: the player reads their every pose. */
  nearestInFull: 24,
  /** Side of a patch of floor, in tiles: about half a body, so a patch's bodies overlap almost wholly. */
  patchTiles: 0.5,
  /** Bodies drawn per patch: one body (about 0.6 tile wide) already covers a half-tile patch. */
  perPatch: 1,
  /** Margin round the camera, in tiles: a body half off the edge is still drawn. */
  marginTiles: 1.5,
} as const;

/** Distances are compared in steps of 1/DIST_STEPS square tiles (ties: the lower index first, as before). */
const DIST_STEPS = 256;
/** Room for an agent index under the distance in one sort key (the horde is far smaller). */
const ORDER_SLOTS = 65536;

export interface CrowdView {
  /** The camera's view in tile units. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Reusable buffers, so a frame allocates nothing once the crowd stopped growing. */
export class CrowdCuller {
  /** 1 where agent i is drawn this frame (valid for i < the count last passed). */
  draw = new Uint8Array(0);
  /** Per candidate: its distance to the player, quantised, times ORDER_SLOTS, plus its index (so a plain numeric sort orders them). */
  private order = new Float64Array(0);
  private patchCounts = new Uint8Array(0);
  /** How many were drawn in the last call. */
  drawn = 0;

  /**
   * Fills `draw` for agents 0..count-1 at (xs, ys), the player at (px, py). `mustDraw[i]`
   * 1 means always drawn when on camera. Returns how many are drawn.
   */
  cull(xs: ArrayLike<number>, ys: ArrayLike<number>, count: number, mustDraw: ArrayLike<number>, px: number, py: number, view: CrowdView): number {
    if (this.draw.length < count) {
      const cap = Math.max(count, this.draw.length * 2, 64);
      this.draw = new Uint8Array(cap);
      this.order = new Float64Array(cap);
    }
    const m = CROWD_DRAW.marginTiles;
    const x0 = view.left - m;
    const y0 = view.top - m;
    const x1 = view.left + view.width + m;
    const y1 = view.top + view.height + m;
    const p = CROWD_DRAW.patchTiles;
    const cols = Math.max(1, Math.ceil((x1 - x0) / p));
    const rows = Math.max(1, Math.ceil((y1 - y0) / p));
    if (this.patchCounts.length < cols * rows) this.patchCounts = new Uint8Array(cols * rows);
    else this.patchCounts.fill(0, 0, cols * rows);
    const { draw, order } = this;
    // On camera: candidates, ordered nearest first (so the nearest keep their places).
    let onCamera = 0;
    for (let i = 0; i < count; i++) {
      draw[i] = 0;
      const x = xs[i]!;
      const y = ys[i]!;
      if (x < x0 || x >= x1 || y < y0 || y >= y1) continue;
      const d2 = (x - px) * (x - px) + (y - py) * (y - py);
      order[onCamera++] = Math.floor(d2 * DIST_STEPS) * ORDER_SLOTS + i;
    }
    // A numeric sort without a comparator: native, and it allocates nothing (a comparator
    // returning a fractional difference boxed a number per comparison: ~40 kB a frame at 1,000).
    const sorted = order.subarray(0, onCamera).sort();
    let drawn = 0;
    for (let k = 0; k < sorted.length; k++) {
      const key = sorted[k]!;
      const i = key - Math.floor(key / ORDER_SLOTS) * ORDER_SLOTS;
      const cell = Math.floor((ys[i]! - y0) / p) * cols + Math.floor((xs[i]! - x0) / p);
      const inPatch = this.patchCounts[cell]!;
      if (k < CROWD_DRAW.nearestInFull || mustDraw[i] === 1 || inPatch < CROWD_DRAW.perPatch) {
        draw[i] = 1;
        drawn++;
        if (inPatch < 255) this.patchCounts[cell] = inPatch + 1;
      }
    }
    this.drawn = drawn;
    return drawn;
  }
}
