import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { SHEETS } from '../../src/assets/manifest';
import { CHAPTER_PACKS, COMMON_PACK } from '../../src/assets/packs';
import { PORTRAIT_CAST, PORTRAIT_COLUMNS, PORTRAIT_EXPRESSIONS, PORTRAIT_SIZE, portraitFrame } from '../../src/assets/portraits';
import { CAST_NAMES } from '../../src/campaign/cast';

/**
 * The interludes' portraits: every cast member has every expression, each one a face the
 * player can tell from the others, in the committed sheet (public/assets/img/portraits.png)
 * at the layout src/assets/portraits.ts promises, loaded with the interludes, not before the title.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const png = PNG.sync.read(readFileSync(`${root}public/${SHEETS.portraits.url}`));

/** The RGBA bytes of one frame. */
function frame(index: number): Buffer {
  const col = index % PORTRAIT_COLUMNS;
  const row = Math.floor(index / PORTRAIT_COLUMNS);
  const out = Buffer.alloc(PORTRAIT_SIZE * PORTRAIT_SIZE * 4);
  for (let y = 0; y < PORTRAIT_SIZE; y++) {
    const start = ((row * PORTRAIT_SIZE + y) * png.width + col * PORTRAIT_SIZE) * 4;
    png.data.copy(out, y * PORTRAIT_SIZE * 4, start, start + PORTRAIT_SIZE * 4);
  }
  return out;
}
const opaque = (f: Buffer) => { let n = 0; for (let i = 3; i < f.length; i += 4) if (f[i]! > 128) n++; return n; };
const differing = (a: Buffer, b: Buffer) => { let n = 0; for (let i = 0; i < a.length; i += 4) if (a.readUInt32BE(i) !== b.readUInt32BE(i)) n++; return n; };

describe('portraits', () => {
  it('every campaign cast member and the player have a row; the sheet is the size the frames say', () => {
    for (const id of Object.keys(CAST_NAMES)) expect(PORTRAIT_CAST, id).toContain(id);
    expect(PORTRAIT_CAST).toContain('joon');
    expect(png.width).toBe(PORTRAIT_COLUMNS * PORTRAIT_SIZE);
    expect(png.height).toBe(PORTRAIT_CAST.length * PORTRAIT_SIZE);
    expect(SHEETS.portraits.frameWidth).toBe(PORTRAIT_SIZE);
  });

  it('each frame is a bust filling a good part of its square, and every expression changes the face', () => {
    const frames = new Set<number>();
    for (const id of PORTRAIT_CAST) {
      const neutral = frame(portraitFrame(id, 'neutral'));
      for (const ex of PORTRAIT_EXPRESSIONS) {
        const i = portraitFrame(id, ex);
        frames.add(i);
        const f = frame(i);
        expect(opaque(f), `${id} ${ex}`).toBeGreaterThan(PORTRAIT_SIZE * PORTRAIT_SIZE * 0.3);
        if (ex !== 'neutral') expect(differing(f, neutral), `${id} ${ex} vs neutral`).toBeGreaterThan(40);
      }
    }
    expect(frames.size).toBe(PORTRAIT_CAST.length * PORTRAIT_EXPRESSIONS.length);
    expect(() => portraitFrame('joon', 'giggle' as never)).toThrow();
  });

  it('the cast are told apart: no two members share a neutral face', () => {
    for (const a of PORTRAIT_CAST) for (const b of PORTRAIT_CAST) if (a < b) expect(differing(frame(portraitFrame(a, 'neutral')), frame(portraitFrame(b, 'neutral'))), `${a} / ${b}`).toBeGreaterThan(800);
  });

  it("Ji-an is drawn half-infected: amber glowing eyes that no one else's portrait has", () => {
    // Amber pixels in the band of the face where the eyes are (an armband lower down does not count).
    const glowing = (f: Buffer) => {
      let n = 0;
      for (let y = 30; y < 56; y++) for (let x = 24; x < 72; x++) {
        const i = (y * PORTRAIT_SIZE + x) * 4;
        if (f[i]! > 230 && f[i + 1]! > 150 && f[i + 1]! < 215 && f[i + 2]! < 110) n++;
      }
      return n;
    };
    expect(glowing(frame(portraitFrame('ji-an', 'neutral')))).toBeGreaterThan(10);
    for (const id of PORTRAIT_CAST.filter((c) => c !== 'ji-an')) expect(glowing(frame(portraitFrame(id, 'neutral'))), id).toBeLessThan(3);
  });

  it('the portraits load with the interludes, never before the title', () => {
    expect(CHAPTER_PACKS.interlude.sheets).toContain('portraits');
    expect(COMMON_PACK.sheets).not.toContain('portraits' as never);
  });
});
