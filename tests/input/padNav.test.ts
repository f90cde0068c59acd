import { describe, expect, it } from 'vitest';
import { PadNav } from '../../src/input/padNav';

const pad = (axes: number[] = [0, 0, 0, 0], pressed: Record<number, number> = {}) => {
  const buttons = new Array<number>(17).fill(0);
  for (const [i, v] of Object.entries(pressed)) buttons[Number(i)] = v;
  return { axes, buttons };
};

describe('gamepad menu navigation', () => {
  it('ignores what is already held when a screen starts, then fires once per press', () => {
    const nav = new PadNav();
    expect(nav.read(pad([0, 0], { 0: 1 }))).toBeNull(); // A held from the previous screen
    expect(nav.read(pad([0, 0], { 0: 1 }))).toBeNull();
    expect(nav.read(pad())).toBeNull();
    expect(nav.read(pad([0, 0], { 0: 1 }))).toBe('select');
    expect(nav.read(pad([0, 0], { 0: 1 }))).toBeNull();
  });

  it('d-pad and stick move one step per push, with hysteresis on the stick', () => {
    const nav = new PadNav();
    nav.read(pad());
    expect(nav.read(pad([0, 0.7]))).toBe('down');
    expect(nav.read(pad([0, 0.45]))).toBeNull(); // still pushed (above the release point)
    expect(nav.read(pad([0, 0.2]))).toBeNull(); // released
    expect(nav.read(pad([0, 0.7]))).toBe('down');
    expect(nav.read(pad([0, 0], { 12: 1 }))).toBe('up');
    expect(nav.read(pad([0, 0.1]))).toBeNull(); // a small tilt is no push
  });

  it('B goes back and Start selects', () => {
    const nav = new PadNav();
    nav.read(pad());
    expect(nav.read(pad([0, 0], { 1: 1 }))).toBe('back');
    expect(nav.read(pad([0, 0], { 9: 1 }))).toBe('select');
  });

  it('a pad that appears while the screen is up acts on its first press (browsers reveal pads on a press)', () => {
    const nav = new PadNav();
    expect(nav.read(null)).toBeNull();
    expect(nav.read(null)).toBeNull();
    expect(nav.read(pad([0, 0], { 0: 1 }))).toBe('select');
    expect(nav.read(pad([0, 0], { 0: 1 }))).toBeNull();
  });
});
