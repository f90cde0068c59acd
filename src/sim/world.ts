import { createGrid, setDoorCell, type Grid } from './grid';
import { createRng, type Rng } from './rng';
import type { LevelData } from './level';
import type { SimEvent } from './events';
import { DOOR } from './tuning';

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
  /** Index of the last checkpoint reached (level.checkpoints), -1 for none. */
  checkpoint: number;
  /** Events of the last step only; cleared at the start of each step. */
  readonly events: SimEvent[];
}

export function createWorld(level: LevelData, seed: number): World {
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
    checkpoint: -1,
    events: [],
  };
}

