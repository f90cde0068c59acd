import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { face, holdKey, openDoor, startFirstChapter, useUntil, waitForScene, walkTo, watchPage } from './helpers';

type Snap = { player: { x: number; y: number }; doors: { x: number; y: number; open: boolean }[]; prompt: string; extinguisher: { has: boolean } };
const state = (page: Page) => page.evaluate(() => window.__LP__!.state() as unknown as Snap);

test.describe('offline', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('after one visit the game loads and plays with no network: out of 2-3 to the first cabinet', async ({ page, context, baseURL }) => {
    await page.goto('./?peaceful=1');
    await waitForScene(page, 'Title');
    // Active means installed, and installing means the whole build is in the precache.
    const worker = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none');
    await expect.poll(worker, { timeout: 30_000 }).toBe('activated');

    await context.setOffline(true);
    const problems = watchPage(page, baseURL!);
    await page.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await startFirstChapter(page);

    // Classroom 2-3's corridor door is at (23, 5); the first cabinet's front is at (24.5, 6.5).
    const s0 = await state(page);
    const door = s0.doors.find((d) => d.x === 23 && d.y === 5)!;
    await walkTo(page, 'x', door.x + 0.5);
    await walkTo(page, 'y', door.y - 0.5);
    await face(page, 'S');
    await openDoor(page, 23, 5);
    await walkTo(page, 'y', 6.5);
    await walkTo(page, 'x', 24.5);
    await expect.poll(async () => (await state(page)).prompt).toContain('Take extinguisher');
    await useUntil(page, () => (window.__LP__!.state()!['extinguisher'] as { has: boolean }).has, null);

    // Every file came from the precache: nothing failed, and the sounds loaded (no notice about them).
    expect(problems).toEqual([]);
    expect(await page.locator('#notice').count()).toBe(0);
  });

  test('sounds that cannot be loaded are told once, and the game plays on', async ({ page }) => {
    await page.route(/\.(webm|mp3)$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await startFirstChapter(page);
    await expect(page.locator('#notice')).toContainText('sounds could not be loaded');
    await page.locator('#notice').click(); // dismissed
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Chapter');
    await holdKey(page, 'KeyS', 300);
    await page.waitForTimeout(500);
    expect(await page.locator('#notice').count()).toBe(0);
  });

  test('a new version waits for the title: its Reload notice leaves in a chapter, comes back on the title, and reloads only when pressed', async ({ page }) => {
    await page.goto('./');
    await waitForScene(page, 'Title');
    const worker = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none');
    await expect.poll(worker, { timeout: 30_000 }).toBe('activated');

    // "Upload" a new version: sw.js with one revision changed is a new worker to the browser.
    // Playwright's routes do not see the worker's update check, so the file in dist/ changes
    // (one character, the same length: vite preview keeps each file's size from its start).
    const swPath = fileURLToPath(new URL('../dist/sw.js', import.meta.url));
    const original = readFileSync(swPath, 'utf8');
    const changed = original.replace(/revision:"([0-9a-f])/, (_m, c: string) => `revision:"${c === '0' ? '1' : '0'}`);
    expect(changed).not.toBe(original);
    writeFileSync(swPath, changed);
    try {
      await page.reload();
      await waitForScene(page, 'Title');
      const prompt = page.locator('#update-prompt');
      await expect(prompt).toContainText('A new version of Last Period is ready', { timeout: 30_000 });

      await startFirstChapter(page);
      await expect(prompt).toHaveCount(0);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => window.__LP__!.scene())).toBe('Chapter'); // nothing reloaded it
      await page.keyboard.press('Escape');
      await waitForScene(page, 'Pause');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter'); // Quit to title
      await waitForScene(page, 'Title');
      await expect(prompt).toBeVisible();

      const reloaded = page.waitForEvent('framenavigated');
      await prompt.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await waitForScene(page, 'Title');
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      await page.waitForTimeout(1000);
      await expect(prompt).toHaveCount(0);
    } finally {
      writeFileSync(swPath, original);
    }
  });
});
