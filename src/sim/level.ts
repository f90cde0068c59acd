/**
 * A level as the sim consumes it: already validated (see src/levels for loading and
 * validation of authored files). Coordinates are in tiles; points are cell centres
 * unless said otherwise.
 */
export interface LevelPoint {
  x: number;
  y: number;
}

export interface LevelRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DoorSpec {
  /** The door's cell. */
  x: number;
  y: number;
  open: boolean;
  /** A locked door cannot be opened by the player (it can still be broken). */
  locked: boolean;
}

export interface LevelCheckpoint {
  id: string;
  area: LevelRect;
}

export interface LevelData {
  id: string;
  name: string;
  width: number;
  height: number;
  /** Tile kinds (see Tile in grid.ts), row-major, width * height. */
  tiles: Uint8Array;
  doors: DoorSpec[];
  playerStart: LevelPoint;
  /** Reaching one saves a checkpoint (a retry after a bite restarts from the last one). */
  checkpoints?: LevelCheckpoint[];
  /** Reaching any of these rectangles completes the level. */
  exits: LevelRect[];
  /** Where the director may spawn infected (out of the player's sight). */
  spawnPoints: LevelPoint[];
}

export function pointInRect(x: number, y: number, r: LevelRect): boolean {
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}
