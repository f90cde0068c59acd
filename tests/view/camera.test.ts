import { describe, expect, it } from 'vitest';
import { TILE_SIZE } from '../../src/assets/manifest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { cameraBounds, zoomFor } from '../../src/view/camera';

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
