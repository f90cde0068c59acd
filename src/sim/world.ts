import { createGrid, setDoorCell, type Grid } from './grid';
import { createRng, type Rng } from './rng';
import type { LevelData } from './level';
import type { SimEvent } from './events';
import { DOOR, HORDE, SURVIVORS, Variant, VARIANT_BY_NAME, type Difficulty } from './tuning';
import { createHorde, spawnInfected, type HordeStore } from './horde';
import { createFlowFieldCache, FieldCosts, type FlowFieldCache } from './flowfield';
import { createSurvivors, type SurvivorStore } from './survivors';
import { spawnAllies } from './allies';
import { createSpatialHash, rebuildSpatialHash, type SpatialHash } from './spatialHash';
import { createNoiseQueue, type NoiseQueue } from './noise';
import { createDirector, type DirectorState } from './director';
import { Tile } from './grid';
import { createObjectState, type ObjectState } from './objects';
import { createObjectiveState, type ObjectiveState } from './objectives';
import { createFoamClouds, type FoamClouds } from './foam';
import { createSiege, type SiegeState } from './siege';
import { createBreath, createPhone, type BreathState, type PhoneState } from './phone';
import { cabinetStates, createCanisters, createExtinguisher, type CabinetState, type CanisterStore, type ExtinguisherState } from './extinguisher';

export interface PlayerState {
  x: number;
  y: number;
  /** Position at the start of the last step, for interpolated drawing. */
  prevX: number;
  prevY: number;
  /**
   * Facing as a unit vector ((1, 0) = east, (0, 1) = south: screen coordinates). A vector,
   * not an angle, so the sim needs no engine-dependent trigonometry (see simMath.ts).
   */
  facingX: number;
  facingY: number;
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
  dropHeld: boolean;
  /** Id of the infected holding the player, -1 when free. */
  grabbedBy: number;
  /** Seconds since the current grab began. */
  grabTimer: number;
  /** Break-free presses (interact presses or move-direction wiggles) in this grab. */
  grabPresses: number;
  /** Grabs survived so far; the one after the difficulty's grabHealth is a bite. */
  grabsTaken: number;
  /** Seconds during which no one can grab again (after breaking free). */
  grabImmunity: number;
  /** Last quantised move direction (0 none, 1..4), for wiggle detection. */
  wiggleDir: number;
  /** Hiding (lockers, issue 7): the infected do not perceive a hidden player. */
  hidden: boolean;
  /** Whether this level lets the player slide over tables (WorldOptions.tableVault). */
  canVault: boolean;
  /** Seconds pushed against a table so far (the slide starts at VAULT.holdSeconds). */
  vaultHold: number;
  /** Tiles of the slide still to cross (0: not sliding); along (vaultDirX, vaultDirY), an axis. */
  vaultLeft: number;
  vaultDirX: number;
  vaultDirY: number;
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
  /** Lockers, pick-ups and triggers (src/sim/objects.ts). */
  readonly objects: ObjectState;
  /** The chapter's objectives and their progress (src/sim/objectives.ts). */
  readonly objectives: ObjectiveState;
  /** A chapter script's own state (src/chapters/script.ts): plain data, cloned and hashed. */
  readonly script: ScriptState;
  /** Events of the last step only; cleared at the start of each step. */
  readonly events: SimEvent[];
  readonly difficulty: Difficulty;
  /** The infected (struct-of-arrays) and their shared helpers. */
  readonly horde: HordeStore;
  /** The humans the horde hunts: slot 0 mirrors the player, then the allies (src/sim/survivors.ts). */
  readonly survivors: SurvivorStore;
  readonly fields: FlowFieldCache;
  /** The allies' flow fields (their own costs: doors opened, not bashed; no facades). */
  readonly survivorFields: FlowFieldCache;
  readonly hash: SpatialHash;
  readonly noises: NoiseQueue;
  readonly director: DirectorState;
  /** Per cell: 1 when unlit (short sight into it). */
  readonly dark: Uint8Array;
  /** Climbable facade cells, and per cell the height of the pile of bodies at its base. */
  readonly climbableCells: Int32Array;
  readonly pile: Float32Array;
  /** Per cell: 1 while its pile crests the wall (everyone may climb over). */
  readonly pileOpen: Uint8Array;
  /** Per cell scratch: infected pressing against it this tick. */
  readonly pilePressing: Uint16Array;
  /** The extinguisher in the player's hands (pressure 0..1, spraying, ...). */
  extinguisher: ExtinguisherState;
  /** Foam clouds left by the spray (drawn as particles; they live a few seconds). */
  readonly foamClouds: FoamClouds;
  /**
   * Per cell: seconds of extinguisher foam left. Stamped by foam clouds; blocks sight
   * (perception's clearSight), so infected in or behind foam lose the player.
   */
  readonly foam: Float32Array;
  /** Wall cabinets (level.cabinets' order: Cabinet cells with floor in front), each holding one fresh extinguisher. */
  readonly cabinets: CabinetState[];
  /** Empty extinguishers in flight. */
  readonly canisters: CanisterStore;
  /** Variants the player has seen (bit 1 << Variant id), for first-sighting captions (sightings.ts). */
  variantsSeen: number;
  /** The siege of a roof's walls (src/sim/siege.ts): the crowd below and its piles; idle until a chapter starts it. */
  readonly siege: SiegeState;
  /** The phone (battery, flashlight, the chat's open question; src/sim/phone.ts), or null in a chapter without it. */
  phone: PhoneState | null;
  /** The player's breath, heard at a door (src/sim/phone.ts), or null where breathing is not heard. */
  breath: BreathState | null;
  /** Per level.items: 1 once a carried item has braced a door (REINFORCE). */
  readonly braceUsed: Uint8Array;
  /** Per level.vents: the tick it can be banged again (0: now; VENT.cooldownSeconds). */
  readonly ventReadyTick: Int32Array;
  /** Carried loot weighs on the player (WorldOptions.carryWeight). */
  readonly carryWeight: boolean;
}

/** What a chapter's beats remember between ticks (a door already slammed, a count). */
export interface ScriptState {
  flags: Record<string, number | string | boolean>;
}

/** Who walks with the player (src/sim/allies.ts); `role` decides what they do beyond following. */
export interface AllySpec {
  /** Cast id (src/campaign/cast.ts). */
  id: string;
  role: 'follower' | 'shover' | 'archer' | 'halfInfected';
  /** Where the ally starts (tiles); beside the player's start when absent. */
  x?: number;
  y?: number;
}

export interface WorldOptions {
  /** The player's group at the start (none by default). */
  allies?: AllySpec[];
  difficulty?: Difficulty;
  /** Horde capacity (HORDE.capacity by default; the benchmark asks for more). */
  hordeCapacity?: number;
  /** No infected: the level's placements are left out and the director stays off (tours, path tests). */
  peaceful?: boolean;
  /** Whether the player starts holding a full extinguisher (default true). */
  startWithExtinguisher?: boolean;
  /** A roof's siege starts with this many seconds of crowd and piles already built (src/sim/siege.ts; default 0). */
  siegeHeadStart?: number;
  /** The phone, with its battery in percent (PHONE.startBattery by default); absent: no phone (chapter 3 has one). */
  phone?: { battery?: number };
  /** The player's breath is heard by an infected close by, and can be held (chapter 3's closet). */
  breathing?: boolean;
  /**
   * Whether carried loot weighs on the player (slower, louder steps: LOOT; default true).
   * False where loot is only tools (chapter 3's door braces): no weight, no LOAD row, no DROP button.
   */
  carryWeight?: boolean;
  /** The chapter script's starting flags (what the campaign decided, from a definition's worldOptions(run)). */
  flags?: Record<string, number | string | boolean>;
  /** The player can slide slowly over tables (chapter 2's dining hall; VAULT in tuning.ts). Default false. */
  tableVault?: boolean;
  /** The most loot the player can hold at once (chapter 2: LOOT.armsFull); absent or 0: no limit. */
  armsFull?: number;
  /**
   * The director's whole spawn budget, in place of the level's `directorBudget` scaled by the
   * difficulty (a chapter's own for one difficulty: ChapterDefinition.directorBudget). Absent: that.
   */
  directorBudget?: number;
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
  const cells = level.width * level.height;
  const capacity = Math.max(options.hordeCapacity ?? HORDE.capacity, level.infected.length);
  const horde = createHorde(capacity);
  for (const placed of options.peaceful ? [] : level.infected) {
    spawnInfected(horde, placed.x, placed.y, VARIANT_BY_NAME[placed.variant] ?? Variant.Sprinter, placed.asleep ?? false);
  }
  const dark = new Uint8Array(cells);
  for (const r of level.dark ?? []) {
    for (let cy = r.y; cy < r.y + r.h; cy++) for (let cx = r.x; cx < r.x + r.w; cx++) dark[cy * level.width + cx] = 1;
  }
  const climbable: number[] = [];
  for (let c = 0; c < cells; c++) if (level.tiles[c] === Tile.Facade) climbable.push(c);
  const hash = createSpatialHash(level.width, level.height, capacity);
  rebuildSpatialHash(hash, horde.x, horde.y, horde.count);
  const difficulty = options.difficulty ?? 'normal';
  const player: PlayerState = {
    x,
    y,
    prevX: x,
    prevY: y,
    facingX: 1,
    facingY: 0,
    stamina: 1,
    exhausted: false,
    gait: 0,
    footstepTimer: 0,
    interactHeld: false,
    throwHeld: false,
    dropHeld: false,
    grabbedBy: -1,
    grabTimer: 0,
    grabPresses: 0,
    grabsTaken: 0,
    grabImmunity: 0,
    wiggleDir: 0,
    hidden: false,
    canVault: options.tableVault ?? false,
    vaultHold: 0,
    vaultLeft: 0,
    vaultDirX: 0,
    vaultDirY: 0,
  };
  const world: World = {
    seed,
    level,
    tick: 0,
    rng: createRng(seed),
    grid,
    doors,
    player,
    status: 'playing',
    checkpoint: -1,
    objects: createObjectState(level, seed, options.armsFull ?? 0),
    objectives: createObjectiveState(level),
    script: { flags: { ...options.flags } },
    events: [],
    difficulty,
    horde,
    survivors: createSurvivors(player),
    fields: createFlowFieldCache(level.width, level.height),
    survivorFields: createFlowFieldCache(level.width, level.height, SURVIVORS.fieldCacheSize, FieldCosts.Survivor),
    hash,
    noises: createNoiseQueue(),
    director: createDirector(level, difficulty, !options.peaceful, options.directorBudget),
    dark,
    climbableCells: Int32Array.from(climbable),
    pile: new Float32Array(cells),
    pileOpen: new Uint8Array(cells),
    pilePressing: new Uint16Array(cells),
    extinguisher: createExtinguisher(options.startWithExtinguisher ?? true),
    foamClouds: createFoamClouds(),
    foam: new Float32Array(cells),
    cabinets: cabinetStates(level),
    canisters: createCanisters(),
    variantsSeen: 0,
    siege: createSiege(level, options.siegeHeadStart ?? 0),
    phone: options.phone ? createPhone(options.phone.battery) : null,
    breath: options.breathing ? createBreath() : null,
    braceUsed: new Uint8Array(level.items.length),
    ventReadyTick: new Int32Array(level.vents?.length ?? 0),
    carryWeight: options.carryWeight ?? true,
  };
  spawnAllies(world, options.allies ?? []);
  return world;
}

