import { expect, type Page, type ConsoleMessage } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { TICK_RATE } from '../src/sim/tuning';

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

/**
 * Puts `entries` into localStorage before the game's first script runs, once per test (a
 * later reload keeps what the game saved since). Setting them on a loaded title and
 * reloading instead can cut off the update checker's chunk, which the title asks for as
 * it opens: a failed request, and a flaky test.
 */
export async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('lp-test-seeded')) return;
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
    sessionStorage.setItem('lp-test-seeded', '1');
  }, entries);
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

/** How long a bot's walk through the real game may take; see GameTimeBudget. */
export interface WalkBudget {
  /** Game time: seconds on the sim's clock (`state().tick`) from the walk's first look on. */
  gameSeconds: number;
  /** The wall-clock net with gameSeconds (ms; default 10 minutes, past any test's timeout): see GameTimeBudget. */
  wallMs?: number;
}

/**
 * A budget of GAME time for a bot playing the real game: it counts the sim's ticks
 * (`state().tick`, TICK_RATE a second), so a slow or busy machine, which only plays the
 * game more slowly, never spends it, and a walk that runs out of it says the game (or the
 * bot) is wrong. Two wall-clock nets only catch a game that is not running: its clock
 * standing still for `stallMs`, or `wallMs` in all; either throws and says which.
 */
export class GameTimeBudget {
  private lastTick = -1;
  private ticks = 0;
  private readonly startedAt = Date.now();
  private movedAt = Date.now();
  private readonly wallMs: number;
  private readonly stallMs: number;

  constructor(
    readonly gameSeconds: number,
    nets: { wallMs?: number; stallMs?: number } = {},
  ) {
    this.wallMs = nets.wallMs ?? 600_000;
    this.stallMs = nets.stallMs ?? 30_000;
  }

  /**
   * Counts the game time since the last look (`tick`: the state's) and says whether the
   * budget is spent. A clock that starts again (a retried or restarted chapter) counts on
   * from its new start. Throws when a wall-clock net is passed.
   */
  spent(tick: number): boolean {
    const now = Date.now();
    if (tick !== this.lastTick) {
      if (this.lastTick >= 0) this.ticks += tick > this.lastTick ? tick - this.lastTick : tick;
      this.lastTick = tick;
      this.movedAt = now;
    } else if (now - this.movedAt > this.stallMs) {
      throw new Error(`the game's clock has stood still at tick ${tick} for ${((now - this.movedAt) / 1000).toFixed(0)} s of wall clock (the game is not running)`);
    }
    if (now - this.startedAt > this.wallMs) {
      throw new Error(
        `wall-clock net: ${this.seconds.toFixed(1)} of ${this.gameSeconds} s of game time played in ${((now - this.startedAt) / 1000).toFixed(0)} s ` +
          `(the machine ran the game too slowly for this test; the game itself was not judged)`,
      );
    }
    return this.ticks >= this.gameSeconds * TICK_RATE;
  }

  /** Game time counted so far (seconds). */
  get seconds(): number {
    return this.ticks / TICK_RATE;
  }
}

/**
 * The clock a walk given a WalkBudget runs on: `over(tick)` is true once it is spent
 * (game time), and throws past its wall-clock nets.
 */
export function walkClock(budget: WalkBudget): { over(tick: number): boolean; gameSeconds(): number } {
  if (budget.gameSeconds === undefined) throw new Error('a walk needs a budget: gameSeconds');
  const game = new GameTimeBudget(budget.gameSeconds, { wallMs: budget.wallMs });
  return {
    over: (tick) => game.spent(tick),
    gameSeconds: () => game.seconds,
  };
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
  await waitForScene(page, 'Chapter');
}

/** The chapter map exactly as the game bundles it, loaded in Node (no Vite ?raw here). */
export async function loadChapterMapInNode(id: 'hallway' | 'cafeteria' | 'closet' | 'rooftop') {
  const { readFileSync } = await import('node:fs');
  const { loadLevel } = await import('../src/levels/tiled');
  const read = (f: string) => readFileSync(new URL(`../src/levels/maps/${f}`, import.meta.url), 'utf8');
  return loadLevel(read(`${id}.tmj`), id, { tilesets: { 'logic.tsj': read('logic.tsj') } });
}

/**
 * Holds the keys an Intent asks for (WASD, Shift, C, E), pressing and releasing only
 * what changed since the last call, so bots drive the game like a person at a keyboard.
 */
export class IntentKeys {
  private readonly held = new Set<string>();

  constructor(private readonly page: Page) {}

  async apply(intent: { moveX: number; moveY: number; run: boolean; sneak: boolean; interact: boolean }): Promise<void> {
    await this.set('KeyD', intent.moveX > 0.38);
    await this.set('KeyA', intent.moveX < -0.38);
    await this.set('KeyS', intent.moveY > 0.38);
    await this.set('KeyW', intent.moveY < -0.38);
    await this.set('ShiftLeft', intent.run);
    await this.set('KeyC', intent.sneak);
    await this.set('KeyE', intent.interact);
  }

  async releaseAll(): Promise<void> {
    for (const code of [...this.held]) await this.set(code, false);
  }

  private async set(code: string, down: boolean): Promise<void> {
    if (down && !this.held.has(code)) {
      this.held.add(code);
      await this.page.keyboard.down(code);
    } else if (!down && this.held.has(code)) {
      this.held.delete(code);
      await this.page.keyboard.up(code);
    }
  }
}

/** Taps (or clicks, without touch) the row of the menu on screen whose label starts with `label`. */
export async function tapMenu(page: Page, label: string): Promise<void> {
  await expect.poll(() => page.evaluate((l) => window.__LP__!.menu()?.some((r) => r.label.startsWith(l)) ?? false, label)).toBe(true);
  const row = (await page.evaluate((l) => window.__LP__!.menu()!.find((r) => r.label.startsWith(l))!, label))!;
  const x = row.x + row.w / 2;
  const y = row.y + row.h / 2;
  const touch = await page.evaluate(() => matchMedia('(pointer: coarse)').matches);
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/**
 * Plays a chapter in Node with one of the sim's bots (src/bots/chapterRun.ts) and writes
 * the run as a replay file the game's viewer plays ("Watch a replay"), bit for bit what
 * Node played. `onTick` sees the world after every step; the run ends at the chapter's
 * end, after `limitSeconds`, or after the step where `stopWhen` is true. Returns the ticks played.
 */
export async function recordBotReplay(
  file: string,
  def: import('../src/chapters/definition').ChapterDefinition,
  level: import('../src/sim/level').LevelData,
  seed: number,
  difficulty: import('../src/sim/tuning').Difficulty,
  bot: import('../src/bots/chapterRun').ChapterBot,
  options: { limitSeconds: number; onTick?: (world: import('../src/sim/world').World) => void; stopWhen?: (world: import('../src/sim/world').World) => boolean },
): Promise<number> {
  const { playChapter } = await import('../src/bots/chapterRun');
  const { recorder, write } = await nodeReplayRecorder(def, seed, difficulty);
  let last: import('../src/sim/world').World | null = null;
  let ticks = 0;
  const stop = new Error('stopWhen');
  try {
    playChapter(def, level, seed, difficulty, bot, {
      limitSeconds: options.limitSeconds,
      onTick: (intent, world) => {
        last = world;
        ticks++;
        recorder.tick(intent, world);
        options.onTick?.(world);
        if (options.stopWhen?.(world)) throw stop; // playChapter has no early end of its own
      },
    });
  } catch (e) {
    if (e !== stop) throw e;
  }
  write(file, last!);
  return ticks;
}

/**
 * A replay recorder for a run played in Node, as the game records one (this package's
 * version, a fresh run state, not peaceful), and `write` to serialize it to a file.
 */
async function nodeReplayRecorder(
  def: import('../src/chapters/definition').ChapterDefinition,
  seed: number,
  difficulty: import('../src/sim/tuning').Difficulty,
) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { ReplayRecorder } = await import('../src/replay/recorder');
  const { serializeReplay } = await import('../src/replay/format');
  const { newRunState } = await import('../src/campaign/runState');
  const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  const run = newRunState();
  const options = { difficulty, peaceful: false };
  const recorder = new ReplayRecorder({ gameVersion: version, chapterId: def.id, seed, options, run });
  const write = (file: string, world: import('../src/sim/world').World) => writeFileSync(file, serializeReplay(recorder.replay(world)));
  return { recorder, run, options, write };
}

/** From a fresh title: opens the menu, picks "Watch a replay" and gives it `file`; returns once the chapter plays it. */
export async function watchReplayFromTitle(page: Page, file: string, tap = false): Promise<void> {
  await waitForScene(page, 'Title');
  const chooser = page.waitForEvent('filechooser');
  if (tap) {
    await page.touchscreen.tap(page.viewportSize()!.width / 2, page.viewportSize()!.height / 2);
  } else {
    await page.keyboard.press('Enter');
  }
  await tapMenu(page, 'Watch a replay');
  await (await chooser).setFiles(file);
  await waitForScene(page, 'Chapter');
}

type Axis = 'x' | 'y';

/** Game time (ticks) without moving after which walkTo calls the player stuck: a second, as it was on the wall clock. */
const WALK_STUCK_TICKS = TICK_RATE;
const playerAxis = (page: Page, axis: Axis) => page.evaluate((a) => window.__LP__!.state()!.player[a], axis);

/**
 * Walks the player along one axis until it stands within `tolerance` tiles of `target`,
 * steered by the state, not by the clock: it holds the key until the sim says the player
 * has reached (or passed) the target, then releases it and corrects an overshoot the
 * same way, the last stretch sneaking (slower, so a late release overshoots less). A
 * frame that comes late on a loaded machine only moves the stopping point, never the
 * result. Throws, saying where the player stands, when a wall stops it short: the player
 * has not moved for WALK_STUCK_TICKS of GAME time, so a slow page, whose clock only runs
 * more slowly, is never taken for stuck. Wall-clock nets only catch a game that is not
 * running: its clock standing still for 30 s, or a leg not done in 5 minutes.
 */
export async function walkTo(page: Page, axis: Axis, target: number, tolerance = 0.12): Promise<void> {
  for (let attempt = 0; attempt < 12; attempt++) {
    const p = await playerAxis(page, axis);
    if (Math.abs(p - target) < tolerance) return;
    const forward = p < target;
    const key = axis === 'x' ? (forward ? 'KeyD' : 'KeyA') : forward ? 'KeyS' : 'KeyW';
    const sneak = Math.abs(p - target) < 0.8;
    if (sneak) await page.keyboard.down('KeyC');
    await page.keyboard.down(key);
    // Polled every frame in the page: released on the first frame at or past the target,
    // or when the player has not moved for WALK_STUCK_TICKS of the sim's clock (a wall, a
    // table, an ally in the way). A clock that restarts (a retry) starts the count again.
    const reached = await page
      .waitForFunction(
        ({ axis, target, forward, tolerance, stuckTicks, stallMs }) => {
          const w = window as unknown as { __lpWalk?: { v: number; tick: number; lastTick: number; tickedAt: number } };
          const s = window.__LP__!.state()!;
          const v = s.player[axis];
          if (forward ? v >= target - tolerance / 2 : v <= target + tolerance / 2) return true;
          const now = performance.now();
          if (!w.__lpWalk || Math.abs(w.__lpWalk.v - v) > 0.01 || s.tick < w.__lpWalk.tick) w.__lpWalk = { v, tick: s.tick, lastTick: s.tick, tickedAt: now };
          if (s.tick !== w.__lpWalk.lastTick) [w.__lpWalk.lastTick, w.__lpWalk.tickedAt] = [s.tick, now];
          if (now - w.__lpWalk.tickedAt > stallMs) return `stalled at tick ${s.tick}`;
          return s.tick - w.__lpWalk.tick >= stuckTicks ? 'stuck' : false;
        },
        { axis, target, forward, tolerance, stuckTicks: WALK_STUCK_TICKS, stallMs: 30_000 },
        { polling: 'raf', timeout: 300_000 },
      )
      .then((h) => h.jsonValue())
      .catch((e: unknown) => {
        if (!(e instanceof Error && e.name === 'TimeoutError')) throw e;
        throw new Error(`walkTo ${axis}=${target}: wall-clock net, one leg not done in 5 minutes (the machine ran the game too slowly; the game itself was not judged): ${e.message}`);
      });
    await page.keyboard.up(key);
    if (sneak) await page.keyboard.up('KeyC');
    await page.evaluate(() => delete (window as unknown as { __lpWalk?: unknown }).__lpWalk);
    if (typeof reached === 'string' && reached.startsWith('stalled')) {
      throw new Error(`walkTo ${axis}=${target}: the game's clock has stood still (${reached}) for 30 s of wall clock (the game is not running)`);
    }
    await settle(page);
    if (reached === 'stuck') {
      const now = await playerAxis(page, axis);
      if (Math.abs(now - target) < tolerance) return;
      throw new Error(`walkTo ${axis}=${target}: the player is stuck at ${axis}=${now.toFixed(2)} (not moved in ${WALK_STUCK_TICKS / TICK_RATE} s of game time)`);
    }
  }
  throw new Error(`walkTo ${axis}=${target}: still at ${axis}=${(await playerAxis(page, axis)).toFixed(2)} after 12 tries`);
}

/** Waits until the sim has run a few ticks since now (a released key has been seen). */
export async function settle(page: Page, ticks = 3): Promise<void> {
  const t0 = await page.evaluate(() => window.__LP__!.state()!.tick);
  await page.waitForFunction((t) => (window.__LP__!.state()?.tick ?? Infinity) >= t, t0 + ticks, { polling: 'raf', timeout: 30_000 });
}

/**
 * Turns the player to face `dir` (W, A, S or D) with a tap that lasts until the sim has
 * seen it: a fixed 40 ms hold can fall between two frames on a loaded machine and turn nothing.
 */
export async function face(page: Page, dir: 'W' | 'A' | 'S' | 'D'): Promise<void> {
  const [fx, fy] = { W: [0, -1], A: [-1, 0], S: [0, 1], D: [1, 0] }[dir];
  await page.keyboard.down(`Key${dir}`);
  await page.waitForFunction(
    ([fx, fy]) => {
      const p = window.__LP__!.state()!.player;
      return p.facingX * fx! + p.facingY * fy! > 0.9;
    },
    [fx, fy],
    { polling: 'raf', timeout: 30_000 },
  );
  await page.keyboard.up(`Key${dir}`);
  await settle(page);
}

/**
 * Presses E (use) and holds it until `done` (evaluated in the page) says the use
 * happened: an 80 ms tap can be missed by a frame that comes late.
 */
export async function useUntil<A>(page: Page, done: (arg: A) => boolean, arg: A): Promise<void> {
  await page.keyboard.down('KeyE');
  try {
    await page.waitForFunction(done as (a: unknown) => boolean, arg as unknown, { polling: 'raf', timeout: 15_000 });
  } finally {
    await page.keyboard.up('KeyE');
  }
  await settle(page);
}

/** Uses (E) the door at tile (x, y) and returns once the sim has it open. */
export async function openDoor(page: Page, x: number, y: number): Promise<void> {
  await useUntil(
    page,
    ([x, y]) => (window.__LP__!.state()!['doors'] as { x: number; y: number; open: boolean }[]).some((d) => d.x === x && d.y === y && d.open),
    [x, y] as const,
  );
}

/**
 * Plays a chapter in Node with a scripted player and writes the run as a replay file for
 * the game's viewer, like recordBotReplay: `drive` fills the intent for the next tick
 * from the world as it stands (the chapter's beats run after each step, as in the game)
 * and returns false to end the run there. Returns the ticks played.
 */
export async function recordScriptedReplay(
  file: string,
  def: import('../src/chapters/definition').ChapterDefinition,
  level: import('../src/sim/level').LevelData,
  seed: number,
  difficulty: import('../src/sim/tuning').Difficulty,
  drive: (world: import('../src/sim/world').World, out: import('../src/sim/intent').Intent) => boolean,
): Promise<number> {
  const { createChapterWorld } = await import('../src/chapters/chapterWorld');
  const { stepChapter } = await import('../src/chapters/beats');
  const { emptyIntent } = await import('../src/sim/intent');
  const { recorder, run, options, write } = await nodeReplayRecorder(def, seed, difficulty);
  // Made as the viewer makes it (src/replay/player.ts), so it plays these intents the same.
  const world = createChapterWorld(def, level, { seed, run, overrides: { ...options } });
  const intent = emptyIntent();
  while (world.status === 'playing' && drive(world, intent)) {
    stepChapter(world, intent, def.beats, def.sightings);
    recorder.tick(intent, world);
  }
  write(file, world);
  return recorder.ticks;
}
