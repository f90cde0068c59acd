import { describe, expect, it } from 'vitest';
import { STICK_TUNING, SprayPad, TouchButton, TouchStick } from '../../src/input/touchStick';

const read = (s: TouchStick) => s.read({ moveX: 0, moveY: 0, run: false });

describe('floating touch stick', () => {
  it('is centred where the thumb lands and reads nothing until dragged', () => {
    const s = new TouchStick();
    expect(s.down(7, 100, 500)).toBe(true);
    expect(read(s)).toEqual({ moveX: 0, moveY: 0, run: false });
  });

  it('a small push past the dead zone walks at walking speed (it does not creep), a long drag runs', () => {
    const s = new TouchStick();
    s.down(1, 100, 500);
    s.move(1, 100 + s.radius * (STICK_TUNING.deadZone / 2), 500);
    expect(read(s).moveX).toBe(0);
    s.move(1, 100 + s.radius * (STICK_TUNING.deadZone + 0.05), 500);
    expect(read(s)).toMatchObject({ moveX: 1, run: false });
    s.move(1, 100 + s.radius * 0.6, 500);
    expect(read(s)).toMatchObject({ moveX: 1, run: false });
    s.move(1, 100, 500 - s.radius * 2);
    const r = read(s);
    expect(r.run).toBe(true);
    expect(r.moveY).toBeCloseTo(-1);
  });

  it('follows the thumb past the rim, so reversing direction reacts at once', () => {
    const s = new TouchStick();
    s.down(1, 100, 500);
    s.move(1, 400, 500);
    s.move(1, 400 - s.radius, 500);
    expect(read(s).moveX).toBe(0);
    s.move(1, 400 - s.radius * 2, 500);
    expect(read(s).moveX).toBeCloseTo(-1);
  });

  it('ignores other fingers while one owns it', () => {
    const s = new TouchStick();
    s.down(1, 100, 500);
    expect(s.down(2, 300, 300)).toBe(false);
    s.move(2, 0, 0);
    s.up(2);
    expect(s.active).toBe(true);
    expect(read(s).moveX).toBe(0);
  });

  it('releases on lift and on reset (touchcancel, blur): no stuck stick', () => {
    const s = new TouchStick();
    s.down(1, 100, 500);
    s.move(1, 200, 500);
    s.reset();
    expect(read(s)).toEqual({ moveX: 0, moveY: 0, run: false });
    // A stale move from the lost pointer does nothing.
    s.move(1, 300, 500);
    expect(read(s).moveX).toBe(0);
    expect(s.down(3, 50, 50)).toBe(true);
    s.up(3);
    expect(s.active).toBe(false);
  });

  it('knob never leaves the ring', () => {
    const s = new TouchStick();
    s.down(1, 0, 0);
    s.move(1, 1000, 1000);
    const k = s.knob({ x: 0, y: 0 });
    expect(Math.hypot(k.x, k.y)).toBeLessThanOrEqual(s.radius + 1e-9);
  });
});

describe('touch buttons', () => {
  it('a tap shorter than a tick still registers once', () => {
    const b = new TouchButton();
    b.down(4);
    b.up(4);
    expect(b.consume()).toBe(true);
    expect(b.consume()).toBe(false);
  });

  it('two fingers on one button: held until both lift', () => {
    const b = new TouchButton();
    b.down(1);
    b.down(2);
    b.up(1);
    expect(b.held).toBe(true);
    b.up(2);
    expect(b.held).toBe(false);
  });
});

describe('spray pad', () => {
  it('sprays while held; a drag aims; a small wobble keeps facing', () => {
    const p = new SprayPad();
    p.down(9, 300, 500);
    expect(p.button.consume()).toBe(true);
    p.move(9, 303, 502);
    expect(p.aim({ x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
    p.move(9, 300, 440);
    const a = p.aim({ x: 0, y: 0 });
    expect(a.y).toBeCloseTo(-1);
    p.up(9);
    expect(p.button.consume()).toBe(false);
    expect(p.aim({ x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });
});
