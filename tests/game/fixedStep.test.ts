import { describe, expect, it } from 'vitest';
import { FixedStepper } from '../../src/game/fixedStep';

describe('FixedStepper', () => {
  it('runs 60 ticks per simulated second at any frame rate', () => {
    for (const fps of [30, 60, 75, 144, 240]) {
      const s = new FixedStepper();
      let ticks = 0;
      for (let f = 0; f < fps * 10; f++) s.advance(1000 / fps, () => ticks++);
      expect(Math.abs(ticks - 600)).toBeLessThanOrEqual(1);
    }
  });

  it('clamps a long frame (a tab that slept) instead of fast-forwarding', () => {
    const s = new FixedStepper(1000 / 60, 100, 5);
    let ticks = 0;
    s.advance(10_000, () => ticks++);
    expect(ticks).toBe(5);
  });

  it('ignores negative and non-finite deltas and reports interpolation alpha in [0, 1)', () => {
    const s = new FixedStepper();
    let ticks = 0;
    s.advance(-50, () => ticks++);
    s.advance(Number.NaN, () => ticks++);
    expect(ticks).toBe(0);
    s.advance(25, () => ticks++);
    expect(ticks).toBe(1);
    expect(s.alpha).toBeGreaterThan(0);
    expect(s.alpha).toBeLessThan(1);
  });
});
