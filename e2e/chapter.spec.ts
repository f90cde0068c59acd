import { test, expect } from '@playwright/test';
import { OUTPUT, loadChapterMapInNode, startFirstChapter, waitForScene, watchPage } from './helpers';
import { playAsSurvivor } from './survivor';

test.use({ viewport: { width: 1280, height: 720 } });

test('survives the hallway on Story with the horde, from the title to the chapter-complete screen, by keys and mouse', async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const problems = watchPage(page, baseURL!);
  await page.goto('./?difficulty=story');
  await startFirstChapter(page);
  let sprayShots = 0;
  const run = await playAsSurvivor(page, await loadChapterMapInNode('hallway'), {
    maxMs: 120_000,
    hooks: {
      onTrigger: async (name) => {
        if (name === 'burst_2_2') {
          await page.waitForTimeout(900);
          await page.screenshot({ path: `${OUTPUT}/hallway-burst.png` });
        } else if (name === 'stairwell_rush') {
          await page.waitForTimeout(600);
          await page.screenshot({ path: `${OUTPUT}/hallway-rush.png` });
        }
      },
      onSpray: async () => {
        if (sprayShots++ > 0) return;
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${OUTPUT}/hallway-spray.png` });
      },
    },
  });
  console.log(
    `survivor bot in the real game (story): ${run.status}, ${run.decisions} decisions, gap p50 ${run.gapMs.p50} ms max ${run.gapMs.max} ms, ` +
      `view ${run.staleTicks.p50} ticks old (max ${run.staleTicks.max}), waited ${(run.stats.waitedTicks / 60).toFixed(1)} s, doors shut ${run.stats.doorsShut}, spray ${(run.stats.sprays / 60).toFixed(1)} s`,
  );
  expect(run.status).toBe('won');
  await waitForScene(page, 'ChapterEnd');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUTPUT}/chapter-complete-desktop.png` });
  const state = await page.evaluate(() => window.__LP__!.state());
  expect(state?.status).toBe('won');
  expect(state?.retries).toBe(0);
  // Back to the title. The end menu: 'Play again', then 'Quit to title'.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Title');
  expect(problems).toEqual([]);
});
