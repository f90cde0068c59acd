import type { Circle } from './touchLayout';

/**
 * The group's orders as the player sees them, in the sim's order (AllyOrder: Follow 0,
 * Wait 1, Hide 2; one press of the order key moves on by one), and the touch radial that
 * picks one directly. Pure: the DOM adapter (touchControls.ts) only forwards pointers.
 */
export const ORDER_NAMES = ['Follow', 'Wait', 'Hide'] as const;
export type OrderName = (typeof ORDER_NAMES)[number];
export const ORDER_COUNT = ORDER_NAMES.length;

/** The order's name for the HUD and the radial ('Follow' for anything out of range). */
export function orderName(order: number): OrderName {
  return ORDER_NAMES[order] ?? 'Follow';
}

/** How many presses of the cycling order key take the group from `current` to `target`. */
export function pressesToReach(current: number, target: number): number {
  return (((target - current) % ORDER_COUNT) + ORDER_COUNT) % ORDER_COUNT;
}

/**
 * The radial's three choices round the ORDERS button, `angles` (radians, screen space, y
 * down) chosen by the layout so they open toward the middle of the screen.
 */
export function radialChoices(button: Circle, angles: readonly number[], r: number, distance: number): Circle[] {
  return angles.map((a) => ({ x: button.x + Math.cos(a) * distance, y: button.y + Math.sin(a) * distance, r }));
}

/**
 * The radial's state: closed, or open with the choices showing. A tap on ORDERS opens it
 * (tap again: it closes); a finger that goes down on ORDERS and slides onto a choice picks
 * it when lifted; with it open, a tap on a choice picks it, a tap anywhere else closes it.
 */
export class OrderRadial {
  open = false;
  /** The finger that opened it by going down on ORDERS (it may slide onto a choice), or null. */
  private pointerId: number | null = null;
  /** The choice under that finger now (for drawing), or -1. */
  hover = -1;

  constructor(private choices: Circle[] = []) {}

  setChoices(choices: Circle[]): void {
    this.choices = choices;
  }

  /** Which choice a point is on (a little slack for thumbs), or -1. */
  choiceAt(x: number, y: number): number {
    let best = -1;
    let bestD = Infinity;
    this.choices.forEach((c, i) => {
      const d = Math.hypot(x - c.x, y - c.y);
      if (d <= c.r + 10 && d < bestD) {
        best = i;
        bestD = d;
      }
    });
    return best;
  }

  /** A finger went down on the ORDERS button. */
  downOnButton(pointerId: number): void {
    if (this.open && this.pointerId === null) {
      // Open from an earlier tap: a second tap on ORDERS closes it.
      this.close();
      return;
    }
    this.open = true;
    this.pointerId = pointerId;
    this.hover = -1;
  }

  /**
   * A finger went down somewhere else while the radial is open: the choice it is on
   * (picked, the radial closes), or -1 (nothing picked: the radial closes, the touch goes on
   * to whatever is under it). Call only while `open`.
   */
  downElsewhere(x: number, y: number): number {
    const pick = this.choiceAt(x, y);
    this.close();
    return pick;
  }

  move(pointerId: number, x: number, y: number): void {
    if (pointerId === this.pointerId) this.hover = this.choiceAt(x, y);
  }

  /**
   * A finger lifted: the opening finger lifted over a choice picks it (returned; the radial
   * closes); lifted on ORDERS itself it leaves the radial open for a tap. -1: nothing picked.
   */
  up(pointerId: number, x: number, y: number): number {
    if (pointerId !== this.pointerId) return -1;
    this.pointerId = null;
    this.hover = -1;
    const pick = this.choiceAt(x, y);
    if (pick >= 0) this.close();
    return pick;
  }

  /** This finger is the one that opened the radial (its moves and lift belong to it). */
  owns(pointerId: number): boolean {
    return pointerId === this.pointerId;
  }

  close(): void {
    this.open = false;
    this.pointerId = null;
    this.hover = -1;
  }
}
