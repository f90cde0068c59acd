import { describe, expect, it } from 'vitest';
import { CROWD_DRAW, CrowdCuller } from '../../src/view/crowdCull';

const view = { left: 0, top: 0, width: 20, height: 12 };

/** n infected at the same spot (a pile), the player at (px, py). */
function pile(n: number, x: number, y: number): { xs: Float64Array; ys: Float64Array } {
  return { xs: new Float64Array(n).fill(x), ys: new Float64Array(n).fill(y) };
}

describe('which infected of a crowd are drawn', () => {
  it('draws none of those off camera and all of a sparse crowd on it', () => {
    const xs = Float64Array.from([2, 5, 9, 40, -10]);
    const ys = Float64Array.from([2, 6, 3, 5, 5]);
    const c = new CrowdCuller();
    expect(c.cull(xs, ys, 5, new Uint8Array(5), 1, 1, view)).toBe(3);
    expect(Array.from(c.draw.subarray(0, 5))).toEqual([1, 1, 1, 0, 0]);
  });

  it('thins a dense pile far from the player to a few bodies a patch', () => {
    const { xs, ys } = pile(100, 15, 8);
    const c = new CrowdCuller();
    // The player stands far away, so only the nearest-in-full allowance and the patch's own bodies are drawn.
    const drawn = c.cull(xs, ys, 100, new Uint8Array(100), 1, 1, view);
    expect(drawn).toBe(CROWD_DRAW.nearestInFull);
    expect(drawn).toBeLessThan(100);
  });

  it('always draws a telegraphing infected, even buried in a pile', () => {
    const { xs, ys } = pile(100, 15, 8);
    const must = new Uint8Array(100);
    must[99] = 1;
    const c = new CrowdCuller();
    c.cull(xs, ys, 100, must, 1, 1, view);
    expect(c.draw[99]).toBe(1);
  });

  it('draws the ones nearest the player first', () => {
    const n = 60;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n).fill(5);
    // Agent i stands i/100 tiles east of x = 10: all in one patch or two, nearest first by index.
    for (let i = 0; i < n; i++) xs[n - 1 - i] = 10 + i * 0.004;
    const c = new CrowdCuller();
    c.cull(xs, ys, n, new Uint8Array(n), 9, 5, view);
    for (let i = n - CROWD_DRAW.nearestInFull; i < n; i++) expect(c.draw[i]).toBe(1);
    expect(c.draw[0]).toBe(0);
  });
});
