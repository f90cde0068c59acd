import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { hallwayGreybox } from '../../src/levels/hallwayGreybox';
import { Tile } from '../../src/sim/grid';

describe('ASCII level parser', () => {
  it('parses the hallway greybox with a start, an exit, doors and spawn points', () => {
    const l = hallwayGreybox();
    expect(l.width).toBe(72);
    expect(l.exits.length).toBeGreaterThan(0);
    expect(l.doors.length).toBeGreaterThan(5);
    expect(l.doors.some((d) => d.locked)).toBe(true);
    expect(l.spawnPoints.length).toBeGreaterThan(2);
    const { x, y } = l.playerStart;
    expect(l.tiles[Math.floor(y) * l.width + Math.floor(x)]).toBe(Tile.Floor);
  });

  it('names the problem: ragged rows, unknown cells, missing start', () => {
    expect(() => parseAsciiLevel('t', 't', '#P#\n##')).toThrow(/row 1 has 2 cells, expected 3/);
    expect(() => parseAsciiLevel('t', 't', '#P?#')).toThrow(/unknown cell '\?' at \(2, 0\)/);
    expect(() => parseAsciiLevel('t', 't', '#..#')).toThrow(/no player start/);
  });
});
