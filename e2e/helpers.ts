import { expect, type Page, type ConsoleMessage } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const OUTPUT = 'e2e/output';
mkdirSync(OUTPUT, { recursive: true });

/**
 * Collects console errors, page errors and failed or foreign requests while a test runs,
 * so every test can assert the game stayed clean.
 */
export function watchPage(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request outside the origin: ${url}`);
  });
  return problems;
}

export async function waitForScene(page: Page, key: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.__LP__?.scene() ?? null), { timeout: 30_000 }).toBe(key);
}

export async function playerPos(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const s = window.__LP__!.state()!;
    return { x: s.player.x, y: s.player.y };
  });
}

/** Holds a key for `ms` of real time (the sim reads held keys every tick). */
export async function holdKey(page: Page, code: string, ms: number): Promise<void> {
  await page.keyboard.down(code);
  await page.waitForTimeout(ms);
  await page.keyboard.up(code);
}

/** From the title: press a key to open the menu, then Enter on the first chapter. */
export async function startFirstChapter(page: Page): Promise<void> {
  await waitForScene(page, 'Title');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  await page.keyboard.press('Enter');
  await waitForScene(page, 'Hallway');
}

/** The chapter map exactly as the game bundles it, loaded in Node (no Vite ?raw here). */
export async function loadChapterMapInNode(id: 'hallway') {
  const { readFileSync } = await import('node:fs');
  const { loadLevel } = await import('../src/levels/tiled');
  const read = (f: string) => readFileSync(new URL(`../src/levels/maps/${f}`, import.meta.url), 'utf8');
  return loadLevel(read(`${id}.tmj`), id, { tilesets: { 'logic.tsj': read('logic.tsj') } });
}
