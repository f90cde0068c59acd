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

/** An infected placed by the level designer (cell centre, variant name). */
export interface InfectedPlacement {
  x: number;
  y: number;
  variant: 'sprinter' | 'cheerleader' | 'climber' | 'heavy';
  /** Asleep: stands still and sees half as far until something wakes it. */
  asleep?: boolean;
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
  /** Reaching any of these rectangles completes the level. */
  exits: LevelRect[];
  /** Where the director may spawn infected (out of the player's sight). */
  spawnPoints: LevelPoint[];
  /** Infected present when the level starts. */
  infected: InfectedPlacement[];
  /** Rooms the director never spawns into (and never spawns in sight of). */
  safeAreas?: LevelRect[];
  /** Unlit areas: sight into them is short (HORDE.darkSightRange). */
  dark?: LevelRect[];
  /** The director's spawn budget for this chapter on Normal (DIRECTOR.budget when absent). */
  directorBudget?: number;
}

export function pointInRect(x: number, y: number, r: LevelRect): boolean {
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}
