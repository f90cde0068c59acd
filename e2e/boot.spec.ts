import { test, expect } from '@playwright/test';
import { OUTPUT, holdKey, playerPos, startFirstChapter, waitForScene, watchPage } from './helpers';

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('boots to the title, starts with a key, walks with WASD and arrows, pauses and resumes', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./');
    await waitForScene(page, 'Title');
    const renderer = await page.evaluate(() => window.__LP__!.renderer());
    expect(['webgl', 'canvas']).toContain(renderer);
    test.info().annotations.push({ type: 'renderer', description: renderer });
    await page.screenshot({ path: `${OUTPUT}/title-desktop.png` });

    await startFirstChapter(page);
    const start = await playerPos(page);

    // WASD: D moves east... but 2-3 has a wall to the east; S walks south to the door.
    await holdKey(page, 'KeyS', 400);
    const afterS = await playerPos(page);
    expect(afterS.y).toBeGreaterThan(start.y + 0.3);
    await holdKey(page, 'KeyA', 400);
    const afterA = await playerPos(page);
    expect(afterA.x).toBeLessThan(afterS.x - 0.3);
    // Arrow keys too.
    await holdKey(page, 'ArrowRight', 400);
    const afterRight = await playerPos(page);
    expect(afterRight.x).toBeGreaterThan(afterA.x + 0.3);
    await holdKey(page, 'ArrowUp', 400);
    const afterUp = await playerPos(page);
    expect(afterUp.y).toBeLessThan(afterRight.y - 0.3);
    await page.screenshot({ path: `${OUTPUT}/hallway-desktop.png` });

    // Pause: the sim stops; resume: it goes on.
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    const pausedTick = await page.evaluate(() => window.__LP__!.state()!.tick);
    await page.keyboard.down('KeyD');
    await page.waitForTimeout(300);
    await page.keyboard.up('KeyD');
    expect(await page.evaluate(() => window.__LP__!.state()!.tick)).toBe(pausedTick);
    await page.screenshot({ path: `${OUTPUT}/pause-desktop.png` });
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Chapter');
    await expect.poll(() => page.evaluate(() => window.__LP__!.state()!.tick)).toBeGreaterThan(pausedTick);

    expect(problems).toEqual([]);
  });

  test('a missing asset shows a readable error panel instead of a blank screen', async ({ page }) => {
    // The title art is in the common pack, loaded before the title (a chapter's files: assets.spec.ts).
    await page.route('**/title.png', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await expect(page.locator('#fatal')).toBeVisible();
    await expect(page.locator('#fatal-title')).toContainText('could not be loaded');
    await expect(page.locator('#fatal-detail')).toContainText('title');
    await expect(page.locator('#fatal-reload')).toBeVisible();
  });

  test('an uncaught error in the running game shows the error panel with what happened', async ({ page }) => {
    await page.goto('./');
    await waitForScene(page, 'Title');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('boom from a test');
      }, 0);
    });
    await expect(page.locator('#fatal')).toBeVisible();
    await expect(page.locator('#fatal-detail')).toContainText('boom from a test');
    expect(await page.evaluate(() => window.__LP__!.fatal())).toContain('boom from a test');
  });

  test('?renderer=canvas forces the Canvas renderer', async ({ page }) => {
    await page.goto('./?renderer=canvas');
    await waitForScene(page, 'Title');
    expect(await page.evaluate(() => window.__LP__!.renderer())).toBe('canvas');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('starts with a tap and walks with the touch stick', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./');
    await waitForScene(page, 'Title');
    await page.screenshot({ path: `${OUTPUT}/title-phone.png` });
    await page.touchscreen.tap(195, 500);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUTPUT}/menu-phone.png` });
    // The first chapter's button sits just under the 'Chapters' heading.
    const box = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    await page.touchscreen.tap(box.w / 2, box.h * 0.36 + 50);
    await waitForScene(page, 'Chapter');
    const start = await playerPos(page);

    // Drag on the left half: a floating stick pointing down.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    await touch('touchStart', 100, 600);
    for (let i = 1; i <= 5; i++) await touch('touchMove', 100, 600 + i * 10);
    await page.waitForTimeout(600);
    await touch('touchEnd', 100, 650);
    const after = await playerPos(page);
    expect(after.y).toBeGreaterThan(start.y + 0.3);
    await page.screenshot({ path: `${OUTPUT}/hallway-phone.png` });
    expect(problems).toEqual([]);
  });
});
