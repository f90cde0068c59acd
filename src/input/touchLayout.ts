import { radialChoices } from './orderRadial';

/**
 * Where the touch buttons go, from the viewport size and the safe-area insets (notches,
 * home indicator), in CSS pixels. Pure, so both orientations are unit-tested; the DOM
 * adapter places its elements from this and hit-tests touches against it.
 */

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export type TouchButtonId = 'spray' | 'interact' | 'throw' | 'drop' | 'pause' | 'fullscreen' | 'orders';

export interface TouchLayout {
  portrait: boolean;
  /** Touches starting left of this x (and not on a button) grab the movement stick. */
  stickZoneRight: number;
  /** Touches starting above this y never grab the stick (keeps the top bar free). */
  stickZoneTop: number;
  buttons: Record<TouchButtonId, Circle>;
  /**
   * The top of the band the bottom controls cover (the SPRAY/USE/THROW arc and the idle
   * stick ring): captions and the player stay above it.
   */
  controlsTop: number;
  /** Where the idle stick ring sits (the floating stick's resting hint). */
  idleStick: Circle;
  /** The orders radial's choices round the ORDERS button, in order: Follow, Wait, Hide. */
  orderChoices: Circle[];
}

/** Button radii at a 360 px short side; scaled with the screen, never below thumb size. */
const BASE = { spray: 46, action: 32, small: 22, margin: 18, orders: 27, choice: 28 } as const;

/** The floating stick's ring radius (STICK_TUNING.radius in touchStick.ts). */
const STICK_RADIUS = 64;

export function touchLayout(width: number, height: number, insets: Insets, stickRadius = STICK_RADIUS): TouchLayout {
  const portrait = height > width;
  const short = Math.max(1, Math.min(width, height));
  // 1.0 on a 360 px phone, up to 1.35 on tablets; never smaller (thumbs don't shrink).
  const k = Math.max(1, Math.min(1.35, short / 360));
  const spray = BASE.spray * k;
  const action = BASE.action * k;
  const small = BASE.small * k;
  const m = BASE.margin * k;
  const right = width - insets.right;
  const bottom = height - insets.bottom;

  const sprayC: Circle = { x: right - m - spray, y: bottom - m - spray - (portrait ? m : 0), r: spray };
  // Interact sits left of spray, throw above it: an arc the right thumb reaches.
  const gap = spray + action + m * 0.6;
  const interact: Circle = { x: sprayC.x - gap * Math.cos(0.35), y: sprayC.y + gap * Math.sin(0.35) * 0.3, r: action };
  const throwC: Circle = { x: sprayC.x + gap * 0.12, y: sprayC.y - gap, r: action };
  // Drop (loot) above USE and left of THROW, smaller: a rarer press.
  const drop: Circle = { x: interact.x, y: throwC.y, r: action * 0.85 };
  const pause: Circle = { x: right - m - small, y: insets.top + m + small, r: small };
  const fullscreen: Circle = { x: pause.x - 2 * small - m, y: pause.y, r: small };

  // ORDERS is used now and then, not in a panic: up with pause, away from the thumbs'
  // arc. Portrait: under pause, its radial opening down-left; landscape (short, the right
  // column full): left of the top buttons, opening downward.
  const ordersR = BASE.orders * k;
  const orders: Circle = portrait
    ? { x: pause.x + small - ordersR, y: pause.y + small + m + ordersR, r: ordersR }
    : { x: fullscreen.x - small - m - ordersR, y: insets.top + m + ordersR, r: ordersR };
  const choiceR = BASE.choice * k;
  // Three choices 45 degrees apart, far enough out that neighbours do not touch.
  const distance = ordersR + choiceR + m * 0.6 + choiceR * 0.6;
  const fan = portrait ? [Math.PI, (3 * Math.PI) / 4, Math.PI / 2] : [(3 * Math.PI) / 4, Math.PI / 2, Math.PI / 4];
  const orderChoices = radialChoices(orders, fan, choiceR, distance);

  const idleStick: Circle = { x: insets.left + stickRadius + 28, y: bottom - stickRadius - 28 - (portrait ? 18 : 0), r: stickRadius };
  const controlsTop = Math.min(idleStick.y - idleStick.r, ...[sprayC, interact, throwC, drop].map((c) => c.y - c.r));

  return {
    portrait,
    stickZoneRight: insets.left + (width - insets.left - insets.right) * 0.5,
    stickZoneTop: pause.y + small + m * 0.5,
    buttons: { spray: sprayC, interact, throw: throwC, drop, pause, fullscreen, orders },
    controlsTop,
    idleStick,
    orderChoices,
  };
}

const ORDER: readonly TouchButtonId[] = ['spray', 'interact', 'throw', 'drop', 'pause', 'fullscreen', 'orders'];

/**
 * What a touch starting at (x, y) grabs: a button (with a little slack around it, for
 * thumbs), the stick, or nothing.
 */
export function hitTest(layout: TouchLayout, x: number, y: number, fullscreenShown: boolean, ordersShown = false): TouchButtonId | 'stick' | null {
  let best: TouchButtonId | null = null;
  let bestD = Infinity;
  for (const id of ORDER) {
    if (id === 'fullscreen' && !fullscreenShown) continue;
    // ORDERS shows only while the player has allies.
    if (id === 'orders' && !ordersShown) continue;
    const c = layout.buttons[id];
    const d = Math.hypot(x - c.x, y - c.y);
    const slack = id === 'pause' || id === 'fullscreen' || id === 'orders' ? 8 : 14;
    if (d <= c.r + slack && d < bestD) {
      best = id;
      bestD = d;
    }
  }
  if (best) return best;
  if (x < layout.stickZoneRight && y >= layout.stickZoneTop) return 'stick';
  return null;
}
