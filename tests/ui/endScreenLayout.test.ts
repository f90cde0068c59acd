import { describe, expect, it } from 'vitest';
import { endScreenLayout, MENU_ROW_GAP } from '../../src/ui/endScreenLayout';

/**
 * The end screen after a loss shows the chapter's tip whole, its result lines and every
 * button on the screen, at 360x640 too. Heights as Chromium draws them at 360x640 (the
 * 26 px heading, 18 px lines): the longest tip (the rooftop's sprinter, 133 characters)
 * wraps to five lines at 306 px.
 */
const HEADING = 32;
const LINE = 22;

function boxes(height: number, causeLines: number, results: number, items: number) {
  const lineHeights = Array.from({ length: results }, () => LINE);
  const at = endScreenLayout(height, { headingHeight: HEADING, causeHeight: causeLines * LINE, lineHeights, items });
  return {
    at,
    heading: { top: at.headingY - HEADING / 2, bottom: at.headingY + HEADING / 2 },
    cause: { top: at.causeY, bottom: at.causeY + causeLines * LINE },
    lines: at.lineYs.map((y) => ({ top: y, bottom: y + LINE })),
    menuTop: at.menuY - at.rowHeight / 2,
  };
}

describe('the end screen after a loss', () => {
  it('at 360x640 the longest tip, six result lines and four buttons all show, none on another', () => {
    const b = boxes(640, 5, 6, 4);
    expect(b.heading.top).toBeGreaterThanOrEqual(0);
    expect(b.cause.top).toBeGreaterThanOrEqual(b.heading.bottom);
    expect(b.lines[0]!.top).toBeGreaterThanOrEqual(b.cause.bottom);
    for (let k = 1; k < b.lines.length; k++) expect(b.lines[k]!.top).toBeGreaterThanOrEqual(b.lines[k - 1]!.bottom);
    expect(b.menuTop).toBeGreaterThanOrEqual(b.lines.at(-1)!.bottom);
    expect(b.at.bottom).toBeLessThanOrEqual(640);
    // Still a thumb's target.
    expect(b.at.rowHeight).toBeGreaterThanOrEqual(44);
    expect(b.at.bottom - b.menuTop).toBeCloseTo(4 * b.at.rowHeight + 3 * MENU_ROW_GAP);
  });

  it('where it fits, as it always was: the heading at 18% of the height, the menu from 58% down', () => {
    const desk = boxes(720, 3, 4, 4);
    expect(desk.at.headingY).toBeCloseTo(720 * 0.18);
    expect(desk.at.menuY).toBeGreaterThanOrEqual(720 * 0.58);
    const shortTip = boxes(640, 2, 3, 3);
    expect(shortTip.at.headingY).toBeCloseTo(640 * 0.18);
  });
});
