/**
 * Touch controls as pure state machines keyed by pointer id (CSS pixels in, intent parts
 * out), so multi-touch, lost touches and blur resets are unit-tested without a browser.
 * The DOM adapter (touchControls.ts) only forwards pointer events and draws.
 */

export const STICK_TUNING = {
  /** Maximum knob travel from the stick's centre, CSS px. */
  radius: 64,
  /**
   * Below this fraction of the radius the stick reads zero; past it the player walks at
   * full walking speed (a small push used to creep, which read as the game lagging).
   */
  deadZone: 0.12,
  /** From this fraction on, the player runs. */
  runAt: 0.88,
  /** On the spray button, a drag shorter than this (CSS px) keeps aiming where you face. */
  aimDeadPx: 14,
} as const;

/**
 * A floating stick: it appears where the thumb lands and follows the thumb if it drags
 * beyond the radius (so the stick never "runs out"). One pointer owns it at a time.
 */
export class TouchStick {
  pointerId: number | null = null;
  originX = 0;
  originY = 0;
  thumbX = 0;
  thumbY = 0;

  constructor(readonly radius: number = STICK_TUNING.radius) {}

  get active(): boolean {
    return this.pointerId !== null;
  }

  /** Returns true if this pointer now owns the stick. */
  down(pointerId: number, x: number, y: number): boolean {
    if (this.pointerId !== null) return false;
    this.pointerId = pointerId;
    this.originX = this.thumbX = x;
    this.originY = this.thumbY = y;
    return true;
  }

  move(pointerId: number, x: number, y: number): void {
    if (pointerId !== this.pointerId) return;
    this.thumbX = x;
    this.thumbY = y;
    const dx = x - this.originX;
    const dy = y - this.originY;
    const d = Math.hypot(dx, dy);
    if (d > this.radius) {
      // Drag the centre along behind the thumb.
      this.originX = x - (dx / d) * this.radius;
      this.originY = y - (dy / d) * this.radius;
    }
  }

  up(pointerId: number): void {
    if (pointerId === this.pointerId) this.reset();
  }

  /** Lost touch (touchcancel, app switch, blur, hidden tab): let go of everything. */
  reset(): void {
    this.pointerId = null;
    this.thumbX = this.originX;
    this.thumbY = this.originY;
  }

  /** Knob offset from the centre, clamped to the radius (for drawing). */
  knob(out: { x: number; y: number }): { x: number; y: number } {
    const dx = this.thumbX - this.originX;
    const dy = this.thumbY - this.originY;
    const d = Math.hypot(dx, dy);
    const k = d > this.radius ? this.radius / d : 1;
    out.x = dx * k;
    out.y = dy * k;
    return out;
  }

  /**
   * Movement: direction of the drag; length 0 inside the dead zone, 1 (walking speed)
   * past it. `run` once the drag passes `runAt` of the radius.
   */
  read(out: { moveX: number; moveY: number; run: boolean }): { moveX: number; moveY: number; run: boolean } {
    out.moveX = 0;
    out.moveY = 0;
    out.run = false;
    if (this.pointerId === null) return out;
    const dx = this.thumbX - this.originX;
    const dy = this.thumbY - this.originY;
    const d = Math.hypot(dx, dy);
    const f = d / this.radius;
    if (!(f > STICK_TUNING.deadZone)) return out;
    out.moveX = dx / d;
    out.moveY = dy / d;
    out.run = f >= STICK_TUNING.runAt;
    return out;
  }
}

/** A hold button (interact, throw): down while any of its pointers is on it. */
export class TouchButton {
  private readonly pointers = new Set<number>();
  /** Pressed since the last `consume()`, so a tap shorter than a tick still counts. */
  private tapped = false;
  /** Finger-downs since the last `takePresses()` (several can fall within one tick). */
  private presses = 0;

  get held(): boolean {
    return this.pointers.size > 0;
  }

  down(pointerId: number): void {
    this.pointers.add(pointerId);
    this.tapped = true;
    this.presses++;
  }

  up(pointerId: number): void {
    this.pointers.delete(pointerId);
  }

  owns(pointerId: number): boolean {
    return this.pointers.has(pointerId);
  }

  /** Held now or tapped since the last call. */
  consume(): boolean {
    const v = this.held || this.tapped;
    this.tapped = false;
    return v;
  }

  /** Presses since the last call. */
  takePresses(): number {
    const n = this.presses;
    this.presses = 0;
    return n;
  }

  reset(): void {
    this.pointers.clear();
    this.tapped = false;
    this.presses = 0;
  }
}

/**
 * The spray button: spraying while held; dragging the thumb away from where it landed
 * aims in that direction (a short drag keeps aiming where the player faces).
 */
export class SprayPad {
  readonly button = new TouchButton();
  pointerId: number | null = null;
  /** Where the aiming thumb landed. */
  centreX = 0;
  centreY = 0;
  thumbX = 0;
  thumbY = 0;

  down(pointerId: number, x: number, y: number): void {
    if (this.pointerId === null) {
      this.pointerId = pointerId;
      this.centreX = x;
      this.centreY = y;
      this.thumbX = x;
      this.thumbY = y;
    }
    this.button.down(pointerId);
  }

  move(pointerId: number, x: number, y: number): void {
    if (pointerId !== this.pointerId) return;
    this.thumbX = x;
    this.thumbY = y;
  }

  up(pointerId: number): void {
    this.button.up(pointerId);
    if (pointerId === this.pointerId) this.pointerId = null;
  }

  reset(): void {
    this.button.reset();
    this.pointerId = null;
  }

  /** Aim from the drag, or (0, 0) for "where you face". */
  aim(out: { x: number; y: number }): { x: number; y: number } {
    out.x = 0;
    out.y = 0;
    if (this.pointerId === null) return out;
    const dx = this.thumbX - this.centreX;
    const dy = this.thumbY - this.centreY;
    const d = Math.hypot(dx, dy);
    if (d >= STICK_TUNING.aimDeadPx) {
      out.x = dx / d;
      out.y = dy / d;
    }
    return out;
  }
}
