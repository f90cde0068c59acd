/**
 * Frame layouts of the generated sheets, shared by the generator scripts
 * (assets/scripts/) and the view, so a frame index means the same thing on both sides.
 */

export const TILE_SIZE = 32;
/** Each tile is stored with its edge pixels repeated this far outward (no seams when scrolling). */
export const TILE_EXTRUDE = 1;
export const TILESET_COLUMNS = 16;

/** Chapter themes: one block of frames each in the tileset. */
export const THEMES = ['hallway', 'cafeteria', 'closet', 'rooftop'] as const;
export type Theme = (typeof THEMES)[number];

/** Frames inside one theme block. */
export const TileFrame = {
  Floor0: 0,
  Floor1: 1,
  Floor2: 2,
  Floor3: 3,
  /** Floor in the shadow of a wall front directly above it. */
  FloorShadow: 4,
  WallFront: 5,
  WallFrontAlt: 6,
  /** Wall front with the theme's decoration: notice board, menu board, pipes, vent. */
  WallFrontDecor: 7,
  /** Wall top, + mask of wall-like neighbours (1 north, 2 east, 4 south, 8 west): 16 frames. */
  WallTop: 8,
  WindowFront: 24,
  WindowTopH: 25,
  WindowTopV: 26,
  /** Void (atrium drop / facade drop) with walkable ground above: the railing or parapet edge. */
  VoidEdge: 27,
  VoidDeep: 28,
  /** Locker kind: hallway lockers, cafeteria vending machine, closet shelves, rooftop AC unit. */
  Locker: 29,
  LockerAlt: 30,
  Cabinet: 31,
  /** Table kind in the open: desk, cafeteria table, mop bucket, water tank. */
  Table: 32,
  /** Table kind against a wall: lab bench, serving counter / kitchen, shelf, tank. */
  Counter: 33,
  DoorHClosed: 34,
  DoorHOpen: 35,
  DoorHDamaged: 36,
  DoorHBroken: 37,
  DoorVClosed: 38,
  DoorVOpen: 39,
  DoorVDamaged: 40,
  DoorVBroken: 41,
  DoorHLocked: 42,
  DoorVLocked: 43,
  /** Facade kind (a climbable wall): the parapet's cap beside the roof, the face below it, and its bottom row over the drop. */
  FacadeParapet: 44,
  FacadeFace: 45,
  FacadeFaceAlt: 46,
  FacadeFaceOuter: 47,
} as const;
export const FRAMES_PER_THEME = 48;

export function themeIndex(theme: Theme): number {
  return THEMES.indexOf(theme);
}

// ---------------------------------------------------------------- characters
export const CHARACTER_FRAME = 32;
/** Row order inside one character block: 4 facing directions. */
export const DIRECTIONS = ['down', 'left', 'right', 'up'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const CAST = ['joon', 'seoyeon', 'jian', 'taemin', 'guho', 'dasom'] as const;
export type CastMember = (typeof CAST)[number];

/** Columns of a cast sheet row: idle x2, walk x4, run x4. */
export const CAST_ANIMS = {
  idle: { start: 0, count: 2, fps: 2 },
  walk: { start: 2, count: 4, fps: 8 },
  run: { start: 6, count: 4, fps: 12 },
} as const;
export const CAST_COLUMNS = 10;

/** Infected kinds and their baked colour/accessory variants (Canvas has no tint). */
export const INFECTED_KINDS = {
  sprinter: 4,
  cheerleader: 2,
  climber: 2,
  heavy: 2,
} as const;
export type InfectedKind = keyof typeof INFECTED_KINDS;

/**
 * Columns of an infected sheet row (one row per variant and direction). The states a
 * player must tell apart at a glance have poses of their own: the wind-up before a sprint
 * (a deep crouch), a sleeper (lying flat), a winded one after a sprint (bent over, head
 * down) and one knocked down (sprawled) besides the reeling stagger.
 */
export const INFECTED_ANIMS = {
  idle: { start: 0, count: 2, fps: 3 },
  telegraph: { start: 2, count: 2, fps: 10 },
  sprint: { start: 4, count: 4, fps: 14 },
  stagger: { start: 8, count: 2, fps: 8 },
  bash: { start: 10, count: 2, fps: 8 },
  grab: { start: 12, count: 2, fps: 10 },
  climb: { start: 14, count: 2, fps: 6 },
  windup: { start: 16, count: 2, fps: 10 },
  asleep: { start: 18, count: 1, fps: 1 },
  recover: { start: 19, count: 2, fps: 4 },
  knocked: { start: 21, count: 1, fps: 1 },
} as const;
export const INFECTED_COLUMNS = 22;

/** Row of (kind, variant, direction) in the infected sheet. */
export function infectedRow(kind: InfectedKind, variant: number, dir: number): number {
  let row = 0;
  for (const k of Object.keys(INFECTED_KINDS) as InfectedKind[]) {
    if (k === kind) break;
    row += INFECTED_KINDS[k] * DIRECTIONS.length;
  }
  return row + (variant % INFECTED_KINDS[kind]) * DIRECTIONS.length + dir;
}

/** Direction row (0 down, 1 left, 2 right, 3 up) for a facing angle (radians, screen space). */
export function directionFor(angle: number): number {
  const a = Math.atan2(Math.sin(angle), Math.cos(angle));
  if (a > Math.PI / 4 && a < (3 * Math.PI) / 4) return 0;
  if (a < -Math.PI / 4 && a > (-3 * Math.PI) / 4) return 3;
  return Math.abs(a) >= (3 * Math.PI) / 4 ? 1 : 2;
}

// ---------------------------------------------------------------- effects + icons
export const FX_FRAME = 32;
export const FxFrame = {
  Foam0: 0,
  Foam1: 1,
  Foam2: 2,
  Foam3: 3,
  Syrup0: 4,
  Syrup1: 5,
  Syrup2: 6,
  SyrupDrip: 7,
  Dust0: 8,
  Dust1: 9,
  Dust2: 10,
  NoiseRing: 11,
  EyeGlow: 12,
  Shadow: 13,
  FoamPuff: 14,
  Spark: 15,
  /** Over a sprinter winding up: a red "!" and a white flash, alternating. */
  AlertBang: 16,
  AlertFlash: 17,
  /** Over a sleeper. */
  Zzz0: 18,
  Zzz1: 19,
  /** Over a knocked-down or reeling infected: stars circling. */
  Dazed0: 20,
  Dazed1: 21,
} as const;
export const FX_COLUMNS = 8;

export const ICON_SIZE = 32;
export const ICONS = [
  'extinguisher',
  'heart',
  'heartEmpty',
  'stamina',
  'phone',
  'battery',
  'snack',
  'juice',
  'tray',
  'note',
  'door',
  'lock',
  'pause',
  'speaker',
  'speakerOff',
  'hand',
  'eye',
  'ear',
  'arrow',
  'exit',
  'boltCutters',
  // Chapter 3's door braces on the closet shelves (appended: earlier frames keep their index).
  'mopHandle',
  'tape',
] as const;
export type IconName = (typeof ICONS)[number];
export const ICON_COLUMNS = 10;
