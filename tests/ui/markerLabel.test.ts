import { describe, expect, it } from 'vitest';
import { arrowClearOf, markerLabelRect, nameTagRect, type ScreenRect } from '../../src/ui/markerLabel';

const overlaps = (a: ScreenRect, b: ScreenRect) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/** The marker's distance label never sits in the touch controls' band (it used to sit beside THROW at 360x640), under a caption or under the HUD. */
describe("the objective marker's distance label", () => {
  const s = 13;
  const label = { width: 40, height: 18 };
  const phone = { width: 360, coveredFrom: 640 };

  it('off screen at the bottom edge, just above the touch controls, it goes above the arrow, clear of them', () => {
    const controlsTop = 430;
    const arrowY = controlsTop - 34; // where the view clamps the off-screen arrow
    const r = markerLabelRect({ x: 300, y: arrowY }, false, s, label, { width: 360, coveredFrom: controlsTop });
    expect(r.bottom).toBeLessThanOrEqual(controlsTop);
    expect(r.bottom).toBeLessThanOrEqual(arrowY - s);
  });

  it('off screen elsewhere it stays under the arrow, centred on it; on screen it hovers above the waypoint', () => {
    expect(markerLabelRect({ x: 200, y: 200 }, false, s, label, phone)).toEqual({ left: 180, top: 200 + s + 6, right: 220, bottom: 200 + s + 6 + 18 });
    expect(markerLabelRect({ x: 200, y: 200 }, true, s, label, phone).bottom).toBeLessThan(200 - s);
  });

  it('clear of a caption: at the right edge over the caption band (chapter 2 at 360x640, "59 m" under Seo-yeon\'s line), it goes above the arrow', () => {
    // As drawn at the start of chapter 2 on a 360x640 phone: the arrow at the right edge, the caption's two lines just under it.
    const arrow = { x: 326, y: 380 };
    const caption = { left: 21, top: 386, right: 339, bottom: 426 };
    const r = markerLabelRect(arrow, false, s, label, phone, [caption]);
    expect(overlaps(r, caption)).toBe(false);
    expect(r.bottom).toBeLessThanOrEqual(arrow.y - s);
  });

  it('clear of the HUD: hovering over a waypoint just under the objective lines, it goes under the arrow', () => {
    const objective = { left: 6, top: 150, right: 250, bottom: 210 };
    const arrow = { x: 40, y: 240 };
    const r = markerLabelRect(arrow, true, s, label, phone, [objective]);
    expect(overlaps(r, objective)).toBe(false);
    expect(r.top).toBeGreaterThanOrEqual(arrow.y + s);
  });

  it('clear of a room sign: at the right edge beside "Service passage" (chapter 2 at 360x640, "59 m" on the plaque), it leaves the sign readable', () => {
    // As drawn at the start of chapter 2 on a 360x640 phone: the plaque just above the arrow, the caption under it.
    const arrow = { x: 326, y: 380 };
    const plaque = { left: 254, top: 349, right: 372, bottom: 370 };
    const caption = { left: 21, top: 386, right: 339, bottom: 426 };
    const r = markerLabelRect(arrow, false, s, label, phone, [caption, plaque]);
    expect(overlaps(r, plaque)).toBe(false);
    expect(overlaps(r, caption)).toBe(false);
  });

  it('boxed in above and below, it goes beside the arrow; covered everywhere, it takes the least covered place on the screen', () => {
    const arrow = { x: 180, y: 300 };
    const above = { left: 0, top: 250, right: 360, bottom: 290 };
    const below = { left: 0, top: 310, right: 360, bottom: 360 };
    const beside = markerLabelRect(arrow, false, s, label, phone, [above, below]);
    expect([above, below].some((k) => overlaps(beside, k))).toBe(false);
    expect(beside.right <= arrow.x - s || beside.left >= arrow.x + s).toBe(true);
    const all = { left: 0, top: 0, right: 360, bottom: 640 };
    const r = markerLabelRect(arrow, false, s, label, phone, [all]);
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.bottom).toBeLessThanOrEqual(640);
  });
});

describe("the objective marker's edge arrow", () => {
  // At 360x640 in chapter 2's hall: the meters' panel and the objective lines down to y 232 at the left.
  const hud: ScreenRect[] = [
    { left: 6, top: 6, right: 232, bottom: 132 },
    { left: 6, top: 140, right: 250, bottom: 232 },
  ];

  it('pointing up-left, under the HUD at the top edge, it slides back along its line until clear of it', () => {
    const player = { x: 100, y: 400 };
    const at = arrowClearOf(55, 74, player.x, player.y, hud, 18);
    expect(at.y).toBeGreaterThanOrEqual(232 + 18);
    // Still on the line from the player toward the waypoint.
    expect(Math.abs((at.x - player.x) * (74 - player.y) - (at.y - player.y) * (55 - player.x))).toBeLessThan(1e-6 * 400 * 400);
  });

  it('where the HUD is not, it stays where it is', () => {
    expect(arrowClearOf(326, 74, 180, 400, hud, 18)).toEqual({ x: 326, y: 74 });
    expect(arrowClearOf(55, 500, 180, 400, hud, 18)).toEqual({ x: 55, y: 500 });
  });
});


/** An ally's name tag never hides a room sign (Tae-min's tag sat on "Stairs: music room" in chapter 2). */
describe("an ally's name tag", () => {
  const tag = { width: 44, height: 14 };
  // The stairs' plaque on the wall just above the ally's head (world px), as in chapter 2's hall.
  const sign = { left: 375, top: 461, right: 485, bottom: 475 };
  const feet = { x: 420, y: 500 };

  it('sits above the head where nothing is there', () => {
    const t = nameTagRect(feet, tag, [])!;
    expect(t.place).toBe(0);
    expect(t.rect.bottom).toBeLessThan(feet.y - 23);
    expect((t.rect.left + t.rect.right) / 2).toBe(feet.x);
  });

  it('under a plaque, it flips below the feet, clear of the sign', () => {
    const t = nameTagRect(feet, tag, [sign])!;
    expect(overlaps(t.rect, sign)).toBe(false);
    expect(t.rect.top).toBeGreaterThan(feet.y);
  });

  it('with signs above and below, it goes beside the body; with signs all round, the sign wins and the tag hides', () => {
    const under = { left: 375, top: 508, right: 485, bottom: 522 };
    const t = nameTagRect(feet, tag, [sign, under])!;
    expect([sign, under].some((p) => overlaps(t.rect, p))).toBe(false);
    expect(t.rect.right <= feet.x - 12 || t.rect.left >= feet.x + 12).toBe(true);
    const wall = { left: 300, top: 400, right: 540, bottom: 600 };
    expect(nameTagRect(feet, tag, [wall])).toBeNull();
  });

  it('flipped below, not under a caption: it takes the side clear of the caption too, or below (under the caption) rather than on the sign', () => {
    // Chapter 2's start at 360x640: Seo-yeon's caption just under the feet.
    const caption = { left: 300, top: 508, right: 540, bottom: 540 };
    const t = nameTagRect(feet, tag, [sign], 0, [caption])!;
    expect(overlaps(t.rect, sign)).toBe(false);
    expect(overlaps(t.rect, caption)).toBe(false);
    const everywhere = { left: 300, top: 478, right: 540, bottom: 600 };
    const under = nameTagRect(feet, tag, [sign], 0, [everywhere])!;
    expect(overlaps(under.rect, sign)).toBe(false);
  });

  it('at 360x640, a sign down to its shoulders and the player under its feet: beside its legs, on neither', () => {
    // Chapter 2's wait on the stairs on a phone: the tag is 2.2 times as big, the plaque reaches the shoulders.
    const big = { width: 96, height: 30 };
    const low = { left: 300, top: 440, right: 540, bottom: 480 };
    // The player just under and a little to the right, as drawn there.
    const player = { left: 414, top: 495, right: 446, bottom: 543 };
    const t = nameTagRect(feet, big, [low], 0, [player])!;
    expect(overlaps(t.rect, low)).toBe(false);
    expect(overlaps(t.rect, player)).toBe(false);
  });

  it('keeps the place it had while that stays clear, so a tag on a sign\'s edge does not flick each frame', () => {
    expect(nameTagRect(feet, tag, [], 1)!.place).toBe(1);
    expect(nameTagRect(feet, tag, [{ left: 375, top: 508, right: 485, bottom: 522 }], 1)!.place).toBe(0);
  });
});
