/**
 * A level as the sim consumes it: already validated (see src/levels for loading and
 * validation of authored files). Coordinates are in tiles; points are cell centres
 * unless said otherwise.
 */
import type { VariantName } from './tuning';

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
  /** Authored name ("2-2 front door"), for scripted beats and messages; optional. */
  name?: string;
}

/** A locker the player can hide in (a Locker cell; most locker cells are just decor). */
export interface LockerSpec {
  /** The locker's cell. */
  x: number;
  y: number;
  /** The walkable cell in front of it (centre), where the player stands to get in and out. */
  front: LevelPoint;
  /** The classmate hiding inside (optional rescue), or null for an empty locker. */
  classmate: string | null;
}

/** A wall-mounted fire-extinguisher cabinet (a Cabinet cell). */
export interface CabinetSpec {
  x: number;
  y: number;
  /** The walkable cell in front of it (centre), where the player takes the extinguisher. */
  front: LevelPoint;
  name: string;
}

/**
 * A pick-up lying on the floor: one of Mr. Baek's lab notes, a throwable decoy, a key
 * (`item` says what it is: "bolt cutters") that unlocks every door named `unlocks`, or
 * loot (`item`: "snack", "battery"...): carried, for `collect` objectives to count.
 */
export type ItemSpec =
  | { kind: 'note'; note: string; x: number; y: number }
  | { kind: 'decoy'; item: string; x: number; y: number }
  | { kind: 'key'; item: string; unlocks: string; x: number; y: number }
  | LootSpec;

/**
 * Loot ("snack", "battery"): carried (its weight slows the player and louds the steps,
 * LOOT in tuning.ts), dropped with the drop button, counted by `collect` objectives.
 * `seeded`: one of the spots the world's seed chooses among (LOOT.seededShare of them
 * hold something in a run); `machine`: inside that vending machine (level.vendingMachines)
 * until it is used.
 */
export interface LootSpec {
  kind: 'loot';
  item: string;
  x: number;
  y: number;
  seeded?: boolean;
  machine?: number;
}

/** A vending machine (a Locker cell in the cafeteria): the use button empties it at once, loudly. */
export interface VendingSpec {
  x: number;
  y: number;
  /** The floor cell in front (centre), where it is used and its goods drop. */
  front: LevelPoint;
  name: string;
}

/**
 * A vent grille on a wall (chapter 3's closet): too small to crawl through, loud to bang
 * on. The use button bangs it (src/sim/interact.ts): a boom carried down the duct to
 * `far`, where the infected hear it, and a softer one at the grille.
 */
export interface VentSpec {
  x: number;
  y: number;
  /** The floor cell in front (centre), where it is banged from. */
  front: LevelPoint;
  /** The duct's far end (tiles): where the boom comes out. */
  far: LevelPoint;
  name: string;
}

/** The name a `collect` objective counts a pick-up by: 'note' for notes, else its `item`. */
export function itemName(item: ItemSpec): string {
  return item.kind === 'note' ? 'note' : item.item;
}

/** A named rectangle whose entry by the player starts a scripted beat. */
export interface TriggerSpec extends LevelRect {
  name: string;
  /** Fires only the first time (default) or every time the player enters. */
  once: boolean;
}

/** Entering the rectangle saves progress; a restart puts the player at `respawn`. */
export interface CheckpointSpec extends LevelRect {
  name: string;
  respawn: LevelPoint;
}

/** A readable notice board on a wall cell. */
export interface NoticeSpec {
  x: number;
  y: number;
  text: string;
}

/**
 * An objective: a rule the sim checks every step (src/sim/objectives.ts). Authored in the
 * map's `triggers` layer as Tiled objects of class `objective` (a rectangle: the area to
 * reach or to bring things to), or added by a chapter's beats at run time. `text` is the
 * HUD's line while it is the current objective.
 *   reach       enter `area` (the chapter's exits are `reach` objectives when none is authored)
 *   collect     pick up `count` items whose item name is `item` (notes: 'note'); with
 *               `deliver`, each counts only once carried into that area
 *   holdOut     stay alive (and keep every protect objective) for `seconds`
 *   protectDoor the door named `door` must not break: its breaking loses the chapter
 * The chapter is won when every required (not `optional`) active objective is complete;
 * `startsActive: false` waits for a beat to activate it. `timeLimit` (seconds, optional)
 * loses the chapter when it runs out before the objective is complete.
 */
export type ObjectiveSpec = ObjectiveCommon &
  (
    | { kind: 'reach'; area: LevelRect }
    | { kind: 'collect'; item: string; count: number; deliver: LevelRect | null }
    | { kind: 'holdOut'; seconds: number }
    | { kind: 'protectDoor'; door: string }
  );

export interface ObjectiveCommon {
  /** Unique in the chapter; beats name objectives by it. */
  id: string;
  text: string;
  optional: boolean;
  startsActive: boolean;
  timeLimit: number | null;
}

/** A sign on a wall naming a place ("2-3", "Science Lab", "Toilets"): drawn only, the sim ignores it. */
export interface PlaqueSpec {
  x: number;
  y: number;
  text: string;
}

/** An infected placed by the level designer (cell centre, variant name). */
export interface InfectedPlacement {
  x: number;
  y: number;
  variant: VariantName;
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
  /** Unlit areas: sight into them is short (HORDE.darkSightRange). */
  dark?: LevelRect[];
  /** The director's spawn budget for this chapter on Normal (DIRECTOR.budget when absent). */
  directorBudget?: number;

  // --- authored level objects (src/levels/tiled.ts) ---
  // Filled from the map's object layers (empty for ASCII greyboxes); all in tiles.
  /** Lockers the player can hide in (one may hold a classmate). */
  lockers: LockerSpec[];
  /** Extinguisher cabinets, one per Cabinet cell. */
  cabinets: CabinetSpec[];
  items: ItemSpec[];
  notices: NoticeSpec[];
  /** Room signs on walls: every place an objective names is labelled in the world. */
  plaques: PlaqueSpec[];
  /** Scripted beats, in map order. */
  triggers: TriggerSpec[];
  /** Vending machines (their goods are loot items with `machine` set); absent: none. */
  vendingMachines?: VendingSpec[];
  /** Vents to bang on (their booms come out at the duct's far end); absent: none. */
  vents?: VentSpec[];
  /** Areas the director never spawns into and the infected do not follow into. */
  safeZones: LevelRect[];
  /** In map order; the first is the chapter start. */
  checkpoints: CheckpointSpec[];
  /** Authored objectives in map order (empty: reaching an exit wins, as before). */
  objectives: ObjectiveSpec[];
}

/** The authored-object lists of a level with nothing authored (ASCII greyboxes, tests). */
export function noAuthoredObjects(): Pick<
  LevelData,
  'lockers' | 'cabinets' | 'items' | 'notices' | 'plaques' | 'triggers' | 'safeZones' | 'checkpoints' | 'objectives'
> {
  return { lockers: [], cabinets: [], items: [], notices: [], plaques: [], triggers: [], safeZones: [], checkpoints: [], objectives: [] };
}

export function pointInRect(x: number, y: number, r: LevelRect): boolean {
  return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}
