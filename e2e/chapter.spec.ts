import { test, expect } from '@playwright/test';
import { OUTPUT, loadChapterMapInNode, startFirstChapter, waitForScene, watchPage } from './helpers';
import { playWithBot } from './bot';

test.use({ viewport: { width: 1280, height: 720 } });

test('plays the hallway from the title to the chapter-complete screen with real key presses', async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const problems = watchPage(page, baseURL!);
  // The bot walks the level's paths; it does not dodge the horde (peaceful: no infected).
  await page.goto('./?peaceful=1');
  await startFirstChapter(page);
  const ended = await playWithBot(page, await loadChapterMapInNode('hallway'), { run: 'never', maxMs: 100_000 });
  expect(ended).toBe('ChapterEnd');
  await waitForScene(page, 'ChapterEnd');
  await page.screenshot({ path: `${OUTPUT}/chapter-complete-desktop.png` });
  const state = await page.evaluate(() => window.__LP__!.state());
  expect(state?.status).toBe('won');
  // Back to the title; the best time is on the chapter's button now.
  // The end menu: 'Play again', then 'Quit to title'.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Title');
  expect(problems).toEqual([]);
});

test('a bite shows what got you, and "Retry from checkpoint" puts you back in play', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const problems = watchPage(page, baseURL!);
  await page.goto('./?difficulty=normal');
  await startFirstChapter(page);
  // The straight-run bot ignores the horde: on Normal a sprinter catches it.
  const ended = await playWithBot(page, await loadChapterMapInNode('hallway'), { run: 'always', maxMs: 45_000 });
  expect(ended).toBe('ChapterEnd');
  expect(await page.evaluate(() => window.__LP__!.state()!.status)).toBe('lost');
  await expect.poll(() => page.evaluate(() => window.__LP__!.scenes())).not.toContain('Hud');
  await page.screenshot({ path: `${OUTPUT}/bitten-desktop.png` });
  await page.keyboard.press('Enter'); // the first button: Retry from checkpoint
  await waitForScene(page, 'Hallway');
  const state = await page.evaluate(() => window.__LP__!.state()!);
  expect(state.status).toBe('playing');
  expect(state.retries).toBe(1);
  await expect.poll(() => page.evaluate(() => window.__LP__!.scenes())).toContain('Hud');
  // The sim runs again from the checkpoint.
  await expect.poll(() => page.evaluate(() => window.__LP__!.state()!.tick)).toBeGreaterThan(state.tick);
  expect(problems).toEqual([]);
});
