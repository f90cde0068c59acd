/**
 * Bytes allocated per sim tick with the horde chasing (part of `npm run bench`; alone:
 * `node --expose-gc --import tsx bench/hordeAlloc.ts [N ...]`). Same world and route as
 * bench/run.ts. The hot path should not allocate per tick: every minor GC it causes is a
 * pause in the browser (up to ~55 ms on the loaded cores). Method: after a warm-up (the JIT
 * settled), 30 chunks of 20 ticks, each chunk after a full gc(), heapUsed after minus before
 * over 20; the median chunk is the figure (a chunk with a GC inside reads low, one with a
 * deopt high). What is left is mostly the events the horde emits (infectedSprint,
 * infectedAlerted, infectedSlammed objects) and the one per-tick HordeTick object.
 * Allocation sites: node --import tsx with inspector HeapProfiler.startSampling
 * ({ includeObjectsCollectedByMinorGC: true }) around the same loop (see docs/architecture.md).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createWorld, type World } from '../src/sim/world';
import { step } from '../src/sim/step';
import { emptyIntent, type Intent } from '../src/sim/intent';
import { spawnInfected } from '../src/sim/horde';
import { Variant } from '../src/sim/tuning';
import { hashWorld } from '../src/sim/worldHash';
import { benchLevel, BENCH_W, BENCH_H } from './map';

declare const gc: undefined | (() => void);
const level = benchLevel();

function makeWorld(n: number): World {
  const world = createWorld(level, 1234, { hordeCapacity: n });
  world.player.grabImmunity = Infinity; // the chase goes on: nobody gets the bite
  const cells = BENCH_W * BENCH_H;
  let c = 7;
  let k = 0;
  let guard = 0;
  while (k < n && guard++ < n * 50) {
    c = (c + 7919) % cells;
    if (level.tiles[c] !== 0) continue;
    const x = (c % BENCH_W) + 0.25 + ((k * 0.37) % 0.5);
    const y = Math.floor(c / BENCH_W) + 0.25 + ((k * 0.61) % 0.5);
    const i = spawnInfected(world.horde, x, y, Variant.Sprinter);
    world.horde.hunter[i] = 1;
    k++;
  }
  return world;
}

/** bench/run.ts's route: east along the middle corridor, then back west. */
function route(world: World, intent: Intent): Intent {
  const p = world.player;
  intent.moveX = Math.floor(world.tick / 1800) % 2 === 0 ? 1 : -1;
  intent.moveY = 0;
  if (p.x > BENCH_W - 4) intent.moveX = -1;
  if (p.x < 3) intent.moveX = 1;
  return intent;
}

export interface AllocRow {
  N: number;
  'bytes/tick (median)': number;
  'bytes/tick (min)': number;
  'bytes/agent/tick': number;
  /** The world hash at the end: the same before and after an allocation fix (same behaviour). */
  hash: string;
}

/** Bytes allocated per step() at n infected (see the file comment for the method). */
export function allocPerTick(n: number, warmup = 600, chunks = 30, perChunk = 20): AllocRow {
  if (typeof gc !== 'function') throw new Error('hordeAlloc: run node with --expose-gc');
  const world = makeWorld(n);
  const intent = emptyIntent();
  for (let t = 0; t < warmup; t++) step(world, route(world, intent));
  const per: number[] = [];
  for (let c = 0; c < chunks; c++) {
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let t = 0; t < perChunk; t++) step(world, route(world, intent));
    per.push((process.memoryUsage().heapUsed - before) / perChunk);
  }
  per.sort((a, b) => a - b);
  const median = per[Math.floor(per.length / 2)]!;
  return {
    N: n,
    'bytes/tick (median)': Math.round(median),
    'bytes/tick (min)': Math.round(per[0]!),
    'bytes/agent/tick': +(median / n).toFixed(2),
    hash: hashWorld(world),
  };
}

export function benchHordeAlloc(sizes: number[] = [1000, 10000]): AllocRow[] {
  return sizes.map((n) => allocPerTick(n));
}

export function writeHordeAlloc(rows: AllocRow[]): void {
  mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  const out = fileURLToPath(new URL('./results/hordeAlloc.json', import.meta.url));
  writeFileSync(out, JSON.stringify({ node: process.version, rows }, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number);
  console.table(benchHordeAlloc(sizes.length > 0 ? sizes : undefined));
}
