import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, loadChapterMapInNode, recordBotReplay, waitForScene, watchPage, watchReplayFromTitle } from './helpers';
import { HALLWAY } from '../src/chapters/hallway';
import { DIFFICULTY } from '../src/sim/tuning';
import { SETTINGS_KEY, defaultSettings } from '../src/save/settings';

/**
 * Screenshots issue 11 asked to be looked at, taken where a newcomer would see them: the
 * signposts (plaques, the objective marker) on a 390x844 phone, and the "NO GRABS LEFT"
 * warning (src/audio/cues.ts, on breaking free of the last survivable grab) at 1280x720 and
 * 360x640. The warning comes from a real run of the screen-only bot on Normal, recorded in
 * Node and watched in the game's replay viewer, paused while the caption is up.
 */

type Caption = { text: string; left: number; right: number; top: number; bottom: number };
const captions = (page: Page) => page.evaluate(() => (window.__LP__!.state()?.captions ?? []) as Caption[]);
const replayState = (page: Page) => page.evaluate(() => window.__LP__!.state()!.replay as { tick: number; paused: boolean; speed: number });

/**
 * A run of the screen bot on Normal that breaks free of its last survivable grab, cut 2 s
 * later; made once for both sizes. The first seed that does, trying seed 4 first (of
 * seeds 1-10 it did so soonest, ~62 s in, when this was written: a short replay), so a sim
 * change that moves it costs time, not the test.
 */
const SEEDS = [4, 1, 2, 3, 5, 6, 7, 8, 9, 10];
let lastGrab: Promise<{ file: string; tick: number }> | null = null;
function lastGrabReplay(): Promise<{ file: string; tick: number }> {
  lastGrab ??= (async () => {
    const level = await loadChapterMapInNode('hallway');
    const file = `${OUTPUT}/last-grab.lpreplay.json`;
    for (const seed of SEEDS) {
      let at = -1;
      await recordBotReplay(file, HALLWAY, level, seed, 'normal', 'screen', {
        limitSeconds: 600,
        onTick: (w) => {
          for (const e of w.events) if (e.type === 'grabBroken' && at < 0 && w.player.grabsTaken >= DIFFICULTY.normal.grabHealth) at = w.tick;
        },
        stopWhen: (w) => at >= 0 && w.tick >= at + 120,
      });
      if (at >= 0) return { file, tick: at };
    }
    throw new Error('no screen-bot run of seeds 1-10 breaks its last survivable grab');
  })();
  return lastGrab;
}

/**
 * Watches the replay from the title (the page under ?timeScale=2), fast until just before
 * the grab, then at the slowest speed, paused while the warning is up.
 */
async function pauseOnWarning(page: Page, replay: { file: string; tick: number }, tap: boolean): Promise<Caption> {
  await watchReplayFromTitle(page, replay.file, tap);
  await page.keyboard.press('Digit4');
  // x8 until 6 s of play before the grab (polled often: at x8 a slow poll overshoots), then x2.
  await expect.poll(async () => (await replayState(page)).tick, { timeout: 90_000, intervals: [100] }).toBeGreaterThan(replay.tick - 360);
  await page.keyboard.press('Digit1');
  let warning: Caption | undefined;
  await expect
    .poll(async () => (warning = (await captions(page)).find((c) => /NO GRABS LEFT/.test(c.text))) !== undefined, { timeout: 40_000, intervals: [50] })
    .toBe(true);
  await page.keyboard.press('Space'); // pause while it is up
  await expect.poll(async () => (await replayState(page)).paused).toBe(true);
  await page.waitForTimeout(200);
  return (await captions(page)).find((c) => /NO GRABS LEFT/.test(c.text)) ?? warning!;
}

test.describe('signposts at 390x844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('plaques and the marker on a tall phone, in 2-3 and out in the corridor', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./?peaceful=1');
    await waitForScene(page, 'Title');
    await page.touchscreen.tap(195, 422);
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Chapter');
    await expect.poll(async () => (await page.evaluate(() => window.__LP__!.state()!.marker as { visible: boolean } | null))?.visible).toBe(true);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUTPUT}/signposts-390x844.png` });
    const m = (await page.evaluate(() => window.__LP__!.state()!.marker)) as { screenX: number; screenY: number };
    expect(m.screenX).toBeGreaterThanOrEqual(0);
    expect(m.screenX).toBeLessThanOrEqual(390);
    expect(m.screenY).toBeGreaterThanOrEqual(0);
    expect(m.screenY).toBeLessThanOrEqual(844);
    expect(problems).toEqual([]);
  });
});

for (const viewport of [
  { width: 1280, height: 720, name: 'desktop', touch: false },
  { width: 360, height: 640, name: '360x640', touch: true },
]) {
  test.describe(`the last-grab warning (${viewport.name})`, () => {
    test.use(
      viewport.touch
        ? { viewport: { width: viewport.width, height: viewport.height }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }
        : { viewport: { width: viewport.width, height: viewport.height } },
    );

    test(`"NO GRABS LEFT" reads inside the screen at ${viewport.width}x${viewport.height}`, async ({ page, baseURL }) => {
      test.setTimeout(240_000);
      const problems = watchPage(page, baseURL!);
      const saved = JSON.stringify({ ...defaultSettings(), captions: true });
      await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [SETTINGS_KEY, saved]);
      const replay = await lastGrabReplay();
      await page.goto('./?timeScale=2');
      const warning = await pauseOnWarning(page, replay, viewport.touch);
      await page.screenshot({ path: `${OUTPUT}/no-grabs-left-${viewport.name}.png` });
      expect(warning.left).toBeGreaterThanOrEqual(0);
      expect(warning.right).toBeLessThanOrEqual(viewport.width);
      expect(warning.top).toBeGreaterThanOrEqual(0);
      expect(warning.bottom).toBeLessThanOrEqual(viewport.height);
      expect(problems).toEqual([]);
    });
  });
}
