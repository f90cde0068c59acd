import { test, expect } from '@playwright/test';
import { waitForScene } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('the loading screen paints from HTML and CSS alone, before any script runs', async ({ page }) => {
  // No script at all: what shows is what a slow phone shows while the JS downloads.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('./');
  const loading = page.locator('#loading');
  await expect(loading).toBeVisible();
  await expect(loading.locator('h1')).toHaveText('LAST PERIOD');
  // Styled by the stylesheet: a full-screen layer with the progress hint.
  expect(await loading.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(await loading.locator('.bar').evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(100);
});

test('the loading screen goes once the game takes over', async ({ page }) => {
  await page.goto('./');
  await waitForScene(page, 'Title');
  await expect(page.locator('#loading')).toBeHidden();
});
