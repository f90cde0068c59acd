import { FRAMES_PER_THEME, TileFrame, themeIndex, type Theme } from '../assets/frames';
import { Tile } from '../sim/grid';

/**
 * Auto-tiling: levels store only logic tile kinds; this picks the art for a cell from
 * its kind and its neighbours, in the tileset block of the chapter's theme.
 * - a wall (or window) with walkable ground below shows its front face with depth,
 *   otherwise its top, with a dark rim on each side that does not touch another wall;
 * - floor directly below a wall front lies in its shadow; other floor picks one of four
 *   variants by a hash of (x, y), so the same level always looks the same;
 * - a door in an east-west wall is drawn from the front, one in a north-south wall from
 *   above; tables against a wall become counters; the atrium void shows its railing
 *   where the floor meets it; a facade shows the parapet's cap beside the roof and the wall
 *   face below it.
 * Returns a frame index into the whole tileset (theme block + frame).
 */
export function chooseTileFrame(kinds: ArrayLike<number>, width: number, height: number, x: number, y: number, theme: Theme): number {
  return themeIndex(theme) * FRAMES_PER_THEME + chooseLocalFrame(kinds, width, height, x, y);
}

/** Deterministic per-cell hash in [0, 2^32). */
export function cellHash(x: number, y: number): number {
  let h = Math.imul(x | 0, 374761393) + Math.imul(y | 0, 668265263);
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return (h ^ (h >>> 16)) >>> 0;
}

function kindAt(kinds: ArrayLike<number>, width: number, height: number, x: number, y: number): number {
  if (x < 0 || y < 0 || x >= width || y >= height) return Tile.Wall;
  return kinds[y * width + x]!;
}

/** Walls, windows and door frames join into one wall mass. */
function wallLike(k: number): boolean {
  return k === Tile.Wall || k === Tile.Window || k === Tile.Door;
}

/** Ground you look across: a wall above it shows its front face. */
function groundLike(k: number): boolean {
  return k === Tile.Floor || k === Tile.Locker || k === Tile.Cabinet || k === Tile.Table || k === Tile.Void;
}

export function isHorizontalDoor(kinds: ArrayLike<number>, width: number, height: number, x: number, y: number): boolean {
  const at = (dx: number, dy: number) => kindAt(kinds, width, height, x + dx, y + dy);
  const we = (at(-1, 0) === Tile.Wall || at(-1, 0) === Tile.Window ? 1 : 0) + (at(1, 0) === Tile.Wall || at(1, 0) === Tile.Window ? 1 : 0);
  const ns = (at(0, -1) === Tile.Wall || at(0, -1) === Tile.Window ? 1 : 0) + (at(0, 1) === Tile.Wall || at(0, 1) === Tile.Window ? 1 : 0);
  return we >= ns;
}

export function chooseLocalFrame(kinds: ArrayLike<number>, width: number, height: number, x: number, y: number): number {
  const at = (dx: number, dy: number) => kindAt(kinds, width, height, x + dx, y + dy);
  const kind = at(0, 0);
  const h = cellHash(x, y);
  switch (kind) {
    case Tile.Wall: {
      if (y + 1 < height && groundLike(at(0, 1))) {
        const pick = h % 7;
        return pick === 0 ? TileFrame.WallFrontDecor : pick === 1 ? TileFrame.WallFrontAlt : TileFrame.WallFront;
      }
      const mask = (wallLike(at(0, -1)) ? 1 : 0) | (wallLike(at(1, 0)) ? 2 : 0) | (wallLike(at(0, 1)) ? 4 : 0) | (wallLike(at(-1, 0)) ? 8 : 0);
      return TileFrame.WallTop + mask;
    }
    case Tile.Window:
      if (y + 1 < height && groundLike(at(0, 1))) return TileFrame.WindowFront;
      return wallLike(at(-1, 0)) || wallLike(at(1, 0)) ? TileFrame.WindowTopH : TileFrame.WindowTopV;
    case Tile.Void:
      return at(0, -1) === Tile.Void || wallLike(at(0, -1)) ? TileFrame.VoidDeep : TileFrame.VoidEdge;
    case Tile.Locker:
      return h % 3 === 0 ? TileFrame.LockerAlt : TileFrame.Locker;
    case Tile.Cabinet:
      return TileFrame.Cabinet;
    case Tile.Table:
      return wallLike(at(0, -1)) ? TileFrame.Counter : TileFrame.Table;
    case Tile.Door:
      return isHorizontalDoor(kinds, width, height, x, y) ? TileFrame.DoorHClosed : TileFrame.DoorVClosed;
    case Tile.Facade: {
      // Beside the roof: the parapet's cap; over the drop: the face's grimy bottom; between: the face.
      const n4 = [at(0, -1), at(1, 0), at(0, 1), at(-1, 0)];
      if (n4.some((k) => k === Tile.Floor || k === Tile.Table || k === Tile.Locker)) return TileFrame.FacadeParapet;
      if (n4.some((k) => k === Tile.Void)) return TileFrame.FacadeFaceOuter;
      return h % 4 === 0 ? TileFrame.FacadeFaceAlt : TileFrame.FacadeFace;
    }
    default: {
      const above = at(0, -1);
      if (y > 0 && (above === Tile.Wall || above === Tile.Window)) return TileFrame.FloorShadow;
      return TileFrame.Floor0 + (h % 4);
    }
  }
}

export type DoorLook = 'closed' | 'open' | 'damaged' | 'broken' | 'locked';

/** What a door looks like from its state; `damaged` once it has lost `damagedBelow` of its hit points. */
export function doorLook(door: { open: boolean; locked: boolean; broken: boolean; hp: number }, maxHp: number, damagedBelow = 0.75): DoorLook {
  if (door.broken) return 'broken';
  if (door.open) return 'open';
  if (door.hp < maxHp * damagedBelow) return 'damaged';
  return door.locked ? 'locked' : 'closed';
}

export function doorFrame(horizontal: boolean, look: DoorLook, theme: Theme): number {
  const local = horizontal
    ? { closed: TileFrame.DoorHClosed, open: TileFrame.DoorHOpen, damaged: TileFrame.DoorHDamaged, broken: TileFrame.DoorHBroken, locked: TileFrame.DoorHLocked }[look]
    : { closed: TileFrame.DoorVClosed, open: TileFrame.DoorVOpen, damaged: TileFrame.DoorVDamaged, broken: TileFrame.DoorVBroken, locked: TileFrame.DoorVLocked }[look];
  return themeIndex(theme) * FRAMES_PER_THEME + local;
}
