import { test, expect, type Page, type CDPSession } from '@playwright/test';
import { OUTPUT, playerPos, tapMenu, waitForScene, watchPage } from './helpers';

interface Point {
  x: number;
  y: number;
  id: number;
}

type Intent = { moveX: number; moveY: number; aimX: number; aimY: number; run: boolean; spray: boolean };
const intentOf = (page: Page) => page.evaluate(() => window.__LP__!.state()!.intent as Intent);

/** Raw multi-touch through the DevTools protocol: every call sends all fingers now down. */
function touches(cdp: CDPSession) {
  return (type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel', points: Point[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p) => ({ x: p.x, y: p.y, id: p.id, radiusX: 8, radiusY: 8, force: 1 })) });
}

async function centre(page: Page, button: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`#touch [data-button=${button}]`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

for (const [name, viewport] of [
  ['portrait', { width: 360, height: 640 }],
  ['landscape', { width: 640, height: 360 }],
] as const) {
  test.describe(`phone ${name}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

    test('the stick moves and runs, the spray button sprays and aims at the same time, a lost touch stops', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto('./');
      await waitForScene(page, 'Title');
      // A tap opens the menu; the first chapter sits right under "Chapters".
      await page.touchscreen.tap(viewport.width / 2, viewport.height * 0.5);
      await page.waitForTimeout(150);
      await page.touchscreen.tap(viewport.width / 2, viewport.height * 0.36 + 50);
      await waitForScene(page, 'Chapter');
      // Started by touch: the controls show, and the page itself never scrolls or zooms.
      await expect.poll(() => page.evaluate(() => window.__LP__!.touchControls())).toBe(true);
      await expect(page.locator('#touch [data-button=spray]')).toBeVisible();
      const cdp = await page.context().newCDPSession(page);
      const touch = touches(cdp);
      const start = await playerPos(page);

      // Finger 1: a short drag down on the left half walks.
      const sx = 70;
      const sy = viewport.height - 110;
      await touch('touchStart', [{ x: sx, y: sy, id: 1 }]);
      for (let i = 1; i <= 4; i++) await touch('touchMove', [{ x: sx, y: sy + i * 9, id: 1 }]);
      await expect.poll(async () => (await intentOf(page)).moveY).toBeGreaterThan(0.5);
      expect((await intentOf(page)).run).toBe(false);
      // A long drag runs.
      await touch('touchMove', [{ x: sx, y: sy + 90, id: 1 }]);
      await expect.poll(async () => (await intentOf(page)).run).toBe(true);

      // Finger 2 on the spray button while finger 1 still moves: both at once.
      const spray = await centre(page, 'spray');
      await touch('touchStart', [
        { x: sx, y: sy + 90, id: 1 },
        { x: spray.x, y: spray.y, id: 2 },
      ]);
      await expect.poll(async () => (await intentOf(page)).spray).toBe(true);
      const both = await intentOf(page);
      expect(both.moveY).toBeGreaterThan(0.5);
      // Drag finger 2 up and left on the button: aim follows.
      await touch('touchMove', [
        { x: sx, y: sy + 90, id: 1 },
        { x: spray.x - 40, y: spray.y - 40, id: 2 },
      ]);
      await expect.poll(async () => (await intentOf(page)).aimY).toBeLessThan(-0.5);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUTPUT}/hud-touch-${viewport.width}x${viewport.height}.png` });
      expect((await playerPos(page)).y).toBeGreaterThan(start.y + 0.3);

      // Lift finger 2 only (a touchEnd naming it): spraying stops, movement goes on.
      await touch('touchEnd', [{ x: spray.x - 40, y: spray.y - 40, id: 2 }]);
      await touch('touchMove', [{ x: sx, y: sy + 95, id: 1 }]);
      await expect.poll(async () => (await intentOf(page)).spray).toBe(false);
      expect((await intentOf(page)).moveY).toBeGreaterThan(0.5);
      // The system takes the touch away (touchcancel): nothing stays stuck.
      await touch('touchCancel', []);
      await expect.poll(async () => (await intentOf(page)).moveY).toBe(0);
      const stopped = await playerPos(page);
      await page.waitForTimeout(300);
      expect((await playerPos(page)).y).toBeCloseTo(stopped.y, 5);

      // The pause button pauses; a tap on Resume resumes.
      const pause = await centre(page, 'pause');
      await page.touchscreen.tap(pause.x, pause.y);
      await waitForScene(page, 'Pause');
      expect(await page.evaluate(() => window.__LP__!.touchControls())).toBe(false);
      await tapMenu(page, 'Resume');
      await waitForScene(page, 'Chapter');
      expect(await page.evaluate(() => [window.scrollX, window.scrollY, window.visualViewport?.scale ?? 1])).toEqual([0, 0, 1]);
      expect(problems).toEqual([]);
    });
  });
}

type CaptionBox = { text: string; left: number; right: number; top: number; bottom: number };

for (const viewport of [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`captions at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

    test('fit inside the screen, above the touch buttons, at most three', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await page.goto('./');
      await waitForScene(page, 'Title');
      await page.touchscreen.tap(viewport.width / 2, viewport.height * 0.5);
      await page.waitForTimeout(150);
      await page.touchscreen.tap(viewport.width / 2, viewport.height * 0.36 + 50);
      await waitForScene(page, 'Chapter');
      await expect.poll(() => page.evaluate(() => window.__LP__!.touchControls())).toBe(true);
      // Walk down out of 2-3's corner by the stick: the bell, then the scream from 2-2.
      const cdp = await page.context().newCDPSession(page);
      const touch = touches(cdp);
      const sx = 70;
      const sy = viewport.height - 110;
      await touch('touchStart', [{ x: sx, y: sy, id: 1 }]);
      for (let i = 1; i <= 4; i++) await touch('touchMove', [{ x: sx - i * 6, y: sy + i * 6, id: 1 }]);
      await expect
        .poll(() => page.evaluate(() => (window.__LP__!.state()!.captions as unknown[]).length), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(2);
      await touch('touchEnd', []);
      const captions = (await page.evaluate(() => window.__LP__!.state()!.captions)) as CaptionBox[];
      const buttons = await page.locator('#touch .btn').evaluateAll((els) =>
        els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).display !== 'none').map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
      await page.screenshot({ path: `${OUTPUT}/captions-${viewport.width}x${viewport.height}.png` });
      expect(captions.length).toBeLessThanOrEqual(3);
      for (const c of captions) {
        expect(c.left, c.text).toBeGreaterThanOrEqual(0);
        expect(c.right, c.text).toBeLessThanOrEqual(viewport.width);
        expect(c.top, c.text).toBeGreaterThanOrEqual(0);
        expect(c.bottom, c.text).toBeLessThanOrEqual(viewport.height);
        for (const b of buttons) {
          const overlaps = c.left < b.right && c.right > b.left && c.top < b.bottom && c.bottom > b.top;
          expect(overlaps, `"${c.text}" overlaps a touch button at ${b.left},${b.top}`).toBe(false);
        }
      }
      expect(problems).toEqual([]);
    });
  });
}
