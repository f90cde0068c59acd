import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, face, holdKey, openDoor, tapMenu, waitForScene, walkTo, watchPage } from './helpers';
import type { Surroundings } from '../src/testApi';

/**
 * Chapter 4, the rooftop: from the chapter list (unlocked in the saved progress) into the
 * siege. `?skip=N` lets the survivor bot play the first N seconds unbitable (src/bots/skipAhead.ts)
 * so the peak and the finale open at once.
 */
async function unlockRooftop(page: Page): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem('last-period/progress', JSON.stringify({ version: 1, unlocked: ['hallway', 'rooftop'], chapters: { hallway: { completed: true, bestTicks: 3000, notesFound: [], rescues: [] } } }));
  });
}

async function openRooftop(page: Page, query: string): Promise<void> {
  await page.goto(`./${query}`);
  await waitForScene(page, 'Title');
  await page.keyboard.press('Enter'); // attract -> menu
  await tapMenu(page, '4. Rooftop');
  await waitForScene(page, 'Chapter');
  await expect.poll(() => page.evaluate(() => window.__LP__!.state()?.levelId ?? null)).toBe('rooftop');
}

test.describe('the rooftop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the opening on keys: out of the stairwell, the stair door braced, the siege begins', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await unlockRooftop(page);
    await openRooftop(page, '?difficulty=story');
    expect(await page.evaluate(() => window.__LP__!.music())).toBe('exploreRooftop');
    // Down through the stair door (it opens on use) and out onto the roof.
    // The stair door is at (31, 13), two tiles south of the start: walked by the state, not the clock.
    await walkTo(page, 'y', 12.5);
    await face(page, 'S');
    await openDoor(page, 31, 13);
    await page.keyboard.down('KeyS');
    await expect.poll(() => page.evaluate(() => window.__LP__!.hud()?.objective ?? ''), { timeout: 10_000 }).toMatch(/Hold the roof/);
    await page.keyboard.up('KeyS');
    await page.screenshot({ path: `${OUTPUT}/rooftop-opening-desktop.png` });
    expect(problems).toEqual([]);
  });

  test('the siege at its peak, then the finale to the chapter complete screen', async ({ page, baseURL }) => {
    test.setTimeout(150_000);
    const problems = watchPage(page, baseURL!);
    await unlockRooftop(page);
    // 130 s in: piles at every wall, the jets have passed; the helicopter is 20 s out.
    await openRooftop(page, '?difficulty=story&skip=130');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUTPUT}/rooftop-peak-desktop.png` });
    const state = await page.evaluate(() => window.__LP__!.state()!);
    expect(state.status).toBe('playing');
    // The stair door pounded over and over is one caption, not three lines of it.
    const texts = (state.captions as { text: string }[]).map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
    // The HUD says how the braced door is doing, beside the countdown.
    expect((await page.evaluate(() => window.__LP__!.hud()?.objective)) ?? '').toMatch(/Helicopter in 0:\d\d · Stair door (holding|cracking|splintering!|broken)/);
    // Walk onto the helipad's middle and wait there for the helicopter.
    const pad = { x: 19, y: 20.5 };
    for (let i = 0; i < 40; i++) {
      const s = await page.evaluate(() => window.__LP__!.state()!);
      if (s.status !== 'playing') break;
      const dx = pad.x - s.player.x;
      const dy = pad.y - s.player.y;
      if (Math.abs(dx) < 1.5 && Math.abs(dy) < 1.5) break;
      const key = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'KeyD' : 'KeyA') : dy > 0 ? 'KeyS' : 'KeyW';
      await holdKey(page, key, 250);
    }
    // Wait on the pad for the helicopter as a player would: foam whatever comes within a few
    // tiles (the siege's foam soaks a body down), break free (mashing E) if something grabs.
    let shot = false;
    let spraying = false;
    for (let i = 0; i < 300; i++) {
      if ((await page.evaluate(() => window.__LP__!.scene())) === 'ChapterEnd') break;
      const s = await page.evaluate(() => window.__LP__!.state());
      if (s && s.player.grabbedBy >= 0) for (let k = 0; k < 8; k++) await page.keyboard.press('KeyE');
      const me = s?.player ?? { x: 0, y: 0 };
      const near = s ? (s.near as Surroundings) : null;
      const threat = near?.infected
        .filter((n) => n.asleep === 0 && Math.hypot(n.x - me.x, n.y - me.y) < 5)
        .sort((a, b) => Math.hypot(a.x - me.x, a.y - me.y) - Math.hypot(b.x - me.x, b.y - me.y))[0];
      if (s && threat && s.player.screen) {
        const dx = threat.x - s.player.x;
        const dy = threat.y - s.player.y;
        const len = Math.hypot(dx, dy) || 1;
        await page.mouse.move(s.player.screen.x + (dx / len) * 120, s.player.screen.y + (dy / len) * 120);
        if (!spraying) await page.keyboard.down('Space');
        spraying = true;
      } else if (spraying) {
        await page.keyboard.up('Space');
        spraying = false;
      }
      if (!shot && /helicopter is down/.test((await page.evaluate(() => window.__LP__!.hud()?.objective)) ?? '')) {
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${OUTPUT}/rooftop-helicopter-desktop.png` });
        shot = true;
      }
      await page.waitForTimeout(150);
    }
    if (spraying) await page.keyboard.up('Space');
    await waitForScene(page, 'ChapterEnd');
    const end = await page.evaluate(() => window.__LP__!.state()!);
    expect(end.status).toBe('won');
    await page.waitForTimeout(650);
    await page.screenshot({ path: `${OUTPUT}/rooftop-complete-desktop.png` });
    expect(problems).toEqual([]);
  });
});

test.describe('the rooftop on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the opening on touch, and the peak readable at phone size', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await unlockRooftop(page);
    await openRooftop(page, '?difficulty=story&skip=110');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUTPUT}/rooftop-peak-phone.png` });
    expect(await page.evaluate(() => window.__LP__!.state()!.status)).toBe('playing');
    expect(problems).toEqual([]);
  });
});

test.describe('the rooftop at 360x640', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test('the siege at its peak at 360x640', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await unlockRooftop(page);
    await openRooftop(page, '?difficulty=story&skip=125');
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${OUTPUT}/rooftop-peak-360.png` });
    const texts = (await page.evaluate(() => window.__LP__!.state()!.captions as { text: string }[])).map((c) => c.text);
    expect(new Set(texts).size).toBe(texts.length);
    // The objective line, with the stair door's state beside the countdown, reads in two lines (it wrapped to three).
    expect((await page.evaluate(() => window.__LP__!.hud()?.objective)) ?? '').toMatch(/Helicopter in 0:\d\d · Stair door (holding|cracking|splintering!|broken)/);
    const hud = (await page.evaluate(() => window.__LP__!.state()!.hudLayout)) as { objectiveLines: number };
    expect(hud.objectiveLines).toBeGreaterThanOrEqual(1);
    expect(hud.objectiveLines).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
  });
});
