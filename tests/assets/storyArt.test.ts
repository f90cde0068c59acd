import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { IMAGES, SHEETS } from '../../src/assets/manifest';
import { CHAPTER_PACKS, COMMON_PACK } from '../../src/assets/packs';
import { DANCE_FRAMES, DANCE_POSES, ILLUSTRATIONS, ILLUSTRATION_SIZE, PORTRAIT_CAST, danceFrame } from '../../src/assets/portraits';

/**
 * The story's art: the endings and the flashback are full 640x360 pictures, each its own
 * scene and mood, and the dance gives every cast member poses that read as different
 * moves; all of it loads with the interludes, none of it before the title.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (url: string) => PNG.sync.read(readFileSync(`${root}public/${url}`));
const luminance = (p: PNG) => {
  let sum = 0;
  for (let i = 0; i < p.data.length; i += 4) sum += 0.3 * p.data[i]! + 0.59 * p.data[i + 1]! + 0.11 * p.data[i + 2]!;
  return sum / (p.data.length / 4);
};

describe('illustrations', () => {
  const pics = Object.fromEntries(ILLUSTRATIONS.map((k) => [k, read(IMAGES[k])]));

  it('each is a full 640x360 picture with no holes, with real detail (not a flat fill)', () => {
    for (const [k, p] of Object.entries(pics)) {
      expect([p.width, p.height], k).toEqual([ILLUSTRATION_SIZE.width, ILLUSTRATION_SIZE.height]);
      const colours = new Set<number>();
      let holes = 0;
      for (let i = 0; i < p.data.length; i += 4) {
        if (p.data[i + 3] !== 255) holes++;
        colours.add(p.data.readUInt32BE(i));
      }
      expect(holes, k).toBe(0);
      expect(colours.size, k).toBeGreaterThan(200);
    }
  });

  it('the endings have their own moods: alone at night is darker than the helicopter, the dawn the brightest', () => {
    expect(luminance(pics.endingAlone!)).toBeLessThan(luminance(pics.endingHelicopter!) - 10);
    expect(luminance(pics.endingDawn!)).toBeGreaterThan(luminance(pics.endingHelicopter!) + 20);
    // The flashback is a warm daytime memory.
    const p = pics.flashbackLunch!;
    let r = 0, b = 0;
    for (let i = 0; i < p.data.length; i += 4) { r += p.data[i]!; b += p.data[i + 2]!; }
    expect(r).toBeGreaterThan(b * 1.1);
    expect(luminance(p)).toBeGreaterThan(luminance(pics.endingDawn!));
  });

  it('they load with the interludes, never before the title', () => {
    for (const k of ILLUSTRATIONS) {
      expect(CHAPTER_PACKS.interlude.images, k).toContain(k);
      expect(COMMON_PACK.images, k).not.toContain(k);
    }
  });
});

describe('the dance sheet', () => {
  const sheet = read(SHEETS.dance.url);
  const S = DANCE_FRAMES.size;
  const frame = (i: number) => {
    const col = i % DANCE_FRAMES.columns;
    const row = Math.floor(i / DANCE_FRAMES.columns);
    const out: number[] = [];
    for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) out.push(sheet.data.readUInt32BE(((row * S + y) * sheet.width + col * S + x) * 4));
    return out;
  };

  it('has a row per cast member and a column per pose, frames the size the manifest says', () => {
    expect(sheet.width).toBe(DANCE_FRAMES.columns * S);
    expect(sheet.height).toBe(PORTRAIT_CAST.length * S);
    expect(SHEETS.dance.frameWidth).toBe(S);
    expect(DANCE_POSES.length).toBeGreaterThanOrEqual(4);
    expect(DANCE_POSES.length).toBeLessThanOrEqual(6);
    for (const i of DANCE_FRAMES.order) expect(i).toBeLessThan(DANCE_FRAMES.columns);
  });

  it("every member's poses are different moves: no two frames of a row alike, none empty", () => {
    for (const id of PORTRAIT_CAST) {
      const frames = DANCE_POSES.map((p) => frame(danceFrame(id, p)));
      for (const f of frames) expect(f.filter((c) => (c & 0xff) > 128).length, id).toBeGreaterThan(400);
      for (let a = 0; a < frames.length; a++) {
        for (let b = a + 1; b < frames.length; b++) {
          const diff = frames[a]!.filter((c, i) => c !== frames[b]![i]).length;
          expect(diff, `${id} ${DANCE_POSES[a]} / ${DANCE_POSES[b]}`).toBeGreaterThan(60);
        }
      }
    }
  });

  it('loads with the interludes, never before the title', () => {
    expect(CHAPTER_PACKS.interlude.sheets).toContain('dance');
    expect(COMMON_PACK.sheets).not.toContain('dance' as never);
  });
});
