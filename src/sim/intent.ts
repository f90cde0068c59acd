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
  /**
   * Held: the player holds their breath (inaudible to the infected at a door, spends
   * stamina; src/sim/phone.ts). Optional, like the other later buttons: absent = not held.
   */
  holdBreath?: boolean;
  /** Held state of the phone's flashlight button; a press toggles the light. */
  flashlight?: boolean;
  /** The chat reply chosen this tick: 0 none, 1..3 the reply offered in that place. */
  reply?: number;
}

export function emptyIntent(): Intent {
  return { moveX: 0, moveY: 0, aimX: 0, aimY: 0, run: false, sneak: false, spray: false, interact: false, interactPresses: 0, throw: false, order: false, drop: false, holdBreath: false, flashlight: false, reply: 0 };
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
  i.holdBreath = false;
  i.flashlight = false;
  i.reply = 0;
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
  to.holdBreath = from.holdBreath ?? false;
  to.flashlight = from.flashlight ?? false;
  to.reply = from.reply ?? 0;
  return to;
}

/**
 * Compact form for recorded replays: [moveX, moveY, aimX, aimY, flags] with the
 * buttons packed as bits (run 1, sneak 2, spray 4, interact 8, throw 16) and the interact
 * press count in bits 5-10 (0..63; `PACKED_PRESS_MAX`). A pack written before the count
 * existed has 0 there and unpacks to `interactPresses: 0`, which the sim reads as "count
 * the rising edge", so old replays play exactly as before. Bit 11 is the allies' order
 * button, bit 12 the cafeteria's drop button. The phone chapter's buttons:
 * bit 13 holdBreath, bit 14 flashlight, bits 15-16 the chat reply (0 none, 1..3); older
 * packs have 0 there (not held, no reply).
 */
export type PackedIntent = [number, number, number, number, number];

export const PACKED_PRESS_SHIFT = 5;
/** The most presses one packed tick can carry (6 bits); more in one tick are clamped. */
export const PACKED_PRESS_MAX = 63;

/** The allies' order button and the cafeteria's drop button; packs from before them have 0 there. */
export const PACKED_ORDER_BIT = 1 << 11;
export const PACKED_DROP_BIT = 1 << 12;
/** The phone chapter's buttons. */
export const PACKED_HOLD_BREATH = 1 << 13;
export const PACKED_FLASHLIGHT = 1 << 14;
export const PACKED_REPLY_SHIFT = 15;
/** The most reply choices a tick can carry (2 bits). */
export const PACKED_REPLY_MAX = 3;
/** Every flag bit in use: a replay's buttons above this are not buttons. */
export const PACKED_FLAGS_MAX = (1 << (PACKED_REPLY_SHIFT + 2)) - 1;

/** An intent's buttons as PackedIntent's flag bits (what replays store per tick). */
export function intentFlags(i: Intent): number {
  const presses = Math.min(PACKED_PRESS_MAX, Math.max(0, Math.floor(i.interactPresses ?? 0) || 0));
  const reply = Math.min(PACKED_REPLY_MAX, Math.max(0, Math.floor(i.reply ?? 0) || 0));
  return (
    (i.run ? 1 : 0) |
    (i.sneak ? 2 : 0) |
    (i.spray ? 4 : 0) |
    (i.interact ? 8 : 0) |
    (i.throw ? 16 : 0) |
    (presses << PACKED_PRESS_SHIFT) |
    (i.order ? PACKED_ORDER_BIT : 0) |
    (i.drop ? PACKED_DROP_BIT : 0) |
    (i.holdBreath ? PACKED_HOLD_BREATH : 0) |
    (i.flashlight ? PACKED_FLASHLIGHT : 0) |
    (reply << PACKED_REPLY_SHIFT)
  );
}

/** Sets `into`'s buttons from flag bits; bits a pack written before them lacks read as 0 (not held, no reply). */
export function applyIntentFlags(f: number, into: Intent): Intent {
  into.run = (f & 1) !== 0;
  into.sneak = (f & 2) !== 0;
  into.spray = (f & 4) !== 0;
  into.interact = (f & 8) !== 0;
  into.throw = (f & 16) !== 0;
  into.interactPresses = (f >>> PACKED_PRESS_SHIFT) & PACKED_PRESS_MAX;
  into.order = (f & PACKED_ORDER_BIT) !== 0;
  into.drop = (f & PACKED_DROP_BIT) !== 0;
  into.holdBreath = (f & PACKED_HOLD_BREATH) !== 0;
  into.flashlight = (f & PACKED_FLASHLIGHT) !== 0;
  into.reply = (f >>> PACKED_REPLY_SHIFT) & PACKED_REPLY_MAX;
  return into;
}

export function packIntent(i: Intent): PackedIntent {
  return [i.moveX, i.moveY, i.aimX, i.aimY, intentFlags(i)];
}

export function unpackIntent(p: PackedIntent, into: Intent = emptyIntent()): Intent {
  into.moveX = p[0];
  into.moveY = p[1];
  into.aimX = p[2];
  into.aimY = p[3];
  return applyIntentFlags(p[4], into);
}
