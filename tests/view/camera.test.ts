import { describe, expect, it } from 'vitest';
import { TILE_SIZE } from '../../src/assets/manifest';
import { ROOFTOP_CHAPTER } from '../../src/chapters/rooftop';
import { HALLWAY } from '../../src/chapters/hallway';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { Tile } from '../../src/sim/grid';
import { cameraBounds, hudBand, zoomFor, type CameraView } from '../../src/view/camera';

/**
 * Where the player is drawn on a phone with the touch controls showing: the chapter scene
 * follows from lower down by half the thumbs' band, clamped to cameraBounds as Phaser clamps
 * (scroll within the bounds). Chapter 2 starts on the stairs at the map's bottom-left edge.
 */
function playerScreenY(mapW: number, mapH: number, py: number, viewW: number, viewH: number, band: number, boundsBand: number): number {
  const zoom = zoomFor(viewW, viewH);
  const b = cameraBounds(mapW, mapH, viewW, viewH, zoom, boundsBand);
  const centre = py + band / 2 / zoom;
  const scroll = Math.min(Math.max(centre - viewH / zoom / 2, b.y), b.y + b.h - viewH / zoom);
  return (py - scroll) * zoom;
}

describe('the camera on a phone keeps the player above the thumbs', () => {
  const level = loadChapterMap('cafeteria');
  const mapW = level.width * TILE_SIZE;
  const mapH = level.height * TILE_SIZE;
  const py = level.playerStart.y * TILE_SIZE;
  const band = 240; // screen px the stick and buttons cover at the bottom of a 360x640 screen

  it('at the stairs (the bottom edge of the cafeteria) the player stands above the touch controls', () => {
    expect(playerScreenY(mapW, mapH, py, 360, 640, band, band)).toBeLessThan(640 - band);
    // Bounds that stop at the map's edge would clamp the player down under the stick.
    expect(playerScreenY(mapW, mapH, py, 360, 640, band, 0)).toBeGreaterThan(640 - band);
  });

  it('without touch the bounds are the map (centred where the map is smaller than the view)', () => {
    const zoom = zoomFor(1280, 720);
    expect(cameraBounds(mapW, mapH, 1280, 720, zoom)).toEqual({ x: 0, y: 0, w: mapW, h: mapH });
    const small = cameraBounds(100, 100, 1280, 720, 1);
    expect(small.x).toBeLessThan(0);
    expect(small.w).toBe(1280);
  });
});

describe('the camera on a phone in portrait keeps the player below the HUD', () => {
  const level = loadChapterMap('cafeteria');
  const mapW = level.width * TILE_SIZE;
  const mapH = level.height * TILE_SIZE;
  // The serving line, the map's top edge of the hall, where Tae-min is bitten on the way back.
  const py = 8.5 * TILE_SIZE;
  const hudBottom = 232; // screen px: the meters, the objective and the bonus line at 360x640

  /** As ChapterScene follows: from higher up by half the HUD's band, clamped to the bounds. */
  function screenY(band: number): number {
    const zoom = zoomFor(360, 640);
    const b = cameraBounds(mapW, mapH, 360, 640, zoom, 0, band);
    const centre = py - band / 2 / zoom;
    const scroll = Math.min(Math.max(centre - 640 / zoom / 2, b.y), b.y + b.h - 640 / zoom);
    return (py - scroll) * zoom;
  }

  it('at the serving line the player is drawn below the HUD, in the middle of the screen under it', () => {
    const band = hudBand(360, 640, hudBottom);
    expect(band).toBeGreaterThanOrEqual(hudBottom);
    expect(screenY(band)).toBeGreaterThan(hudBottom + 40);
    // Bounds that stop at the map's top edge would clamp the player up under the HUD.
    expect(screenY(0)).toBeLessThan(hudBottom);
  });

  it('in landscape the HUD sits in a corner: no band', () => {
    expect(hudBand(1280, 720, 300)).toBe(0);
    expect(hudBand(360, 640, 0)).toBe(0);
  });
});

const roof = loadChapterMap('rooftop');

/** The cells of Void (the drop, where the crowd below is drawn) on screen with the camera on (x, y), clamped to the map as ChapterScene's fitCamera does. */
function voidInView(width: number, height: number, view: CameraView | undefined, x: number, y: number): number {
  const zoom = zoomFor(width, height, view);
  const w = width / zoom / TILE_SIZE;
  const h = height / zoom / TILE_SIZE;
  const padX = Math.max(0, (w - roof.width) / 2);
  const padY = Math.max(0, (h - roof.height) / 2);
  const left = Math.min(Math.max(x - w / 2, -padX), roof.width + padX - w);
  const top = Math.min(Math.max(y - h / 2, -padY), roof.height + padY - h);
  let n = 0;
  for (let cy = Math.max(0, Math.floor(top)); cy < Math.min(roof.height, Math.ceil(top + h)); cy++)
    for (let cx = Math.max(0, Math.floor(left)); cx < Math.min(roof.width, Math.ceil(left + w)); cx++)
      if (roof.tiles[cy * roof.width + cx] === Tile.Void) n++;
  return n;
}

describe('the camera', () => {
  const pad = roof.exits[0]!;
  const spots = [
    { x: pad.x + pad.w / 2, y: pad.y + pad.h / 2 },
    { x: pad.x + 0.5, y: pad.y + 0.5 },
    { x: pad.x + pad.w - 0.5, y: pad.y + 0.5 },
  ];

  it('shows the rooftop drop (the crowd below) from anywhere on the helipad, on a desktop and on a phone', () => {
    for (const [w, h] of [[1280, 720], [360, 640], [390, 844]] as const)
      for (const s of spots) expect(voidInView(w, h, ROOFTOP_CHAPTER.camera, s.x, s.y), `${w}x${h} at ${s.x},${s.y}`).toBeGreaterThanOrEqual(3 * 10);
    // The default camera did not: the drop was off screen at 1280x720.
    expect(voidInView(1280, 720, undefined, spots[0]!.x, spots[0]!.y)).toBe(0);
  });

  it('keeps the player at phone size on the rooftop: at least 20 px a tile at 360 wide', () => {
    expect(zoomFor(360, 640, ROOFTOP_CHAPTER.camera) * TILE_SIZE).toBeGreaterThanOrEqual(20 - 1e-9);
  });

  it('leaves the other chapters at 13 tiles on the short side', () => {
    expect(HALLWAY.camera).toBeUndefined();
    expect(720 / (zoomFor(1280, 720, HALLWAY.camera) * TILE_SIZE)).toBeCloseTo(13, 5);
  });
});
