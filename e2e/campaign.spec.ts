import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, loadChapterMapInNode, startFirstChapter, tapMenu, waitForScene, watchPage } from './helpers';
import { playWithBot } from './bot';
import { TICK_RATE } from '../src/sim/tuning';

test.use({ viewport: { width: 1280, height: 720 } });

/**
 * Game time (s) the path bot may take to walk chapter 1 to the exit. Measured ~100 s, and
 * 178 s with the page's CPU throttled 6x: its keys land later, so it weaves more (docs, e2e).
 */
const WALK_SECONDS = 400;

/** The saved run's step, read from localStorage as the game wrote it (null: no run). */
async function savedStep(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const text = localStorage.getItem('last-period/run');
    return text ? (JSON.parse(text) as { run: { step: number } }).run.step : null;
  });
}

test('a new run: chapter 1 to the exit, the music room\'s vote on keys, saved with the run, and Continue resumes after it after a reload', async ({ page, baseURL }) => {
  // The path bot runs the whole 2-3 minute floor (~80 s of sim time, more in the browser).
  // Its budget is game time (WALK_SECONDS); the test timeout is only the last-resort net for
  // a machine too busy to play the game at all.
  test.setTimeout(900_000);
  const problems = watchPage(page, baseURL!);
  // A cheap but honest route: no infected, an extinguisher in hand, the path bot walks
  // the real chapter (bolt cutters first) through real key presses, three times faster
  // than real time (?timeScale=3: its keys land a few ticks late, so it weaves more, in
  // about a third of the wall clock; the replay below is watched under it too, at x12).
  await page.goto('./?peaceful=1&extinguisher=1&timeScale=3');
  await startFirstChapter(page); // the first item of a fresh title: New run
  expect(await savedStep(page)).toBe(0);
  const ended = await playWithBot(page, await loadChapterMapInNode('hallway'), { run: 'always', gameSeconds: WALK_SECONDS });
  const walked = (await page.evaluate(() => window.__LP__!.state()!.tick)) / TICK_RATE;
  console.log(`path bot, chapter 1 at ?timeScale=3: ${ended} after ${walked.toFixed(1)} s of game time`);
  expect(ended, `the path bot did not reach the exit in ${WALK_SECONDS} s of game time`).toBe('ChapterEnd');
  expect(await page.evaluate(() => window.__LP__!.state()!.status)).toBe('won');
  // The win moved the run on and saved it, before any button is pressed.
  expect(await savedStep(page)).toBe(1);
  await page.waitForTimeout(650); // past the end screen's grace period (END_SCREEN_GRACE_MS)
  await page.screenshot({ path: `${OUTPUT}/campaign-chapter-won.png` });
  // The replay of this run, from the end screen: watched at the end of this test.
  const won = (await page.evaluate(() => window.__LP__!.state()))!;
  const downloading = page.waitForEvent('download');
  await tapMenu(page, 'Download replay');
  const replayFile = `${OUTPUT}/campaign-chapter1.lpreplay.json`;
  await (await downloading).saveAs(replayFile);
  expect((JSON.parse(readFileSync(replayFile, 'utf8')) as { finalHash: string }).finalHash).toBe(won.hash);
  // Back to Continue, the first row (the click moved the focus to the last).
  await page.keyboard.press('ArrowDown');

  await page.keyboard.press('Enter'); // the first button on a win in a run: Continue
  await waitForScene(page, 'Interlude');
  expect(await page.evaluate(() => window.__LP__!.scenes())).toEqual(['Interlude']);
  expect(await page.evaluate(() => window.__LP__!.music())).toBe('safeRoom');

  // The after-hallway interlude on keys: Enter through the dialogue to the vote on the door.
  const labels = () => page.evaluate(() => window.__LP__!.menu()?.map((r) => r.label) ?? []);
  await expect.poll(labels).toEqual(['Next']);
  for (let i = 0; i < 60 && (await labels())[0] === 'Next'; i++) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(60);
  }
  expect(await labels()).toEqual(['Open the door', 'Keep it shut']);
  await page.waitForTimeout(700); // the vote ignores presses for a moment (a mashed Next must not cast it)
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // Their reactions, then the consequence in plain words.
  await expect.poll(labels).toEqual(['Next']);
  for (let i = 0; i < 40 && (await labels())[0] === 'Next'; i++) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(60);
  }
  expect(await labels()).toEqual(['Continue']);
  await page.screenshot({ path: `${OUTPUT}/interlude-consequence.png` });
  await page.waitForTimeout(450);
  await page.keyboard.press('Enter');
  // The vote is saved with the run, which moves on to chapter 2: the cafeteria starts.
  await waitForScene(page, 'Chapter');
  expect(await page.evaluate(() => window.__LP__!.state()!.levelId)).toBe('cafeteria');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('last-period/run')!).run as { step: number; votes: Record<string, string>; cast: Record<string, { alive: boolean }> });
  expect(saved.step).toBe(2);
  expect(saved.votes).toEqual({ door: 'shut' });
  expect(saved.cast['ji-an']!.alive).toBe(false);
  // Back to the title from the pause menu.
  await page.keyboard.press('Escape');
  await waitForScene(page, 'Pause');
  await tapMenu(page, 'Quit to title');
  await waitForScene(page, 'Title');
  expect(await page.evaluate(() => window.__LP__!.music())).toBe('none');

  await page.reload();
  await waitForScene(page, 'Title');
  await page.keyboard.press('Enter'); // opens the menu
  await page.waitForTimeout(150);
  expect((await labels())[0]).toBe('Continue: 2. Cafeteria');
  await page.screenshot({ path: `${OUTPUT}/title-continue.png` });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUTPUT}/title-continue-360x640.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(300);

  // Watch the chapter's replay from the title: it plays to the same end state as the live run.
  const chooser = page.waitForEvent('filechooser');
  await tapMenu(page, 'Watch a replay');
  await (await chooser).setFiles(replayFile);
  await waitForScene(page, 'Chapter');
  await page.keyboard.press('Digit4');
  await waitForScene(page, 'ReplayEnd');
  const watched = (await page.evaluate(() => window.__LP__!.state()))!;
  expect(watched.hash).toBe(won.hash);
  expect(watched.status).toBe('won');
  expect(problems).toEqual([]);
});

test('a damaged run save is reported once, and the player starts clean with settings and progress kept', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('./');
  await waitForScene(page, 'Title');
  await page.evaluate(() => {
    localStorage.setItem('last-period/settings', JSON.stringify({ ...window.__LP__!.settings(), difficulty: 'story' }));
    localStorage.setItem('last-period/progress', JSON.stringify({ version: 1, unlocked: ['hallway'], chapters: { hallway: { completed: true, bestTicks: 3000, notesFound: [], rescues: [] } } }));
    localStorage.setItem('last-period/run', '{"version":1,"run":{"step":1,"cast":');
  });
  // Let the first load's late requests (the update checker's chunk) finish: a reload that
  // cuts one off is the test's doing, not a failed request of the game's.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await waitForScene(page, 'Title');
  await expect(page.locator('#notice')).toContainText('campaign run was damaged');
  expect(await page.evaluate(() => window.__LP__!.settings().difficulty)).toBe('story');
  expect(await page.evaluate(() => localStorage.getItem('last-period/run'))).toBeNull();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('last-period/progress')!).chapters.hallway.bestTicks)).toBe(3000);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${OUTPUT}/title-damaged-run.png` });
  // No run in progress: the first item is New run, which starts chapter 1.
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Chapter');
  expect(await savedStep(page)).toBe(0);
  expect(problems).toEqual([]);
});
