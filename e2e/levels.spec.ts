import { test, expect } from '@playwright/test';
import { OUTPUT, playerPos, startFirstChapter, waitForScene, watchPage } from './helpers';

test.use({ viewport: { width: 1280, height: 720 } });

test('the hallway chapter plays the authored Tiled map', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('./');
  await startFirstChapter(page);
  expect(await page.evaluate(() => window.__LP__!.state()!.levelId)).toBe('hallway');
  // hallway.tmj's player_start: classroom 2-3, cell (25, 2).
  expect(await playerPos(page)).toEqual({ x: 25.5, y: 2.5 });
  await page.screenshot({ path: `${OUTPUT}/hallway-tmj.png` });
  expect(problems).toEqual([]);
});

test("a malformed map shows the error panel with every one of the loader's problems", async ({ page }) => {
  // Damage the map inside the served bundle (it ships as text): the game must say what
  // is wrong instead of crashing mid-game.
  // The maps are in the game's chunk (src/boot/startGame.ts and what it imports).
  await page.route(/\/assets\/startGame-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text())
      .replace('"orientation": "orthogonal"', '"orientation": "isometric"')
      .replace('"name": "triggers"', '"name": "trigers"');
    await route.fulfill({ response, body });
  });
  await page.goto('./');
  // The title's menu: a key opens it, Enter picks the first chapter.
  await waitForScene(page, 'Title');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  await page.keyboard.press('Enter');
  await expect(page.locator('#fatal')).toBeVisible();
  await expect(page.locator('#fatal-title')).toContainText('could not be loaded');
  const detail = page.locator('#fatal-detail');
  await expect(detail).toContainText("orientation is 'isometric'");
  await expect(detail).toContainText("unknown layer 'trigers'");
  await expect(detail).toContainText("missing layer 'triggers'");
  await page.screenshot({ path: `${OUTPUT}/level-error.png` });
});
