import { describe, expect, it } from 'vitest';
import { phoneHints } from '../../src/ui/phonePanel';

/**
 * The phone panel names its controls for the device in hand: keys at a keyboard, the pad's
 * buttons on a pad, nothing on a touch phone (a "(F)" on a phone is a key it has not got).
 */
describe('the phone panel hints', () => {
  it('keyboard: the keys (F, B, 1-3)', () => {
    expect(phoneHints('keyboard')).toEqual({ flashlight: 'F', breath: 'B', replies: ['1', '2', '3'] });
  });

  it('touch: no key hints at all', () => {
    const h = phoneHints('touch');
    expect([h.flashlight, h.breath, ...h.replies].every((s) => s === '')).toBe(true);
  });

  it("gamepad: the pad's buttons, the d-pad's arrows for the replies", () => {
    expect(phoneHints('gamepad')).toEqual({ flashlight: 'Y', breath: 'LT', replies: ['\u25c0', '\u25b2', '\u25b6'] });
  });
});
