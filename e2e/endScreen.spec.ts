import { test, expect } from '@playwright/test';
import { OUTPUT, loadChapterMapInNode, startFirstChapter, waitForScene, watchPage } from './helpers';
import { playWithBot } from './bot';

/** Game time (s) the straight-run bot may go uncaught on Normal (as in chapter.spec.ts). */
const CAUGHT_SECONDS = 45;

type Box = { left: number; top: number; right: number; bottom: number };
type Shown = { heading: Box; cause: Box | null; lines: Box[]; menuBottom: number; width: number; height: number };

/**
 * The end screen after a bite on a 360x640 phone: the chapter's tip (82-133 characters)
 * shows whole, wrapped inside the screen, above the result lines, and every button is on
 * the screen under them. The layout's worst case (the longest tip, six result lines) is
 * tests/ui/endScreenLayout.test.ts; this is the real one, as Chromium draws it.
 */
test.describe('end screen on a small phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test("a bite's tip shows whole at 360x640, the buttons under it on the screen", async ({ page, baseURL }) => {
    test.setTimeout(300_000);
    const problems = watchPage(page, baseURL!);
    await page.goto('./?difficulty=normal');
    await startFirstChapter(page);
    // The straight-run bot ignores the horde: on Normal a sprinter catches it.
    const ended = await playWithBot(page, await loadChapterMapInNode('hallway'), { run: 'always', gameSeconds: CAUGHT_SECONDS });
    expect(ended, `the straight-run bot was not caught in ${CAUGHT_SECONDS} s of game time`).toBe('ChapterEnd');
    await waitForScene(page, 'ChapterEnd');
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${OUTPUT}/bitten-360x640.png` });
    const shown = (await page.evaluate(() => window.__LP__!.state()!.endScreen)) as Shown;
    const rows = (await page.evaluate(() => window.__LP__!.menu()))!;
    expect(shown.width).toBe(360);
    // The chapter's sound captions go with the play: none left under the end screen's buttons.
    const captions = (await page.evaluate(() => window.__LP__!.state()!.captions)) as { text: string }[];
    expect(captions.map((c) => c.text), 'captions still on screen under the end screen').toEqual([]);
    const cause = shown.cause!;
    expect(cause, 'a loss shows its tip').not.toBeNull();
    // Wrapped, not cut: inside the screen's width, several lines tall, under the heading.
    expect(cause.left).toBeGreaterThanOrEqual(0);
    expect(cause.right).toBeLessThanOrEqual(360);
    expect(cause.bottom - cause.top).toBeGreaterThan(40);
    expect(cause.top).toBeGreaterThanOrEqual(shown.heading.bottom);
    const last = shown.lines.at(-1)!;
    expect(shown.lines[0]!.top).toBeGreaterThanOrEqual(cause.bottom);
    for (const l of shown.lines) expect(l.right - l.left).toBeLessThanOrEqual(360);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]!.y).toBeGreaterThanOrEqual(last.bottom);
    for (const r of rows) expect(r.y + r.h, `"${r.label}" off the bottom`).toBeLessThanOrEqual(640);
    console.log(`end screen at 360x640: tip ${JSON.stringify(cause)}, ${shown.lines.length} result lines down to ${last.bottom.toFixed(0)}, rows ${rows.map((r) => `${r.label} ${r.y.toFixed(0)}-${(r.y + r.h).toFixed(0)}`).join(', ')}`);
    expect(problems).toEqual([]);
  });
});
