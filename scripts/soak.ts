/**
 * The long random-input soak: `npm run soak -- 30` plays the built game (dist/) at random
 * for 30 minutes (default 30) and prints live canvases, DOM nodes, live listeners and the
 * JS heap (after a forced GC) over time as a table. Exits 1 on a console or page error, a NaN
 * in the sim state, or growth between the first and the last 5 minutes (max over each,
 * with the slack in e2e/soakDriver.ts). Serves dist/ itself with `vite preview` on a free port;
 * build first (`npx vite build`). SOAK_SEED picks another random player.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { installCounters, sample, nonFiniteInState, playRandomly, growth, table, type SoakSample } from '../e2e/soakDriver';

const minutes = Number(process.argv[2] ?? 30);
if (!(minutes > 0)) {
  console.error('usage: npm run soak -- <minutes>');
  process.exit(2);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npx vite build` first.');
  process.exit(2);
}
const seed = Number(process.env.SOAK_SEED ?? 17);
// The first and last stretch compared: a sixth of the run, between 1 and 5 minutes.
const windowS = Math.min(300, Math.max(60, (minutes * 60) / 6));
const sampleEveryS = Math.max(10, (minutes * 60) / 60);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const base = `http://127.0.0.1:${port}/`;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    /* already gone */
  }
};

let failed = false;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 150) throw new Error(`no server on ${base}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env.LP_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu-sandbox', '--enable-unsafe-swiftshader', '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // tsx (esbuild, keepNames) wraps named functions in __name(...), also inside the ones sent to the page.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.addInitScript(installCounters);
  await page.goto(base);
  await page.waitForFunction(() => window.__LP__?.scene() === 'Title', undefined, { timeout: 60_000 });

  const samples: SoakSample[] = [];
  const nonFinite: string[] = [];
  const log = (s: SoakSample) => {
    samples.push(s);
    console.log(`  ${s.t.toFixed(0).padStart(5)} s  ${String(s.scene).padEnd(10)} canvases ${s.canvases}  nodes ${s.nodes}  listeners ${s.listeners}  heap ${s.heapMB.toFixed(1)} MB`);
  };
  let lastTitleS = -Infinity;
  console.log(`soak: ${minutes} min, seed ${seed}, ${base}; comparing the first and last ${(windowS / 60).toFixed(1)} min`);
  await playRandomly(page, {
    seed,
    ms: minutes * 60_000,
    quitEveryMs: 15_000,
    onTick: async (elapsed) => {
      if (nonFinite.length < 20) nonFinite.push(...(await nonFiniteInState(page)));
      const last = samples[samples.length - 1];
      if (!last || elapsed / 1000 - last.t >= sampleEveryS) log(await sample(page, elapsed / 1000));
    },
    // The title is brief between chapters: sample it on arrival too, so both ends compare it.
    onArrive: async (scene, elapsed) => {
      if (scene !== 'Title' || elapsed / 1000 - lastTitleS < sampleEveryS) return;
      lastTitleS = elapsed / 1000;
      log(await sample(page, elapsed / 1000));
    },
  });
  log(await sample(page, minutes * 60));
  await browser.close();

  console.log('\n' + table(samples) + '\n');
  const grew = growth(samples, windowS);
  for (const g of grew) console.log(`GREW: ${g.what} at ${g.scene} from ${g.first.toFixed(1)} (max, first ${(windowS / 60).toFixed(1)} min) to ${g.last.toFixed(1)} (max, last ${(windowS / 60).toFixed(1)} min); allowed ${g.allowed.toFixed(1)}`);
  for (const p of problems.slice(0, 20)) console.log(`ERROR: ${p}`);
  for (const n of nonFinite) console.log(`NON-FINITE: ${n}`);
  failed = grew.length > 0 || problems.length > 0 || nonFinite.length > 0;
  console.log(failed ? 'soak: FAILED' : 'soak: ok (no errors, no NaN, nothing grew)');
} catch (e) {
  console.error(e);
  failed = true;
} finally {
  stopServer();
}
process.exit(failed ? 1 : 0);
