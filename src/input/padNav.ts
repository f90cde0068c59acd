import type { GamepadSnapshot } from './gamepadMapper';

/**
 * Menu navigation with a Standard-mapping gamepad: d-pad or left stick up/down moves the
 * focus, A selects, B goes back, Start counts as select on screens that wait for "any
 * key". Edge-triggered (one step per push; the stick must come back past the dead zone),
 * pure so it can be tested without a browser.
 */
export type PadNavAction = 'up' | 'down' | 'select' | 'back';

const A = 0;
const B = 1;
const START = 9;
const DPAD_UP = 12;
const DPAD_DOWN = 13;
const STICK_ON = 0.6;
const STICK_OFF = 0.3;
const PRESSED = 0.5;

export class PadNav {
  private held = { up: false, down: false, a: false, b: false, start: false };
  private primed = false;
  /** True once a frame without any pad was seen by this screen. */
  private sawNoPad = false;

  /** The action for this frame's pad state, or null. */
  read(pad: GamepadSnapshot | null): PadNavAction | null {
    if (!pad) {
      this.primed = false;
      this.sawNoPad = true;
      this.held = { up: false, down: false, a: false, b: false, start: false };
      return null;
    }
    const y = pad.axes[1] ?? 0;
    const btn = (i: number) => (pad.buttons[i] ?? 0) >= PRESSED;
    const up = btn(DPAD_UP) || y < -(this.held.up ? STICK_OFF : STICK_ON);
    const down = btn(DPAD_DOWN) || y > (this.held.down ? STICK_OFF : STICK_ON);
    const a = btn(A);
    const b = btn(B);
    const start = btn(START);
    const was = this.held;
    this.held = { up, down, a, b, start };
    // When a screen starts with the pad already there, its first frame only records what
    // is held, so a button held from the previous screen does not fire again here. A pad
    // that appears while the screen is up (browsers reveal a pad on its first press)
    // acts on that very press.
    if (!this.primed) {
      this.primed = true;
      if (!this.sawNoPad) return null;
    }
    if (a && !was.a) return 'select';
    if (start && !was.start) return 'select';
    if (b && !was.b) return 'back';
    if (up && !was.up) return 'up';
    if (down && !was.down) return 'down';
    return null;
  }
}
