import type { Page } from '@playwright/test';
import { createRng, nextFloat } from '../src/sim/rng';

/**
 * The random-input soak, shared by the 2-minute e2e (e2e/soak.spec.ts) and the long
 * `npm run soak -- N` (scripts/soak.ts): counters installed before the game loads, a seeded
 * player that mashes keys, clicks, resizes and quits to the title, and samples of what
 * should not grow (live canvases, DOM nodes, live listeners, heap).
 */

/**
 * Counts live canvases and live event listeners. A canvas or a listener's target counts
 * while it can still be reached: they are held by WeakRef, so after a forced GC only what
 * something keeps alive is left (Phaser pools its text canvases, so a steady game levels off).
 */
export function installCounters(): void {
  const w = window as unknown as { __soak: { canvases(): number; listeners(): number } };
  const canvases: WeakRef<HTMLCanvasElement>[] = [];
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    const el = create.call(this, tag, options);
    if (String(tag).toLowerCase() === 'canvas') canvases.push(new WeakRef(el as HTMLCanvasElement));
    return el;
  } as typeof Document.prototype.createElement;

  // Per target: the live (type, listener, capture) registrations, as addEventListener dedupes them.
  type Reg = Map<string, Map<unknown, () => void>>;
  const regs = new WeakMap<EventTarget, Reg>();
  const targets: WeakRef<EventTarget>[] = [];
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const keyOf = (type: string, options?: boolean | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : !!options?.capture}`;
  const forget = (target: EventTarget, key: string, listener: unknown) => {
    const byListener = regs.get(target)?.get(key);
    const undo = byListener?.get(listener);
    if (!byListener || !undo) return;
    byListener.delete(listener);
    undo();
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    add.call(this, type, listener, options);
    if (!listener) return;
    let reg = regs.get(this);
    if (!reg) {
      reg = new Map();
      regs.set(this, reg);
      targets.push(new WeakRef(this));
    }
    const key = keyOf(type, options);
    let byListener = reg.get(key);
    if (!byListener) reg.set(key, (byListener = new Map()));
    if (byListener.has(listener)) return;
    // A `once` listener or one with an AbortSignal goes away by itself: follow it.
    const opts = typeof options === 'object' ? options : undefined;
    const target = this;
    const gone = () => forget(target, key, listener);
    const undos: (() => void)[] = [];
    if (opts?.once) {
      add.call(this, type, gone, { capture: !!opts.capture, once: true });
      undos.push(() => remove.call(target, type, gone, { capture: !!opts.capture }));
    }
    if (opts?.signal) {
      opts.signal.addEventListener('abort', gone, { once: true });
    }
    byListener.set(listener, () => undos.forEach((u) => u()));
  } as typeof EventTarget.prototype.addEventListener;
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    remove.call(this, type, listener, options);
    if (listener) forget(this, keyOf(type, options), listener);
  } as typeof EventTarget.prototype.removeEventListener;

  w.__soak = {
    canvases: () => canvases.filter((r) => r.deref() !== undefined).length,
    listeners: () => {
      let n = 0;
      for (const r of targets) {
        const t = r.deref();
        if (!t) continue;
        for (const byListener of regs.get(t)!.values()) n += byListener.size;
      }
      return n;
    },
  };
}

export interface SoakSample {
  /** Seconds since the soak started. */
  t: number;
  scene: string | null;
  canvases: number;
  nodes: number;
  listeners: number;
  /** Used JS heap in MB after a forced GC (CDP), or NaN when unavailable. */
  heapMB: number;
}

/** Forces a GC (so the WeakRef counts mean "still reachable"), then reads the counters. */
export async function sample(page: Page, t: number): Promise<SoakSample> {
  const cdp = await page.context().newCDPSession(page);
  let heapMB = Number.NaN;
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    heapMB = heap.usedSize / 1048576;
  } finally {
    await cdp.detach();
  }
  const counts = await page.evaluate(() => {
    const s = (window as unknown as { __soak: { canvases(): number; listeners(): number } }).__soak;
    return {
      scene: window.__LP__?.scene() ?? null,
      canvases: s.canvases(),
      nodes: document.getElementsByTagName('*').length,
      listeners: s.listeners(),
    };
  });
  return { t, heapMB, ...counts };
}

/** Paths of every NaN or non-finite number in the chapter state (empty outside a chapter). */
export async function nonFiniteInState(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const seen = new Set<unknown>();
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) bad.push(`${path} = ${v}`);
      } else if (v && typeof v === 'object' && !seen.has(v)) {
        seen.add(v);
        if (ArrayBuffer.isView(v)) {
          const a = v as unknown as ArrayLike<number>;
          for (let i = 0; i < a.length; i++) walk(a[i], `${path}[${i}]`);
        } else for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      }
    };
    walk(window.__LP__?.state() ?? null, 'state');
    return bad.slice(0, 20);
  });
}

/** A seeded generator: the sim's own mulberry32 (src/sim/rng.ts), as a function. */
export function rng(seed: number): () => number {
  const state = createRng(seed);
  return () => nextFloat(state);
}

const GAME_KEYS = ['KeyW', 'KeyA', 'KeyS', 'KeyD', 'ShiftLeft', 'KeyC', 'Space', 'KeyE', 'KeyQ'];
const SIZES: [number, number][] = [
  [1280, 720],
  [1000, 700],
  [844, 390],
  [800, 600],
];

/** Clicks the row of the menu on screen whose label starts with `label`; false when there is none. */
async function clickMenu(page: Page, label: string): Promise<boolean> {
  const row = await page.evaluate((l) => window.__LP__?.menu()?.find((r) => r.label.startsWith(l)) ?? null, label);
  if (!row) return false;
  await page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
  return true;
}

/**
 * Plays at random for `ms`: in a chapter it holds and presses game keys, moves and clicks
 * the mouse, pauses and resumes, resizes now and then and quits to the title every
 * `quitEveryMs` (so every stretch of the soak sees the title and a chapter start); on the
 * title, the end screen, Settings or an interlude it finds its way back into a chapter.
 * `onTick` runs about once a second, for checks and samples.
 */
export async function playRandomly(
  page: Page,
  opts: {
    seed: number;
    ms: number;
    quitEveryMs: number;
    onTick: (elapsedMs: number) => Promise<void>;
    /** Runs once on each arrival at a scene (so samples can compare the title with the title). */
    onArrive?: (scene: string, elapsedMs: number) => Promise<void>;
  },
): Promise<void> {
  const rand = rng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const start = Date.now();
  let lastTick = -Infinity;
  let lastQuit = start;
  let lastScene: string | null = null;
  const held = new Set<string>();
  const releaseAll = async () => {
    for (const k of held) await page.keyboard.up(k);
    held.clear();
  };

  while (Date.now() - start < opts.ms) {
    const now = Date.now();
    if (now - lastTick >= 1000) {
      lastTick = now;
      await opts.onTick(now - start);
    }
    const scene = await page.evaluate(() => window.__LP__?.scene() ?? null);
    if (scene !== lastScene && scene && opts.onArrive) {
      await page.waitForTimeout(300); // let it draw
      await opts.onArrive(scene, Date.now() - start);
    }
    lastScene = scene;
    if (scene !== 'Chapter') await releaseAll();
    switch (scene) {
      case 'Title':
        // A key opens the menu; then the first chapter, by name.
        if (!(await clickMenu(page, '1.'))) await page.keyboard.press('Enter');
        await page.waitForTimeout(200);
        break;
      case 'Pause':
        if (now - lastQuit > opts.quitEveryMs || rand() < 0.1) {
          if (await clickMenu(page, 'Quit to title')) lastQuit = Date.now();
        } else await page.keyboard.press(rand() < 0.5 ? 'Enter' : 'Escape'); // Resume is the first row
        await page.waitForTimeout(150);
        break;
      case 'ChapterEnd':
        await page.waitForTimeout(650); // the end screen ignores presses for 0.6 s
        if (rand() < 0.3 && (await clickMenu(page, 'Quit to title'))) lastQuit = Date.now();
        else await page.keyboard.press('Enter'); // retry
        await page.waitForTimeout(150);
        break;
      case 'Chapter': {
        const r = rand();
        if (now - lastQuit > opts.quitEveryMs) {
          await releaseAll();
          await page.keyboard.press('Escape');
        } else if (r < 0.45) {
          // Hold or let go of a game key (WASD, Shift, C, Space, E, Q).
          const k = pick(GAME_KEYS);
          if (held.has(k)) {
            held.delete(k);
            await page.keyboard.up(k);
          } else {
            held.add(k);
            await page.keyboard.down(k);
          }
        } else if (r < 0.6) {
          await page.keyboard.press(pick(GAME_KEYS));
        } else if (r < 0.8) {
          const v = page.viewportSize() ?? { width: 1280, height: 720 };
          await page.mouse.move(rand() * v.width, rand() * v.height, { steps: 3 });
        } else if (r < 0.88) {
          const v = page.viewportSize() ?? { width: 1280, height: 720 };
          await page.mouse.click(rand() * v.width, rand() * v.height);
        } else if (r < 0.95) {
          await page.keyboard.press('Escape'); // pause; the Pause case resumes
        } else if (r < 0.97) {
          const [width, height] = pick(SIZES);
          await page.setViewportSize({ width, height });
        }
        await page.waitForTimeout(30 + rand() * 150);
        break;
      }
      default:
        // Settings, an interlude, the boot or a load: Escape backs out, Enter continues.
        await page.keyboard.press(rand() < 0.5 ? 'Escape' : 'Enter');
        await page.waitForTimeout(300);
    }
  }
  await releaseAll();
}

export interface Growth {
  what: keyof Omit<SoakSample, 't' | 'scene'>;
  /** The scene both maxima were taken in. */
  scene: string;
  first: number;
  last: number;
  allowed: number;
}

// Measured steady in a healthy game (per scene, canvases and nodes exact, listeners too),
// and tight enough that one canvas or listener leaked per title visit fails 2 minutes.
export const SLACK = {
  canvases: (n: number) => Math.max(2, n * 0.04),
  nodes: (n: number) => Math.max(3, n * 0.05),
  listeners: (n: number) => Math.max(3, n * 0.05),
  heapMB: (n: number) => Math.max(8, n * 0.25),
};

/** Seconds of loading left out of the first window (the first title still holds loader listeners). */
export const SETTLE_S = 10;

/**
 * What grew between the first and the last `windowS` seconds beyond the slack, comparing
 * like with like: per scene seen in both windows, the max of each counter.
 */
export function growth(samples: SoakSample[], windowS: number, counters: readonly Growth['what'][] = ['canvases', 'nodes', 'listeners', 'heapMB']): Growth[] {
  const end = samples[samples.length - 1]!.t;
  const firstW = samples.filter((s) => s.t >= SETTLE_S && s.t <= SETTLE_S + windowS);
  const lastW = samples.filter((s) => s.t >= end - windowS);
  const scenes = [...new Set(firstW.map((s) => s.scene))].filter((sc): sc is string => !!sc && lastW.some((s) => s.scene === sc));
  const out: Growth[] = [];
  for (const what of counters) {
    for (const scene of scenes) {
      const max = (w: SoakSample[]) => Math.max(...w.filter((s) => s.scene === scene && Number.isFinite(s[what])).map((s) => s[what]));
      const first = max(firstW);
      const last = max(lastW);
      if (!Number.isFinite(first) || !Number.isFinite(last)) continue;
      const allowed = first + SLACK[what](first);
      if (last > allowed) out.push({ what, scene, first, last, allowed });
    }
  }
  return out;
}

/** The samples as a fixed-width table. */
export function table(samples: SoakSample[]): string {
  const head = ['t (s)', 'scene', 'canvases', 'nodes', 'listeners', 'heap MB'];
  const rows = samples.map((s) => [s.t.toFixed(0), s.scene ?? '-', String(s.canvases), String(s.nodes), String(s.listeners), s.heapMB.toFixed(1)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padStart(widths[i]!)).join('  ')).join('\n');
}
