import { test, expect } from '@playwright/test';
import { OUTPUT, face, openDoor, startFirstChapter, walkTo, watchPage } from './helpers';

test.describe('extinguisher', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('holding Space sprays foam in the hallway: pressure drains, foam appears, and it stops on release', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    // Chapter 1 starts empty-handed (the first cabinet teaches it); ?extinguisher=1 hands one over.
    await page.goto('./?extinguisher=1');
    await startFirstChapter(page);

    // Out of the classroom: line up with its door, open it, walk through into the
    // corridor, face east.
    const state = () => page.evaluate(() => window.__LP__!.state()! as unknown) as Promise<{ player: { x: number; y: number }; doors: { x: number; y: number; open: boolean }[] }>;
    const s0 = await state();
    // The corridor is south of the start room: take the nearest door in its south wall.
    const door = s0.doors.filter((d) => d.y > s0.player.y).reduce((a, b) => (Math.hypot(b.x + 0.5 - s0.player.x, b.y + 0.5 - s0.player.y) < Math.hypot(a.x + 0.5 - s0.player.x, a.y + 0.5 - s0.player.y) ? b : a));
    await walkTo(page, 'x', door.x + 0.5);
    await walkTo(page, 'y', door.y - 0.5);
    await face(page, 'S');
    await openDoor(page, door.x, door.y);
    await walkTo(page, 'y', door.y + 2.5);
    await face(page, 'D');

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
