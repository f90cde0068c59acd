/**
 * Frame time of the real game in headless Chromium during chapter 1's final rush.
 *   npx vite build && node --import tsx bench/browser-rush.ts [port]
 * The survivor bot plays the hallway on Story through real keys and the mouse (as in
 * e2e/chapter.spec.ts) until the stairwell_rush beat fires, then lets go of the keys and
 * stands in the rush's path (breaking free of grabs) while the page records
 * requestAnimationFrame deltas for 5 s.
 * Runs once with the renderer the game picks itself and once with WebGL forced
 * (SwiftShader here: no GPU). Wall-clock numbers: they depend on the machine and its load.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { loadMapFile } from './maps';
import { playAsSurvivor } from '../e2e/survivor';

const port = Number(process.argv[2] ?? process.env.LP_PORT ?? 4180);
const base = `http://127.0.0.1:${port}/`;
const level = loadMapFile('hallway');
const WINDOW_MS = 5000;

const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server on ${base}`);
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.LP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu-sandbox', '--enable-unsafe-swiftshader'],
  });
  for (const query of ['?difficulty=story', '?difficulty=story&renderer=webgl']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(base + query);
    await page.waitForFunction(() => window.__LP__?.scene() === 'Title');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__LP__?.scene() === 'Chapter');
    const run = await playAsSurvivor(page, level, { gameSeconds: 180, stopWhen: (s) => s.triggersFired.includes('stairwell_rush') });
    if (run.status !== 'playing') {
      console.log(`${query}: the run ended (${run.status}) before the rush`);
      await page.close();
      continue;
    }
    // Let the rushers come on screen, then record for WINDOW_MS.
    await page.waitForTimeout(500);
    // A string, not a function: tsx's name helpers do not exist in the page.
    const recording = page.evaluate(`new Promise((resolve) => {
      const deltas = [];
      let last = performance.now();
      const start = last;
      const frame = (now) => {
        deltas.push(now - last);
        last = now;
        if (now - start < ${WINDOW_MS}) requestAnimationFrame(frame);
        else resolve(deltas);
      };
      requestAnimationFrame(frame);
    })`) as Promise<number[]>;
    recording.catch(() => undefined); // a failure surfaces at the await below, not as a crash
    // Meanwhile: stand still, and when grabbed mash "use" and wiggle (as the bot does),
    // so the sim runs the whole window with the rushers around the player.
    const near: number[] = [];
    let playingSamples = 0;
    let samples = 0;
    let toggle = false;
    let shot = false;
    const t0 = Date.now();
    while (Date.now() - t0 < WINDOW_MS) {
      const s = await page.evaluate(() => window.__LP__!.state());
      samples++;
      if (s?.status === 'playing') playingSamples++;
      near.push((s?.near as { infected: unknown[] } | undefined)?.infected.length ?? 0);
      toggle = !toggle;
      const grabbed = s?.status === 'playing' && (s.player.grabbedBy ?? -1) >= 0;
      if (grabbed && toggle) {
        await page.keyboard.press('KeyE');
        await page.keyboard.press(Math.random() < 0.5 ? 'KeyA' : 'KeyD');
      }
      if (!shot && Date.now() - t0 > 2500) {
        shot = true;
        void page.screenshot({ path: `e2e/output/rush-bench-${query.includes('webgl') ? 'webgl' : 'default'}.png` });
      }
      await page.waitForTimeout(40);
    }
    const deltas = (await recording).slice(1);
    const renderer = await page.evaluate(() => window.__LP__!.renderer());
    const end = await page.evaluate(() => window.__LP__!.state());
    await page.waitForTimeout(300); // the screenshot
    console.log(
      `${query}: renderer ${renderer}, ${deltas.length} frames in ${WINDOW_MS / 1000} s: ` +
        `p50 ${pct(deltas, 0.5).toFixed(1)} ms, p95 ${pct(deltas, 0.95).toFixed(1)} ms, max ${pct(deltas, 1).toFixed(1)} ms; ` +
        `infected within 15 tiles ${Math.min(...near)}..${Math.max(...near)}, total ${String(end?.infected)}, ` +
        `sim running ${Math.round((100 * playingSamples) / samples)}% of the window, status at the end ${end?.status ?? '?'}`,
    );
    await page.close();
  }
  await browser.close();
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    /* already gone */
  }
}
