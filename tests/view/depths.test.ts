import { describe, expect, it } from 'vitest';
import { ALLY_DEPTH, DARK_DEPTH, EYES_DEPTH, INFECTED_DEPTH, PLAQUE_IN_DARK_DEPTH, PLAYER_DEPTH, plaqueDepth } from '../../src/view/depths';

const BODIES = { player: PLAYER_DEPTH, ally: ALLY_DEPTH, infected: INFECTED_DEPTH };
/** A sign over a wall, 2-9 tiles across (world px), and a dark room beside it or under it. */
const SIGN = { left: 64, top: 32, right: 288, bottom: 48 };
const DARK_ELSEWHERE = [{ left: 400, top: 0, right: 800, bottom: 400 }];
const DARK_UNDER_SIGN = [{ left: 256, top: 0, right: 800, bottom: 400 }];

describe('what reads in the dark', () => {
  it('room signs over a dark patch draw above the darkness, so a sign is never cut in half by it', () => {
    expect(plaqueDepth(SIGN, DARK_UNDER_SIGN)).toBeGreaterThan(DARK_DEPTH);
  });
  it('the darkness hides every body: none draws above it', () => {
    for (const [who, depth] of Object.entries(BODIES)) expect(depth, who).toBeLessThan(DARK_DEPTH);
  });
  it('the infected eyes glow above the darkness and above the signs', () => {
    expect(EYES_DEPTH).toBeGreaterThan(DARK_DEPTH);
    expect(EYES_DEPTH).toBeGreaterThan(PLAQUE_IN_DARK_DEPTH);
  });
});

describe('what a room sign covers', () => {
  it('a sign on lit ground draws under the player, the allies and the infected: it never covers a head', () => {
    for (const darkAreas of [[], DARK_ELSEWHERE]) {
      const depth = plaqueDepth(SIGN, darkAreas);
      for (const [who, body] of Object.entries(BODIES)) expect(depth, `sign vs ${who}`).toBeLessThan(body);
    }
  });
});
