import { TILE_SIZE } from '../assets/manifest';

/** A phone in portrait shows at least this many tiles across (13 left too little warning from the sides). */
export const PORTRAIT_MIN_TILES_ACROSS = 16;

/**
 * Camera zoom so the shorter side of the screen shows about `tilesOnShortSide` tiles, and
 * a screen in portrait at least PORTRAIT_MIN_TILES_ACROSS tiles across: a sprinter coming
 * from the side is on screen for a moment before it arrives.
 */
export function zoomFor(width: number, height: number, tilesOnShortSide = 13): number {
  const short = Math.max(1, Math.min(width, height));
  let zoom = short / (tilesOnShortSide * TILE_SIZE);
  if (height > width) zoom = Math.min(zoom, width / (PORTRAIT_MIN_TILES_ACROSS * TILE_SIZE));
  return Math.min(3, Math.max(0.5, zoom));
}
