import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VoiceLimiter, busGain, directionArrow, positional, stemMix } from '../../src/audio/mix';

describe('bus volumes', () => {
  it('multiply master by the bus and clamp bad values', () => {
    const v = { master: 0.5, music: 0.8, sfx: 1, ui: 0 };
    expect(busGain(v, 'music')).toBeCloseTo(0.4);
    expect(busGain(v, 'sfx')).toBeCloseTo(0.5);
    expect(busGain(v, 'ui')).toBe(0);
    expect(busGain({ master: 2, music: Number.NaN, sfx: -1, ui: 1 }, 'ui')).toBe(1);
    expect(busGain({ master: 2, music: Number.NaN, sfx: -1, ui: 1 }, 'music')).toBe(0);
  });
});

describe('positional sound', () => {
  it('is loudest at the listener, silent beyond hearing range, quieter behind a wall', () => {
    expect(positional(5, 5, 5, 5, false).volume).toBe(1);
    expect(positional(0, 0, 30, 0, false)).toEqual({ volume: 0, pan: 0 });
    const open = positional(0, 0, 4, 0, false).volume;
    const muffled = positional(0, 0, 4, 0, true).volume;
    expect(muffled).toBeLessThan(open * 0.6);
  });

  it('pans right for sounds to the east, left for the west', () => {
    expect(positional(10, 10, 14, 10, false).pan).toBeGreaterThan(0.2);
    expect(positional(10, 10, 6, 10, false).pan).toBeLessThan(-0.2);
    expect(positional(10, 10, 10, 4, false).pan).toBe(0);
  });

  it('never gets louder as the source moves away', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 30, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }), (a, b) => {
        const [near, far] = a < b ? [a, b] : [b, a];
        const vn = positional(0, 0, near, 0, false);
        const vf = positional(0, 0, far, 0, false);
        return vf.volume <= vn.volume && Math.abs(vn.pan) <= 1 && vn.volume >= 0 && vn.volume <= 1;
      }),
    );
  });
});

describe('intensity -> stem mix', () => {
  it('is the eerie bed alone when calm and all chase layers at the peak', () => {
    expect(stemMix(0)).toEqual({ explore: 1, chaseLow: 0, chaseHigh: 0 });
    const peak = stemMix(1);
    expect(peak.chaseLow).toBe(1);
    expect(peak.chaseHigh).toBe(1);
    expect(peak.explore).toBeLessThan(0.5);
    const mid = stemMix(0.5);
    expect(mid.chaseLow).toBeGreaterThan(0.5);
    expect(mid.chaseHigh).toBe(0);
  });

  it('brings chase layers in monotonically as intensity rises', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const m0 = stemMix(lo);
        const m1 = stemMix(hi);
        return m1.chaseLow >= m0.chaseLow && m1.chaseHigh >= m0.chaseHigh && m1.explore <= m0.explore;
      }),
    );
  });
});

describe('voice limiter', () => {
  it('lets at most `limit` copies of a sound play at once, counting numbered variants together', () => {
    const lim = new VoiceLimiter({ gurgle: 3 });
    const played = ['gurgle1', 'gurgle2', 'gurgle3', 'gurgle4', 'gurgle1'].map((n) => lim.tryStart(n, 0, 500));
    expect(played).toEqual([true, true, true, false, false]);
    expect(lim.active('gurgle2', 100)).toBe(3);
    // Once they have ended, new ones play again.
    expect(lim.tryStart('gurgle1', 600, 500)).toBe(true);
  });

  it('a horde of 500 gurgling in one frame plays only the limit', () => {
    const lim = new VoiceLimiter({ gurgle: 3 });
    let played = 0;
    for (let i = 0; i < 500; i++) if (lim.tryStart(`gurgle${(i % 4) + 1}`, 1000, 700)) played++;
    expect(played).toBe(3);
  });

  it('enforces a minimum gap between starts', () => {
    const lim = new VoiceLimiter({ snarl: 5 }, 4, { snarl: 150 });
    expect(lim.tryStart('snarl', 0, 400)).toBe(true);
    expect(lim.tryStart('snarl', 100, 400)).toBe(false);
    expect(lim.tryStart('snarl', 200, 400)).toBe(true);
  });
});

describe('caption direction marker', () => {
  it('points from the player toward the sound', () => {
    expect(directionArrow(5, 0)).toBe('→');
    expect(directionArrow(-5, 0)).toBe('←');
    expect(directionArrow(0, -5)).toBe('↑');
    expect(directionArrow(0, 5)).toBe('↓');
    expect(directionArrow(4, 4)).toBe('↘');
    expect(directionArrow(0.2, 0.1)).toBe('•');
  });
});
