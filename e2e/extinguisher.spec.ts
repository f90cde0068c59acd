import { test, expect } from '@playwright/test';
import { OUTPUT, holdKey, startFirstChapter, watchPage } from './helpers';

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
    const walkTo = async (axis: 'x' | 'y', target: number) => {
      for (let k = 0; k < 80; k++) {
        const p = (await state()).player[axis];
        if (Math.abs(p - target) < 0.12) return;
        const key = axis === 'x' ? (p < target ? 'KeyD' : 'KeyA') : p < target ? 'KeyS' : 'KeyW';
        await holdKey(page, key, Math.min(250, Math.max(20, (Math.abs(p - target) / 3) * 1000 * 0.8)));
      }
    };
    await walkTo('x', door.x + 0.5);
    await walkTo('y', door.y - 0.5);
    await holdKey(page, 'KeyS', 40);
    await holdKey(page, 'KeyE', 80);
    await expect.poll(async () => (await state()).doors.some((d) => d.x === door.x && d.y === door.y && d.open)).toBe(true);
    await walkTo('y', door.y + 2.5);
    await holdKey(page, 'KeyD', 60);

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
