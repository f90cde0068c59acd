import { test, expect } from '@playwright/test';
import { watchPage, waitForScene } from './helpers';
import { installCounters, sample, nonFiniteInState, playRandomly, growth, table, SETTLE_S, type SoakSample } from './soakDriver';

/**
 * A minute of seeded random play (keys held and pressed, mouse moves and clicks, pause
 * and resume, resizes, deaths and retries, quits to the title and new starts), the chapter
 * at ?timeScale=3 (three minutes of game in its stints). The game must stay clean
 * throughout: no console or page error, no NaN or infinity anywhere in the sim state, and
 * no more live canvases, DOM nodes or listeners in the last 20 s than in the first 20 s
 * after loading (a leak per title visit or per resize shows as a steady climb). A quit to
 * the title every 4 s puts ~5 title visits between the two windows' ends, so one canvas or
 * one listener leaked per visit is over the slack (the 2-minute soak at 15 s had 4). The
 * long version is `npm run soak -- 30`.
 */

const SOAK_MS = 60_000;
// The last 20 s against the first 20 s after loading (30 s apart).
const WINDOW_S = 20;

test('a minute of random input: no error, no NaN, nothing grows', async ({ page, baseURL }) => {
  test.setTimeout(SOAK_MS + 60_000);
  const problems = watchPage(page, baseURL!);
  await page.addInitScript(installCounters);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?timeScale=3');
  await waitForScene(page, 'Title');

  const samples: SoakSample[] = [];
  const nonFinite: string[] = [];
  await playRandomly(page, {
    seed: 17,
    ms: SOAK_MS,
    quitEveryMs: 4_000,
    onTick: async (elapsed) => {
      nonFinite.push(...(await nonFiniteInState(page)));
      // Stop at the first problem: the rest of the soak would only bury it.
      expect(problems).toEqual([]);
      expect(nonFinite).toEqual([]);
      if (samples.length === 0 || elapsed / 1000 - samples[samples.length - 1]!.t >= 5) samples.push(await sample(page, elapsed / 1000));
    },
    onArrive: async (scene, elapsed) => {
      if (scene === 'Title' || scene === 'Chapter') samples.push(await sample(page, elapsed / 1000));
    },
  });
  samples.push(await sample(page, SOAK_MS / 1000));
  console.log(table(samples));

  expect(problems).toEqual([]);
  expect(nonFinite).toEqual([]);
  // Both windows must have sampled the title and a chapter (a quit comes every 4 s), or the comparison is not like with like.
  for (const w of [samples.filter((s) => s.t >= SETTLE_S && s.t <= SETTLE_S + WINDOW_S), samples.filter((s) => s.t >= SOAK_MS / 1000 - WINDOW_S)]) {
    const seen = new Set(w.map((s) => s.scene));
    expect(seen).toContain('Title');
    expect(seen).toContain('Chapter');
  }
  expect(growth(samples, WINDOW_S, ['canvases', 'nodes', 'listeners'])).toEqual([]);
});
