import { test, expect } from '@playwright/test';
import { OUTPUT, startFirstChapter, watchPage } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

test('the hallway has a horde drawn from pooled sprites, and F3 shows the debug overlay', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('./');
  await startFirstChapter(page);
  const state = () => page.evaluate(() => window.__LP__!.state()!);
  const first = await state();
  expect(first.infected as number).toBeGreaterThan(3);
  await page.waitForTimeout(500);
  const later = await state();
  // One sprite per infected, never more than the peak horde.
  expect(later.infectedSprites).toBe(later.infected);
  await page.screenshot({ path: `${OUTPUT}/horde.png` });
  await page.keyboard.press('F3');
  await page.waitForTimeout(300);
  expect((await state()).debugOverlay).toBe(true);
  await page.screenshot({ path: `${OUTPUT}/horde-debug.png` });
  await page.keyboard.press('Backquote');
  await page.waitForTimeout(100);
  expect((await state()).debugOverlay).toBe(false);
  expect(problems).toEqual([]);
});
