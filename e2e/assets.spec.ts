import { test, expect } from '@playwright/test';
import { APP_ICONS, AUDIO, IMAGES, SHEETS, audioSources } from '../src/assets/manifest';
import { CHAPTER_PACKS, COMMON_PACK } from '../src/assets/packs';
import { OUTPUT, holdKey, startFirstChapter, waitForScene, watchPage } from './helpers';

/** The art of a pack, as the paths the page fetches. */
const artUrls = (pack: { images: readonly (keyof typeof IMAGES)[]; sheets: readonly (keyof typeof SHEETS)[] }) => [
  ...pack.images.map((k) => IMAGES[k]),
  ...pack.sheets.map((k) => SHEETS[k].url),
];
const hallwayOnly = [...artUrls(CHAPTER_PACKS.hallway), ...CHAPTER_PACKS.hallway.audio.flatMap((k) => audioSources(k))];

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
    // The title waited for the common art only: the hallway's tileset and music come later.
    for (const url of artUrls(COMMON_PACK)) expect(loaded.has(url), url).toBe(true);
    expect(hallwayOnly.filter((url) => loaded.has(url))).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/assets-title-phone.png` });
    await page.touchscreen.tap(195, 500);
    await page.waitForTimeout(200);
    // The first chapter's button sits just under the 'Chapters' heading.
    const box = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    await page.touchscreen.tap(box.w / 2, box.h * 0.36 + 50);
    await waitForScene(page, 'Chapter');
    // Walk a little so the walk cycle shows.
    await holdKey(page, 'KeyS', 500);
    await holdKey(page, 'KeyD', 300);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUTPUT}/assets-hallway-phone.png` });
    for (const url of [...artUrls(COMMON_PACK), ...artUrls(CHAPTER_PACKS.hallway)]) expect(loaded.has(url), url).toBe(true);
    // The interludes' art (portraits, the dance, the endings) waits for an interlude.
    const interludeOnly = artUrls(CHAPTER_PACKS.interlude).filter((url) => !artUrls(COMMON_PACK).includes(url));
    expect(interludeOnly.length).toBeGreaterThan(0);
    expect(interludeOnly.filter((url) => loaded.has(url))).toEqual([]);
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

test.describe('chapter loading', () => {
  const sizes = [
    { name: 'desktop', viewport: { width: 1280, height: 720 } },
    { name: 'phone', viewport: { width: 360, height: 640 } },
  ];
  for (const { name, viewport } of sizes) {
    test(`a chapter loads its own files behind a progress bar when it starts, and at once the second time (${name})`, async ({ page, baseURL }) => {
      await page.setViewportSize(viewport);
      const problems = watchPage(page, baseURL!);
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname.replace(/^\//, '')));
      // Hold the exploration bed back until the bar has been seen.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(`**/${AUDIO.music.explore[0]}`, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('./');
      await waitForScene(page, 'Title');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
      await page.keyboard.press('Enter');
      await expect.poll(() => fetched.includes(AUDIO.music.explore[0])).toBe(true);
      await page.waitForTimeout(300);
      // Still loading: the chapter has not started.
      expect(await page.evaluate(() => window.__LP__!.state())).toBeNull();
      await page.screenshot({ path: `${OUTPUT}/chapter-loading-${name}.png` });
      release();
      await waitForScene(page, 'Chapter');
      for (const url of ['assets/img/tiles.png', AUDIO.music.chaseLow[0], AUDIO.music.chaseHigh[0], AUDIO.sfx[0]]) expect(fetched, url).toContain(url);

      // Quit to the title and start again: nothing is fetched again, the chapter starts at once.
      await page.keyboard.press('Escape');
      await waitForScene(page, 'Pause');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await waitForScene(page, 'Title');
      const before = fetched.length;
      await startFirstChapter(page);
      expect(fetched.slice(before)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  test('a chapter file that fails to load shows the error panel naming it (the title still came up)', async ({ page }) => {
    await page.route('**/tiles.png', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await waitForScene(page, 'Title');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await expect(page.locator('#fatal')).toBeVisible();
    await expect(page.locator('#fatal-title')).toContainText('could not be loaded');
    await expect(page.locator('#fatal-detail')).toContainText('tiles');
    await expect(page.locator('#fatal-reload')).toBeVisible();
    // The chapter is not built without its art: no follow-on errors under the one that explains it.
    await page.waitForTimeout(500);
    await expect(page.locator('#fatal-detail')).not.toContainText('unexpected error');
    await page.screenshot({ path: `${OUTPUT}/chapter-load-error.png` });
  });

  test('music that fails to load leaves the chapter playable, in silence', async ({ page }) => {
    await page.route('**/music-chaseHigh.*', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await startFirstChapter(page);
    await expect.poll(() => page.evaluate(() => window.__LP__!.state()!.tick)).toBeGreaterThan(30);
    await expect(page.locator('#fatal')).toBeHidden();
  });
});
