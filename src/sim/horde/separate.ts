import * as hordeModule from '../horde';
import * as tuning from '../tuning';
import * as bodies from './bodies';
import type { HordeTick } from './tick';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { InfectedState } = hordeModule;
const { HORDE } = tuning;
const { SHARE, VARIANT_COUNT } = bodies;

const S = InfectedState;
const SEP = HORDE.separationDistance;
const SEP2 = SEP * SEP;
const SEP_MAX = HORDE.separationMaxNeighbours;
const FAR = HORDE.farSeparationRadius;
const FAR_EVERY = HORDE.farSeparationEvery;

/**
 * Separation of agent i (variant v, at (x, y), state st): the push away from at most
 * HORDE.separationMaxNeighbours overlapping neighbours in the 2x2 hash cells around the
 * body, each weighted by mass (SHARE: heavies shove, are not shoved). Neighbours already
 * moved this tick are read where they are now. Writes t.sx, t.sy (0 when grabbing, or
 * off screen on the ticks it skips).
 */
export function separate(t: HordeTick, i: number, st: number, v: number): void {
  const x = t.x[i]!;
  const y = t.y[i]!;
  let sx = 0;
  let sy = 0;
  // Far from the player (off screen) an agent separates on one tick in FAR_EVERY, that much harder.
  const pdx = t.p.x - x;
  const pdy = t.p.y - y;
  const far = pdx > FAR || pdx < -FAR || pdy > FAR || pdy < -FAR;
  if (st !== S.Grab && (!far || (t.tick + i) % FAR_EVERY === 0)) {
    const w = t.w;
    const gridHeight = t.gridHeight;
    const cellStart = t.cellStart;
    const hashed = t.hashed;
    const xs = t.x;
    const ys = t.y;
    const variant = t.variant;
    const count = t.count;
    // The hash sorts agents by cell, so the two cells of a row are one contiguous run of
    // `hashed`: one range per row, cell by cell, ascending index.
    const cx0 = Math.floor(x - 0.5);
    const cy0 = Math.floor(y - 0.5);
    const left = cx0 < 0 ? 0 : cx0;
    const right = cx0 + 1 >= w ? w - 1 : cx0 + 1;
    const shareRow = v * VARIANT_COUNT;
    let seen = 0;
    for (let cy = cy0; cy <= cy0 + 1 && left <= right; cy++) {
      if (cy < 0 || cy >= gridHeight) continue;
      const end = cellStart[cy * w + right + 1]!;
      for (let kk = cellStart[cy * w + left]!; kk < end && seen < SEP_MAX; kk++) {
        const j = hashed[kk]!;
        if (j === i || j >= count) continue;
        const ox = x - xs[j]!;
        const oy = y - ys[j]!;
        const d2 = ox * ox + oy * oy;
        if (d2 >= SEP2) continue;
        seen++;
        const share = SHARE[shareRow + variant[j]!]!;
        if (d2 < 1e-12) {
          // Exactly on top of each other: split deterministically by index.
          sx += (i < j ? 1 : -1) * SEP * share;
          continue;
        }
        const d = Math.sqrt(d2);
        const push = ((SEP - d) / d) * share;
        sx += ox * push;
        sy += oy * push;
      }
    }
    if (far) {
      sx *= FAR_EVERY;
      sy *= FAR_EVERY;
    }
  }
  t.sx = sx;
  t.sy = sy;
}
