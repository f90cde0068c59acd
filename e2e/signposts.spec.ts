import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, holdKey, startFirstChapter, tapMenu, waitForScene, watchPage } from './helpers';

async function pauseButton(page: Page): Promise<[number, number]> {
  const box = (await page.locator('#touch [data-button=pause]').boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}

type Marker = { visible: boolean; screenX: number; screenY: number; dirX: number; dirY: number; distance: number; onScreen: boolean; tileX: number; tileY: number };
const marker = (page: Page) => page.evaluate(() => window.__LP__!.state()!.marker as Marker | null);

test.describe('signposts at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the objective marker leads out of 2-3 through its door toward the first cabinet, and a setting turns it off', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./?peaceful=1');
    await startFirstChapter(page);
    await expect.poll(async () => (await marker(page))?.visible).toBe(true);
    const m = (await marker(page))!;
    // 2-3's corridor door (23, 5): the way to the cabinet beside it goes through it.
    expect([m.tileX, m.tileY]).toEqual([23.5, 5.5]);
    expect(m.distance).toBeGreaterThan(3);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUTPUT}/signposts-desktop.png` });
    // Walking toward it brings the distance down.
    await holdKey(page, 'KeyA', 500);
    await holdKey(page, 'KeyS', 500);
    await expect.poll(async () => (await marker(page))!.distance).toBeLessThan(m.distance);

    // Settings (from the pause menu): the Objective marker toggle. The pause screen shows the floor plan.
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUTPUT}/pause-floorplan-desktop.png` });
    expect((await page.evaluate(() => window.__LP__!.menu()))!.find((r) => r.focused)?.label).toBe('Resume');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Settings');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown'); // 4 volumes, difficulty, 3 toggles -> the marker toggle
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__LP__!.settings().objectiveMarker)).toBe(false);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Chapter');
    await expect.poll(async () => (await marker(page))?.visible).toBe(false);
    expect(problems).toEqual([]);
  });
});

test.describe('signposts on a phone', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('plaques and the marker read at 360x640', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./?peaceful=1');
    await waitForScene(page, 'Title');
    await page.touchscreen.tap(180, 320);
    await page.waitForTimeout(150);
    await page.touchscreen.tap(180, 640 * 0.36 + 50);
    await waitForScene(page, 'Chapter');
    await expect.poll(async () => (await marker(page))?.visible).toBe(true);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUTPUT}/signposts-360x640.png` });
    await page.touchscreen.tap(...(await pauseButton(page)));
    await waitForScene(page, 'Pause');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUTPUT}/pause-floorplan-360x640.png` });
    await tapMenu(page, 'Resume');
    await waitForScene(page, 'Chapter');
    const m = (await marker(page))!;
    expect(m.screenX).toBeGreaterThanOrEqual(0);
    expect(m.screenX).toBeLessThanOrEqual(360);
    expect(m.screenY).toBeGreaterThanOrEqual(0);
    expect(m.screenY).toBeLessThanOrEqual(640);
    expect(problems).toEqual([]);
  });
});
