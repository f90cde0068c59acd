import { test, expect, type Page } from '@playwright/test';
import { playerPos, seedStorage, startFirstChapter, waitForScene, watchPage } from './helpers';

/**
 * Playwright cannot plug in a real pad, so an init script replaces `navigator.getGamepads`
 * with one that returns a fake Standard-mapping pad built, on every call, from
 * `window.__fakePad` (which the test changes with page.evaluate). Buttons report `pressed`
 * the way Chromium does (an analogue trigger counts as pressed from about 0.12), so the
 * game's own threshold for RT is what decides.
 */
interface FakePad {
  connected: boolean;
  axes: number[];
  buttons: number[];
}

declare global {
  interface Window {
    __fakePad?: FakePad;
  }
}

const BUTTON = { a: 0, b: 1, rt: 7, start: 9, down: 13 } as const;

async function installFakePad(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const pad: FakePad = { connected: false, axes: [0, 0, 0, 0], buttons: new Array<number>(17).fill(0) };
    window.__fakePad = pad;
    let timestamp = 0;
    const snapshot = () => ({
      id: 'Fake Standard Pad (STANDARD GAMEPAD Vendor: 0000 Product: 0000)',
      index: 0,
      connected: true,
      mapping: 'standard',
      timestamp: ++timestamp,
      axes: [...pad.axes],
      buttons: pad.buttons.map((value) => ({ value, pressed: value > 0.12, touched: value > 0 })),
      vibrationActuator: null,
    });
    Object.defineProperty(Navigator.prototype, 'getGamepads', {
      configurable: true,
      value: () => [pad.connected ? snapshot() : null, null, null, null],
    });
  });
}

type Intent = { moveX: number; moveY: number; aimX: number; aimY: number; run: boolean; spray: boolean; interact: boolean };
type State = {
  player: { x: number; y: number; facing: number; gait: number };
  intent: Intent;
  doors: { x: number; y: number; open: boolean; locked: boolean }[];
  extinguisher: { has: boolean; pressure: number; spraying: boolean };
};
const state = (page: Page) => page.evaluate(() => window.__LP__!.state() as unknown as State);

/** Sets the pad's sticks and buttons (only what is named; the rest stays). */
async function pad(page: Page, change: { left?: [number, number]; right?: [number, number]; buttons?: Partial<Record<keyof typeof BUTTON, number>> }): Promise<void> {
  await page.evaluate(
    ([c, ids]) => {
      const p = window.__fakePad!;
      if (c.left) [p.axes[0], p.axes[1]] = c.left;
      if (c.right) [p.axes[2], p.axes[3]] = c.right;
      for (const [name, value] of Object.entries(c.buttons ?? {})) p.buttons[ids[name as keyof typeof ids]] = value as number;
    },
    [change, BUTTON] as const,
  );
}

/** Pushes the left stick toward a point until the player is within `tolerance` tiles on that axis. */
async function walkTo(page: Page, axis: 'x' | 'y', target: number, tolerance = 0.12): Promise<void> {
  for (let k = 0; k < 100; k++) {
    const p = (await state(page)).player[axis];
    const gap = target - p;
    if (Math.abs(gap) < tolerance) break;
    // Full push far away, a gentle one (still past the dead zone) close in.
    const push = Math.sign(gap) * (Math.abs(gap) > 0.6 ? 1 : 0.45);
    await pad(page, { left: axis === 'x' ? [push, 0] : [0, push] });
    await page.waitForTimeout(30);
  }
  await pad(page, { left: [0, 0] });
  await expect.poll(async () => (await state(page)).intent.moveX === 0 && (await state(page)).intent.moveY === 0).toBe(true);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('a standard gamepad moves, runs, aims, sprays, opens a door and pauses; a resting stick drifts nothing', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await installFakePad(page);
  await page.goto('./?extinguisher=1&peaceful=1');
  await startFirstChapter(page);

  // The pad is plugged in mid-chapter. The game polls navigator.getGamepads() every frame and
  // needs no event, but browsers announce a pad with gamepadconnected, so send one as they do.
  await page.evaluate(() => {
    window.__fakePad!.connected = true;
    const e = new Event('gamepadconnected');
    Object.defineProperty(e, 'gamepad', { value: navigator.getGamepads()[0] });
    window.dispatchEvent(e);
  });

  // Dead zone: a worn stick resting slightly off centre does not walk.
  const rest = await playerPos(page);
  await pad(page, { left: [0.1, -0.12], right: [0.15, 0.2] });
  await page.waitForTimeout(400);
  const resting = await state(page);
  expect(resting.intent.moveX).toBe(0);
  expect(resting.intent.moveY).toBe(0);
  expect(resting.player.x).toBeCloseTo(rest.x, 5);
  expect(resting.player.y).toBeCloseTo(rest.y, 5);

  // Left stick right: the player walks right (gait 2), not up or down.
  await pad(page, { left: [1, 0], right: [0, 0] });
  await expect.poll(async () => (await state(page)).player.x).toBeGreaterThan(rest.x + 0.5);
  const walked = await state(page);
  expect(walked.player.gait).toBe(2);
  expect(Math.abs(walked.player.y - rest.y)).toBeLessThan(0.05);
  expect(Math.abs(walked.player.facing)).toBeLessThan(0.1); // facing follows the walk
  // B held runs.
  await pad(page, { left: [-1, 0], buttons: { b: 1 } });
  await expect.poll(async () => (await state(page)).player.gait).toBe(3);
  await pad(page, { left: [0, 0], buttons: { b: 0 } });
  await expect.poll(async () => (await state(page)).player.gait).toBe(0);

  // Right stick aims: facing follows it while standing still.
  await pad(page, { right: [0, -1] });
  await expect.poll(async () => Math.abs((await state(page)).player.facing + Math.PI / 2)).toBeLessThan(0.05);
  await pad(page, { right: [-0.7, 0.7] });
  await expect.poll(async () => Math.abs((await state(page)).player.facing - (3 * Math.PI) / 4)).toBeLessThan(0.05);
  await pad(page, { right: [0, 0] });

  // RT: a light touch (past Chromium's "pressed" but short of the game's trigger threshold)
  // does not spray; pulled, it sprays and the pressure drops; let go, it stops.
  const full = (await state(page)).extinguisher;
  expect(full.has).toBe(true);
  await pad(page, { buttons: { rt: 0.2 } });
  await page.waitForTimeout(300);
  expect((await state(page)).extinguisher.spraying).toBe(false);
  await pad(page, { buttons: { rt: 0.9 } });
  await expect.poll(async () => (await state(page)).extinguisher.spraying).toBe(true);
  await expect.poll(async () => (await state(page)).extinguisher.pressure).toBeLessThan(full.pressure - 0.02);
  await pad(page, { buttons: { rt: 0 } });
  await expect.poll(async () => (await state(page)).extinguisher.spraying).toBe(false);

  // A opens the nearest door in the start room's south wall (walk up to it with the stick).
  const s0 = await state(page);
  const door = s0.doors
    .filter((d) => d.y > s0.player.y && !d.locked && !d.open)
    .reduce((a, b) => (Math.hypot(b.x + 0.5 - s0.player.x, b.y - s0.player.y) < Math.hypot(a.x + 0.5 - s0.player.x, a.y - s0.player.y) ? b : a));
  await walkTo(page, 'x', door.x + 0.5);
  await walkTo(page, 'y', door.y - 0.5, 0.2);
  await pad(page, { left: [0, 0.5] });
  await page.waitForTimeout(60);
  await pad(page, { left: [0, 0] });
  await page.waitForTimeout(100);
  expect((await state(page)).doors.find((d) => d.x === door.x && d.y === door.y)!.open).toBe(false); // walking into it did not open it
  await pad(page, { buttons: { a: 1 } });
  await expect.poll(async () => (await state(page)).doors.some((d) => d.x === door.x && d.y === door.y && d.open)).toBe(true);
  await pad(page, { buttons: { a: 0 } });

  // Start pauses (a press, not a hold: still held, nothing toggles back), Start again resumes.
  await pad(page, { buttons: { start: 1 } });
  await waitForScene(page, 'Pause');
  const pausedAt = (await state(page)).player;
  await pad(page, { left: [1, 0] });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__LP__!.scene())).toBe('Pause');
  expect((await state(page)).player.x).toBe(pausedAt.x);
  await pad(page, { left: [0, 0], buttons: { start: 0 } });
  await page.waitForTimeout(100);
  await pad(page, { buttons: { start: 1 } });
  await waitForScene(page, 'Chapter');
  await pad(page, { buttons: { start: 0 } });
  expect(await page.evaluate(() => window.__LP__!.fatal())).toBeNull();
  expect(problems).toEqual([]);
});

test('with only a gamepad: the title, the chapter menu and the pause menu work', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await installFakePad(page);
  await page.goto('./?peaceful=1');
  await waitForScene(page, 'Title');
  await page.evaluate(() => (window.__fakePad!.connected = true));
  const tap = async (button: keyof typeof BUTTON) => {
    await pad(page, { buttons: { [button]: 1 } });
    await page.waitForTimeout(120);
    await pad(page, { buttons: { [button]: 0 } });
    await page.waitForTimeout(120);
  };
  await tap('a'); // "press any button" opens the menu
  await tap('a'); // the first chapter
  await waitForScene(page, 'Chapter');
  await tap('start');
  await waitForScene(page, 'Pause');
  await tap('down');
  await tap('down'); // Resume -> Settings -> Quit to title
  await tap('a');
  await waitForScene(page, 'Title');
  expect(problems).toEqual([]);
});

test('with only a gamepad: an interlude read with A and its vote cast with the d-pad', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await installFakePad(page);
  // A run at the first interlude (chapter 1 won), as the game saves it.
  await seedStorage(page, { 'last-period/run': JSON.stringify({ version: 1, run: { step: 1, votes: {}, cast: {}, items: [], notesFound: [], flags: {} } }) });
  await page.goto('./');
  await waitForScene(page, 'Title');
  await page.evaluate(() => (window.__fakePad!.connected = true));
  const tap = async (button: keyof typeof BUTTON) => {
    await pad(page, { buttons: { [button]: 1 } });
    await page.waitForTimeout(120);
    await pad(page, { buttons: { [button]: 0 } });
    await page.waitForTimeout(120);
  };
  const labels = () => page.evaluate(() => window.__LP__!.menu()?.map((r) => r.label) ?? []);
  await tap('a'); // opens the menu
  await tap('a'); // Continue: The music room
  await waitForScene(page, 'Interlude');
  await expect.poll(labels).toEqual(['Next']);
  for (let i = 0; i < 60 && (await labels())[0] === 'Next'; i++) await tap('a');
  expect(await labels()).toEqual(['Open the door', 'Keep it shut']);
  await page.waitForTimeout(600);
  await tap('down');
  await tap('a'); // Keep it shut
  for (let i = 0; i < 40 && (await labels())[0] !== 'Continue'; i++) await tap('a');
  expect(await labels()).toEqual(['Continue']);
  await page.waitForTimeout(450);
  await tap('a');
  // The vote is cast and chapter 2 starts.
  await waitForScene(page, 'Chapter');
  expect(await page.evaluate(() => window.__LP__!.state()!.levelId)).toBe('cafeteria');
  const run = await page.evaluate(() => JSON.parse(localStorage.getItem('last-period/run')!).run as { step: number; votes: Record<string, string> });
  expect(run).toMatchObject({ step: 2, votes: { door: 'shut' } });
  expect(problems).toEqual([]);
});
