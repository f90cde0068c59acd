import { describe, expect, it } from 'vitest';
import { markerLabelTop } from '../../src/ui/markerLabel';

/** The marker's distance label never sits in the touch controls' band (it used to sit beside THROW at 360x640). */
describe("the objective marker's distance label", () => {
  const s = 13;
  const h = 18;

  it('off screen at the bottom edge, just above the touch controls, it goes above the arrow, clear of them', () => {
    const controlsTop = 430;
    const arrowY = controlsTop - 34; // where the view clamps the off-screen arrow
    const top = markerLabelTop(arrowY, false, s, h, controlsTop);
    expect(top + h).toBeLessThanOrEqual(controlsTop);
    expect(top + h).toBeLessThanOrEqual(arrowY - s);
  });

  it('off screen elsewhere it stays under the arrow; on screen it hovers above the waypoint', () => {
    expect(markerLabelTop(200, false, s, h, 640)).toBe(200 + s + 6);
    expect(markerLabelTop(200, true, s, h, 640)).toBeLessThan(200 - s);
  });
});
