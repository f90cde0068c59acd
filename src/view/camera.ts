import { TILE_SIZE } from '../assets/manifest';

/**
 * Camera zoom so the shorter side of the screen shows about `tilesOnShortSide` tiles:
 * a phone in portrait sees as far to the side as a laptop sees up and down.
 */
export function zoomFor(width: number, height: number, tilesOnShortSide = 13): number {
  const short = Math.max(1, Math.min(width, height));
  const zoom = short / (tilesOnShortSide * TILE_SIZE);
  return Math.min(3, Math.max(0.5, zoom));
}
