import { describe, expect, it } from 'vitest';
import { TIME_SCALE_MAX, timeScaleFor } from '../../src/game/timeScale';

describe('the test time scale (?timeScale=N)', () => {
  it('is off (1) in normal play and for anything but a whole number of at least 1', () => {
    for (const search of ['', '?seed=3', '?timeScale=', '?timeScale=abc', '?timeScale=0', '?timeScale=-2', '?timeScale=0.5', '?timeScale=2.5', '?timeScale=Infinity']) {
      expect(timeScaleFor(search), search).toBe(1);
    }
  });

  it('runs faster only, up to its cap', () => {
    expect(timeScaleFor('?timeScale=4')).toBe(4);
    expect(timeScaleFor('?peaceful=1&timeScale=3')).toBe(3);
    expect(timeScaleFor('?timeScale=999')).toBe(TIME_SCALE_MAX);
  });
});
