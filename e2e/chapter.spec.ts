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
