import type { Intent } from '../sim/intent';

/**
 * Gamepad in the W3C "standard" mapping (Xbox-style names):
 * axes 0/1 left stick, 2/3 right stick; buttons 0 A, 1 B, 2 X, 3 Y, 4 LB, 5 RB, 6 LT,
 * 7 RT, 8 Back/Select, 9 Start, 10 L3, 11 R3, 12-15 d-pad up/down/left/right.
 */
export const PAD = {
  a: 0,
  b: 1,
  x: 2,
  y: 3,
  lb: 4,
  rb: 5,
  lt: 6,
  rt: 7,
  back: 8,
  start: 9,
  l3: 10,
  r3: 11,
  up: 12,
  down: 13,
  left: 14,
  right: 15,
} as const;

/** Radial dead zones (fraction of full stick travel) and the trigger threshold. */
export const PAD_TUNING = {
  moveDeadZone: 0.2,
  aimDeadZone: 0.3,
  /** Trigger value that counts as pulled (RT is analogue). */
  triggerPressed: 0.4,
} as const;

/** What the mapper needs from a `Gamepad` (plain data, so tests build it by hand). */
export interface GamepadSnapshot {
  axes: readonly number[];
  /** Analogue value 0..1 of each button (`GamepadButton.value`, or 1/0 from `.pressed`). */
  buttons: readonly number[];
}

/**
 * The value the mapper reads for one `GamepadButton`: its analogue `value`, so the game's
 * own thresholds decide (browsers mark a trigger `pressed` from a light touch: about 0.12 in
 * Chromium, well short of `triggerPressed`); 1 only for a browser that reports a pressed
 * button with no value at all.
 */
export function buttonValue(pressed: boolean, value: number): number {
  if (Number.isFinite(value) && value > 0) return Math.min(1, value);
  return pressed ? 1 : 0;
}

function axis(s: GamepadSnapshot, i: number): number {
  const v = s.axes[i];
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
}

export function button(s: GamepadSnapshot, i: number): number {
  const v = s.buttons[i];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function pressed(s: GamepadSnapshot, i: number): boolean {
  return button(s, i) > 0.5;
}

/**
 * A stick with a radial dead zone: inside `deadZone` it reads (0, 0); outside, the length is
 * rescaled from [deadZone, 1] to [0, 1] so a small push gives a small, smooth value
 * (no jump at the edge), and the direction is kept.
 */
export function radialDeadZone(x: number, y: number, deadZone: number, out: { x: number; y: number }): { x: number; y: number } {
  const len = Math.hypot(x, y);
  if (!(len > deadZone)) {
    out.x = 0;
    out.y = 0;
    return out;
  }
  const scaled = Math.min(1, (len - deadZone) / (1 - deadZone));
  out.x = (x / len) * scaled;
  out.y = (y / len) * scaled;
  return out;
}

const stick = { x: 0, y: 0 };

/**
 * Gamepad part of an Intent: left stick (or d-pad) moves, right stick aims, RT sprays
 * (RB too), A interacts, B runs, X throws, LB or L3 sneaks, R3 drops loot. Y gives orders (an edge: gamepadOrderPressed).
 * With `dpadMoves` false (the phone's chat asks: the d-pad picks its replies) only the stick moves.
 */
export function gamepadIntent(s: GamepadSnapshot, out: Intent, dpadMoves = true): Intent {
  radialDeadZone(axis(s, 0), axis(s, 1), PAD_TUNING.moveDeadZone, stick);
  let mx = stick.x;
  let my = stick.y;
  const dx = dpadMoves ? (pressed(s, PAD.right) ? 1 : 0) - (pressed(s, PAD.left) ? 1 : 0) : 0;
  const dy = dpadMoves ? (pressed(s, PAD.down) ? 1 : 0) - (pressed(s, PAD.up) ? 1 : 0) : 0;
  if (dx !== 0 || dy !== 0) {
    const len = Math.hypot(dx, dy);
    mx = dx / len;
    my = dy / len;
  }
  out.moveX = mx;
  out.moveY = my;
  radialDeadZone(axis(s, 2), axis(s, 3), PAD_TUNING.aimDeadZone, stick);
  out.aimX = stick.x;
  out.aimY = stick.y;
  out.run = pressed(s, PAD.b);
  out.sneak = pressed(s, PAD.lb) || pressed(s, PAD.l3);
  out.spray = button(s, PAD.rt) >= PAD_TUNING.triggerPressed || pressed(s, PAD.rb);
  out.interact = pressed(s, PAD.a);
  out.throw = pressed(s, PAD.x);
  out.drop = pressed(s, PAD.r3);
  return out;
}

/** Start was pressed between the previous and this snapshot (pause is an edge, not a hold). */
export function gamepadPausePressed(prev: GamepadSnapshot | null, cur: GamepadSnapshot): boolean {
  return pressed(cur, PAD.start) && !(prev !== null && pressed(prev, PAD.start));
}

/** A (interact) went down between the previous and this snapshot: one press to count. */
export function gamepadInteractPressed(prev: GamepadSnapshot | null, cur: GamepadSnapshot): boolean {
  return pressed(cur, PAD.a) && !(prev !== null && pressed(prev, PAD.a));
}

/** Y (orders: Follow / Wait / Hide) went down between the previous and this snapshot: one press. */
export function gamepadOrderPressed(prev: GamepadSnapshot | null, cur: GamepadSnapshot): boolean {
  return pressed(cur, PAD.y) && !(prev !== null && pressed(prev, PAD.y));
}

/** Any input at all beyond the dead zones: used to tell which device the player is using. */
export function gamepadActive(s: GamepadSnapshot): boolean {
  for (let i = 0; i < s.buttons.length; i++) if (button(s, i) > 0.5) return true;
  for (let i = 0; i < s.axes.length; i++) if (Math.abs(axis(s, i)) > PAD_TUNING.aimDeadZone) return true;
  return false;
}

/**
 * The phone on a pad (chapter 3): LT held holds the breath (a trigger: the free one), Y
 * toggles the flashlight, d-pad left / up / right pick chat reply 1 / 2 / 3 on the press;
 * while the chat asks, the d-pad only picks replies (InputRouter.phoneAsking) and the stick moves.
 */
export const PAD_PHONE = { holdBreath: PAD.lt, flashlight: PAD.y, replies: [PAD.left, PAD.up, PAD.right] } as const;

/** The chat reply (1..3) whose d-pad button went down since `prev`, or 0. */
export function gamepadReplyPressed(prev: GamepadSnapshot | null, s: GamepadSnapshot): number {
  for (let k = 0; k < PAD_PHONE.replies.length; k++) {
    const b = PAD_PHONE.replies[k]!;
    if (pressed(s, b) && !(prev && pressed(prev, b))) return k + 1;
  }
  return 0;
}
