import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { OUTPUT, loadChapterMapInNode, recordBotReplay, watchReplayFromTitle, watchPage } from './helpers';
import type { GameState } from './survivor';
import { HALLWAY } from '../src/chapters/hallway';
import { DEFAULT_SIGHTINGS } from '../src/chapters/sightings';
import { INFECTED_STATE_NAMES } from '../src/sim/horde';
import type { World } from '../src/sim/world';
import { VARIANT_NAMES, type VariantName } from '../src/sim/tuning';
import type { NearInfected } from '../src/testApi';
import { SETTINGS_KEY, defaultSettings } from '../src/save/settings';

/**
 * Readable threats (issue 11): the first time each variant comes into view its caption
 * shows (once), and the moments a newcomer must read are saved as screenshots at desktop
 * and phone size: each variant's first sighting, a sprinter's wind-up, a sleeper, a
 * staggered one, infected in foam.
 *
 * The run is the survivor bot's on Story, played in Node and watched in the game's replay
 * viewer (the sightings and their captions are the sim's and the view's, the same in watch
 * mode; playing chapter 1 by keys and mouse is chapter.spec.ts's job). Node knows at which
 * tick each moment comes, so the viewer runs fast between them and pauses on each for its
 * screenshot: the same frames every run, in a fraction of the real-time play's minutes.
 */
const line = (v: VariantName) => HALLWAY.sightings?.[v] ?? DEFAULT_SIGHTINGS[v];
/** How near the player (tiles) a moment must be to be worth a screenshot: on screen. */
const NEAR = 7;
/** Ticks before a moment at which the viewer slows from x8 to x2 (x4 and x1 under ?timeScale=2). */
const LEAD = 120;
/** Ticks past its tick in Node after which a moment not yet seen is given up (logged). */
const GIVE_UP = 240;

interface Moment {
  name: string;
  /** The first tick it is true in the recorded run. */
  tick: number;
  /** True for the snapshot the browser reports. */
  is(s: GameState): boolean;
}

const MOMENTS: [string, (z: { state: string; asleep: number; inFoam: boolean }) => boolean][] = [
  ['windup', (z) => z.state === 'alerted'],
  ['sleeper', (z) => z.asleep === 1],
  ['stagger', (z) => z.state === 'stagger'],
  ['in-foam', (z) => z.inFoam],
];

/** The survivor bot's Story run, recorded once for both sizes, with the tick of each sighting and moment in it. */
let recorded: Promise<{ file: string; sighted: Partial<Record<VariantName, number>>; moments: Record<string, number>; width: number }> | null = null;
function threatRun() {
  recorded ??= (async () => {
    const level = await loadChapterMapInNode('hallway');
    const sighted: Partial<Record<VariantName, number>> = {};
    const moments: Record<string, number> = {};
    const file = `${OUTPUT}/threats.lpreplay.json`;
    // To the coach (the last variant on the route, ~2 minutes in) or the end of the run.
    await recordBotReplay(file, HALLWAY, level, HALLWAY.seed, 'story', 'survivor', {
      limitSeconds: 240,
      onTick: (w: World) => {
        for (const e of w.events) if (e.type === 'variantSighted') sighted[e.variant] ??= w.tick;
        const h = w.horde;
        for (let i = 0; i < h.count; i++) {
          if (Math.hypot(h.x[i]! - w.player.x, h.y[i]! - w.player.y) >= NEAR) continue;
          const z = { state: INFECTED_STATE_NAMES[h.state[i]!]!, asleep: h.asleep[i]!, inFoam: w.foam[Math.floor(h.y[i]!) * w.grid.width + Math.floor(h.x[i]!)]! > 0 };
          for (const [name, is] of MOMENTS) if (is(z)) moments[name] ??= w.tick;
        }
      },
    });
    return { file, sighted, moments, width: level.width };
  })();
  return recorded;
}

const captionTexts = (s: GameState) => new Set(((s['captions'] as { text: string }[]) ?? []).map((c) => c.text));

for (const viewport of [
  { width: 1280, height: 720, name: 'desktop', highContrast: false },
  // The phone run plays in high contrast: its screenshots show the per-variant rings.
  { width: 360, height: 640, name: 'phone', highContrast: true },
]) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test(`the first sight of each variant is captioned once; the threats are screenshotted (${viewport.width}x${viewport.height})`, async ({ page, baseURL }) => {
      test.setTimeout(150_000);
      const problems = watchPage(page, baseURL!);
      const run = await threatRun();
      // The chapter's first infected, the sprinter bursting out of 2-2, is on the recorded route.
      expect(run.sighted.sprinter, 'the recorded run sights the sprinter').toBeDefined();
      if (viewport.highContrast) {
        const saved = JSON.stringify({ ...defaultSettings(), highContrast: true });
        await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [SETTINGS_KEY, saved]);
      }
      await page.goto('./?timeScale=2');
      await watchReplayFromTitle(page, run.file);

      const near = (s: GameState) => s.near.infected.filter((z) => Math.hypot(z.x - s.player.x, z.y - s.player.y) < NEAR);
      const foamOf = (s: GameState) => new Set(s.near.foamCells);
      const inFoam = (s: GameState, z: NearInfected) => foamOf(s).has(Math.floor(z.y) * run.width + Math.floor(z.x));
      const pending: Moment[] = [
        ...Object.entries(run.sighted).map(([v, tick]) => ({ name: `sighted-${v}`, tick, is: (s: GameState) => captionTexts(s).has(line(v as VariantName)) })),
        ...Object.entries(run.moments).map(([name, tick]) => {
          const test = MOMENTS.find(([n]) => n === name)![1];
          return { name, tick, is: (s: GameState) => near(s).some((z) => test({ state: z.state, asleep: z.asleep, inFoam: inFoam(s, z) })) };
        }),
      ];
      const last = Math.max(...pending.map((m) => m.tick));
      const taken: string[] = [];
      const missed: string[] = [];
      // Per variant: how many separate times its caption came on screen.
      const spans: Record<string, number> = {};
      const showing = new Set<string>();
      const watchCaptions = (s: GameState) => {
        const texts = captionTexts(s);
        for (const v of VARIANT_NAMES) {
          const on = texts.has(line(v));
          if (on && !showing.has(v)) spans[v] = (spans[v] ?? 0) + 1;
          if (on) showing.add(v);
          else showing.delete(v);
        }
      };
      const snapshot = async () => {
        const snap = await page.evaluate(() => ({ scene: window.__LP__!.scene(), state: window.__LP__!.state() }));
        return { scene: snap.scene, s: snap.state as (GameState & { replay: { tick: number; paused: boolean } }) | null };
      };

      await page.keyboard.press('Digit4');
      let fast = true;
      // Watched to a little past the last moment (its caption has gone again), or to the end.
      for (let tick = 0; tick < last + 3 * 60; ) {
        const { scene, s } = await snapshot();
        if (!s || scene !== 'Chapter') break;
        watchCaptions(s);
        tick = s.replay.tick;
        const now = pending.filter((m) => m.is(s));
        if (now.length > 0) {
          // Paused on the moment: the screenshot shows what the state says.
          await page.keyboard.press('Space');
          await expect.poll(async () => (await snapshot()).s?.replay.paused).toBe(true);
          const still = (await snapshot()).s!;
          watchCaptions(still);
          // Whatever else is true on this frame goes on file with it (a wind-up lasts 0.6 s).
          const shown = pending.filter((m) => m.is(still));
          if (shown.length > 0) {
            const png = await page.screenshot();
            for (const m of shown) {
              writeFileSync(`${OUTPUT}/threats-${m.name}-${viewport.name}.png`, png);
              taken.push(m.name);
              pending.splice(pending.indexOf(m), 1);
            }
          }
          await page.keyboard.press('Space');
        }
        for (const m of [...pending]) {
          if (tick > m.tick + GIVE_UP) {
            missed.push(m.name);
            pending.splice(pending.indexOf(m), 1);
          }
        }
        const due = pending.some((m) => tick >= m.tick - LEAD);
        if (due === fast) {
          await page.keyboard.press(due ? 'Digit1' : 'Digit4');
          fast = !due;
        }
      }
      console.log(`${viewport.name}: captions shown ${JSON.stringify(spans)} (recorded sightings at ticks ${JSON.stringify(run.sighted)}), screenshots ${taken.join(', ')}${missed.length ? `; missed ${missed.join(', ')}` : ''}`);
      // Each variant the run sighted is captioned exactly once; one it never sighted, never.
      for (const v of VARIANT_NAMES) expect(spans[v] ?? 0, `${v}'s first-sighting caption`).toBe(run.sighted[v] !== undefined ? 1 : 0);
      expect(problems).toEqual([]);
    });
  });
}
