import { test, expect } from '@playwright/test';
import { OUTPUT, holdKey, waitForScene, watchPage } from './helpers';

test.describe('extinguisher', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('holding Space sprays foam in the hallway: pressure drains, foam appears, and it stops on release', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./');
    await waitForScene(page, 'Title');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Hallway');

    // Out of classroom 2-3: face the door, open it, walk into the north corridor, face east.
    await holdKey(page, 'KeyS', 300);
    await page.keyboard.press('KeyE');
    await holdKey(page, 'KeyS', 900);
    await holdKey(page, 'KeyD', 150);

    const ext = () => page.evaluate(() => window.__LP__!.state()!['extinguisher'] as { has: boolean; pressure: number; spraying: boolean; foamClouds: number });
    const before = await ext();
    expect(before.has).toBe(true);
    expect(before.pressure).toBe(1);

    await page.keyboard.down('Space');
    await expect.poll(async () => (await ext()).foamClouds).toBeGreaterThan(5);
    await page.waitForTimeout(250);
    const during = await ext();
    expect(during.spraying).toBe(true);
    await page.screenshot({ path: `${OUTPUT}/extinguisher-spray.png` });
    await page.keyboard.up('Space');

    await expect.poll(async () => (await ext()).spraying).toBe(false);
    const after = await ext();
    expect(after.pressure).toBeLessThan(1);
    expect(after.pressure).toBeGreaterThan(0.5);
    expect(problems).toEqual([]);
  });
});
