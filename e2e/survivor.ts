import type { Page } from '@playwright/test';
import { IntentKeys, walkClock, type WalkBudget } from './helpers';
import { SurvivorBot, type SurvivorOptions, type SurvivorStats } from '../src/bots/survivorBot';
import type { SeenDoor, SeenInfected, SurvivorView } from '../src/bots/survivorView';
import { INFECTED_STATE_NAMES } from '../src/sim/horde';
import { emptyIntent, type Intent } from '../src/sim/intent';
import type { LevelData } from '../src/sim/level';
import { clearSight } from '../src/sim/perception';
import { setDoorCell } from '../src/sim/grid';
import { createWorld, type World } from '../src/sim/world';
import type { NearInfected, StateSnapshot } from '../src/testApi';
import type { Difficulty } from '../src/sim/tuning';

/** What `__LP__.state()` holds beyond the typed core (see README, Test API). */
export interface GameState extends StateSnapshot {
  difficulty: Difficulty;
  cabinets: { x: number; y: number; used: boolean }[];
  /** Per level.items: 1 once picked up. */
  itemsTaken: number[];
  doors: { x: number; y: number; open: boolean; broken: boolean; locked: boolean }[];
  extinguisher: { has: boolean; pressure: number; spraying: boolean };
  near: { radius: number; infected: NearInfected[]; foamCells: number[] };
  triggersFired: string[];
}

/**
 * The survivor bot's view of the REAL game, rebuilt in Node from `__LP__.state()`: the
 * infected near the player (the snapshot lists those within 15 tiles, about what is on
 * screen), the doors, the foam. Line of sight runs on a local copy of the level's grid
 * (a peaceful World in Node that only mirrors door and foam cells), so the bot's sight
 * checks are the sim's own.
 */
export class SnapshotView implements SurvivorView {
  tick = 0;
  difficulty: Difficulty = 'normal';
  cabinets: { x: number; y: number; used: boolean }[] = [];
  itemTaken: ArrayLike<number> = [];
  readonly level: LevelData;
  readonly player = { x: 0, y: 0, grabbedBy: -1 };
  readonly extinguisher = { hasExtinguisher: false, pressure: 0 };
  readonly horde: SeenInfected & { [K in Exclude<keyof SeenInfected, 'count'>]: number[] } = {
    count: 0,
    x: [],
    y: [],
    state: [],
    headingX: [],
    headingY: [],
    hunter: [],
    hasTarget: [],
    targetX: [],
    targetY: [],
    searchLooking: [],
    asleep: [],
  };
  readonly doors: SeenDoor[];
  readonly doorAt: ArrayLike<number>;
  /** A map-only World (no infected): its grid and foam mirror the game's for sight checks. */
  private readonly map: World;
  private foamCells: number[] = [];

  constructor(level: LevelData) {
    this.level = level;
    this.map = createWorld(level, 1, { peaceful: true });
    this.doors = this.map.doors.map((d) => ({ x: d.x, y: d.y, open: d.open, broken: false, locked: d.locked }));
    this.doorAt = this.map.grid.doorAt;
  }

  update(s: GameState): void {
    this.tick = s.tick;
    this.difficulty = s.difficulty;
    this.cabinets = s.cabinets;
    this.itemTaken = s.itemsTaken;
    this.player.x = s.player.x;
    this.player.y = s.player.y;
    this.player.grabbedBy = s.player.grabbedBy;
    this.extinguisher.hasExtinguisher = s.extinguisher.has;
    this.extinguisher.pressure = s.extinguisher.pressure;
    s.doors.forEach((d, i) => {
      const mine = this.doors[i]!;
      if (mine.open !== d.open) setDoorCell(this.map.grid, d.x, d.y, d.open);
      this.doors[i] = { x: d.x, y: d.y, open: d.open, broken: d.broken, locked: d.locked };
    });
    for (const c of this.foamCells) this.map.foam[c] = 0;
    this.foamCells = s.near.foamCells;
    for (const c of this.foamCells) this.map.foam[c] = 1;
    const h = this.horde;
    h.count = s.near.infected.length;
    s.near.infected.forEach((a, i) => {
      h.x[i] = a.x;
      h.y[i] = a.y;
      h.state[i] = Math.max(0, (INFECTED_STATE_NAMES as readonly string[]).indexOf(a.state));
      h.headingX[i] = a.headingX;
      h.headingY[i] = a.headingY;
      h.hunter[i] = a.hunter;
      h.hasTarget[i] = a.hasTarget;
      h.targetX[i] = a.targetX;
      h.targetY[i] = a.targetY;
      h.searchLooking[i] = a.searchLooking;
      h.asleep[i] = a.asleep;
    });
  }

  clearSight(x0: number, y0: number, x1: number, y1: number): boolean {
    return clearSight(this.map, x0, y0, x1, y1);
  }
}

export interface SurvivorRun {
  /** The scene on top when it stopped ('ChapterEnd' after the exit or a bite). */
  scene: string;
  status: string;
  stats: SurvivorStats;
  /** Decisions made, and the gap between them (ms, p50 / max): the bot's reaction lag. */
  decisions: number;
  gapMs: { p50: number; max: number };
  /** Sim ticks behind the game when the bot's keys landed (how stale each view was). */
  staleTicks: { p50: number; max: number };
  /** Game time played (seconds of the sim's clock), and whether the budget ran out first. */
  gameSeconds: number;
  outOfTime: boolean;
}

/**
 * What the driver tells the spec about as it plays, for screenshots at the key moments.
 * Not awaited while playing (the game does not wait for the bot): their promises are
 * settled before playAsSurvivor returns.
 */
export interface SurvivorHooks {
  /** A trigger area fired (its name); called once per trigger. */
  onTrigger?(name: string, state: GameState): Promise<void>;
  /** The bot started spraying. */
  onSpray?(state: GameState): Promise<void>;
}

/** Lag margins for the real game: spray from further and keep at it (the view is ~3-6 ticks old). */
export const BROWSER_SURVIVOR: SurvivorOptions = { sprayRadius: 4.5, sprayHoldTicks: 24, chaseRadius: 14 };

const AIM_PX = 120;

/**
 * Plays the real game with the survivor bot through real input: WASD to move, Shift to
 * run, C to sneak, E to use, the mouse to aim and its left button to spray. Each loop
 * reads `__LP__.state()`, asks the bot for an Intent and presses or releases what
 * differs. The game runs on in real time meanwhile, so the bot plays with BROWSER_SURVIVOR
 * margins. Returns when the chapter scene is no longer on top, `stopWhen` says so or the
 * budget (`gameSeconds`: game time, which a slow machine does not spend) runs out.
 */
export async function playAsSurvivor(
  page: Page,
  level: LevelData,
  options: WalkBudget & { hooks?: SurvivorHooks; stopWhen?: (state: GameState) => boolean },
): Promise<SurvivorRun> {
  const view = new SnapshotView(level);
  const intent: Intent = emptyIntent();
  let bot: SurvivorBot | null = null;
  const keys = new IntentKeys(page);
  let mouseDown = false;
  let mouseAt = { x: -1, y: -1 };
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const fired = new Set<string>();
  const pending: Promise<void>[] = [];
  const gaps: number[] = [];
  const stale: number[] = [];
  const clock = walkClock(options);
  let outOfTime = false;
  let scene = '';
  let status = 'playing';
  let last = Date.now();
  let decisions = 0;
  let wasSpraying = false;
  for (;;) {
    const snap = await page.evaluate(() => ({ scene: window.__LP__!.scene(), state: window.__LP__!.state() }));
    scene = snap.scene ?? '';
    const s = snap.state as GameState | null;
    if (!s) break;
    status = s.status;
    if (s.status !== 'playing' || scene !== 'Chapter') break;
    if (options.stopWhen?.(s)) break;
    if (clock.over(s.tick)) {
      outOfTime = true;
      break;
    }
    for (const name of s.triggersFired) {
      if (fired.has(name)) continue;
      fired.add(name);
      const p = options.hooks?.onTrigger?.(name, s);
      if (p) pending.push(p);
    }
    view.update(s);
    bot ??= new SurvivorBot(view, BROWSER_SURVIVOR);
    bot.decide(view, intent);
    decisions++;
    const now = Date.now();
    gaps.push(now - last);
    last = now;

    // Aim first (the spray and a door's "use" go where the player faces), then the keys.
    const screen = s.player.screen;
    const ax = intent.aimX !== 0 || intent.aimY !== 0 ? intent.aimX : intent.moveX;
    const ay = intent.aimX !== 0 || intent.aimY !== 0 ? intent.aimY : intent.moveY;
    const len = Math.hypot(ax, ay);
    if (screen && len > 0.01) {
      const x = Math.min(viewport.width - 2, Math.max(2, screen.x + (ax / len) * AIM_PX));
      const y = Math.min(viewport.height - 2, Math.max(2, screen.y + (ay / len) * AIM_PX));
      if (Math.hypot(x - mouseAt.x, y - mouseAt.y) > 3) {
        mouseAt = { x, y };
        await page.mouse.move(x, y);
      }
    }
    if (intent.spray !== mouseDown) {
      mouseDown = intent.spray;
      if (mouseDown) await page.mouse.down();
      else await page.mouse.up();
    }
    await keys.apply(intent);
    if (intent.spray && !wasSpraying) {
      const p = options.hooks?.onSpray?.(s);
      if (p) pending.push(p);
    }
    wasSpraying = intent.spray;
    if (decisions % 10 === 0) {
      const t = await page.evaluate(() => window.__LP__!.state()?.tick ?? 0);
      stale.push(t - s.tick);
    }
    await page.waitForTimeout(15);
  }
  await keys.releaseAll();
  if (mouseDown) await page.mouse.up();
  await Promise.all(pending);
  const pct = (xs: number[], q: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
  };
  return {
    scene,
    status,
    stats: bot?.stats ?? { waitedTicks: 0, doorsShut: 0, sprays: 0, waitedForAllies: 0, helpedAllies: 0 },
    decisions,
    gapMs: { p50: pct(gaps, 0.5), max: pct(gaps, 1) },
    staleTicks: { p50: pct(stale, 0.5), max: pct(stale, 1) },
    gameSeconds: clock.gameSeconds(),
    outOfTime,
  };
}
