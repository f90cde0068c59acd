/**
 * What the player wants this tick, from any device (keyboard, pointer, touch, gamepad).
 * Plain data: the input layer builds one per tick and the sim consumes it; replays are
 * lists of intents.
 */
export interface Intent {
  /** Desired movement, each axis in [-1, 1]; the vector's length is clamped to 1. */
  moveX: number;
  moveY: number;
  /** Aim direction (need not be normalised); (0, 0) means "aim where you face". */
  aimX: number;
  aimY: number;
  run: boolean;
  sneak: boolean;
  spray: boolean;
  /** Held state; the sim acts on the press (rising edge). */
  interact: boolean;
  /**
   * How many times interact went down since the previous tick (presses faster than the
   * 60 Hz tick are not lost: each one counts toward breaking a grab). 0 from a source that
   * does not count (old replays, bots) or absent: the sim then counts the rising edge of
   * `interact`. Optional so intents written before the count existed still type-check.
   */
  interactPresses?: number;
  /** Held state; the sim acts on the press (rising edge). */
  throw: boolean;
  /**
   * Held state of the order button; a press cycles the allies' order Follow -> Wait ->
   * Hide (src/sim/allies.ts). Optional, like interactPresses: older intents have none.
   */
  order?: boolean;
  /**
   * Held state of the drop button (chapter 2: put one carried piece of loot down; the sim
   * acts on the press). Optional so older intents, bots and replays still type-check.
   */
  drop?: boolean;
}

export function emptyIntent(): Intent {
  return { moveX: 0, moveY: 0, aimX: 0, aimY: 0, run: false, sneak: false, spray: false, interact: false, interactPresses: 0, throw: false, order: false, drop: false };
}

/** Sets every field of `i` back to "nothing pressed" (reusing the object). */
export function resetIntent(i: Intent): Intent {
  i.moveX = 0;
  i.moveY = 0;
  i.aimX = 0;
  i.aimY = 0;
  i.run = false;
  i.sneak = false;
  i.spray = false;
  i.interact = false;
  i.interactPresses = 0;
  i.throw = false;
  i.order = false;
  i.drop = false;
  return i;
}

export function copyIntent(from: Intent, to: Intent): Intent {
  to.moveX = from.moveX;
  to.moveY = from.moveY;
  to.aimX = from.aimX;
  to.aimY = from.aimY;
  to.run = from.run;
  to.sneak = from.sneak;
  to.spray = from.spray;
  to.interact = from.interact;
  to.interactPresses = from.interactPresses ?? 0;
  to.throw = from.throw;
  to.order = from.order ?? false;
  to.drop = from.drop ?? false;
  return to;
}

/**
 * Compact form for recorded replays: [moveX, moveY, aimX, aimY, flags] with the
 * buttons packed as bits (run 1, sneak 2, spray 4, interact 8, throw 16), the interact
 * press count in bits 5-10 (0..63; `PACKED_PRESS_MAX`) and drop in bit 12 (bit 11 is the
 * allies' order button, 13-16 the closet's). A pack written before the count
 * existed has 0 there and unpacks to `interactPresses: 0`, which the sim reads as "count
 * the rising edge", so old replays play exactly as before. Bit 11 is the order button
 * (`PACKED_ORDER_BIT`); packs from before it have 0 there: not pressed.
 */
export type PackedIntent = [number, number, number, number, number];

export const PACKED_PRESS_SHIFT = 5;
/** The drop button's bit (bits 0-10 are the buttons above and the press count). Old packs have 0 there. */
export const PACKED_DROP_BIT = 1 << 12;
/** The most presses one packed tick can carry (6 bits); more in one tick are clamped. */
export const PACKED_PRESS_MAX = 63;
/** The allies' order button (bits 13-16 belong to later buttons: see the preamble's contract). */
export const PACKED_ORDER_BIT = 1 << 11;

export function packIntent(i: Intent): PackedIntent {
  const presses = Math.min(PACKED_PRESS_MAX, Math.max(0, Math.floor(i.interactPresses ?? 0) || 0));
  const flags =
    (i.run ? 1 : 0) |
    (i.sneak ? 2 : 0) |
    (i.spray ? 4 : 0) |
    (i.interact ? 8 : 0) |
    (i.throw ? 16 : 0) |
    (presses << PACKED_PRESS_SHIFT) |
    (i.order ? PACKED_ORDER_BIT : 0) |
    (i.drop ? PACKED_DROP_BIT : 0);
  return [i.moveX, i.moveY, i.aimX, i.aimY, flags];
}

export function unpackIntent(p: PackedIntent, into: Intent = emptyIntent()): Intent {
  into.moveX = p[0];
  into.moveY = p[1];
  into.aimX = p[2];
  into.aimY = p[3];
  const f = p[4];
  into.run = (f & 1) !== 0;
  into.sneak = (f & 2) !== 0;
  into.spray = (f & 4) !== 0;
  into.interact = (f & 8) !== 0;
  into.throw = (f & 16) !== 0;
  into.interactPresses = (f >>> PACKED_PRESS_SHIFT) & PACKED_PRESS_MAX;
  into.order = (f & PACKED_ORDER_BIT) !== 0;
  into.drop = (f & PACKED_DROP_BIT) !== 0;
  return into;
}
