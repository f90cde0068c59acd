/**
 * Frame time of the real chapter scene with a crowd of chasers on screen.
 *   npm run bench:crowd [-- --webgl] [-- --port 4351] [-- --ns 0,500] [-- --compare] [-- --repeat 2]
 * For each N (0 / 250 / 500 / 1000 / 2000) a fresh page opens the hallway on Story with
 * `?crowd=N` (src/game/crowd.ts: N hunting infected spawned round the player, who cannot
 * be grabbed), lets it run 3 s, then records requestAnimationFrame deltas for 6 s.
 * Canvas (forced, as the game picks here anyway); `--webgl` also runs WebGL forced
 * (SwiftShader here: no GPU). `--compare` also runs each N with `&mapDraw=tiles` (the map as
 * a Phaser tilemap layer, every visible tile drawn each frame, as before the pre-drawn map
 * pieces) and with `&crowdDraw=full` (the horde view without its crowd culling), side by
 * side in the same browser, one after the other; `--repeat K` runs that round K times
 * (the machine is shared: compare rows of one round, and the rounds for the spread).
 * cpu/f is the page's main-thread CPU time per frame (CDP ThreadTime): unlike fps and
 * busy/f (wall clock) it hardly moves when other processes take the cores.
 * Sim ms per tick: the same world (chapter world + crowd) stepped in Node with no input for
 * 6 s of ticks after 3 s, median and p95 (the page's frame includes one or more of these).
 * Wall-clock numbers: they depend on the machine and its load; run it twice.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { loadMapFile } from './maps';
import { CHAPTERS } from '../src/chapters/registry';
import { createChapterWorld } from '../src/chapters/chapterWorld';
import { stepChapter } from '../src/chapters/beats';
import { emptyIntent } from '../src/sim/intent';
import { HORDE, TICK_RATE } from '../src/sim/tuning';
import { spawnCrowd } from '../src/game/crowd';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(opt('--port') ?? process.env.LP_PORT ?? 4351);
const base = `http://127.0.0.1:${port}/`;
const NS = (opt('--ns') ?? '0,250,500,1000,2000').split(',').map(Number);
const WARMUP_MS = 3000;
const WINDOW_MS = 6000;
const renderers = args.includes('--webgl') ? ['canvas', 'webgl'] : ['canvas'];
const draws = args.includes('--compare') ? ['', 'mapDraw=tiles', 'crowdDraw=full'] : [''];
const repeat = Math.max(1, Number(opt('--repeat') ?? 1));
/** Short names for the variants in the table. */
const drawName = (d: string) => (d === '' ? 'game' : d === 'mapDraw=tiles' ? 'tiles' : 'full');

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/** Median and p95 ms of one sim tick (chapter beats included) with N chasers, in Node. */
function simMs(n: number): { p50: number; p95: number } {
  const def = CHAPTERS.find((c) => c.id === 'hallway')!;
  const world = createChapterWorld(def, loadMapFile('hallway'), { overrides: { difficulty: 'story', hordeCapacity: HORDE.capacity + n } });
  spawnCrowd(world, n);
  const intent = emptyIntent();
  const times: number[] = [];
  for (let t = 0; t < ((WARMUP_MS + WINDOW_MS) / 1000) * TICK_RATE; t++) {
    const t0 = performance.now();
    stepChapter(world, intent, def.beats, def.sightings);
    if (t >= (WARMUP_MS / 1000) * TICK_RATE) times.push(performance.now() - t0);
  }
  return { p50: pct(times, 0.5), p95: pct(times, 0.95) };
}

const sims = new Map(NS.map((n) => [n, simMs(n)]));
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
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

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.LP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu-sandbox', '--enable-unsafe-swiftshader'],
  });
  const rows: string[] = [];
  for (let round = 0; round < repeat; round++)
  for (const renderer of renderers) {
    for (const n of NS) {
      for (const draw of draws) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        // Count and time the Canvas drawImage calls (where the issue's profile put ~60% of a frame).
        await page.addInitScript(`{
          const ctx = CanvasRenderingContext2D.prototype;
          const draw = ctx.drawImage;
          window.__crowdDraws = { calls: 0, ms: 0 };
          ctx.drawImage = function (...a) {
            const t0 = performance.now();
            const r = draw.apply(this, a);
            window.__crowdDraws.ms += performance.now() - t0;
            window.__crowdDraws.calls++;
            return r;
          };
        }`);
        await page.goto(`${base}?difficulty=story&renderer=${renderer}&crowd=${n}${draw ? `&${draw}` : ''}`);
        await page.waitForFunction(() => window.__LP__?.scene() === 'Title');
        await page.keyboard.press('Enter');
        await page.waitForTimeout(100);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.__LP__?.scene() === 'Chapter');
        await page.waitForTimeout(WARMUP_MS);
        // Main-thread busy time (CPU, not wall clock): steadier than fps on a loaded machine.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const busy = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
        const cpu = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
        const busy0 = await busy();
        const cpu0 = await cpu();
        const draws0 = (await page.evaluate('({ ...window.__crowdDraws })')) as { calls: number; ms: number };
        // A string, not a function: tsx's name helpers do not exist in the page.
        const deltas = ((await page.evaluate(`new Promise((resolve) => {
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
        })`)) as number[]).slice(1);
        const busyMs = (await busy()) - busy0;
        const cpuMs = (await cpu()) - cpu0;
        const draws1 = (await page.evaluate('({ ...window.__crowdDraws })')) as { calls: number; ms: number };
        const frames = deltas.length + 1;
        const got = await page.evaluate(() => window.__LP__!.renderer());
        const s = await page.evaluate(() => window.__LP__!.state());
        const near = (s?.near as { infected: unknown[] } | undefined)?.infected.length ?? 0;
        if (n === NS[NS.length - 1] && round === 0) await page.screenshot({ path: `e2e/output/crowd-bench-${renderer}${draw ? '-' + drawName(draw) : ''}.png` });
        const sum = deltas.reduce((a, b) => a + b, 0);
        const sim = sims.get(n)!;
        const row =
          `${got.padEnd(7)} ${drawName(draw).padEnd(5)} ${String(n).padStart(5)} ${(deltas.length / (sum / 1000)).toFixed(1).padStart(6)} ` +
          `${pct(deltas, 0.5).toFixed(1).padStart(7)} ${pct(deltas, 0.95).toFixed(1).padStart(7)} ${String(near).padStart(6)} ${String(s?.infected ?? '?').padStart(6)} ` +
          `${(busyMs / deltas.length).toFixed(1).padStart(7)} ${(cpuMs / deltas.length).toFixed(1).padStart(6)} ${String(s?.infectedDrawn ?? '?').padStart(6)} ${String(Math.round((draws1.calls - draws0.calls) / frames)).padStart(6)} ${((draws1.ms - draws0.ms) / frames).toFixed(1).padStart(6)} ${sim.p50.toFixed(2).padStart(8)} ${sim.p95.toFixed(2).padStart(8)}  ${s?.status ?? '?'}`;
        console.log(row);
        rows.push(row);
        await page.close();
      }
    }
  }
  await browser.close();
  console.log('\nrenderer draw      N    fps  p50 ms  p95 ms  near15  total busy/f  cpu/f  drawn draw/f drawms  sim p50  sim p95  status');
  for (const r of rows) console.log(r);
} finally {
  try {
    if (server.pid) process.kill(-server.pid);
  } catch {
    /* already gone */
  }
}
