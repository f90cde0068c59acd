import { describe, expect, it } from 'vitest';
import { TILE_SIZE } from '../../src/assets/manifest';
import { ROOFTOP_CHAPTER } from '../../src/chapters/rooftop';
import { HALLWAY } from '../../src/chapters/hallway';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { Tile } from '../../src/sim/grid';
import { zoomFor, type CameraView } from '../../src/view/camera';

const level = loadChapterMap('rooftop');

/** The cells of Void (the drop, where the crowd below is drawn) on screen with the camera on (x, y), clamped to the map as ChapterScene's fitCamera does. */
function voidInView(width: number, height: number, view: CameraView | undefined, x: number, y: number): number {
  const zoom = zoomFor(width, height, view);
  const w = width / zoom / TILE_SIZE;
  const h = height / zoom / TILE_SIZE;
  const padX = Math.max(0, (w - level.width) / 2);
  const padY = Math.max(0, (h - level.height) / 2);
  const left = Math.min(Math.max(x - w / 2, -padX), level.width + padX - w);
  const top = Math.min(Math.max(y - h / 2, -padY), level.height + padY - h);
  let n = 0;
  for (let cy = Math.max(0, Math.floor(top)); cy < Math.min(level.height, Math.ceil(top + h)); cy++)
    for (let cx = Math.max(0, Math.floor(left)); cx < Math.min(level.width, Math.ceil(left + w)); cx++)
      if (level.tiles[cy * level.width + cx] === Tile.Void) n++;
  return n;
}

describe('the camera', () => {
  const pad = level.exits[0]!;
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
