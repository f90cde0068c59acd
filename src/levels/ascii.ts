import { Tile, type TileKind } from '../sim/grid';
import { cabinetsOf } from './cells';
import { noAuthoredObjects, type DoorSpec, type InfectedPlacement, type LevelData, type LevelPoint, type LevelRect } from '../sim/level';

/**
 * A compact text form for small maps: greyboxes and test fixtures. One character per
 * cell; every row must have the same length.
 *
 *   #  wall            =  window          .  floor          ~  atrium void
 *   L  lockers         E  extinguisher cabinet             T  table / counter
 *   D  closed door     d  open door       K  locked door
 *   P  player start    X  exit cell       s  director spawn point
 *   ^  climbable facade (a wall the infected can scale / pile up against)
 *   z  sprinter        C  cheerleader     H  heavy          c  climber   (on floor)
 *   Z  a sleeping sprinter
 *   any other letter   floor, recorded in `marks` (N note, V vending machine...)
 *
 * As in Tiled maps, an E with a Floor cell in front is an extinguisher cabinet
 * (`cabinets`); one without is decor.
 */
export interface AsciiLevel extends LevelData {
  /** Positions (cell centres) of every extra letter, by letter. */
  marks: Record<string, LevelPoint[]>;
}

const TILE_BY_CHAR: Record<string, TileKind> = {
  '#': Tile.Wall,
  '=': Tile.Window,
  '.': Tile.Floor,
  ' ': Tile.Floor,
  '~': Tile.Void,
  L: Tile.Locker,
  E: Tile.Cabinet,
  T: Tile.Table,
  D: Tile.Door,
  d: Tile.Door,
  K: Tile.Door,
  P: Tile.Floor,
  X: Tile.Floor,
  s: Tile.Floor,
  '^': Tile.Facade,
  z: Tile.Floor,
  Z: Tile.Floor,
  C: Tile.Floor,
  H: Tile.Floor,
  c: Tile.Floor,
};

const INFECTED_BY_CHAR: Record<string, InfectedPlacement['variant']> = {
  z: 'sprinter',
  Z: 'sprinter',
  C: 'cheerleader',
  H: 'heavy',
  c: 'climber',
};

export function parseAsciiLevel(id: string, name: string, text: string): AsciiLevel {
  const rows = text.split('\n').filter((r) => r.length > 0);
  if (rows.length === 0) throw new Error(`level ${id}: empty map`);
  const width = rows[0]!.length;
  const height = rows.length;
  const tiles = new Uint8Array(width * height);
  const doors: DoorSpec[] = [];
  const exits: LevelRect[] = [];
  const spawnPoints: LevelPoint[] = [];
  const marks: Record<string, LevelPoint[]> = {};
  const infected: InfectedPlacement[] = [];
  let playerStart: LevelPoint | null = null;

  rows.forEach((row, y) => {
    if (row.length !== width) {
      throw new Error(`level ${id}: row ${y} has ${row.length} cells, expected ${width}`);
    }
    for (let x = 0; x < width; x++) {
      const c = row[x]!;
      let kind = TILE_BY_CHAR[c];
      if (kind === undefined) {
        if (!/[A-Za-z]/.test(c)) throw new Error(`level ${id}: unknown cell '${c}' at (${x}, ${y})`);
        kind = Tile.Floor;
        (marks[c] ??= []).push({ x: x + 0.5, y: y + 0.5 });
      }
      tiles[y * width + x] = kind;
      if (c === 'D' || c === 'd' || c === 'K') doors.push({ x, y, open: c === 'd', locked: c === 'K' });
      else if (c === 'P') {
        if (playerStart) throw new Error(`level ${id}: more than one player start (second at (${x}, ${y}))`);
        playerStart = { x: x + 0.5, y: y + 0.5 };
      } else if (c === 'X') exits.push({ x, y, w: 1, h: 1 });
      else if (c === 's') spawnPoints.push({ x: x + 0.5, y: y + 0.5 });
      else if (INFECTED_BY_CHAR[c] !== undefined) {
        const placed: InfectedPlacement = { x: x + 0.5, y: y + 0.5, variant: INFECTED_BY_CHAR[c]! };
        if (c === 'Z') placed.asleep = true;
        infected.push(placed);
      }
    }
  });
  if (!playerStart) throw new Error(`level ${id}: no player start (P)`);
  return {
    id, name, width, height, tiles, doors, playerStart, exits, spawnPoints, infected, marks,
    ...noAuthoredObjects(),
    cabinets: cabinetsOf(tiles, width, height),
  };
}
