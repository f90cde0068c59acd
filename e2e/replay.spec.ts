import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { OUTPUT, holdKey, loadChapterMapInNode, startFirstChapter, waitForScene, watchPage } from './helpers';
import { playWithBot } from './bot';
import { TICK_RATE } from '../src/sim/tuning';

/**
 * Game time (s) the straight-run bot may go uncaught on Normal at ?timeScale=3: over 2x the
 * worst run with the page's CPU throttled 6x (its keys land later; figures in docs/architecture.md, e2e).
 */
const CAUGHT_SECONDS = 45;

/** The replay file the first test downloads; the phone test watches it again. */
const SAVED = `${OUTPUT}/hallway-seed5.lpreplay.json`;

/** About 10 s of play by keys and mouse: walk, run, sneak, aim with the mouse, use, spray. */
async function playScripted(page: Page): Promise<void> {
  await page.mouse.move(900, 300);
  await holdKey(page, 'KeyD', 900);
  await page.mouse.move(700, 600, { steps: 8 });
  await holdKey(page, 'KeyS', 700);
  await page.keyboard.down('ShiftLeft');
  await holdKey(page, 'KeyD', 800);
  await page.keyboard.up('ShiftLeft');
  await page.keyboard.press('KeyE');
  await page.mouse.move(300, 200, { steps: 10 });
  await page.keyboard.down('KeyC');
  await holdKey(page, 'KeyA', 1000);
  await page.keyboard.up('KeyC');
  await page.keyboard.down('KeyW');
  await page.mouse.move(1000, 500, { steps: 15 });
  await page.keyboard.up('KeyW');
  await page.keyboard.press('KeyE');
  await holdKey(page, 'Space', 600);
  await page.keyboard.down('KeyS');
  await page.keyboard.down('KeyD');
  await page.mouse.move(640, 100, { steps: 20 });
  await page.keyboard.up('KeyD');
  await page.keyboard.up('KeyS');
  await holdKey(page, 'KeyW', 1200);
  await holdKey(page, 'KeyD', 1500);
}

/** From the title: open the menu, pick "Watch a replay" (just above Settings, the last row) and give it a file. */
async function watchFromTitle(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await waitForScene(page, 'Title');
  // Listen first: Playwright turns on file-chooser interception asynchronously.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  // Up wraps from the first row to Settings, once more is "Watch a replay".
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

test.describe('desktop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a real run downloaded from the pause menu plays back at x4 to the same end state', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const problems = watchPage(page, baseURL!);
    await page.goto('./?seed=5&difficulty=story');
    await startFirstChapter(page);
    await playScripted(page);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    const live = (await page.evaluate(() => window.__LP__!.state()))!;
    expect(live.status).toBe('playing');
    expect(live.tick).toBeGreaterThan(5 * 60); // several seconds of play (a loaded machine runs fewer ticks)
    // The pause menu: Resume, Settings, Quit to title, Lab notes, Download replay (Up wraps to the last).
    await page.keyboard.press('ArrowUp');
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^last-period-hallway-\d{4}-\d\d-\d\d-\d{4}\.lpreplay\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    writeFileSync(SAVED, text);
    const file = JSON.parse(text) as { ticks: number; finalHash: string; hashes: string[]; seed: number; options: { difficulty: string } };
    console.log(`replay of ${(file.ticks / 60).toFixed(1)} s of keyboard-and-mouse play: ${text.length} bytes`);
    expect(file.finalHash).toBe(live.hash);
    expect(file.ticks).toBe(live.elapsedTicks);
    expect(file.seed).toBe(5);
    expect(file.options.difficulty).toBe('story');
    expect(file.hashes.length).toBe(Math.floor(file.ticks / 60));

    // Quit to title (two rows up from Download replay, over Lab notes), then watch the file.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await watchFromTitle(page, SAVED);
    await waitForScene(page, 'Chapter');
    await expect.poll(() => page.evaluate(() => window.__LP__!.state()!.replay)).not.toBeNull();
    // Keys: 2 for x2, Space pauses and plays on, + steps up to x4 (the x4 button does the same).
    const replayState = () => page.evaluate(() => window.__LP__!.state()!.replay as { speed: number; paused: boolean; tick: number });
    await page.keyboard.press('Digit2');
    expect(await replayState()).toMatchObject({ speed: 2, paused: false });
    await page.keyboard.press('Space');
    const held = await replayState();
    expect(held.paused).toBe(true);
    await page.waitForTimeout(400);
    expect((await replayState()).tick).toBe(held.tick);
    await page.keyboard.press('Space');
    await page.keyboard.press('Equal');
    expect(await replayState()).toMatchObject({ speed: 4, paused: false });
    await page.locator('#watch [data-watch=x1]').click();
    await page.locator('#watch [data-watch=x4]').click();
    await page.waitForTimeout(700);
    await page.screenshot({ path: `${OUTPUT}/replay-watch-desktop.png` });
    const watching = (await page.evaluate(() => window.__LP__!.state()!.replay)) as { speed: number; tick: number };
    expect(watching.speed).toBe(4);
    await waitForScene(page, 'ReplayEnd');
    const end = (await page.evaluate(() => window.__LP__!.state()))!;
    expect(end.hash).toBe(live.hash);
    expect(end.replay).toMatchObject({ tick: file.ticks, divergedAtSecond: null });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUTPUT}/replay-end-desktop.png` });
    // Watching saved no progress: the chapter has no best time.
    expect(await page.evaluate(() => localStorage.getItem('last-period/progress'))).toBeNull();
    await page.keyboard.press('ArrowDown'); // Watch again -> Back to title
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Title');
    expect(problems).toEqual([]);
  });

  test('a bite, the end screen\'s download, a retry from the checkpoint: the replay restores its own checkpoint copy where the player did (played at ?timeScale=3, watched without)', async ({ page, context, baseURL }) => {
    // The bot's budget is game time (CAUGHT_SECONDS); the test timeout is only the last-resort net.
    test.setTimeout(300_000);
    const problems = watchPage(page, baseURL!);
    // Played three times faster than real time: its replay must end the same watched at real speed.
    await page.goto('./?difficulty=normal&timeScale=3');
    await startFirstChapter(page);
    // The straight-run bot ignores the horde: on Normal a sprinter catches it.
    const caught = await playWithBot(page, await loadChapterMapInNode('hallway'), { run: 'always', gameSeconds: CAUGHT_SECONDS });
    console.log(`straight-run bot on Normal at ?timeScale=3: ${caught} at ${((await page.evaluate(() => window.__LP__!.state()!.tick)) / TICK_RATE).toFixed(1)} s of game time`);
    expect(caught, `the straight-run bot was not caught in ${CAUGHT_SECONDS} s of game time`).toBe('ChapterEnd');
    const bitten = (await page.evaluate(() => window.__LP__!.state()))!;
    expect(bitten.status).toBe('lost');
    await page.waitForTimeout(800); // the end screen ignores presses for a moment (a panic mash must not skip it)
    // The end menu: Retry from checkpoint, Restart chapter, Quit to title, Download replay (Up wraps to it).
    await page.keyboard.press('ArrowUp');
    const fromEnd = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const ended = JSON.parse(readFileSync((await (await fromEnd).path())!, 'utf8')) as { outcome: string; finalHash: string; retries: number[] };
    expect(ended).toMatchObject({ outcome: 'lost', finalHash: bitten.hash, retries: [] });
    await page.waitForTimeout(300);
    await page.keyboard.press('ArrowDown'); // wraps to Retry from checkpoint
    await page.keyboard.press('Enter');
    await waitForScene(page, 'Chapter');
    await holdKey(page, 'KeyS', 1500);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'Pause');
    const live = (await page.evaluate(() => window.__LP__!.state()))!;
    expect(live.retries).toBe(1);
    await page.keyboard.press('ArrowUp');
    const fromPause = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const path = (await (await fromPause).path())!;
    const file = JSON.parse(readFileSync(path, 'utf8')) as { finalHash: string; retries: number[]; ticks: number };
    expect(file.finalHash).toBe(live.hash);
    expect(file.retries.length).toBe(1);
    expect(live.timeScale).toBe(3);
    expect(problems).toEqual([]);
    // Watched in a page without the time scale.
    await page.close();
    const viewer = await context.newPage();
    const viewerProblems = watchPage(viewer, baseURL!);
    await viewer.goto('./');
    await watchFromTitle(viewer, path);
    await waitForScene(viewer, 'Chapter');
    await viewer.keyboard.press('Digit4');
    await waitForScene(viewer, 'ReplayEnd');
    const end = (await viewer.evaluate(() => window.__LP__!.state()))!;
    expect(end.timeScale).toBe(1);
    expect(end.replay).toMatchObject({ tick: file.ticks, divergedAtSecond: null });
    expect(end.retries).toBe(1);
    expect(end.hash).toBe(live.hash);
    expect(viewerProblems).toEqual([]);
  });

  test('a file that is not a replay this version plays is refused with a message, and the title stays', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('./');
    const notice = page.locator('#notice');
    const newer = JSON.stringify({ format: 'last-period-replay', version: 2, gameVersion: '0.9.0' });
    await watchFromTitle(page, { name: 'newer.lpreplay.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
    await expect(notice).toHaveText('This replay was recorded by version 0.9.0 of the game (replay format version 2); this version plays replays of format version 1.');
    await page.screenshot({ path: `${OUTPUT}/replay-refused.png` });
    await notice.click(); // dismissed
    const chooser = page.waitForEvent('filechooser');
    await page.waitForTimeout(200);
    await page.keyboard.press('Enter'); // the menu is still open on "Watch a replay"
    await (await chooser).setFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\u0089PNG...') });
    await expect(notice).toHaveText('This file is not a Last Period replay (it is not JSON).');
    expect(await page.evaluate(() => window.__LP__!.scene())).toBe('Title');
    expect(problems).toEqual([]);
  });
});

test.describe('phone portrait', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('watch mode by touch: pause, x2, and the end screen says it matched (watched at ?timeScale=4, recorded without)', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const problems = watchPage(page, baseURL!);
    // Watched four times faster than the live run played (x2 is x8): the same end.
    await page.goto('./?timeScale=4');
    await waitForScene(page, 'Title');
    // A tap opens the menu; the rows above "Watch a replay" differ with a campaign run, so pick it by keys.
    const chooser = page.waitForEvent('filechooser');
    await page.touchscreen.tap(180, 320);
    await page.waitForTimeout(150);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles(SAVED);
    await waitForScene(page, 'Chapter');
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${OUTPUT}/replay-watch-phone.png` });
    await page.locator('#watch [data-watch=pause]').tap();
    const paused = (await page.evaluate(() => window.__LP__!.state()!.replay)) as { tick: number; paused: boolean };
    expect(paused.paused).toBe(true);
    await page.waitForTimeout(500);
    expect(((await page.evaluate(() => window.__LP__!.state()!.replay)) as { tick: number }).tick).toBe(paused.tick);
    await page.locator('#watch [data-watch=x2]').tap();
    await expect.poll(() => page.evaluate(() => (window.__LP__!.state()!.replay as { speed: number; paused: boolean }).paused)).toBe(false);
    await waitForScene(page, 'ReplayEnd');
    const saved = JSON.parse(readFileSync(SAVED, 'utf8')) as { finalHash: string; ticks: number };
    const end = (await page.evaluate(() => window.__LP__!.state()))!;
    expect(end.timeScale).toBe(4);
    expect(end.replay).toMatchObject({ tick: saved.ticks, divergedAtSecond: null });
    expect(end.hash).toBe(saved.finalHash);
    await page.screenshot({ path: `${OUTPUT}/replay-end-phone.png` });
    expect(problems).toEqual([]);
  });
});
