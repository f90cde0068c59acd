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

/**
 * The camera's bounds (world px) round a map of mapW x mapH seen in a view of viewW x viewH
 * screen px at `zoom`: where the map is smaller than the view it sits centred; with touch
 * controls showing, `thumbBandPx` (screen px at the bottom) is added below the map, so a
 * player at the map's bottom edge (chapter 2's stairs) can still be followed up above the
 * thumbs instead of being clamped under the stick.
 */
export function cameraBounds(mapW: number, mapH: number, viewW: number, viewH: number, zoom: number, thumbBandPx = 0): { x: number; y: number; w: number; h: number } {
  const padX = Math.max(0, (viewW / zoom - mapW) / 2);
  const padY = Math.max(0, (viewH / zoom - mapH) / 2);
  const band = Math.max(0, thumbBandPx) / zoom;
  return { x: padX > 0 ? -padX : 0, y: padY > 0 ? -padY : 0, w: mapW + padX * 2, h: mapH + padY * 2 + band };
}
