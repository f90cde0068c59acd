import { describe, expect, it } from 'vitest';
import { FRAMES_PER_THEME, THEMES, TileFrame } from '../../src/assets/frames';
import { hallwayGreybox } from '../../src/levels/hallwayGreybox';
import { Tile } from '../../src/sim/grid';
import { chooseLocalFrame, chooseTileFrame, doorFrame, doorLook } from '../../src/view/tileArt';

const KIND: Record<string, number> = { '#': Tile.Wall, '.': Tile.Floor, T: Tile.Table, D: Tile.Door, '=': Tile.Window, '~': Tile.Void };

function grid(text: string) {
  const rows = text.split('\n').filter((r) => r.length > 0);
  const kinds = Uint8Array.from(rows.join('').split(''), (c) => KIND[c]!);
  return { kinds, w: rows[0]!.length, h: rows.length };
}

const ROOM = `
#####
#####
#...#
#.T.#
##D##
#...#
#####`;

describe('chooseTileFrame (auto-tiling)', () => {
  const { kinds, w, h } = grid(ROOM);
  const local = (x: number, y: number) => chooseLocalFrame(kinds, w, h, x, y);
  const isFront = (f: number) => f === TileFrame.WallFront || f === TileFrame.WallFrontAlt || f === TileFrame.WallFrontDecor;

  it('shows a wall front (with depth) where floor lies below, a wall top elsewhere', () => {
    expect(isFront(local(2, 1))).toBe(true);
    expect(local(2, 0)).toBeGreaterThanOrEqual(TileFrame.WallTop);
    expect(local(2, 0)).toBeLessThan(TileFrame.WallTop + 16);
  });

  it('gives wall tops a rim only on sides that do not touch another wall', () => {
    // (0,0): north and west are outside the map (count as wall), east and south are walls.
    expect(local(0, 0)).toBe(TileFrame.WallTop + 15);
  });

  it('puts the floor below a wall front in its shadow and varies the rest deterministically', () => {
    expect(local(2, 2)).toBe(TileFrame.FloorShadow);
    const f = local(1, 3);
    expect(f).toBeGreaterThanOrEqual(TileFrame.Floor0);
    expect(f).toBeLessThanOrEqual(TileFrame.Floor3);
    expect(local(1, 3)).toBe(f);
  });

  it('draws a door in an east-west wall from the front', () => {
    expect(local(2, 4)).toBe(TileFrame.DoorHClosed);
    const vertical = grid(`
###
#.#
#D#
#.#
###`.replace('#D#', '.D.'));
    expect(chooseLocalFrame(vertical.kinds, vertical.w, vertical.h, 1, 2)).toBe(TileFrame.DoorHClosed);
    const side = grid(`
#####
#.#.#
#.D.#
#.#.#
#####`);
    expect(chooseLocalFrame(side.kinds, side.w, side.h, 2, 2)).toBe(TileFrame.DoorVClosed);
  });

  it('offsets frames into the theme block', () => {
    THEMES.forEach((theme, t) => {
      expect(chooseTileFrame(kinds, w, h, 2, 2, theme)).toBe(t * FRAMES_PER_THEME + TileFrame.FloorShadow);
    });
  });

  it('uses only drawn frames for every cell of the hallway greybox', () => {
    const level = hallwayGreybox();
    for (let y = 0; y < level.height; y++)
      for (let x = 0; x < level.width; x++) {
        const f = chooseLocalFrame(level.tiles, level.width, level.height, x, y);
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(TileFrame.DoorVLocked);
      }
  });
});

describe('door looks', () => {
  it('follows the door state: open, locked, damaged after hits, broken', () => {
    const door = { open: false, locked: false, broken: false, hp: 12 };
    expect(doorLook(door, 12)).toBe('closed');
    expect(doorLook({ ...door, open: true }, 12)).toBe('open');
    expect(doorLook({ ...door, locked: true }, 12)).toBe('locked');
    expect(doorLook({ ...door, hp: 5 }, 12)).toBe('damaged');
    expect(doorLook({ ...door, hp: 0, broken: true }, 12)).toBe('broken');
    expect(doorFrame(false, 'broken', 'rooftop')).toBe(3 * FRAMES_PER_THEME + TileFrame.DoorVBroken);
  });
});
