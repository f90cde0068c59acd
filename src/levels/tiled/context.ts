import { Tile } from '../../sim/grid';
import type {
  CheckpointSpec,
  DoorSpec,
  InfectedPlacement,
  ItemSpec,
  LevelPoint,
  LevelRect,
  LockerSpec,
  NoticeSpec,
  PlaqueSpec,
  ObjectiveSpec,
  TriggerSpec,
  VendingSpec,
  VentSpec,
} from '../../sim/level';
import { frontOf } from '../cells';
import type { Problems } from './format';

/**
 * What the object parsers write into while a map loads: the level's lists as they fill
 * up, the lookups that keep every check linear (by cell, by name), and the checks that
 * can only run once every object is read (reachability, keys naming doors). One per load.
 */
export interface LoadContext {
  readonly width: number;
  readonly height: number;
  readonly tiles: Uint8Array;
  /** Every cell of the logic layer was understood (else tile rules are not checked: they would only add noise). */
  readonly tilesOk: boolean;
  readonly problems: Problems;
  /** The tile kind at (x, y); outside the map is Wall. */
  tileAt(x: number, y: number): number;
  /** The Floor cell in front of (x, y), see frontOf in ../cells.ts. */
  frontOf(x: number, y: number): LevelPoint | null;
  /** How many Floor cells the rectangle (inside the map) covers: O(1), from a summed-area table. */
  floorIn(r: LevelRect): number;
  /** Object types met with a known type (even when they had problems), for "no X" rules. */
  readonly seenTypes: Set<string>;

  /** Every Door tile's door, by cell index (door objects add names and states). */
  readonly doorCells: Map<number, DoorSpec>;
  /** Cells a door object already described. */
  readonly describedDoors: Set<number>;
  readonly starts: LevelPoint[];
  readonly spawnPoints: LevelPoint[];
  readonly exits: LevelRect[];
  readonly safeZones: LevelRect[];
  readonly dark: LevelRect[];
  readonly checkpoints: CheckpointSpec[];
  readonly triggers: TriggerSpec[];
  readonly objectives: ObjectiveSpec[];
  readonly objectiveIds: Set<string>;
  readonly infected: InfectedPlacement[];
  readonly lockers: LockerSpec[];
  readonly lockerCells: Set<number>;
  /** Cabinet names by cell index (the cabinets themselves come from the tiles). */
  readonly cabinetNames: Map<number, string>;
  readonly items: ItemSpec[];
  readonly vendingMachines: VendingSpec[];
  readonly vents: VentSpec[];
  readonly noteIds: Set<string>;
  readonly notices: NoticeSpec[];
  readonly plaques: PlaqueSpec[];
  /** Names already taken, per object type that must be named uniquely. */
  readonly namesByType: Map<string, Set<string>>;

  /** Areas that must be reachable from the start (any one cell of it), with who needs them. */
  readonly mustReach: { area: LevelRect; what: string }[];
  /** Keys, to check once every door has its name: the key's index in `items`, and who it is. */
  readonly keys: { item: number; label: string }[];
  /** Door names objects refer to (protectDoor objectives), checked once every door has its name. */
  readonly doorRefs: { name: string; label: string }[];
  /** Collect objectives, checked against the items on the map once every object is read. */
  readonly collects: { item: string; count: number; label: string }[];
  /** Points that must not lie inside a safe zone. */
  readonly notInSafeZone: { x: number; y: number; what: string }[];
}

export function createContext(width: number, height: number, tiles: Uint8Array, tilesOk: boolean, problems: Problems): LoadContext {
  let floorSums: Int32Array | null = null;
  return {
    width,
    height,
    tiles,
    tilesOk,
    problems,
    tileAt: (x, y) => (x < 0 || y < 0 || x >= width || y >= height ? Tile.Wall : tiles[y * width + x]!),
    frontOf: (x, y) => frontOf(tiles, width, height, x, y),
    floorIn(r) {
      // Built on first use: a map of 40,000 dark areas over the whole map is checked in O(cells + areas).
      floorSums ??= summedArea(width, height, (i) => tiles[i] === Tile.Floor);
      return rectSum(floorSums, width, r);
    },
    seenTypes: new Set(),
    doorCells: new Map(),
    describedDoors: new Set(),
    starts: [],
    spawnPoints: [],
    exits: [],
    safeZones: [],
    dark: [],
    checkpoints: [],
    triggers: [],
    objectives: [],
    objectiveIds: new Set(),
    infected: [],
    lockers: [],
    lockerCells: new Set(),
    cabinetNames: new Map(),
    items: [],
    vendingMachines: [],
    vents: [],
    noteIds: new Set(),
    notices: [],
    plaques: [],
    namesByType: new Map(),
    mustReach: [],
    keys: [],
    doorRefs: [],
    collects: [],
    notInSafeZone: [],
  };
}

/** A one-cell area (for points that must be reachable). */
export const cellArea = (x: number, y: number): LevelRect => ({ x, y, w: 1, h: 1 });

/**
 * A summed-area table of the cells where `on(i)` holds: (width + 1) x (height + 1), so the
 * count over any rectangle is four lookups (rectSum).
 */
export function summedArea(width: number, height: number, on: (i: number) => boolean): Int32Array {
  const w1 = width + 1;
  const sums = new Int32Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      if (on(y * width + x)) row++;
      sums[(y + 1) * w1 + x + 1] = sums[y * w1 + x + 1]! + row;
    }
  }
  return sums;
}

/** The count over a rectangle inside the map, from a summedArea table. */
export function rectSum(sums: Int32Array, width: number, r: LevelRect): number {
  const w1 = width + 1;
  const x1 = r.x + r.w;
  const y1 = r.y + r.h;
  return sums[y1 * w1 + x1]! - sums[r.y * w1 + x1]! - sums[y1 * w1 + r.x]! + sums[r.y * w1 + r.x]!;
}
