import { test, expect, type Page } from '@playwright/test';
import { OUTPUT, loadChapterMapInNode, startFirstChapter, waitForScene, watchPage } from './helpers';
import { playAsSurvivor, type GameState } from './survivor';
import { HALLWAY } from '../src/chapters/hallway';
import { DEFAULT_SIGHTINGS } from '../src/chapters/sightings';
import type { VariantName } from '../src/sim/tuning';
import type { NearInfected } from '../src/testApi';
import { SETTINGS_KEY, defaultSettings } from '../src/save/settings';

/**
 * Readable threats (issue 11): the survivor bot plays chapter 1 through real input while
 * the spec watches `state()`: the first time each variant comes into view its caption
 * shows (once), and the moments a newcomer must read are saved as screenshots at desktop
 * and phone size: each variant's first sighting, a sprinter's wind-up, a sleeper, a
 * staggered one, infected in foam.
 */
const line = (v: VariantName) => HALLWAY.sightings?.[v] ?? DEFAULT_SIGHTINGS[v];
/** Variants on chapter 1's route (it has no climber): the sprinter comes first, the coach last. */
const ON_ROUTE: VariantName[] = ['sprinter', 'cheerleader', 'heavy'];
const MOMENTS = ['windup', 'sleeper', 'stagger', 'in-foam'];

for (const viewport of [
  { width: 1280, height: 720, name: 'desktop', highContrast: false },
  // The phone run plays in high contrast: its screenshots show the per-variant rings.
  { width: 360, height: 640, name: 'phone', highContrast: true },
]) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test(`the first sight of each variant is captioned once; the threats are screenshotted (${viewport.width}x${viewport.height})`, async ({ page, baseURL }) => {
      test.setTimeout(240_000);
      const problems = watchPage(page, baseURL!);
      if (viewport.highContrast) {
        const saved = JSON.stringify({ ...defaultSettings(), highContrast: true });
        await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [SETTINGS_KEY, saved]);
      }
      await page.goto('./?difficulty=story');
      await startFirstChapter(page);
      const level = await loadChapterMapInNode('hallway');
      const shots = new Shots(page, viewport.name);
      // Per variant: how many separate times its caption came on screen.
      const spans: Record<string, number> = {};
      const showing = new Set<string>();
      const watch = (s: GameState): boolean => {
        const texts = new Set(((s['captions'] as { text: string }[]) ?? []).map((c) => c.text));
        for (const v of ON_ROUTE) {
          const on = texts.has(line(v));
          if (on && !showing.has(v)) {
            spans[v] = (spans[v] ?? 0) + 1;
            shots.take(`sighted-${v}`);
          }
          if (on) showing.add(v);
          else showing.delete(v);
        }
        const near = s.near.infected.filter((z) => Math.hypot(z.x - s.player.x, z.y - s.player.y) < 7);
        const foam = new Set(s.near.foamCells);
        const inFoam = (z: NearInfected) => foam.has(Math.floor(z.y) * level.width + Math.floor(z.x));
        const moments: [string, (z: NearInfected) => boolean][] = [
          ['windup', (z) => z.state === 'alerted'],
          ['sleeper', (z) => z.asleep === 1],
          ['stagger', (z) => z.state === 'stagger'],
          ['in-foam', inFoam],
        ];
        for (const [name, is] of moments) {
          const z = near.find(is);
          if (z) shots.take(name, async () => ((await page.evaluate(() => window.__LP__!.state()!['near'])) as GameState['near']).infected.some((y) => y.id === z.id && is(y)));
        }
        // Done once the first two variants were captioned and every moment is on file (the
        // coach, at the far end, only if the bot gets there in time).
        const seenEnough = (spans['sprinter'] ?? 0) > 0 && (spans['cheerleader'] ?? 0) > 0;
        return (seenEnough && MOMENTS.every((m) => shots.taken.has(m)) && showing.size === 0) || (spans['heavy'] ?? 0) > 0;
      };
      let run = await playAsSurvivor(page, level, { maxMs: 100_000, stopWhen: watch });
      let retries = 0;
      while (run.status === 'lost' && retries < 1) {
        await waitForScene(page, 'ChapterEnd');
        await page.waitForTimeout(600);
        await page.keyboard.press('Enter'); // Retry from checkpoint
        await waitForScene(page, 'Chapter');
        retries++;
        run = await playAsSurvivor(page, level, { maxMs: 60_000, stopWhen: watch });
      }
      await shots.settle();
      console.log(`${viewport.name}: captions shown ${JSON.stringify(spans)}, retries ${retries}, screenshots ${[...shots.taken].join(', ')}`);
      // The first infected of the chapter, the sprinter bursting out of 2-2, is captioned.
      expect(spans['sprinter'], "the sprinter's first-sighting caption").toBeGreaterThanOrEqual(1);
      // Once per variant: only a retry from a checkpoint taken before the sighting shows it again.
      for (const v of ON_ROUTE) expect(spans[v] ?? 0).toBeLessThanOrEqual(1 + retries);
      expect(problems).toEqual([]);
    });
  });
}

/**
 * Screenshots taken at most once per name, not awaited while the bot plays. A moment that
 * may pass (a 0.6 s wind-up) is checked again once the screenshot is taken: when it had
 * already passed the shot is retaken at the next one (a few tries).
 */
class Shots {
  readonly taken = new Set<string>();
  private readonly tries = new Map<string, number>();
  private readonly pending: Promise<unknown>[] = [];
  constructor(
    private readonly page: Page,
    private readonly size: string,
  ) {}

  take(name: string, stillSo?: () => Promise<boolean>): void {
    if (this.taken.has(name)) return;
    const tries = (this.tries.get(name) ?? 0) + 1;
    this.tries.set(name, tries);
    this.taken.add(name);
    const shot = async () => {
      await this.page.screenshot({ path: `${OUTPUT}/threats-${name}-${this.size}.png` });
      if (stillSo && tries < 6 && !(await stillSo())) this.taken.delete(name);
    };
    this.pending.push(shot().catch(() => undefined));
  }

  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }
}
