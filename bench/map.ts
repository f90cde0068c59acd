import { Tile } from '../src/sim/grid';
import { noAuthoredObjects, type LevelData } from '../src/sim/level';

/**
 * The standard benchmark map, 160x96, deterministic: a 10 x 8 block of classrooms
 * (14 x 10 floor each) separated by 2-thick walls, joined left-right by 3-wide openings
 * (every third one a door, one in five of those closed) and up-down by 2-wide openings,
 * plus a 3-wide east-west corridor through the middle row of rooms (the player's route).
 */
export const BENCH_W = 160;
export const BENCH_H = 96;
export const ROUTE_Y = 1 + 12 * 3 + 5 + 0.5;

export function benchLevel(): LevelData {
  const w = BENCH_W;
  const h = BENCH_H;
  const tiles = new Uint8Array(w * h).fill(Tile.Wall);
  const doors: LevelData['doors'] = [];
  const set = (x: number, y: number, k: number) => {
    if (x > 0 && y > 0 && x < w - 1 && y < h - 1) tiles[y * w + x] = k;
  };
  for (let j = 0; j < 8; j++) {
    for (let i = 0; i < 10; i++) {
      const rx = 1 + i * 16;
      const ry = 1 + j * 12;
      for (let y = ry; y < ry + 10; y++) for (let x = rx; x < rx + 14; x++) set(x, y, Tile.Floor);
      if (i < 9) {
        // east wall: 3-wide opening in the middle, or a door
        const n = j * 10 + i;
        for (let x = rx + 14; x < rx + 16; x++) {
          for (let y = ry + 4; y < ry + 7; y++) set(x, y, Tile.Floor);
        }
        if (n % 3 === 1 && j !== 3) {
          // a door in a 1-wide gap instead
          for (let x = rx + 14; x < rx + 16; x++) for (let y = ry + 4; y < ry + 7; y++) set(x, y, Tile.Wall);
          set(rx + 14, ry + 5, Tile.Door);
          set(rx + 15, ry + 5, Tile.Floor);
          doors.push({ x: rx + 14, y: ry + 5, open: n % 5 !== 0, locked: false });
        }
      }
      if (j < 7) {
        for (let y = ry + 10; y < ry + 12; y++) for (let x = rx + 6; x < rx + 8; x++) set(x, y, Tile.Floor);
      }
    }
  }
  return {
    id: 'bench',
    name: 'benchmark',
    width: w,
    height: h,
    tiles,
    doors,
    playerStart: { x: 3.5, y: ROUTE_Y },
    exits: [],
    spawnPoints: [],
    infected: [],
    ...noAuthoredObjects(),
  };
}
