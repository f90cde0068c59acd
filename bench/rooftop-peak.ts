/**
 * The rooftop at its peak (siege + crowd below): sim ms per tick in Node, then frame times
 * of the real game in headless Chromium, in `npm run bench:rush`-style output.
 *   npx vite build && node --import tsx bench/rooftop-peak.ts [port] [--node-only]
 * The peak: the survivor bot plays the first 125 s unbitable (src/bots/skipAhead.ts: piles
 * at every wall, the stair door under its waves, 25 s before the helicopter); the sim then
 * runs 20 s more (Normal and Nightmare) timing every tick; the browser opens the chapter
 * with `?skip=125&hold=1` (ungrabbable after the skip: the peak played, not a loss screen) and records requestAnimationFrame deltas for 5 s, once with the renderer
 * the game picks and once with WebGL forced. Wall-clock numbers: machine and load dependent.
 * Beside wall-clock ms per tick, the process's CPU ms per tick (process.cpuUsage: on a
 * shared machine a tick's wall time includes waiting for a core; CPU time mostly does not,
 * though it counts V8's helper threads too); beside fps, the page's main-thread CPU ms per
 * frame (CDP ThreadTime), the heads drawn below the walls and by which path.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { loadMapFile } from './maps';
import { ROOFTOP_CHAPTER } from '../src/chapters/rooftop';
import { createChapterWorld } from '../src/chapters/chapterWorld';
import { stepChapter } from '../src/chapters/beats';
import { skipAhead } from '../src/bots/skipAhead';
import { SurvivorBot } from '../src/bots/survivorBot';
import { viewOfWorld } from '../src/bots/survivorView';
import { emptyIntent } from '../src/sim/intent';
import { crowdBelow } from '../src/sim/siege';
import type { Difficulty } from '../src/sim/tuning';

const SKIP = 125;
const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

const level = loadMapFile('rooftop');
for (const difficulty of ['normal', 'nightmare'] as Difficulty[]) {
  const world = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, overrides: { difficulty } });
  skipAhead(ROOFTOP_CHAPTER, world, SKIP);
  const view = viewOfWorld(world);
  const bot = new SurvivorBot(view);
  const intent = emptyIntent();
  const ms: number[] = [];
  const cpu: number[] = [];
  let maxAgents = 0;
  for (let t = 0; t < 20 * 60 && world.status === 'playing'; t++) {
    world.player.grabImmunity = 1;
    const i = bot.decide(view, intent);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    stepChapter(world, i, ROOFTOP_CHAPTER.beats, ROOFTOP_CHAPTER.sightings);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    maxAgents = Math.max(maxAgents, world.horde.count);
  }
  console.log(
    `sim (Node) ${difficulty.padEnd(9)} peak: ${ms.length} ticks, ms/tick p50 ${pct(ms, 0.5).toFixed(3)} p95 ${pct(ms, 0.95).toFixed(3)} p99 ${pct(ms, 0.99).toFixed(3)} max ${Math.max(...ms).toFixed(3)}` +
      ` (CPU ms/tick p50 ${pct(cpu, 0.5).toFixed(3)} p95 ${pct(cpu, 0.95).toFixed(3)} p99 ${pct(cpu, 0.99).toFixed(3)} max ${Math.max(...cpu).toFixed(3)})` +
      `  |  crowd below ${Math.round(crowdBelow(world))}, agents up to ${maxAgents}, knocked off ${world.siege.fell}, over ${world.siege.over}`,
  );
}

if (!process.argv.includes('--node-only')) {
  const port = Number(process.argv[2] ?? process.env.LP_PORT ?? 4181);
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({ executablePath: process.env.LP_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu-sandbox', '--enable-unsafe-swiftshader'] });
    for (const query of [`?difficulty=normal&skip=${SKIP}&hold=1`, `?difficulty=normal&skip=${SKIP}&hold=1&renderer=webgl`]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(() => localStorage.setItem('last-period/progress', JSON.stringify({ version: 1, unlocked: ['hallway', 'rooftop'], chapters: { hallway: { completed: true, bestTicks: 3000, notesFound: [], rescues: [] } } })));
      await page.goto(base + query);
      await page.waitForFunction(() => window.__LP__?.scene() === 'Title', null, { timeout: 90_000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__LP__?.menu()?.some((r) => r.label.startsWith('4. Rooftop')));
      const row = (await page.evaluate(() => window.__LP__!.menu()!.find((r) => r.label.startsWith('4. Rooftop'))!))!;
      await page.waitForTimeout(300);
      await page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
      await page.waitForTimeout(300);
      if ((await page.evaluate(() => window.__LP__!.scene())) === 'Title') await page.mouse.click(row.x + row.w / 2, row.y + row.h / 2);
      await page.waitForFunction(() => window.__LP__?.scene() === 'Chapter' && window.__LP__!.state()?.levelId === 'rooftop', null, { timeout: 60_000 });
      await page.waitForTimeout(1500);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const thread = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
      const cpu0 = await thread();
      // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
      const frames = (await page.evaluate(`new Promise((resolve) => {
        const out = [];
        let last = performance.now();
        const end = last + 5000;
        const tick = (now) => { out.push(now - last); last = now; if (now < end) requestAnimationFrame(tick); else resolve(out); };
        requestAnimationFrame(tick);
      })`)) as number[];
      const cpuMs = (await thread()) - cpu0;
      const renderer = await page.evaluate(() => window.__LP__!.renderer());
      const st = await page.evaluate(() => window.__LP__!.state()!);
      const fps = (frames.length / frames.reduce((a, b) => a + b, 0)) * 1000;
      const below = st.crowdBelow as { heads: number; path: string } | null;
      console.log(
        `browser ${renderer.padEnd(6)} rooftop peak: ${fps.toFixed(1)} fps, frame p50 ${pct(frames, 0.5).toFixed(1)} ms p95 ${pct(frames, 0.95).toFixed(1)} ms, main-thread CPU ${(cpuMs / frames.length).toFixed(1)} ms/frame` +
          ` (${frames.length} frames, status ${st.status}; crowd below: ${below?.heads ?? '?'} heads, ${below?.path ?? '?'})`,
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
}
