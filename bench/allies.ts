/**
 * The group's cost (issue 12): the sim step with N hunting infected and the player alone,
 * against the same with the player and 4 allies following (their own flow fields,
 * spacing, footsteps and look-outs; the horde choosing the nearest survivor it sees), on
 * the standard bench map and route, in the same run, interleaved (alone, group, alone,
 * group, ...) so a busy machine slows both alike. Nobody can be grabbed (the chase goes on).
 * Part of `npm run bench` (writes bench/results/allies.json); alone:
 *   node --expose-gc --import tsx bench/allies.ts
 * The goal: the group at most 10% slower than the player alone.
 */
import { createWorld, type AllySpec, type World } from '../src/sim/world';
import { step } from '../src/sim/step';
import { emptyIntent, type Intent } from '../src/sim/intent';
import { spawnInfected } from '../src/sim/horde';
import { Variant } from '../src/sim/tuning';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchLevel, BENCH_W, BENCH_H } from './map';

declare const gc: undefined | (() => void);
const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const level = benchLevel();
const FOUR: AllySpec[] = [
  { id: 'tae-min', role: 'follower' },
  { id: 'gu-ho', role: 'follower' },
  { id: 'da-som', role: 'follower' },
  { id: 'ji-an', role: 'follower' },
];

function makeWorld(n: number, allies: AllySpec[]): World {
  const world = createWorld(level, 1234, { hordeCapacity: n, allies });
  world.player.grabImmunity = Infinity;
  for (let k = 1; k < world.survivors.count; k++) world.survivors.grabImmunity[k] = Infinity;
  const cells = BENCH_W * BENCH_H;
  let c = 7;
  let k = 0;
  for (let guard = 0; k < n && guard < n * 50; guard++) {
    c = (c + 7919) % cells;
    if (level.tiles[c] !== 0) continue;
    const i = spawnInfected(world.horde, (c % BENCH_W) + 0.25 + ((k * 0.37) % 0.5), Math.floor(c / BENCH_W) + 0.25 + ((k * 0.61) % 0.5), Variant.Sprinter);
    world.horde.hunter[i] = 1;
    k++;
  }
  return world;
}

function route(world: World, intent: Intent): Intent {
  const p = world.player;
  intent.moveX = Math.floor(world.tick / 1800) % 2 === 0 ? 1 : -1;
  intent.moveY = 0;
  if (p.x > BENCH_W - 4) intent.moveX = -1;
  if (p.x < 3) intent.moveX = 1;
  return intent;
}

/** Per-tick times (ms) of `ticks` steps after `warmup`, and how many allies kept up (within 4 tiles) at the end. */
function timeSteps(n: number, allies: AllySpec[], ticks: number, warmup: number): { samples: number[]; cpuMs: number; withPlayer: number } {
  const world = makeWorld(n, allies);
  const intent = emptyIntent();
  for (let t = 0; t < warmup; t++) step(world, route(world, intent));
  if (typeof gc === 'function') gc();
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let t = 0; t < ticks; t++) {
    route(world, intent);
    const t0 = now();
    step(world, intent);
    samples.push(now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const s = world.survivors;
  let withPlayer = 0;
  for (let k = 1; k < s.count; k++) {
    const dx = s.x[k]! - world.player.x;
    const dy = s.y[k]! - world.player.y;
    if (dx * dx + dy * dy < 16) withPlayer++;
  }
  return { samples, cpuMs, withPlayer };
}

const median = (a: number[]): number => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const fastest = (a: number[]): number => Math.min(...a);

export interface GroupBenchRow {
  N: number;
  'alone median ms': number;
  'group median ms': number;
  'median ratio': number;
  'alone fastest ms': number;
  'group fastest ms': number;
  'fastest ratio': number;
  /** CPU time per tick (steadier than wall time on a shared machine: waiting for a core is not counted). */
  'alone cpu ms': number;
  'group cpu ms': number;
  'cpu ratio': number;
  'allies with the player at the end': number;
}

/** Player alone vs player + 4 allies at 1k and 10k infected, `reps` interleaved runs each (all their ticks pooled). */
export function benchGroup(reps = 3): GroupBenchRow[] {
  const rows: GroupBenchRow[] = [];
  for (const n of [1000, 10000]) {
    const ticks = n >= 10000 ? 300 : 600;
    const alone: number[] = [];
    const group: number[] = [];
    let withPlayer = 0;
    let aloneCpu = 0;
    let groupCpu = 0;
    for (let r = 0; r < reps; r++) {
      const a = timeSteps(n, [], ticks, 300);
      alone.push(...a.samples);
      aloneCpu += a.cpuMs;
      const g = timeSteps(n, FOUR, ticks, 300);
      group.push(...g.samples);
      groupCpu += g.cpuMs;
      withPlayer = g.withPlayer;
    }
    rows.push({
      N: n,
      'alone median ms': +median(alone).toFixed(3),
      'group median ms': +median(group).toFixed(3),
      'median ratio': +(median(group) / median(alone)).toFixed(3),
      'alone fastest ms': +fastest(alone).toFixed(3),
      'group fastest ms': +fastest(group).toFixed(3),
      'fastest ratio': +(fastest(group) / fastest(alone)).toFixed(3),
      'alone cpu ms': +(aloneCpu / (reps * ticks)).toFixed(3),
      'group cpu ms': +(groupCpu / (reps * ticks)).toFixed(3),
      'cpu ratio': +(groupCpu / aloneCpu).toFixed(3),
      'allies with the player at the end': withPlayer,
    });
  }
  return rows;
}

export function printGroupBench(rows: GroupBenchRow[]): void {
  console.log('[allies] the sim step, player alone vs player + 4 allies (goal: ratio <= 1.10)');
  console.table(rows);
}

/** Writes bench/results/allies.json. */
export function writeGroupBench(rows: GroupBenchRow[]): void {
  mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
  const out = fileURLToPath(new URL('./results/allies.json', import.meta.url));
  writeFileSync(out, JSON.stringify({ node: process.version, goal: 'group / alone <= 1.10', rows }, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = benchGroup();
  printGroupBench(rows);
  writeGroupBench(rows);
}
