import { test, expect, type Page } from '@playwright/test';
import { holdKey, playerPos, startFirstChapter, waitForScene } from './helpers';

/**
 * The error panel says the game stopped, so it must have: no tick, no input and no bite
 * behind it. A lost graphics context is the one case that can end well: once the browser
 * restores it, Continue picks the run up at the tick it stopped at.
 */

const tick = (page: Page) => page.evaluate(() => window.__LP__!.state()!.tick);

/** While the panel shows: keys held and pressed, time passes, and nothing in the chapter changes. */
async function expectFrozen(page: Page): Promise<void> {
  await page.waitForTimeout(200); // a frame already under way may finish
  const frozenAt = await tick(page);
  const pos = await playerPos(page);
  await holdKey(page, 'KeyD', 600);
  await holdKey(page, 'KeyS', 300);
  await page.keyboard.press('Escape'); // the pause menu must not open under the panel either
  await page.waitForTimeout(400);
  expect(await tick(page)).toBe(frozenAt);
  expect(await playerPos(page)).toEqual(pos);
  expect(await page.evaluate(() => window.__LP__!.scenes())).not.toContain('Pause');
}

test('after an uncaught error the chapter stops: the tick does not advance and keys do not move the player', async ({ page }) => {
  await page.goto('./');
  await startFirstChapter(page);
  await expect.poll(() => tick(page)).toBeGreaterThan(30);
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('boom under the chapter');
    }, 0);
  });
  await expect(page.locator('#fatal')).toBeVisible();
  await expectFrozen(page);
  // No way back from an unknown error but a reload.
  await expect(page.locator('#fatal-continue')).toHaveCount(0);
});

test('a lost WebGL context freezes the chapter; once restored, Continue resumes the same run from the same tick', async ({ page }) => {
  await page.goto('./?renderer=webgl');
  await waitForScene(page, 'Title');
  test.skip((await page.evaluate(() => window.__LP__!.renderer())) !== 'webgl', 'no WebGL in this browser');
  await startFirstChapter(page);
  await expect.poll(() => tick(page)).toBeGreaterThan(30);
  await holdKey(page, 'KeyD', 300); // somewhere other than the start
  await page.evaluate(() => {
    const gl = document.querySelector('#game canvas') instanceof HTMLCanvasElement ? (document.querySelector('#game canvas') as HTMLCanvasElement).getContext('webgl') : null;
    const lose = gl?.getExtension('WEBGL_lose_context');
    if (!lose) throw new Error('WEBGL_lose_context is not available');
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = lose;
    lose.loseContext();
  });
  await expect(page.locator('#fatal')).toBeVisible();
  await expect(page.locator('#fatal-title')).toContainText('graphics context was lost');
  await expectFrozen(page);
  const stoppedAt = await tick(page);
  const pos = await playerPos(page);

  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(page.locator('#fatal-continue')).toBeVisible();
  await expect(page.locator('#fatal-title')).toContainText('graphics are back');
  // Still paused until the player says so.
  await page.waitForTimeout(400);
  expect(await tick(page)).toBe(stoppedAt);
  await page.locator('#fatal-continue').click();
  await expect(page.locator('#fatal')).toBeHidden();
  await expect.poll(() => tick(page)).toBeGreaterThan(stoppedAt);
  // The same run: the chapter went on from where it stopped, not from its start.
  const after = await page.evaluate(() => window.__LP__!.state()!);
  expect(after.tick).toBeLessThan(stoppedAt + 120);
  expect(after.status).toBe('playing');
  expect(Math.abs(after.player.x - pos.x) + Math.abs(after.player.y - pos.y)).toBeLessThan(1);
  await waitForScene(page, 'Chapter');
  // And it plays: keys move the player again (back the way it came, where there is floor;
  // software WebGL is slow, so wait for the distance rather than a time).
  const before = await playerPos(page);
  await page.keyboard.down('KeyA');
  await expect.poll(async () => {
    const p = await playerPos(page);
    return Math.abs(p.x - before.x) + Math.abs(p.y - before.y);
  }).toBeGreaterThan(0.3);
  await page.keyboard.up('KeyA');
});
