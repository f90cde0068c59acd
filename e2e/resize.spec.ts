import { test, expect, type Page } from '@playwright/test';
import { waitForScene, watchPage, tapMenu } from './helpers';

/**
 * A resize or a rotation redraws the title: the old layout must be destroyed, not only
 * unlinked (Phaser 4's removeAll(true) does not destroy), or its menu acts a second time,
 * its invisible buttons stay live and its text canvases pile up.
 */

const scenes = (page: Page) => page.evaluate(() => window.__LP__!.scenes());

/** Counts every canvas the page creates (Phaser pools them: a destroyed Text's canvas is reused, a leaked one is not). */
async function countCanvases(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __canvasesMade: number };
    w.__canvasesMade = 0;
    const create = Document.prototype.createElement;
    Document.prototype.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
      if (String(tag).toLowerCase() === 'canvas') w.__canvasesMade++;
      return create.call(this, tag, options);
    } as typeof Document.prototype.createElement;
  });
}
const canvasesMade = (page: Page) => page.evaluate(() => (window as unknown as { __canvasesMade: number }).__canvasesMade);

/** Waits for the title to redraw at the new size (Phaser notices a resize on its next step). */
async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await expect.poll(() => page.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([width, height]);
  await page.waitForTimeout(250);
}

test('keyboard: Settings focused, the window resized, Enter opens Settings only (no chapter behind it)', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await waitForScene(page, 'Title');
  await page.keyboard.press('Enter'); // opens the menu
  await page.waitForTimeout(150);
  // Up from the first item wraps to the last one: Settings.
  await page.keyboard.press('ArrowUp');
  await resizeTo(page, 1000, 700);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Settings');
  await page.waitForTimeout(1000);
  expect(await scenes(page)).not.toContain('Chapter');
  expect(await page.evaluate(() => window.__LP__!.state())).toBeNull();
  expect(problems).toEqual([]);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 844, height: 390 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('rotated 844x390 -> 390x844, a tap where the old Settings button was opens nothing', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./');
    await waitForScene(page, 'Title');
    await page.touchscreen.tap(422, 200); // opens the menu
    await page.waitForTimeout(200);
    await resizeTo(page, 390, 844);
    // Landscape put Settings (third row) at y = 390 * 0.36 + 50 + 2 * 66 = 322 across x 211..633;
    // in portrait (300, 310) is empty: below the subtitle, above the first button (326..382).
    await page.touchscreen.tap(300, 310);
    await page.waitForTimeout(800);
    expect(await scenes(page)).toEqual(['Title']);
    expect(problems).toEqual([]);
  });
});

test.describe('canvases', () => {
  test.use({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });

  test('20 resizes and 20 title visits (and 20 resizes of Settings) create no more canvases than the first of each', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const problems = watchPage(page, baseURL!);
    await countCanvases(page);
    await page.goto('./');
    await waitForScene(page, 'Title');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);

    // One of each first, so the pool holds what a title and a chapter need.
    const visit = async (): Promise<void> => {
      await page.keyboard.press('Enter'); // New run, then Continue: the chapter
      await waitForScene(page, 'Chapter');
      await page.keyboard.press('Escape');
      await waitForScene(page, 'Pause');
      await tapMenu(page, 'Quit to title');
      await waitForScene(page, 'Title');
      await page.keyboard.press('Enter'); // the menu again
      await page.waitForTimeout(150);
    };
    await resizeTo(page, 1000, 700);
    await resizeTo(page, 1280, 720);
    await visit();
    const before = await canvasesMade(page);

    for (let i = 0; i < 20; i++) await resizeTo(page, i % 2 ? 1280 : 900, i % 2 ? 720 : 640);
    const afterResizes = await canvasesMade(page);
    for (let i = 0; i < 20; i++) await visit();
    const afterVisits = await canvasesMade(page);
    // The settings screen rebuilds on a resize too (one container, destroyed whole).
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Settings');
    await resizeTo(page, 900, 640);
    const settingsBefore = await canvasesMade(page);
    for (let i = 0; i < 20; i++) await resizeTo(page, i % 2 ? 900 : 1280, i % 2 ? 640 : 720);
    const settingsAfter = await canvasesMade(page);
    console.log(`canvases created: ${before} after warm-up, ${afterResizes} after 20 resizes, ${afterVisits} after 20 title visits; settings ${settingsBefore} -> ${settingsAfter} over 20 resizes`);
    // A leaked layout would add several per resize and three per visit.
    expect(afterResizes - before).toBeLessThanOrEqual(2);
    expect(afterVisits - afterResizes).toBeLessThanOrEqual(2);
    expect(settingsAfter - settingsBefore).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
  });
});
