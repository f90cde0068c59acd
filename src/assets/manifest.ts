/**
 * Every file the game loads, by key. Paths are relative to the page (the build uses
 * base './'), so the game works from any sub-path of a static host.
 * The Preload scene loads exactly this list; nothing else fetches assets.
 */
export const TILE_SIZE = 32;

export const IMAGES = {
  tiles: 'assets/tiles.png',
  player: 'assets/player.png',
} as const;

export type ImageKey = keyof typeof IMAGES;

/** Frames of the `tiles` image: one per logic tile kind (src/sim/grid.ts), then extras. */
export const TILE_FRAME = {
  floor: 0,
  wall: 1,
  window: 2,
  void: 3,
  locker: 4,
  doorClosed: 5,
  cabinet: 6,
  table: 7,
  doorOpen: 8,
  doorLocked: 9,
} as const;
