import { Tile } from '../sim/grid';
import type { CabinetSpec, LevelPoint } from '../sim/level';

/**
 * Cell rules shared by both level forms (Tiled maps and ASCII test maps), so a map means
 * the same thing whichever way it was written.
 */

/**
 * The Floor cell in front of a wall fixture (a locker, a cabinet, a notice board), as its
 * centre: the first of below, above, right, left that is Floor; null when there is none.
 */
export function frontOf(tiles: Uint8Array, width: number, height: number, x: number, y: number): LevelPoint | null {
  for (const [dx, dy] of FRONTS) {
    const fx = x + dx;
    const fy = y + dy;
    if (fx >= 0 && fy >= 0 && fx < width && fy < height && tiles[fy * width + fx] === Tile.Floor) {
      return { x: fx + 0.5, y: fy + 0.5 };
    }
  }
  return null;
}
const FRONTS = [[0, 1], [0, -1], [1, 0], [-1, 0]] as const;

/**
 * The level's extinguisher cabinets: every Cabinet cell with a Floor cell in front, in
 * row-major order (one without is decor nobody can reach). `names` by cell index; unnamed
 * ones are called "cabinet x,y".
 */
export function cabinetsOf(
  tiles: Uint8Array,
  width: number,
  height: number,
  names: ReadonlyMap<number, string> = new Map(),
): CabinetSpec[] {
  const cabinets: CabinetSpec[] = [];
  for (let i = 0; i < tiles.length; i++) {
    if (tiles[i] !== Tile.Cabinet) continue;
    const x = i % width;
    const y = Math.floor(i / width);
    const front = frontOf(tiles, width, height, x, y);
    if (!front) continue;
    cabinets.push({ x, y, front, name: names.get(i) || `cabinet ${x},${y}` });
  }
  return cabinets;
}
