/**
 * Greybox art for the foundation: flat, readable shapes rendered to PNG with pngjs.
 * Deterministic (no randomness, no timestamps): running it twice gives identical files.
 * Run: npx tsx assets/scripts/placeholders.ts
 */
import { PNG } from 'pngjs';
import { mkdirSync, writeFileSync } from 'node:fs';

type RGBA = [number, number, number, number];
const T = 32;

function image(w: number, h: number): PNG {
  return new PNG({ width: w, height: h });
}

function px(png: PNG, x: number, y: number, c: RGBA): void {
  if (x < 0 || y < 0 || x >= png.width || y >= png.height) return;
  const i = (y * png.width + x) * 4;
  png.data[i] = c[0];
  png.data[i + 1] = c[1];
  png.data[i + 2] = c[2];
  png.data[i + 3] = c[3];
}

function rect(png: PNG, x: number, y: number, w: number, h: number, c: RGBA): void {
  for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) px(png, xx, yy, c);
}

function disc(png: PNG, cx: number, cy: number, r: number, c: RGBA): void {
  for (let y = Math.floor(cy - r); y <= cy + r; y++)
    for (let x = Math.floor(cx - r); x <= cx + r; x++) if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r) px(png, x, y, c);
}

const out = new URL('../../public/assets/', import.meta.url);
mkdirSync(out, { recursive: true });

// Tiles, one 32x32 frame each in a row, in TILE_FRAME order (src/assets/manifest.ts).
const tiles = image(T * 10, T);
const frame = (i: number, draw: (ox: number) => void) => draw(i * T);
frame(0, (o) => { rect(tiles, o, 0, T, T, [58, 60, 66, 255]); rect(tiles, o, 0, T, 1, [66, 68, 75, 255]); rect(tiles, o, 0, 1, T, [66, 68, 75, 255]); });
frame(1, (o) => { rect(tiles, o, 0, T, T, [120, 112, 120, 255]); rect(tiles, o, 24, T, 8, [86, 80, 88, 255]); });
frame(2, (o) => { rect(tiles, o, 0, T, T, [120, 112, 120, 255]); rect(tiles, o, 6, T, 14, [120, 170, 200, 255]); });
frame(3, (o) => { rect(tiles, o, 0, T, T, [16, 16, 22, 255]); rect(tiles, o, 0, T, 3, [150, 150, 160, 255]); });
frame(4, (o) => { rect(tiles, o, 0, T, T, [70, 96, 130, 255]); for (let k = 0; k < 4; k++) rect(tiles, o + k * 8, 2, 1, 28, [40, 56, 80, 255]); });
frame(5, (o) => { rect(tiles, o, 0, T, T, [150, 100, 56, 255]); rect(tiles, o + 22, 14, 4, 4, [230, 210, 120, 255]); });
frame(6, (o) => { rect(tiles, o, 0, T, T, [120, 112, 120, 255]); rect(tiles, o + 6, 4, 20, 24, [200, 40, 40, 255]); rect(tiles, o + 12, 8, 8, 16, [240, 240, 240, 255]); });
frame(7, (o) => { rect(tiles, o, 0, T, T, [58, 60, 66, 255]); rect(tiles, o + 2, 4, 28, 22, [150, 130, 100, 255]); });
frame(8, (o) => { rect(tiles, o, 0, T, T, [58, 60, 66, 255]); rect(tiles, o, 0, 6, T, [150, 100, 56, 255]); });
frame(9, (o) => { rect(tiles, o, 0, T, T, [110, 70, 40, 255]); rect(tiles, o + 10, 12, 12, 10, [220, 200, 80, 255]); });
writeFileSync(new URL('tiles.png', out), PNG.sync.write(tiles));

// The player: pink-and-grey uniform seen from above, facing east (the view rotates it).
const player = image(T, T);
disc(player, 16, 16, 11, [40, 40, 48, 255]);
disc(player, 16, 16, 10, [236, 150, 180, 255]);
disc(player, 15, 16, 6, [60, 44, 40, 255]);
rect(player, 24, 14, 5, 4, [250, 220, 190, 255]);
writeFileSync(new URL('player.png', out), PNG.sync.write(player));
console.log('placeholders written to public/assets/');
