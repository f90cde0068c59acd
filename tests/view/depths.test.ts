import { describe, expect, it } from 'vitest';
import { DARK_DEPTH, EYES_DEPTH, PLAQUE_DEPTH } from '../../src/view/depths';

describe('what reads in the dark', () => {
  it('room signs draw above the darkness, so a sign is never cut in half by a dark patch', () => {
    expect(PLAQUE_DEPTH).toBeGreaterThan(DARK_DEPTH);
  });
  it('the infected eyes glow above the darkness and above the signs', () => {
    expect(EYES_DEPTH).toBeGreaterThan(DARK_DEPTH);
    expect(EYES_DEPTH).toBeGreaterThan(PLAQUE_DEPTH);
  });
});
