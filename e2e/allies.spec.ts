import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, face, openDoor, startFirstChapter, waitForScene, walkTo, watchPage } from './helpers';

/**
 * Allies (issue 12), played through real input: chapter 1 with one ally (the test entry
 * `?allies=tae-min`, peaceful so nothing interrupts). Tae-min follows the player out of
 * 2-3 through its door, is told to wait and stays while the player walks on, then rejoins
 * on Follow. The desktop run gives orders with the R key, the phone run with the touch
 * ORDERS radial. Screenshots at 1280x720 and 360x640 go to e2e/output/.
 */

interface Ally {
  id: string;
  x: number;
  y: number;
  state: string;
  order: number;
  hidden: boolean;
  eyesGlow: boolean;
}
interface Snap {
  player: { x: number; y: number };
  doors: { x: number; y: number; open: boolean }[];
  allies: Ally[];
  allyTags: { name: string; alpha: number }[];
  captions: { text: string }[];
  ordersOpen: boolean;
}
const state = (page: Page) => page.evaluate(() => window.__LP__!.state() as unknown as Snap);
const ally = async (page: Page) => (await state(page)).allies[0]!;
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** Out of 2-3 by its corridor door at (23, 5), into the corridor, a few tiles east. */
async function leaveTheClassroom(page: Page): Promise<void> {
  await walkTo(page, 'x', 23.5);
  await walkTo(page, 'y', 4.5);
  await face(page, 'S');
  await openDoor(page, 23, 5);
  await walkTo(page, 'y', 7.5);
  await walkTo(page, 'x', 28.5);
}

for (const viewport of [
  { width: 1280, height: 720, name: 'desktop', touch: false },
  { width: 360, height: 640, name: 'phone', touch: true },
]) {
  test.describe(viewport.name, () => {
    test.use(viewport.touch ? { viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : { viewport });

    test(`an ally follows through a door, waits when told, and rejoins on Follow (${viewport.width}x${viewport.height})`, async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const problems = watchPage(page, baseURL!);
      await page.goto('./?peaceful=1&allies=tae-min');
      await startFirstChapter(page);
      const shot = (name: string) => page.screenshot({ path: `${OUTPUT}/allies-${name}-${viewport.name}.png` });

      // Tae-min stands beside the player, named on his first appearance; the HUD lists him.
      const s0 = await state(page);
      expect(s0.allies.map((a) => a.id)).toEqual(['tae-min']);
      expect(dist(s0.allies[0]!, s0.player)).toBeLessThan(2.5);
      await expect.poll(async () => (await state(page)).allyTags.map((t) => t.name)).toContain('Tae-min');
      await expect.poll(() => page.evaluate(() => window.__LP__!.hud()?.order)).toBe('Follow');
      expect(await page.evaluate(() => window.__LP__!.hud()!.allies.map((a) => a.name))).toEqual(['Tae-min']);
      await shot('start');

      // He follows the player through 2-3's door into the corridor.
      await leaveTheClassroom(page);
      await expect.poll(async () => (await ally(page)).y, { timeout: 10_000 }).toBeGreaterThan(5.6);
      await expect.poll(async () => dist(await ally(page), (await state(page)).player), { timeout: 10_000 }).toBeLessThan(3);

      // Wait: by the R key, or on the phone by the ORDERS radial.
      await order(page, viewport.touch, 'wait');
      await expect.poll(async () => (await ally(page)).order).toBe(1);
      await expect.poll(() => page.evaluate(() => window.__LP__!.hud()?.order)).toBe('Wait');
      // He says so.
      await expect.poll(async () => (await state(page)).captions.some((c) => c.text.startsWith('Tae-min: '))).toBe(true);
      await page.waitForTimeout(600);
      const waitedAt = await ally(page);
      await walkTo(page, 'x', 36.5);
      await page.waitForTimeout(800);
      const stayed = await ally(page);
      expect(dist(stayed, waitedAt)).toBeLessThan(0.5);
      expect(dist(stayed, (await state(page)).player)).toBeGreaterThan(5);
      await shot('waiting');

      // Follow: he walks back to the player.
      await order(page, viewport.touch, 'follow');
      await expect.poll(async () => (await ally(page)).order).toBe(0);
      await expect.poll(async () => dist(await ally(page), (await state(page)).player), { timeout: 12_000 }).toBeLessThan(3);
      await shot('rejoined');
      expect((await ally(page)).state).toBe('ok');
      expect(problems).toEqual([]);
    });
  });
}

/** Gives an order: R presses on a keyboard (Follow -> Wait -> Hide -> Follow), the radial on touch. */
async function order(page: Page, touch: boolean, which: 'follow' | 'wait'): Promise<void> {
  if (!touch) {
    const now = (await ally(page)).order;
    const target = which === 'follow' ? 0 : 1;
    const presses = (target - now + 3) % 3;
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('KeyR');
      await page.waitForTimeout(80);
    }
    return;
  }
  // Walking used the keyboard, which hides the touch controls: a tap on the empty top half brings them back.
  await page.touchscreen.tap(180, 200);
  const orders = page.locator('#touch [data-button=orders]');
  await expect(orders).toBeVisible();
  const box = (await orders.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(async () => (await state(page)).ordersOpen).toBe(true);
  const choice = page.locator(`#touch .choice[data-order="${which === 'follow' ? 0 : 1}"]`);
  await expect(choice).toBeVisible();
  if (which === 'wait') await page.screenshot({ path: `${OUTPUT}/allies-radial-phone.png` });
  const c = (await choice.boundingBox())!;
  await page.touchscreen.tap(c.x + c.width / 2, c.y + c.height / 2);
  await expect.poll(async () => (await state(page)).ordersOpen).toBe(false);
}

test("Ji-an's eyes glow when she follows the player into the music room's dark store", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const problems = watchPage(page, baseURL!);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?peaceful=1&allies=ji-an:halfInfected');
  await startFirstChapter(page);
  expect((await ally(page)).eyesGlow).toBe(false);
  await leaveTheClassroom(page);
  expect((await ally(page)).eyesGlow).toBe(false); // the corridor is lit
  // West along the corridor, down the west link (the chairs further south block it) to the
  // music room's door (13, 12), through the room to its store's door (6, 15): the store is dark.
  await walkTo(page, 'x', 16.5);
  await walkTo(page, 'y', 12.5);
  await walkTo(page, 'x', 14.5);
  await face(page, 'A');
  await openDoor(page, 13, 12);
  await walkTo(page, 'x', 6.5);
  await walkTo(page, 'y', 14.5);
  await face(page, 'S');
  await openDoor(page, 6, 15);
  await walkTo(page, 'y', 18.5);
  await walkTo(page, 'x', 9.5);
  await expect.poll(async () => (await ally(page)).eyesGlow, { timeout: 10_000 }).toBe(true);
  await page.screenshot({ path: `${OUTPUT}/allies-jian-dark-desktop.png` });
  expect(problems).toEqual([]);
});

test('a chapter without allies shows no ORDERS button and no group on the HUD', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('./?peaceful=1');
  await startFirstChapter(page);
  await waitForScene(page, 'Chapter');
  expect((await state(page)).allies).toEqual([]);
  await expect.poll(() => page.evaluate(() => window.__LP__!.hud()?.order ?? 'none')).toBe('none');
  expect(await page.locator('#touch [data-button=orders]').isVisible()).toBe(false);
  expect(problems).toEqual([]);
});
