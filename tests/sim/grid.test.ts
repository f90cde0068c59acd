import { describe, expect, it } from 'vitest';
import { hasLineOfSight, isSolidCell } from '../../src/sim/grid';
import { setDoorOpen } from '../../src/sim/doors';
import { worldFromAscii } from '../helpers';

const ROOMS = `
#########
#P..#...#
#...D...#
#...#...#
#=====~~#
#.......#
#########`;

describe('grid and line of sight', () => {
  it('sees across open floor, not through walls', () => {
    const w = worldFromAscii(ROOMS);
    expect(hasLineOfSight(w.grid, 1.5, 1.5, 3.5, 3.5)).toBe(true);
    expect(hasLineOfSight(w.grid, 1.5, 1.5, 6.5, 1.5)).toBe(false);
  });

  it('a closed door blocks sight and movement; opening it clears both', () => {
    const w = worldFromAscii(ROOMS);
    expect(hasLineOfSight(w.grid, 2.5, 2.5, 6.5, 2.5)).toBe(false);
    expect(isSolidCell(w.grid, 4, 2)).toBe(true);
    const rev = w.grid.revision;
    setDoorOpen(w, 0, true);
    expect(hasLineOfSight(w.grid, 2.5, 2.5, 6.5, 2.5)).toBe(true);
    expect(isSolidCell(w.grid, 4, 2)).toBe(false);
    expect(w.grid.revision).toBeGreaterThan(rev);
  });

  it('windows and the atrium void block walking but not sight', () => {
    const w = worldFromAscii(ROOMS);
    expect(isSolidCell(w.grid, 3, 4)).toBe(true);
    expect(isSolidCell(w.grid, 6, 4)).toBe(true);
    expect(hasLineOfSight(w.grid, 3.5, 3.5, 3.5, 5.5)).toBe(true);
    expect(hasLineOfSight(w.grid, 6.5, 3.5, 6.5, 5.5)).toBe(true);
  });

  it('treats everything outside the map as wall', () => {
    const w = worldFromAscii(ROOMS);
    expect(isSolidCell(w.grid, -1, 2)).toBe(true);
    expect(isSolidCell(w.grid, 2, 99)).toBe(true);
  });
});
