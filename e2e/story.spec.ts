import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, seedStorage, startFirstChapter, tapMenu, waitForScene, watchPage } from './helpers';

/**
 * The interludes, the endings and the lab notes, from a run saved at the step concerned
 * (chapter 1 played to its end is e2e/campaign.spec.ts; here the run save stands in for it).
 */
const member = { alive: true, withGroup: true, bitten: false };
function runAt(step: number, extra: Record<string, unknown> = {}) {
  return JSON.stringify({ version: 1, run: { step, votes: {}, cast: { 'da-som': member }, items: [], notesFound: ['baek-1'], flags: {}, ...extra } });
}

/** Opens the title with `save` as the run in progress (stored before the game loads: no reload). */
async function seedRun(page: Page, save: string): Promise<void> {
  await seedStorage(page, { 'last-period/run': save });
  await page.goto('./');
  await waitForScene(page, 'Title');
}

const labels = (page: Page) => page.evaluate(() => window.__LP__!.menu()?.map((r) => r.label) ?? []);
const savedRun = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('last-period/run')!).run as { step: number; votes: Record<string, string>; cast: Record<string, { alive: boolean; withGroup: boolean; bitten: boolean }>; flags: Record<string, unknown> });

/** Presses Next (by `press`) until the menu shows something else; returns those labels. */
async function nextUntil(page: Page, press: () => Promise<void>, stopAt: (l: string[]) => boolean = (l) => l[0] !== 'Next'): Promise<string[]> {
  await expect.poll(() => labels(page)).not.toEqual([]);
  for (let i = 0; i < 80; i++) {
    const l = await labels(page);
    if (stopAt(l)) return l;
    await press();
    await page.waitForTimeout(60);
  }
  throw new Error('the story never got there');
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('an interlude at 1280x720 and 360x640: portraits, a line, the vote with each position, the timer', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await seedRun(page, runAt(1));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    expect((await labels(page))[0]).toBe('Continue: The music room');
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Interlude');
    await expect.poll(() => labels(page)).toEqual(['Next']);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUTPUT}/interlude-line-1280x720.png` });
    await page.setViewportSize({ width: 360, height: 640 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUTPUT}/interlude-line-360x640.png` });
    const vote = await nextUntil(page, () => page.keyboard.press('Enter'));
    expect(vote).toEqual(['Open the door', 'Keep it shut']);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUTPUT}/interlude-vote-360x640.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUTPUT}/interlude-vote-1280x720.png` });
    expect(problems).toEqual([]);
  });

  test('an ending through the test entry point (?ending=dawn), with who made it, then the title', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./?ending=dawn');
    await waitForScene(page, 'StoryCard');
    await expect.poll(() => labels(page)).toEqual(['Back to title']);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUTPUT}/ending-dawn-1280x720.png` });
    await page.setViewportSize({ width: 360, height: 640 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUTPUT}/ending-dawn-360x640.png` });
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Title');
    // The entry point made no run: the save is untouched.
    expect(await page.evaluate(() => localStorage.getItem('last-period/run'))).toBeNull();
    expect(problems).toEqual([]);
  });

  test('after the cafeteria: the dance (skippable), then the vote on Tae-min by mouse; leaving him is resented', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const cast = { 'da-som': member, 'seo-yeon': member, 'tae-min': member, 'gu-ho': member, 'ji-an': { alive: false, withGroup: false, bitten: true } };
    await seedRun(page, runAt(3, { votes: { door: 'shut' }, cast }));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter'); // Continue
    await waitForScene(page, 'Interlude');
    await nextUntil(page, () => tapMenu(page, 'Next'), (l) => l[0] === 'Skip the dance');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUTPUT}/interlude-dance-1280x720.png` });
    await tapMenu(page, 'Skip the dance');
    const vote = await nextUntil(page, () => tapMenu(page, 'Next'));
    expect(vote).toEqual(['Keep him with the group', 'Leave him']);
    await page.waitForTimeout(700);
    await tapMenu(page, 'Leave him');
    await nextUntil(page, () => tapMenu(page, 'Next'), (l) => l[0] === 'Continue');
    await page.waitForTimeout(450);
    await tapMenu(page, 'Continue');
    await waitForScene(page, 'Chapter'); // chapter 3 starts
    expect(await page.evaluate(() => window.__LP__!.state()!.levelId)).toBe('closet');
    const run = await savedRun(page);
    expect(run.step).toBe(4);
    expect(run.votes).toEqual({ door: 'shut', 'tae-min': 'leave' });
    expect(run.cast['tae-min']!.withGroup).toBe(false);
    expect(run.flags.resentment).toBe(true);
    expect(problems).toEqual([]);
  });

  test('after the closet: the lunch flashback, illustrated (1280x720 and 360x640), then the group goes back for Gu-ho', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const bitten = { alive: true, withGroup: true, bitten: true };
    const cast = { 'da-som': member, 'seo-yeon': member, 'tae-min': bitten, 'gu-ho': member, 'ji-an': bitten };
    await seedRun(page, runAt(5, { votes: { door: 'open', 'tae-min': 'keep' }, cast }));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter'); // Continue
    await waitForScene(page, 'Interlude');
    await expect.poll(() => labels(page)).toEqual(['Next']);
    // The phone dies; Tae-min turned in the room; Seo-yeon's line; then lunch, three hours ago.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUTPUT}/interlude-flashback-1280x720.png` });
    await page.setViewportSize({ width: 360, height: 640 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUTPUT}/interlude-flashback-360x640.png` });
    await page.setViewportSize({ width: 1280, height: 720 });
    const vote = await nextUntil(page, () => page.keyboard.press('Enter'));
    expect(vote).toEqual(['Go back for Gu-ho', 'Leave him']);
    await page.waitForTimeout(700);
    await page.keyboard.press('Enter');
    await nextUntil(page, () => page.keyboard.press('Enter'), (l) => l[0] === 'Continue');
    await page.waitForTimeout(450);
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Chapter'); // chapter 4 starts
    expect(await page.evaluate(() => window.__LP__!.state()!.levelId)).toBe('rooftop');
    const run = await savedRun(page);
    expect(run.step).toBe(6);
    expect(run.cast['gu-ho']).toEqual({ alive: true, withGroup: true, bitten: false });
    expect(run.cast['tae-min']!.alive).toBe(false);
    expect(run.cast['ji-an']!.withGroup).toBe(true);
    expect(problems).toEqual([]);
  });

  test("Mr. Baek's notes from the title: found ones read, the others say where to look (and the seeded run cut off no request)", async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    // The title asks for the update checker's chunk as it opens. Held back here, so that a
    // seedRun that reloaded while it loads (as it once did: a flaky failed request) fails.
    await page.route('**/assets/virtual_pwa-register*', async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue().catch(() => undefined);
    });
    await seedRun(page, runAt(1));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
    await tapMenu(page, 'Lab notes');
    await waitForScene(page, 'Notes');
    const list = await labels(page);
    expect(list[0]).toBe('March 4');
    expect(list.filter((l) => l.startsWith('Not found yet')).length).toBe(5);
    await page.keyboard.press('Enter');
    await expect.poll(() => labels(page)).toEqual(['Back to the list']);
    await page.screenshot({ path: `${OUTPUT}/notes-read-1280x720.png` });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Title');
    expect(problems).toEqual([]);
  });
});

test.describe('desktop, in a chapter', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the pause menu opens the lab notes, and Back returns to it', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./?peaceful=1');
    await startFirstChapter(page);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    await tapMenu(page, 'Lab notes');
    await waitForScene(page, 'Notes');
    expect((await labels(page)).filter((l) => l.startsWith('Not found yet')).length).toBe(6);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    await tapMenu(page, 'Resume');
    await waitForScene(page, 'Chapter');
    expect(problems).toEqual([]);
  });
});

test.describe('phone 390x844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('the door vote by touch: Ji-an joins, bitten, and the run saves it', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await seedRun(page, runAt(1));
    await page.touchscreen.tap(195, 422); // opens the menu
    await tapMenu(page, 'Continue');
    await waitForScene(page, 'Interlude');
    const vote = await nextUntil(page, () => tapMenu(page, 'Next'));
    expect(vote).toEqual(['Open the door', 'Keep it shut']);
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${OUTPUT}/interlude-vote-390x844.png` });
    await tapMenu(page, 'Open the door');
    await nextUntil(page, () => tapMenu(page, 'Next'), (l) => l[0] === 'Continue');
    await page.screenshot({ path: `${OUTPUT}/interlude-consequence-390x844.png` });
    await page.waitForTimeout(450);
    await tapMenu(page, 'Continue');
    await waitForScene(page, 'Chapter'); // chapter 2 starts
    expect(await page.evaluate(() => window.__LP__!.state()!.levelId)).toBe('cafeteria');
    const run = await savedRun(page);
    expect(run.step).toBe(2);
    expect(run.votes).toEqual({ door: 'open' });
    expect(run.cast['ji-an']).toEqual({ alive: true, withGroup: true, bitten: true });
    expect(run.cast['seo-yeon']!.withGroup).toBe(true);
    expect(problems).toEqual([]);
  });
});
