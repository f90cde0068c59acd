import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, loadChapterMapInNode, playerPos, tapMenu, waitForScene, watchPage } from './helpers';
import { playWithBot } from './bot';
import { lootWaypoints } from '../src/bots/pathBot';

/** Chapter 2 unlocked, as after finishing chapter 1 (the chapter list then offers it). */
async function unlockCafeteria(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('last-period/progress')) {
      localStorage.setItem('last-period/progress', JSON.stringify({ version: 1, unlocked: ['hallway', 'cafeteria'], chapters: {} }));
    }
  });
}

const captions = (page: Page) => page.evaluate(() => (window.__LP__!.state()!.captions as { text: string }[]).map((c) => c.text).join(' | '));

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('from the chapter list to chapter complete on keys: two trips of snacks back to the stairs, Tae-min bitten on the way back with the first', async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const problems = watchPage(page, baseURL!);
    await unlockCafeteria(page);
    // Peaceful: the walk-through checks the chapter's flow, not the bot's nerve.
    await page.goto('./?peaceful=1&difficulty=story&timeScale=3');
    await waitForScene(page, 'Title');
    await page.keyboard.press('Enter');
    await tapMenu(page, '2. Cafeteria');
    await waitForScene(page, 'Chapter');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUTPUT}/cafeteria-start-desktop.png` });
    const level = await loadChapterMapInNode('cafeteria');
    // Arms full at three (Tae-min takes two): the kitchen's and the pantry's first five, the
    // stairs, then three more from the pantry and the serving line, and the stairs again.
    // Peaceful, so it runs: two trips in the time one walked took.
    const byX = lootWaypoints(level).sort((a, b) => a.x - b.x);
    const stairs = level.playerStart;
    const waypoints = [...byX.slice(0, 5), { x: stairs.x, y: stairs.y }, ...byX.slice(5, 8)];
    let shots = 0;
    let bitten = false;
    const ended = await playWithBot(page, level, {
      run: 'always',
      maxMs: 180_000,
      waypoints,
      onDecide: async () => {
        const text = await captions(page);
        if (shots === 0 && /serving line/i.test(text)) {
          shots++;
          await page.screenshot({ path: `${OUTPUT}/cafeteria-serving-line-desktop.png` });
        }
        if (!bitten && /bitten/i.test(text)) {
          bitten = true;
          await page.screenshot({ path: `${OUTPUT}/cafeteria-bite-desktop.png` });
          // The same moment on a small phone's screen (the bot's keys stay the same).
          await page.setViewportSize({ width: 360, height: 640 });
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${OUTPUT}/cafeteria-bite-360x640.png` });
          await page.setViewportSize({ width: 1280, height: 720 });
        }
      },
    });
    expect(ended).toBe('ChapterEnd');
    expect(bitten).toBe(true);
    const state = await page.evaluate(() => window.__LP__!.state()!);
    expect(state.status).toBe('won');
    await page.waitForTimeout(650);
    await page.screenshot({ path: `${OUTPUT}/cafeteria-complete-desktop.png` });
    await expect.poll(() => page.evaluate(() => window.__LP__!.menu()?.map((r) => r.label).join(' '))).toContain('Quit to title');
    expect(problems).toEqual([]);
  });

  for (const [w, h] of [[1280, 720], [360, 640]] as const) test(`the dining hall with its horde on Story at ${w}x${h}, sneaked into: screenshots of the hall, then of a tray thrown to pull the seated crowd`, async ({ page, baseURL }) => {
    const size = w === 1280 ? 'desktop' : `${w}x${h}`;
    await page.setViewportSize({ width: w, height: h });
    const problems = watchPage(page, baseURL!);
    await unlockCafeteria(page);
    await page.goto('./?difficulty=story');
    await waitForScene(page, 'Title');
    await page.keyboard.press('Enter');
    await tapMenu(page, '2. Cafeteria');
    await waitForScene(page, 'Chapter');
    // Through the stairs door into the hall, sneaking (C held), over the tray by the door, up to the first table row.
    const level = await loadChapterMapInNode('cafeteria');
    await page.keyboard.down('KeyC');
    await playWithBot(page, level, { run: 'never', maxMs: 30_000, waypoints: [{ x: 10.5, y: 23.5 }, { x: 11.5, y: 19.5 }], stopAt: (_x, y) => y < 21 });
    await page.keyboard.up('KeyC');
    await page.screenshot({ path: `${OUTPUT}/cafeteria-hall-${size}.png` });
    expect(await captions(page)).toMatch(/Throw it/);
    // Throw the tray east along the aisle (it flies up to 8 tiles): the seated ones near where it lands get up and go to the clatter.
    const me = await playerPos(page);
    const screen = await page.evaluate(() => window.__LP__!.state()!.player.screen as { x: number; y: number });
    await page.mouse.move(Math.min(w - 10, screen.x + 450), screen.y + 10);
    await page.keyboard.press('KeyQ');
    await page.waitForTimeout(2000);
    await page.screenshot({ path: `${OUTPUT}/cafeteria-decoy-${size}.png` });
    expect(me.y).toBeLessThan(21);
    expect(problems).toEqual([]);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('the opening on touch at 390x844: the chapter list by tap, the stick walks, DROP is there', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await unlockCafeteria(page);
    await page.goto('./?peaceful=1');
    await waitForScene(page, 'Title');
    await page.touchscreen.tap(195, 422);
    await page.waitForTimeout(150);
    await tapMenu(page, '2. Cafeteria');
    await waitForScene(page, 'Chapter');
    await expect.poll(() => page.evaluate(() => window.__LP__!.touchControls())).toBe(true);
    await expect(page.locator('#touch [data-button=drop]')).toBeVisible();
    const start = await playerPos(page);
    const cdp = await page.context().newCDPSession(page);
    const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', pts: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: pts.map((p, id) => ({ ...p, id, radiusX: 8, radiusY: 8, force: 1 })) });
    // Drag up on the left half: walk north out of the stairs toward the hall.
    await send('touchStart', [{ x: 80, y: 700 }]);
    for (let i = 1; i <= 5; i++) await send('touchMove', [{ x: 80 + i * 4, y: 700 - i * 10 }]);
    await page.waitForTimeout(1500);
    await send('touchEnd', []);
    const now = await playerPos(page);
    expect(Math.hypot(now.x - start.x, now.y - start.y)).toBeGreaterThan(1);
    await page.screenshot({ path: `${OUTPUT}/cafeteria-touch-390x844.png` });
    expect(problems).toEqual([]);
  });

  test.describe('small phone', () => {
    test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    test('the stairs and the hall at 360x640 (plaques, captions, HUD readable)', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await unlockCafeteria(page);
      await page.goto('./?peaceful=1');
      await waitForScene(page, 'Title');
      await page.touchscreen.tap(180, 320);
      await page.waitForTimeout(150);
      await tapMenu(page, '2. Cafeteria');
      await waitForScene(page, 'Chapter');
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${OUTPUT}/cafeteria-start-360x640.png` });
      // The weight has its own HUD row (LOAD), empty-handed at the start.
      await expect.poll(() => page.evaluate(() => window.__LP__!.hud()?.load?.line)).toBe('none');
      const load = await page.evaluate(() => window.__LP__!.hud()?.load ?? null);
      expect(load).toMatchObject({ carried: 0, line: 'none' });
      expect(problems).toEqual([]);
    });
  });
});
