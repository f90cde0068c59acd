import type { SiegeSegments } from '../sim/siege';

/**
 * The crowd at the foot of the rooftop's walls, as heads seen from above (issue 16: "the
 * player must feel the size of the horde below"). Pure, so it is unit-tested without
 * Phaser: SiegeView draws these heads (pre-drawn canvas layers on the Canvas path, one
 * SpriteGPULayer member each where WebGL is real).
 *
 * One head is drawn per body the sim counts at a segment's foot (`world.siege.crowd[k]`),
 * up to CROWD_BELOW.headsPerTile over the drop beyond the segment. Heads are ranked: the
 * first ones press against the wall (faces turned up at the player, arms raised to the
 * wall), later ones fill out toward the street, so a growing crowd deepens outward.
 */
export const CROWD_BELOW = {
  /** At most this many heads a tile of the drop: packed shoulder to shoulder (a head is ~6 px of a 32 px tile). */
  headsPerTile: 24,
  /** Heads drawn per body the sim counts below: one, so the number on screen is the sim's. */
  headsPerBody: 1,
  /** How much of the rank is noise (0: strictly nearest the wall first): the crowd's front is ragged, not a ruler line. */
  rankJitter: 0.35,
  /** Heads this close to the wall (in tiles) look up with their arms raised. */
  frontRows: 0.9,
} as const;

/**
 * The drop beyond segment k's outer cells: their extent, `reach` tiles further out on each
 * side the segment faces, clipped to the map. It spans the wall too (and a corner's whole
 * square): crowdLayout's `isDrop` keeps only spots over Void.
 */
export function dropRect(level: { width: number; height: number }, seg: SiegeSegments, k: number, reach: number): { x: number; y: number; w: number; h: number } {
  const w = level.width;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let c = seg.start[k]!; c < seg.start[k + 1]!; c++) {
    const cell = seg.cells[c]!;
    const x = cell % w;
    const y = (cell - x) / w;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + 1);
    y1 = Math.max(y1, y + 1);
  }
  const ox = seg.outX[k]!;
  const oy = seg.outY[k]!;
  if (ox < -0.3) x0 -= reach;
  if (ox > 0.3) x1 += reach;
  if (oy < -0.3) y0 -= reach;
  if (oy > 0.3) y1 += reach;
  x0 = Math.max(0, x0);
  y0 = Math.max(0, y0);
  x1 = Math.min(level.width, x1);
  y1 = Math.min(level.height, y1);
  return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
}

/** A head's look: skin and eyes turned up, or the top of a head (hair). */
export const HEAD_LOOKS = 8;
/** Looks 0..FACE_LOOKS-1 are faces turned up; the rest are hair from above. */
export const FACE_LOOKS = 3;

export interface CrowdRect {
  /** The drop beyond a segment, in tiles (x, y of its top-left corner, width, height). */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Unit vector from the wall out over the drop. */
  outX: number;
  outY: number;
}

export interface CrowdLayout {
  /** Head positions in tiles (map coordinates), rank order: index 0 is drawn first. */
  x: Float32Array;
  y: Float32Array;
  /** 0..HEAD_LOOKS-1. */
  look: Uint8Array;
  /** 1 for a front-row head (arms raised toward the wall). */
  armsUp: Uint8Array;
  /** A fixed 0..1 per head, for animation phases. */
  phase: Float32Array;
  count: number;
}

/** A small deterministic generator (no Math.random: the same crowd every game). */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/**
 * Every head the drop beyond one segment can hold, ranked nearest the wall first (with
 * jitter). `seed` picks the pattern (the segment's index: neighbours differ); `isDrop`
 * (tile coordinates) leaves out spots over what is not the drop (a corner's rect also
 * spans the wall).
 */
export function crowdLayout(rect: CrowdRect, seed: number, isDrop: (x: number, y: number) => boolean = () => true): CrowdLayout {
  const cells = Math.max(0, Math.floor(rect.w * rect.h * CROWD_BELOW.headsPerTile));
  const rnd = generator(0x9e3779b9 ^ Math.imul(seed + 1, 2654435761));
  const xs = new Float32Array(cells);
  const ys = new Float32Array(cells);
  const rank = new Float64Array(cells);
  // How far out a point lies from the wall: the rect's side nearest the roof is where the wall is.
  const wallX = rect.outX > 0.3 ? rect.x : rect.outX < -0.3 ? rect.x + rect.w : NaN;
  const wallY = rect.outY > 0.3 ? rect.y : rect.outY < -0.3 ? rect.y + rect.h : NaN;
  const depthOf = (x: number, y: number): number => {
    const dx = Number.isNaN(wallX) ? Infinity : Math.abs(x - wallX);
    const dy = Number.isNaN(wallY) ? Infinity : Math.abs(y - wallY);
    const d = Math.min(dx, dy);
    return Number.isFinite(d) ? d : 0;
  };
  // Stratified: one head per cell of a fine grid over the rect, jittered inside its cell.
  const cols = Math.max(1, Math.round(Math.sqrt(cells * (rect.w / Math.max(rect.h, 1e-6)))));
  const rows = Math.max(1, Math.ceil(cells / cols));
  const depth = new Float32Array(cells);
  let capacity = 0;
  for (let i = 0; i < cells; i++) {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const x = rect.x + ((c + 0.15 + rnd() * 0.7) / cols) * rect.w;
    const y = rect.y + ((r + 0.15 + rnd() * 0.7) / rows) * rect.h;
    const jitter = rnd();
    if (!isDrop(x, y)) continue;
    xs[capacity] = x;
    ys[capacity] = y;
    depth[capacity] = depthOf(x, y);
    rank[capacity] = depth[capacity]! + jitter * CROWD_BELOW.rankJitter * Math.max(rect.w, rect.h) * 0.5;
    capacity++;
  }
  // Depth from the nearest spot of the drop (the rect may start at the wall's inner side).
  let nearest = Infinity;
  for (let i = 0; i < capacity; i++) nearest = Math.min(nearest, depth[i]!);
  for (let i = 0; i < capacity; i++) depth[i] = depth[i]! - nearest;
  const order = Array.from({ length: capacity }, (_, i) => i).sort((a, b) => rank[a]! - rank[b]! || a - b);
  const out: CrowdLayout = {
    x: new Float32Array(capacity),
    y: new Float32Array(capacity),
    look: new Uint8Array(capacity),
    armsUp: new Uint8Array(capacity),
    phase: new Float32Array(capacity),
    count: capacity,
  };
  order.forEach((i, k) => {
    out.x[k] = xs[i]!;
    out.y[k] = ys[i]!;
    const front = depth[i]! < CROWD_BELOW.frontRows;
    // The front rows look up at the roof; further out, mostly the tops of heads.
    out.look[k] = front || rnd() < 0.2 ? Math.floor(rnd() * FACE_LOOKS) : FACE_LOOKS + Math.floor(rnd() * (HEAD_LOOKS - FACE_LOOKS));
    out.armsUp[k] = front && rnd() < 0.7 ? 1 : 0;
    out.phase[k] = rnd();
  });
  return out;
}

/** How many of a segment's ranked heads are drawn for `bodies` counted below (0 while no siege runs). */
export function headsShown(bodies: number, capacity: number): number {
  if (!(bodies > 0)) return 0;
  return Math.min(capacity, Math.round(bodies * CROWD_BELOW.headsPerBody));
}
