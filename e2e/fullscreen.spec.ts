import { test, expect, type Page } from '@playwright/test';
import { playerPos, waitForScene, watchPage } from './helpers';

/**
 * The touch overlay's fullscreen button on a phone. Browsers may refuse fullscreen (iPhone
 * Safari, an iframe without permission): the refusal is forced here with an init script,
 * once as a rejected promise and once as a thrown error, and the game must simply go on.
 * Headless Chromium grants the real request, so the granted case is checked too.
 */

const viewport = { width: 360, height: 640 };
test.use({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

declare global {
  interface Window {
    __fullscreenAsked?: number;
  }
}

/** From the title by touch, as touch.spec.ts does: a tap opens the menu, the next picks chapter 1. */
async function startByTouch(page: Page): Promise<void> {
  await waitForScene(page, 'Title');
  await page.touchscreen.tap(viewport.width / 2, viewport.height * 0.5);
  await page.waitForTimeout(150);
  await page.touchscreen.tap(viewport.width / 2, viewport.height * 0.36 + 50);
  await waitForScene(page, 'Chapter');
  await expect.poll(() => page.evaluate(() => window.__LP__!.touchControls())).toBe(true);
}

async function tapFullscreen(page: Page): Promise<void> {
  const button = page.locator('#touch [data-button=fullscreen]');
  await expect(button).toBeVisible();
  const box = (await button.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

const tick = (page: Page) => page.evaluate(() => window.__LP__!.state()!.tick);

/** The chapter goes on: ticks advance, no error panel, and a drag on the stick still walks. */
async function expectStillPlaying(page: Page): Promise<void> {
  const before = await tick(page);
  await expect.poll(() => tick(page)).toBeGreaterThan(before + 10);
  expect(await page.evaluate(() => window.__LP__!.scene())).toBe('Chapter');
  await expect(page.locator('#fatal')).toBeHidden();
  expect(await page.evaluate(() => window.__LP__!.fatal())).toBeNull();
  const start = await playerPos(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 70, y, id: 1, radiusX: 8, radiusY: 8, force: 1 }] });
  const sy = viewport.height - 110;
  await touch('touchStart', sy);
  for (let i = 1; i <= 4; i++) await touch('touchMove', sy + i * 9);
  await expect.poll(async () => (await playerPos(page)).y).toBeGreaterThan(start.y + 0.2);
  await touch('touchEnd', sy);
}

for (const refusal of ['rejects', 'throws'] as const) {
  test(`a refused fullscreen request (the browser ${refusal}) leaves the game running with no error`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.addInitScript((how) => {
      window.__fullscreenAsked = 0;
      Element.prototype.requestFullscreen = function (): Promise<void> {
        window.__fullscreenAsked!++;
        if (how === 'throws') throw new TypeError('fullscreen is not allowed here');
        return Promise.reject(new DOMException('Permissions check failed', 'NotAllowedError'));
      };
    }, refusal);
    await page.goto('./');
    await startByTouch(page);
    await tapFullscreen(page);
    await expect.poll(() => page.evaluate(() => window.__fullscreenAsked)).toBe(1);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expectStillPlaying(page);
    // The button still answers (a second try asks again, and is refused quietly again).
    await tapFullscreen(page);
    await expect.poll(() => page.evaluate(() => window.__fullscreenAsked)).toBe(2);
    await expectStillPlaying(page);
    expect(problems).toEqual([]);
  });
}

test('a granted fullscreen request takes the page fullscreen, and the button leaves it again', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('./');
  await startByTouch(page);
  await tapFullscreen(page);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null)).toBe('HTML');
  await expectStillPlaying(page);
  await tapFullscreen(page);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
  await expectStillPlaying(page);
  expect(problems).toEqual([]);
});
