import { isSolidCell, type Grid } from './grid';

/**
 * Axis-separated movement of a square body of half-size `r` (tiles) against the grid:
 * move along x, resolve, then along y, resolve. Sliding along walls falls out of it.
 * Steps longer than half a tile are split so fast bodies never tunnel through a wall.
 * Results are written to `out` (no allocation); `out.hitX/hitY` tell which axis was
 * blocked this call (sprinters use that to slam into walls).
 */
export interface MoveResult {
  x: number;
  y: number;
  hitX: boolean;
  hitY: boolean;
}

const EPS = 1e-6;

export function moveBody(grid: Grid, x: number, y: number, dx: number, dy: number, r: number, out: MoveResult): MoveResult {
  out.hitX = false;
  out.hitY = false;
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / 0.45));
  const sx = dx / steps;
  const sy = dy / steps;
  for (let s = 0; s < steps; s++) {
    if (sx !== 0) {
      const nx = x + sx;
      if (boxHitsSolid(grid, nx, y, r)) {
        out.hitX = true;
        // Snap to the face of the blocking cell.
        x = sx > 0 ? Math.floor(nx + r) - r - EPS : Math.floor(nx - r) + 1 + r + EPS;
        if (boxHitsSolid(grid, x, y, r)) x = x - sx; // fallback: stay where we were
      } else {
        x = nx;
      }
    }
    if (sy !== 0) {
      const ny = y + sy;
      if (boxHitsSolid(grid, x, ny, r)) {
        out.hitY = true;
        y = sy > 0 ? Math.floor(ny + r) - r - EPS : Math.floor(ny - r) + 1 + r + EPS;
        if (boxHitsSolid(grid, x, y, r)) y = y - sy;
      } else {
        y = ny;
      }
    }
  }
  out.x = x;
  out.y = y;
  return out;
}

/** True when the square [x-r, x+r] x [y-r, y+r] overlaps any solid cell. */
export function boxHitsSolid(grid: Grid, x: number, y: number, r: number): boolean {
  const x0 = Math.floor(x - r);
  const x1 = Math.floor(x + r);
  const y0 = Math.floor(y - r);
  const y1 = Math.floor(y + r);
  for (let cy = y0; cy <= y1; cy++) {
    for (let cx = x0; cx <= x1; cx++) {
      if (isSolidCell(grid, cx, cy)) return true;
    }
  }
  return false;
}

const PROBE = 0.05;

/**
 * Corner sliding: a body whose move along one axis was blocked by a corner it only
 * clips (a locker's edge, a door frame) is nudged along the other axis toward the open
 * side, by at most `reach` tiles of misalignment and `speed` tiles this call. Returns the
 * perpendicular nudge to apply (0 when the way is blocked however it is aligned, or when
 * both sides are open equally, as in the middle of a wall's end). The caller moves the
 * body by it with moveBody, so the nudge itself never enters a wall.
 */
export function cornerNudge(grid: Grid, x: number, y: number, dirX: number, dirY: number, r: number, reach: number, speed: number): number {
  // Blocked moving along x: look for an opening up or down; along y: left or right.
  const alongX = dirX !== 0;
  const px = x + dirX * PROBE;
  const py = y + dirY * PROBE;
  for (let o = PROBE; o <= reach + 1e-9; o += PROBE) {
    const plus = alongX ? !boxHitsSolid(grid, px, py + o, r) : !boxHitsSolid(grid, px + o, py, r);
    const minus = alongX ? !boxHitsSolid(grid, px, py - o, r) : !boxHitsSolid(grid, px - o, py, r);
    if (plus && minus) return 0;
    if (plus) return Math.min(o, speed);
    if (minus) return -Math.min(o, speed);
  }
  return 0;
}
