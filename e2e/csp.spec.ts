import { test, expect, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { holdKey, playerPos, startFirstChapter, waitForScene, watchPage } from './helpers';

/**
 * The game under the Content-Security-Policy that README asks hosts to send: dist/ served
 * by a tiny static server with the policy as an HTTP header (as well as index.html's meta
 * tag), played from the title into the first chapter and the pause menu with no violation.
 */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; manifest-src 'self'; worker-src 'self'";
const DIST = new URL('../dist/', import.meta.url).pathname;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.svg': 'image/svg+xml',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(DIST) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the built page has no inline script or style for the policy to refuse', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(html).toContain(`content="${CSP}"`);
  expect(html).not.toMatch(/<style\b/i);
  expect(html).not.toMatch(/\sstyle=/i);
  // Every script is a file (src=), none inline.
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\ssrc=/);
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

/** Console "Refused to ..." lines and securitypolicyviolation events, from the first byte. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Refused to|Content[- ]Security[- ]Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...refused, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test.describe('under the CSP header, desktop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('plays from the title into the first chapter and the pause menu with no violation', async ({ page }) => {
    const problems = watchPage(page, `${origin}/`);
    const violations = await watchCsp(page);
    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    // The stylesheet applied (not refused): the loading screen is styled, then gone.
    await waitForScene(page, 'Title');
    await expect(page.locator('#loading')).toBeHidden();
    expect(await page.locator('#game').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');

    await startFirstChapter(page);
    const start = await playerPos(page);
    await holdKey(page, 'KeyS', 400);
    expect((await playerPos(page)).y).toBeGreaterThan(start.y + 0.3);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    // The touch controls' CSS comes from the stylesheet now: hidden until a touch.
    expect(await page.locator('#touch').evaluate((el) => getComputedStyle(el).display)).toBe('none');

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe('under the CSP header, phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('the touch controls show, styled, and the stick walks with no violation', async ({ page }) => {
    const problems = watchPage(page, `${origin}/`);
    const violations = await watchCsp(page);
    await page.goto(`${origin}/`);
    await waitForScene(page, 'Title');
    await page.touchscreen.tap(195, 500);
    await page.waitForTimeout(200);
    const box = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    await page.touchscreen.tap(box.w / 2, box.h * 0.36 + 50);
    await waitForScene(page, 'Chapter');
    const start = await playerPos(page);

    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    await touch('touchStart', 100, 600);
    for (let i = 1; i <= 5; i++) await touch('touchMove', 100, 600 + i * 10);
    await page.waitForTimeout(600);
    await touch('touchEnd', 100, 650);
    expect((await playerPos(page)).y).toBeGreaterThan(start.y + 0.3);
    // Shown by a class and laid out from the stylesheet's rules.
    expect(await page.locator('#touch').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    expect(await page.locator('#touch .btn.spray').evaluate((el) => getComputedStyle(el).position)).toBe('absolute');

    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
