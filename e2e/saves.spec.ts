import { test, expect, type Page } from '@playwright/test';
import { waitForScene } from './helpers';

/** Saves under storage that is shared by two tabs, or full. */

const SETTINGS_KEY = 'last-period/settings';
const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as { difficulty: string; muted: boolean } | null, SETTINGS_KEY);
const settings = (page: Page) => page.evaluate(() => window.__LP__!.settings());

test("two tabs: a mute in one does not revert the other's difficulty change, and each tab sees the other's change", async ({ context }) => {
  // Two pages of one browser context share localStorage, as two tabs do.
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('./');
  await b.goto('./');
  await waitForScene(a, 'Title');
  await waitForScene(b, 'Title');

  // Tab A: Settings, down past the four volumes to Difficulty, right: Normal -> Nightmare.
  await a.bringToFront();
  await a.keyboard.press('Enter');
  await a.waitForTimeout(150);
  await a.keyboard.press('ArrowUp'); // wraps to Settings
  await a.keyboard.press('Enter');
  await waitForScene(a, 'Settings');
  for (let i = 0; i < 4; i++) await a.keyboard.press('ArrowDown');
  await a.keyboard.press('ArrowRight');
  await expect.poll(async () => (await settings(a)).difficulty).toBe('nightmare');

  // Tab B (it loaded before the change) mutes with M.
  await b.bringToFront();
  await b.keyboard.press('KeyM');
  await expect.poll(async () => (await settings(b)).muted).toBe(true);

  // The save holds both changes, and each tab shows the other's without a reload.
  expect(await stored(a)).toMatchObject({ difficulty: 'nightmare', muted: true });
  expect((await settings(b)).difficulty).toBe('nightmare');
  await expect.poll(async () => (await settings(a)).muted).toBe(true);
});

test('full storage: the saves still load, and the player is told progress will not be kept', async ({ page }) => {
  await page.goto('./');
  await waitForScene(page, 'Title');
  // A player's saved settings, then a storage that refuses every write (quota full).
  await page.evaluate((k) => {
    const s = window.__LP__!.settings();
    localStorage.setItem(k, JSON.stringify({ ...s, difficulty: 'story', highContrast: true }));
    localStorage.setItem('last-period/run', '{"version":1,"run":');
  }, SETTINGS_KEY);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await waitForScene(page, 'Title');
  expect(await settings(page)).toMatchObject({ difficulty: 'story', highContrast: true });
  await expect(page.locator('#notice')).toContainText('not keeping');
  // The title's own notice (the damaged run) comes below it instead of replacing it.
  await expect(page.locator('#notice')).toContainText('campaign run was damaged');
  // Changes still work for this visit.
  await page.keyboard.press('KeyM');
  await expect.poll(async () => (await settings(page)).muted).toBe(true);
  expect(await stored(page)).toMatchObject({ difficulty: 'story', muted: false });
});
