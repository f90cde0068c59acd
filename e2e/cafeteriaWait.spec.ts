import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, tapMenu, waitForScene, watchPage } from './helpers';

/**
 * Chapter 2's wait on the stairs (issue 14): `?skip=94` lets the survivor bot play the first
 * load home on Story (src/bots/skipAhead.ts, with the chapter's plan), so the page opens in the
 * wait: the HUD line says wait and counts those still up, the landing's doors are shut.
 * Screenshots at 1280x720 and 360x640 to look at (e2e/output/cafeteria-wait-*.png).
 */
const objective = (page: Page) => page.evaluate(() => window.__LP__!.hud()?.objective ?? '');

for (const [w, h] of [[1280, 720], [360, 640]] as const) test(`the wait on the stairs after the first load, readable at ${w}x${h}`, async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: w, height: h });
  const problems = watchPage(page, baseURL!);
  await page.addInitScript(() => {
    if (!localStorage.getItem('last-period/progress')) {
      localStorage.setItem('last-period/progress', JSON.stringify({ version: 1, unlocked: ['hallway', 'cafeteria'], chapters: {} }));
    }
  });
  await page.goto('./?difficulty=story&skip=94');
  await waitForScene(page, 'Title');
  await page.keyboard.press('Enter');
  await tapMenu(page, '2. Cafeteria');
  await waitForScene(page, 'Chapter');
  await expect.poll(() => objective(page)).toMatch(/^The hall is awake: wait on the stairs \(\d+ up\)/);
  const shut = await page.evaluate(() => (window.__LP__!.state()!['doors'] as { x: number; y: number; open: boolean }[]).filter((d) => (d.x === 7 && d.y === 25) || (d.x === 15 && d.y === 27)).map((d) => d.open));
  expect(shut).toEqual([false, false]);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${OUTPUT}/cafeteria-wait-${w === 1280 ? 'desktop' : `${w}x${h}`}.png` });
  expect(problems).toEqual([]);
});
