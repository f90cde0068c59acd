import { TILE_SIZE } from '../assets/manifest';

/** A phone in portrait shows at least this many tiles across (13 left too little warning from the sides). */
export const PORTRAIT_MIN_TILES_ACROSS = 16;
/** Tiles on the screen's short side in landscape: near enough to read a face, far enough to see a sprinter coming. */
export const TILES_ON_SHORT_SIDE = 13;

/**
 * How much of the map a chapter's camera shows (ChapterDefinition.camera). A chapter whose
 * threat is far off (the rooftop's drop, where the crowd is) shows more of it.
 */
export interface CameraView {
  /** Tiles on the screen's short side in landscape (default TILES_ON_SHORT_SIDE). */
  tilesOnShortSide?: number;
  /** Tiles across in portrait (default the larger of tilesOnShortSide and PORTRAIT_MIN_TILES_ACROSS). */
  portraitTilesAcross?: number;
}

/**
 * Camera zoom so the shorter side of a landscape screen shows about `tilesOnShortSide` tiles,
 * and a screen in portrait `portraitTilesAcross` (at least PORTRAIT_MIN_TILES_ACROSS by
 * default): a sprinter coming from the side is on screen for a moment before it arrives.
 */
export function zoomFor(width: number, height: number, view: CameraView = {}): number {
  const tiles = view.tilesOnShortSide ?? TILES_ON_SHORT_SIDE;
  let zoom: number;
  if (height > width) zoom = Math.max(1, width) / ((view.portraitTilesAcross ?? Math.max(tiles, PORTRAIT_MIN_TILES_ACROSS)) * TILE_SIZE);
  else zoom = Math.max(1, height) / (tiles * TILE_SIZE);
  return Math.min(3, Math.max(0.5, zoom));
}

/**
 * The camera's bounds (world px) round a map of mapW x mapH seen in a view of viewW x viewH
 * screen px at `zoom`: where the map is smaller than the view it sits centred; with touch
 * controls showing, `thumbBandPx` (screen px at the bottom) is added below the map, so a
 * player at the map's bottom edge (chapter 2's stairs) can still be followed up above the
 * thumbs instead of being clamped under the stick; likewise `hudBandPx` (screen px at the
 * top: the HUD across a phone in portrait) above it, so a player at the map's top edge
 * (chapter 2's serving line, where Tae-min is bitten) is not clamped up under the HUD.
 */
export function cameraBounds(mapW: number, mapH: number, viewW: number, viewH: number, zoom: number, thumbBandPx = 0, hudBandPx = 0): { x: number; y: number; w: number; h: number } {
  const padX = Math.max(0, (viewW / zoom - mapW) / 2);
  const padY = Math.max(0, (viewH / zoom - mapH) / 2);
  const band = Math.max(0, thumbBandPx) / zoom;
  const top = Math.max(0, hudBandPx) / zoom;
  return { x: padX > 0 ? -padX : 0, y: (padY > 0 ? -padY : 0) - top, w: mapW + padX * 2, h: mapH + padY * 2 + band + top };
}

/**
 * The HUD's band across the top of the screen that the camera makes room for (screen px):
 * in portrait, where the HUD's panels span most of the width, down to the lowest of them;
 * none in landscape (they sit in a corner there). Rounded up to 16 px steps, so an
 * objective line that wraps differently does not move the camera every frame.
 */
export function hudBand(viewW: number, viewH: number, hudBottom: number): number {
  if (viewH <= viewW || hudBottom <= 0) return 0;
  return Math.ceil(hudBottom / 16) * 16;
}
