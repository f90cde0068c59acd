import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PAD, PAD_TUNING, buttonValue, gamepadIntent, gamepadPausePressed, radialDeadZone, type GamepadSnapshot } from '../../src/input/gamepadMapper';
import { emptyIntent } from '../../src/sim/intent';

function pad(axes: number[] = [0, 0, 0, 0], pressed: Partial<Record<keyof typeof PAD, number>> = {}): GamepadSnapshot {
  const buttons = new Array<number>(17).fill(0);
  for (const [k, v] of Object.entries(pressed)) buttons[PAD[k as keyof typeof PAD]] = v ?? 0;
  return { axes, buttons };
}

describe('gamepad mapping (standard layout)', () => {
  it('left stick moves, scaled beyond the dead zone', () => {
    const full = gamepadIntent(pad([1, 0, 0, 0]), emptyIntent());
    expect(full.moveX).toBeCloseTo(1);
    const half = gamepadIntent(pad([0, 0.6, 0, 0]), emptyIntent());
    expect(half.moveY).toBeGreaterThan(0.3);
    expect(half.moveY).toBeLessThan(0.6);
  });

  it('stick drift inside the dead zone does not move or aim', () => {
    const i = gamepadIntent(pad([0.15, -0.1, 0.2, 0.2]), emptyIntent());
    expect(i).toMatchObject({ moveX: 0, moveY: 0, aimX: 0, aimY: 0 });
  });

  it('right stick aims; RT sprays; A interacts; B runs; X throws; LB sneaks', () => {
    const i = gamepadIntent(pad([0, 0, 0, -1], { rt: 0.8, a: 1, b: 1, x: 1, lb: 1 }), emptyIntent());
    expect(i.aimX).toBeCloseTo(0);
    expect(i.aimY).toBeCloseTo(-1);
    expect(i).toMatchObject({ spray: true, interact: true, run: true, throw: true, sneak: true });
  });

  it('a lightly touched trigger does not spray', () => {
    expect(gamepadIntent(pad(undefined, { rt: PAD_TUNING.triggerPressed - 0.1 }), emptyIntent()).spray).toBe(false);
  });

  it('a trigger the browser already marks pressed still needs the game threshold to spray', () => {
    // Chromium sets GamepadButton.pressed on a trigger from about 0.12 of its travel.
    const light = buttonValue(true, 0.2);
    expect(light).toBeCloseTo(0.2);
    expect(gamepadIntent(pad(undefined, { rt: light }), emptyIntent()).spray).toBe(false);
    expect(gamepadIntent(pad(undefined, { rt: buttonValue(true, 0.9) }), emptyIntent()).spray).toBe(true);
  });

  it('a button reported pressed with no analogue value reads as fully pressed', () => {
    expect(buttonValue(true, 0)).toBe(1);
    expect(buttonValue(false, 0)).toBe(0);
    expect(buttonValue(false, Number.NaN)).toBe(0);
    expect(gamepadIntent(pad(undefined, { a: buttonValue(true, 0) }), emptyIntent()).interact).toBe(true);
  });

  it('d-pad moves too', () => {
    expect(gamepadIntent(pad(undefined, { left: 1 }), emptyIntent())).toMatchObject({ moveX: -1, moveY: 0 });
  });

  it('Start pauses once per press, not while held', () => {
    const up = pad();
    const down = pad(undefined, { start: 1 });
    expect(gamepadPausePressed(null, down)).toBe(true);
    expect(gamepadPausePressed(up, down)).toBe(true);
    expect(gamepadPausePressed(down, down)).toBe(false);
    expect(gamepadPausePressed(down, up)).toBe(false);
  });

  it('garbage axes (missing, NaN) read as centred', () => {
    const i = gamepadIntent({ axes: [Number.NaN], buttons: [] }, emptyIntent());
    expect(i).toEqual(emptyIntent());
  });

  it('radial dead zone keeps direction and never exceeds length 1 (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (x, y) => {
        const o = radialDeadZone(x, y, 0.2, { x: 0, y: 0 });
        const len = Math.hypot(o.x, o.y);
        expect(len).toBeLessThanOrEqual(1 + 1e-9);
        if (Math.hypot(x, y) <= 0.2) expect(len).toBe(0);
        else if (len > 1e-6) expect(o.x * x + o.y * y).toBeGreaterThan(0);
      }),
    );
  });
});
