import { createGrid, setDoorCell, type Grid } from './grid';
import { createRng, type Rng } from './rng';
import type { LevelData } from './level';
import type { SimEvent } from './events';
import { DOOR } from './tuning';
import { createFoamClouds, type FoamClouds } from './foam';
import { cabinetsFromGrid, createCanisters, createExtinguisher, type CabinetState, type CanisterStore, type ExtinguisherState } from './extinguisher';

export interface PlayerState {
  x: number;
  y: number;
  /** Position at the start of the last step, for interpolated drawing. */
  prevX: number;
  prevY: number;
  /** Facing angle in radians (0 = east, PI/2 = south: screen coordinates). */
  facing: number;
  /** 0..1 */
  stamina: number;
  /** Set when stamina hits 0; cleared once it refills past the restart threshold. */
  exhausted: boolean;
  /** What the player did this tick: 0 still, 1 sneak, 2 walk, 3 run. */
  gait: number;
  footstepTimer: number;
  /** Previous tick's held buttons, for press (rising edge) detection. */
  interactHeld: boolean;
  throwHeld: boolean;
}

export interface DoorState {
  x: number;
  y: number;
  open: boolean;
  locked: boolean;
  hp: number;
  broken: boolean;
}

export type WorldStatus = 'playing' | 'won' | 'lost';

export interface World {
  readonly seed: number;
  readonly level: LevelData;
  tick: number;
  rng: Rng;
  grid: Grid;
  doors: DoorState[];
  player: PlayerState;
  status: WorldStatus;
  /** Events of the last step only; cleared at the start of each step. */
  readonly events: SimEvent[];
  /** The extinguisher in the player's hands (pressure 0..1, spraying, ...). */
  extinguisher: ExtinguisherState;
  /** Foam clouds left by the spray (drawn as particles; they live a few seconds). */
  readonly foamClouds: FoamClouds;
  /** Per cell: seconds of extinguisher foam left (blocks sight; written by the extinguisher). */
  readonly foam: Float32Array;
  /** Wall cabinets (one per Cabinet cell, row-major order), each holding one fresh extinguisher. */
  readonly cabinets: CabinetState[];
  /** Empty extinguishers in flight. */
  readonly canisters: CanisterStore;
}

export interface WorldOptions {
  /** Whether the player starts holding a full extinguisher (default true). */
  startWithExtinguisher?: boolean;
}

export function createWorld(level: LevelData, seed: number, options: WorldOptions = {}): World {
  const grid = createGrid(level.width, level.height, level.tiles);
  const doors: DoorState[] = level.doors.map((d, i) => {
    grid.doorAt[d.y * grid.width + d.x] = i;
    if (d.open) setDoorCell(grid, d.x, d.y, true);
    return { x: d.x, y: d.y, open: d.open, locked: d.locked, hp: DOOR.hp, broken: false };
  });
  grid.revision = 0;
  const { x, y } = level.playerStart;
  return {
    seed,
    level,
    tick: 0,
    rng: createRng(seed),
    grid,
    doors,
    player: {
      x,
      y,
      prevX: x,
      prevY: y,
      facing: 0,
      stamina: 1,
      exhausted: false,
      gait: 0,
      footstepTimer: 0,
      interactHeld: false,
      throwHeld: false,
    },
    status: 'playing',
    events: [],
    extinguisher: createExtinguisher(options.startWithExtinguisher ?? true),
    foamClouds: createFoamClouds(),
    foam: new Float32Array(level.width * level.height),
    cabinets: cabinetsFromGrid(grid),
    canisters: createCanisters(),
  };
}

