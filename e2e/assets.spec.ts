import { test, expect } from '@playwright/test';
import { APP_ICONS, AUDIO, IMAGES, SHEETS } from '../src/assets/manifest';
import { OUTPUT, holdKey, waitForScene, watchPage } from './helpers';

/** Every file the manifest names, both audio formats included. */
function manifestUrls(): string[] {
  const urls: string[] = [...Object.values(IMAGES), ...Object.values(SHEETS).map((s) => s.url), ...Object.values(APP_ICONS), ...AUDIO.sfx];
  for (const pair of Object.values(AUDIO.music)) urls.push(...pair);
  return urls;
}

test.describe('assets', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('every manifest file is served (both audio formats), non-empty, with the right type', async ({ request }) => {
    for (const url of manifestUrls()) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      const body = await res.body();
      expect(body.byteLength, url).toBeGreaterThan(100);
      const ext = url.split('.').pop();
      const magic = body.subarray(0, 4).toString('hex');
      if (ext === 'png') expect(magic, url).toBe('89504e47');
      if (ext === 'webm') expect(magic, url).toBe('1a45dfa3');
      if (ext === 'mp3') expect(['fffb', 'fff3', 'fffa', 'fff2', '4944'].includes(magic.slice(0, 4)), url).toBe(true);
    }
  });

  test('the game loads its art and sound with no 404 and no console error; hallway at phone size', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const loaded = new Set<string>();
    page.on('response', (r) => {
      if (r.ok()) loaded.add(new URL(r.url()).pathname.replace(/^\//, ''));
    });
    await page.goto('./');
    await waitForScene(page, 'Title');
    await page.screenshot({ path: `${OUTPUT}/assets-title-phone.png` });
    await page.touchscreen.tap(195, 500);
    await page.waitForTimeout(200);
    // The first chapter's button sits just under the 'Chapters' heading.
    const box = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    await page.touchscreen.tap(box.w / 2, box.h * 0.36 + 50);
    await waitForScene(page, 'Chapter');
    // Walk a little so the walk cycle shows; the music stems start loading now.
    await holdKey(page, 'KeyS', 500);
    await holdKey(page, 'KeyD', 300);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUTPUT}/assets-hallway-phone.png` });
    for (const url of [...Object.values(IMAGES), ...Object.values(SHEETS).map((s) => s.url)]) expect(loaded.has(url), url).toBe(true);
    // Howler picks one format per sound (WebM/Opus in Chromium).
    expect(loaded.has(AUDIO.sfx[0]), 'sfx sprite').toBe(true);
    expect(loaded.has(AUDIO.music.explore[0]), 'explore bed').toBe(true);
    expect(problems).toEqual([]);
  });

  test('sheets at phone size: cast, infected, effects, icons', async ({ page }) => {
    // Each sheet drawn 2x with nearest-neighbour scaling, as a person would inspect it on a phone.
    for (const [key, sheet] of Object.entries(SHEETS)) {
      await page.goto('./');
      await page.setContent(
        `<body style="margin:0;background:#3a3840"><img id="s" src="${new URL(sheet.url, page.url()).href}" style="image-rendering:pixelated;transform-origin:0 0;transform:scale(2)"></body>`,
      );
      await page.waitForFunction(() => (document.getElementById('s') as HTMLImageElement | null)?.complete === true);
      await page.screenshot({ path: `${OUTPUT}/sheet-${key}.png`, fullPage: true });
    }
  });
});
