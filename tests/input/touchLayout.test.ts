import { describe, expect, it } from 'vitest';
import { hitTest, touchLayout, type TouchButtonId } from '../../src/input/touchLayout';

const sizes: Array<[number, number]> = [
  [360, 640],
  [640, 360],
  [390, 844],
  [844, 390],
  [768, 1024],
  [1280, 720],
];
const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('touch layout', () => {
  for (const [w, h] of sizes) {
    it(`${w}x${h}: buttons are inside the screen, thumb-sized and do not overlap`, () => {
      const l = touchLayout(w, h, none);
      expect(l.portrait).toBe(h > w);
      const ids = Object.keys(l.buttons) as TouchButtonId[];
      for (const id of ids) {
        const c = l.buttons[id];
        expect(c.x - c.r).toBeGreaterThanOrEqual(0);
        expect(c.y - c.r).toBeGreaterThanOrEqual(0);
        expect(c.x + c.r).toBeLessThanOrEqual(w);
        expect(c.y + c.r).toBeLessThanOrEqual(h);
        // ~9 mm at 160 dpi: at least 44 CSS px across.
        expect(2 * c.r).toBeGreaterThanOrEqual(44);
      }
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const a = l.buttons[ids[i]];
          const b = l.buttons[ids[j]];
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
        }
      // The stick has the left half of the screen; the spray button is on the right.
      expect(l.buttons.spray.x).toBeGreaterThan(l.stickZoneRight);
    });
  }

  it('keeps clear of safe-area insets (notch, home indicator)', () => {
    const insets = { top: 0, right: 44, bottom: 21, left: 44 };
    const l = touchLayout(844, 390, insets);
    const s = l.buttons.spray;
    expect(s.x + s.r).toBeLessThanOrEqual(844 - 44);
    expect(s.y + s.r).toBeLessThanOrEqual(390 - 21);
  });

  it('hit-tests buttons first, then the stick zone on the left', () => {
    const l = touchLayout(640, 360, none);
    const s = l.buttons.spray;
    expect(hitTest(l, s.x, s.y, true)).toBe('spray');
    expect(hitTest(l, l.buttons.interact.x, l.buttons.interact.y, true)).toBe('interact');
    expect(hitTest(l, 100, 300, true)).toBe('stick');
    expect(hitTest(l, 420, 120, true)).toBeNull();
    const f = l.buttons.fullscreen;
    expect(hitTest(l, f.x, f.y, false)).toBeNull();
  });
});
