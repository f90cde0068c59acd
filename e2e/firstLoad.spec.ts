import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { firstLoadFiles } from '../scripts/firstLoad';
import { OUTPUT, holdKey, playerPos, startFirstChapter, waitForScene, watchPage } from './helpers';

// What scripts/budgets.mjs counts as the first load must be what the title really needs:
// a chunk the title waits for but the budget leaves out would make the figures lie.
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { loadedBeforeTitle: string[] };
const path = (url: string) => new URL(url).pathname.replace(/^\//, '');

test.use({ viewport: { width: 1280, height: 720 } });

test('the title shows with only the scripts the first-load budget counts, and it fetches them all', async ({ page }) => {
  const counted = new Set(firstLoadFiles('dist', budgets.loadedBeforeTitle).scripts);
  expect(counted.size).toBeGreaterThan(2);
  const fetched = new Set<string>();
  const refused: string[] = [];
  await page.route('**/*.js', (route) => {
    const file = path(route.request().url());
    if (counted.has(file)) {
      fetched.add(file);
      return route.continue();
    }
    refused.push(file);
    return route.abort();
  });
  await page.goto('./');
  await waitForScene(page, 'Title');
  // The title asks for the update checker as it opens: counted, so it must arrive too.
  await expect.poll(() => [...counted].filter((f) => !fetched.has(f))).toEqual([]);
  await expect(page.locator('#fatal')).toBeHidden();
  // Nothing the title needs was refused: no chapter code, story or Phaser extra on the way.
  expect(refused.filter((f) => !/workbox-window/.test(f))).toEqual([]);
});

test("?mapDraw=tiles (the crowd bench's comparison) loads Phaser's tilemaps as a chunk of their own and plays", async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  const scripts: string[] = [];
  page.on('request', (r) => r.url().endsWith('.js') && scripts.push(path(r.url())));
  await page.goto('./?mapDraw=tiles');
  await startFirstChapter(page);
  expect(scripts.some((f) => /phaserTilemaps-[\w-]+\.js$/.test(f))).toBe(true);
  const start = await playerPos(page);
  await holdKey(page, 'KeyS', 600);
  expect((await playerPos(page)).y).toBeGreaterThan(start.y + 0.2);
  await page.screenshot({ path: `${OUTPUT}/hallway-maptiles.png` });
  expect(problems).toEqual([]);
});
