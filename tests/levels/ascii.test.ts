import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { hallwayGreybox } from '../../src/levels/hallwayGreybox';
import { Tile } from '../../src/sim/grid';
import { createWorld } from '../../src/sim/world';

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

  it('fills level.cabinets like a Tiled map: an E with floor in front is a cabinet, one boxed in by walls is decor', () => {
    const l = parseAsciiLevel('t', 't', '#E###E#\n#P...##\n#######');
    expect(l.cabinets).toEqual([{ x: 1, y: 0, front: { x: 1.5, y: 1.5 }, name: 'cabinet 1,0' }]);
    // The world's cabinets are the level's list, not a second reading of the tiles.
    expect(createWorld(l, 1).cabinets).toEqual([{ x: 1, y: 0, used: false }]);
    expect(createWorld({ ...l, cabinets: [] }, 1).cabinets).toEqual([]);
  });
});
