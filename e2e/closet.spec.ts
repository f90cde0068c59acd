import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, loadChapterMapInNode, tapMenu, waitForScene, watchPage } from './helpers';
import { playAsSurvivor } from './survivor';

/**
 * Chapter 3, "Low Battery", in the real game: the phone panel on keys (F, B, 1) and by
 * touch at 390x844, the plan chosen in the chat, the fire bell, and the run to the roof
 * stairs by the survivor bot through real keys. Screenshots in the dark go to e2e/output/.
 */

/** Chapter 3 unlocked in the saved progress, so the title's chapter list offers it. */
async function unlockCloset(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (localStorage.getItem('last-period/progress')) return;
    localStorage.setItem('last-period/progress', JSON.stringify({ version: 1, unlocked: ['hallway', 'closet'], chapters: {} }));
  });
}

async function startCloset(page: Page, touch = false): Promise<void> {
  await waitForScene(page, 'Title');
  // The title's attract screen opens its menu on any key or tap.
  if (touch) await page.touchscreen.tap(195, 420);
  else await page.keyboard.press('Enter');
  await tapMenu(page, '3. Supply closet');
  await waitForScene(page, 'Chapter');
  await expect.poll(() => page.evaluate(() => (window.__LP__!.state() as { phone?: unknown } | null)?.phone ?? null)).not.toBeNull();
}

type Phone = { battery: number; flashlight: boolean; question: string; replies: string[] };
const phone = (page: Page) => page.evaluate(() => (window.__LP__!.state() as unknown as { phone: Phone }).phone);
const flags = (page: Page) => page.evaluate(() => (window.__LP__!.state() as unknown as { flags: Record<string, unknown> }).flags);

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('keys: the flashlight, the breath, the plan in the chat, then the run to the roof stairs', async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const problems = watchPage(page, baseURL!);
    await unlockCloset(page);
    await page.goto('./?difficulty=story');
    await startCloset(page);
    await expect(page.locator('#phone')).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUTPUT}/closet-dark-desktop.png` });

    // F: the flashlight on (the battery drains faster), F again: off.
    await page.keyboard.press('KeyF');
    await expect.poll(async () => (await phone(page)).flashlight).toBe(true);
    await expect(page.locator('#phone .phone-light')).toHaveText(/ON/);
    await page.mouse.move(900, 300);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUTPUT}/closet-flashlight-desktop.png` });
    await page.keyboard.press('KeyF');
    await expect.poll(async () => (await phone(page)).flashlight).toBe(false);

    // B held: the breath is held (the panel's button lights up).
    await page.keyboard.down('KeyB');
    await expect(page.locator('#phone .phone-breath')).toHaveClass(/on/);
    await page.keyboard.up('KeyB');

    // The question arrives with its replies; 1 picks the fire bell.
    await expect(page.locator('#phone .phone-reply')).toHaveCount(3, { timeout: 30_000 });
    await page.screenshot({ path: `${OUTPUT}/closet-chat-desktop.png` });
    const before = (await phone(page)).battery;
    await page.keyboard.press('Digit1');
    await expect(page.locator('#phone .phone-reply')).toHaveCount(0);
    await expect(page.locator('#phone .phone-chat')).toContainText('You: "Ring the fire bell');
    expect((await phone(page)).battery).toBeLessThan(before - 2);

    // The bell, then the survivor bot runs the dark corridor by keys.
    await expect.poll(async () => (await flags(page)).diverted, { timeout: 60_000 }).toBe(true);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUTPUT}/closet-diversion-desktop.png` });
    const level = await loadChapterMapInNode('closet');
    const run = await playAsSurvivor(page, level, { maxMs: 120_000 });
    expect(run.status).toBe('won');
    await waitForScene(page, 'ChapterEnd');
    await page.waitForTimeout(650);
    await page.screenshot({ path: `${OUTPUT}/closet-complete-desktop.png` });
    // The phone goes with the play: not over the end screen.
    await expect(page.locator('#phone')).toBeHidden();
    expect(problems).toEqual([]);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('touch: the phone panel is readable and its buttons work at 390x844', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, baseURL!);
    await unlockCloset(page);
    await page.goto('./?difficulty=story');
    await startCloset(page, true);
    await page.touchscreen.tap(100, 500); // the first touch shows the touch controls
    await page.locator('#phone .phone-light').tap();
    await expect.poll(async () => (await phone(page)).flashlight).toBe(true);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUTPUT}/closet-flashlight-phone.png` });
    await page.locator('#phone .phone-light').tap();
    await expect.poll(async () => (await phone(page)).flashlight).toBe(false);
    await expect(page.locator('#phone .phone-reply')).toHaveCount(3, { timeout: 30_000 });
    await page.screenshot({ path: `${OUTPUT}/closet-chat-phone.png` });
    // Every line on the phone is at least 13 CSS px.
    const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('#phone *')].map((e) => parseFloat(getComputedStyle(e).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(13);
    await page.locator('#phone .phone-reply').nth(2).tap();
    await expect(page.locator('#phone .phone-reply')).toHaveCount(1);
    await expect(page.locator('#phone .phone-reply')).toContainText('GO');
    await page.locator('#phone .phone-reply').first().tap();
    await expect.poll(async () => (await flags(page)).diverted, { timeout: 20_000 }).toBe(true);
    await page.screenshot({ path: `${OUTPUT}/closet-diversion-phone.png` });
    expect(problems).toEqual([]);
  });
});
