import { describe, expect, it } from 'vitest';
import { CAPTION_MAX_LINES, captionBand, clampCaptionLines } from '../../src/ui/captionLayout';
import { touchLayout } from '../../src/input/touchLayout';
import { zoomFor, PORTRAIT_MIN_TILES_ACROSS } from '../../src/view/camera';
import { TILE_SIZE } from '../../src/assets/frames';

const none = { top: 0, right: 0, bottom: 0, left: 0 };
const notch = { top: 44, right: 0, bottom: 34, left: 0 };

describe('caption band', () => {
  it.each([
    [360, 640],
    [390, 844],
    [844, 390],
    [1280, 720],
  ])('%ix%i: stays inside the screen and above every bottom touch control', (w, h) => {
    for (const insets of [none, notch]) {
      const touch = touchLayout(w, h, insets);
      const band = captionBand(w, h, insets, touch.controlsTop);
      expect(band.centerX - band.width / 2).toBeGreaterThanOrEqual(insets.left);
      expect(band.centerX + band.width / 2).toBeLessThanOrEqual(w - insets.right);
      expect(band.bottom).toBeLessThan(h - insets.bottom);
      for (const id of ['spray', 'interact', 'throw'] as const) {
        const c = touch.buttons[id];
        expect(band.bottom, id).toBeLessThanOrEqual(c.y - c.r);
      }
      expect(band.bottom).toBeLessThanOrEqual(touch.idleStick.y - touch.idleStick.r);
    }
  });

  it('uses the bottom of the screen when the touch controls are hidden', () => {
    const shown = captionBand(390, 844, none, touchLayout(390, 844, none).controlsTop);
    const hidden = captionBand(390, 844, none, null);
    expect(hidden.bottom).toBeGreaterThan(shown.bottom + 100);
  });
});

describe('caption lines', () => {
  // A fake wrap: 20 characters a line, breaking at spaces.
  const wrap = (text: string): string[] => {
    const out: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (next.length > 20 && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    if (line) out.push(line);
    return out;
  };

  it('keeps a caption that fits as it is', () => {
    expect(clampCaptionLines(['one line'], wrap)).toEqual(['one line']);
  });

  it(`cuts a long caption to ${CAPTION_MAX_LINES} lines, ending in an ellipsis that fits`, () => {
    const text = 'Seo-yeon texts: the stairwell back door is chained. Mr. Baek keeps bolt cutters in the lab.';
    const lines = clampCaptionLines(wrap(text), wrap);
    expect(lines).toHaveLength(CAPTION_MAX_LINES);
    expect(lines.at(-1)!.endsWith('…')).toBe(true);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(21);
    expect(text.startsWith(lines.join(' ').replace('…', ''))).toBe(true);
  });
});

describe('camera zoom', () => {
  it.each([
    [360, 640],
    [390, 844],
    [412, 915],
  ])(`a %ix%i portrait phone sees at least ${PORTRAIT_MIN_TILES_ACROSS} tiles across`, (w, h) => {
    expect(w / (zoomFor(w, h) * TILE_SIZE)).toBeGreaterThanOrEqual(PORTRAIT_MIN_TILES_ACROSS - 1e-9);
  });

  it('a landscape screen keeps about 13 tiles on its short side', () => {
    expect(720 / (zoomFor(1280, 720) * TILE_SIZE)).toBeCloseTo(13, 5);
  });
});
