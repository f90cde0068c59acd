/** A box on the screen, in screen (game) px. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the arrow and its label, screen px. */
const GAP = 6;
/** How far above the hovering arrow's centre the label's top sits (it bobs over the waypoint). */
const HOVER_RISE = 26;
/** How many label heights farther over or under the arrow the label may go when every place beside it is covered. */
const FARTHER_STEPS = 2;

function overlap(a: ScreenRect, b: ScreenRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the objective marker's distance label ("15 m") goes, in screen px: the first of
 * its places round the arrow that lies on the uncovered screen (above `coveredFrom`, the
 * touch controls: THROW, DROP, the stick) and overlaps none of `keepOut` (the captions on
 * screen, the HUD's panel and objective lines). While the arrow hovers over a waypoint on
 * screen the label is above it first; at the screen's edge under it first; then the other
 * side, then to its left, then its right, then a label's height or two farther over and under
 * it (past a room sign: `keepOut` holds the plaques on screen too). Where every place is
 * covered, the least covered.
 * Returns the label's box.
 */
export function markerLabelRect(
  arrow: { x: number; y: number },
  onScreen: boolean,
  arrowSize: number,
  label: { width: number; height: number },
  screen: { width: number; coveredFrom: number },
  keepOut: readonly ScreenRect[] = [],
): ScreenRect {
  const { width: w, height: h } = label;
  const above = onScreen ? arrow.y - arrowSize - HOVER_RISE : arrow.y - arrowSize - GAP - h;
  const below = arrow.y + arrowSize + GAP;
  const centred = arrow.x - w / 2;
  const beside = arrow.y - h / 2;
  const places: [number, number][] = [
    ...(onScreen ? [[centred, above], [centred, below]] : [[centred, below], [centred, above]]),
    [arrow.x - arrowSize - GAP - w, beside],
    [arrow.x + arrowSize + GAP, beside],
  ] as [number, number][];
  // Then farther out over and under it (past a room sign on the wall beside the arrow), a label's height at a time.
  const first = onScreen ? -1 : 1;
  for (let k = 1; k <= FARTHER_STEPS; k++) {
    places.push([centred, (first < 0 ? above : below) + first * k * (h + GAP)], [centred, (first < 0 ? below : above) - first * k * (h + GAP)]);
  }
  let best: ScreenRect | null = null;
  let bestCost = Infinity;
  for (const [left, top] of places) {
    const r = { left, top, right: left + w, bottom: top + h };
    // Off the screen or into the thumbs' band counts as covered too.
    const outside = overlap(r, { left: -1e6, top: -1e6, right: 1e6, bottom: 1e6 }) - overlap(r, { left: 0, top: 0, right: screen.width, bottom: screen.coveredFrom });
    let cost = outside;
    for (const k of keepOut) cost += overlap(r, k);
    if (cost === 0) return r;
    if (cost < bestCost) {
      bestCost = cost;
      best = r;
    }
  }
  return best!;
}

/**
 * Slides the off-screen marker arrow at (x, y) back along its line toward the player at
 * (fromX, fromY) until it is `margin` px clear of every box in `boxes` (the HUD's panels
 * at the top left), so the edge arrow is never drawn under the HUD. Returns where it goes
 * (the player's spot if the whole line is covered).
 */
export function arrowClearOf(x: number, y: number, fromX: number, fromY: number, boxes: readonly ScreenRect[], margin: number): { x: number; y: number } {
  const inside = (px: number, py: number) => boxes.some((b) => px > b.left - margin && px < b.right + margin && py > b.top - margin && py < b.bottom + margin);
  const dx = fromX - x;
  const dy = fromY - y;
  const len = Math.sqrt(dx * dx + dy * dy);
  if (len === 0 || !inside(x, y)) return { x, y };
  // In 2 px steps: a few dozen at most (the HUD is a couple of hundred px tall).
  for (let d = 2; d < len; d += 2) {
    const px = x + (dx / len) * d;
    const py = y + (dy / len) * d;
    if (!inside(px, py)) return { x: px, y: py };
  }
  return { x: fromX, y: fromY };
}

/** Where an ally's name tag goes round the body (world px from the feet): the body is drawn from 23 px above the feet to 9 below. */
const TAG_ABOVE = 26;
const TAG_BELOW = 11;
const TAG_BESIDE = 14;

/**
 * Where an ally's name tag goes (world px): above the head first; where that box meets a
 * plaque (a room sign, the words a newcomer was told to find) under the feet, then to the
 * left, then to the right of the head, then beside the legs; `prefer` (the place it had last frame) is tried first, so a tag
 * on a sign's edge does not flick between places each frame. A place also clear of `soft`
 * (the captions and the HUD's boxes, which would draw over it, and the other bodies) wins
 * over one that is not; of those clear only of the signs, the least covered.
 * Where every place meets a plaque the sign wins: null, the tag hides while they overlap.
 * Returns the box and its place (0 above, 1 below, 2 left, 3 right, 4 and 5 low left, right).
 */
export function nameTagRect(
  feet: { x: number; y: number },
  tag: { width: number; height: number },
  plaques: readonly ScreenRect[],
  prefer = 0,
  soft: readonly ScreenRect[] = [],
): { rect: ScreenRect; place: number } | null {
  const { width: w, height: h } = tag;
  const beside = feet.y - 8 - h / 2;
  const tops: [number, number][] = [
    [feet.x - w / 2, feet.y - TAG_ABOVE - h],
    [feet.x - w / 2, feet.y + TAG_BELOW],
    [feet.x - TAG_BESIDE - w, beside],
    [feet.x + TAG_BESIDE, beside],
    // Beside the legs: where a sign on the wall behind reaches down to the shoulders, and someone stands below.
    [feet.x - TAG_BESIDE - w, feet.y],
    [feet.x + TAG_BESIDE, feet.y],
  ];
  const order = [prefer, ...tops.map((_, p) => p).filter((p) => p !== prefer)];
  let fallback: { rect: ScreenRect; place: number } | null = null;
  let fallbackCover = Infinity;
  for (const place of order) {
    const [left, top] = tops[place]!;
    const rect = { left, top, right: left + w, bottom: top + h };
    if (plaques.some((p) => overlap(rect, p) > 0)) continue;
    let cover = 0;
    for (const b of soft) cover += overlap(rect, b);
    if (cover === 0) return { rect, place };
    if (cover < fallbackCover) {
      fallbackCover = cover;
      fallback = { rect, place };
    }
  }
  return fallback;
}
