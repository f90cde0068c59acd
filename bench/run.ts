/**
 * Horde benchmark (Node, no browser): `npm run bench`.
 * Measures ms per tick (median, p95) of the real sim step (player + horde + director) for
 * N infected chasing a player who walks a scripted route on the standard 160x96 map,
 * beside (1) a baseline of the common approach (every agent runs its own A* toward the
 * player every half second + pairwise separation) and (2) a limit kernel (the least work
 * per agent: look up a flow-field direction and integrate, nothing else). Also checks
 * heap growth over 10,000 ticks. Writes bench/results/horde.json; then the extinguisher's
 * spray (bench/spray.ts, results/spray.json) and the player alone vs with 4 allies
 * (bench/allies.ts, results/allies.json), and bytes allocated per tick at 1k and 10k
 * (bench/hordeAlloc.ts, results/hordeAlloc.json).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createWorld, type World } from '../src/sim/world';
import { step } from '../src/sim/step';
import { emptyIntent } from '../src/sim/intent';
import { spawnInfected } from '../src/sim/horde';
import { Variant, PLAYER, TICK_SECONDS } from '../src/sim/tuning';
import { createFlowFieldCache, buildFlowField, DIR_UX, DIR_UY, NO_DIRECTION } from '../src/sim/flowfield';
import { moveBody, type MoveResult } from '../src/sim/collision';
import { isSolidCell } from '../src/sim/grid';
import { benchLevel, BENCH_W, BENCH_H } from './map';
import { benchSpray, printSprayBench } from './spray'; // [extinguisher]
import { benchGroup, printGroupBench, writeGroupBench } from './allies'; // [allies]
import { benchHordeAlloc, writeHordeAlloc } from './hordeAlloc'; // [hordealloc]

declare const gc: undefined | (() => void);
const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]! };
}

const level = benchLevel();

/** Deterministic floor cells spread over the map (a fixed stride walk). */
function floorCells(n: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const cells = BENCH_W * BENCH_H;
  let c = 7;
  let guard = 0;
  while (out.length < n && guard++ < n * 50) {
    c = (c + 7919) % cells;
    const x = c % BENCH_W;
    const y = Math.floor(c / BENCH_W);
    if (level.tiles[c] !== 0) continue;
    // several bodies per cell at larger N: offset them inside the cell
    const k = out.length;
    out.push([x + 0.25 + ((k * 0.37) % 0.5), y + 0.25 + ((k * 0.61) % 0.5)]);
  }
  return out;
}

function makeWorld(n: number): World {
  const world = createWorld(level, 1234, { hordeCapacity: n });
  world.player.grabImmunity = Infinity; // the chase goes on: nobody gets the bite
  for (const [x, y] of floorCells(n)) {
    const i = spawnInfected(world.horde, x, y, Variant.Sprinter);
    world.horde.hunter[i] = 1; // the director's rush: everyone knows where the player is
  }
  return world;
}

/** The scripted route: walk east along the middle corridor, then back west, forever. */
function routeIntent(world: World, intent = emptyIntent()): ReturnType<typeof emptyIntent> {
  const p = world.player;
  const goingEast = Math.floor(world.tick / 1800) % 2 === 0;
  intent.moveX = goingEast ? 1 : -1;
  intent.moveY = 0;
  if (p.x > BENCH_W - 4) intent.moveX = -1;
  if (p.x < 3) intent.moveX = 1;
  return intent;
}

function benchOurs(n: number, ticks: number, warmup: number): { median: number; p95: number; agents: number; fieldBuilds: number } {
  const world = makeWorld(n);
  const intent = emptyIntent();
  for (let t = 0; t < warmup; t++) step(world, routeIntent(world, intent));
  const samples: number[] = [];
  const builds0 = world.fields.builds;
  for (let t = 0; t < ticks; t++) {
    routeIntent(world, intent);
    const t0 = now();
    step(world, intent);
    samples.push(now() - t0);
  }
  return { ...stats(samples), agents: world.horde.count, fieldBuilds: world.fields.builds - builds0 };
}

/** Heap after GC at tick 1,000 and at tick 10,000 with 10,000 infected. */
function heapGrowth(n: number, ticks: number): { heapAt1k: number; heapAtEnd: number; growthKiB: number } {
  const world = makeWorld(n);
  const intent = emptyIntent();
  let heapAt1k = 0;
  for (let t = 1; t <= ticks; t++) {
    step(world, routeIntent(world, intent));
    if (t === 1000) {
      gc?.();
      heapAt1k = process.memoryUsage().heapUsed;
    }
  }
  gc?.();
  const heapAtEnd = process.memoryUsage().heapUsed;
  return { heapAt1k, heapAtEnd, growthKiB: (heapAtEnd - heapAt1k) / 1024 };
}

// ---------------------------------------------------------------- limit kernel
function benchLimit(n: number, ticks: number): { median: number; p95: number } {
  const world = makeWorld(n);
  const cache = createFlowFieldCache(BENCH_W, BENCH_H, 1);
  const p = world.player;
  buildFlowField(cache, world.grid, Math.floor(p.y) * BENCH_W + Math.floor(p.x), 0);
  const dir = cache.dir[0]!;
  const xs = world.horde.x;
  const ys = world.horde.y;
  const count = world.horde.count;
  const speed = 3.2 * TICK_SECONDS;
  const samples: number[] = [];
  for (let t = 0; t < ticks; t++) {
    const t0 = now();
    for (let i = 0; i < count; i++) {
      const k = dir[Math.floor(ys[i]!) * BENCH_W + Math.floor(xs[i]!)]!;
      if (k === NO_DIRECTION) continue;
      xs[i] = xs[i]! + DIR_UX[k]! * speed;
      ys[i] = ys[i]! + DIR_UY[k]! * speed;
    }
    samples.push(now() - t0);
  }
  return stats(samples);
}

// ---------------------------------------------------------------- baseline
interface BaselineAgent {
  x: number;
  y: number;
  path: number[];
  pathIndex: number;
}

/** A plain A* (8-neighbour, octile heuristic, binary heap) from a cell to a cell. */
function astar(world: World, from: number, to: number): number[] {
  const w = BENCH_W;
  const g = new Map<number, number>();
  const came = new Map<number, number>();
  const open: Array<[number, number]> = [];
  const push = (f: number, c: number) => {
    open.push([f, c]);
    let k = open.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (open[parent]![0] <= open[k]![0]) break;
      [open[parent], open[k]] = [open[k]!, open[parent]!];
      k = parent;
    }
  };
  const pop = (): [number, number] => {
    const top = open[0]!;
    const last = open.pop()!;
    if (open.length > 0) {
      open[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let m = k;
        if (l < open.length && open[l]![0] < open[m]![0]) m = l;
        if (r < open.length && open[r]![0] < open[m]![0]) m = r;
        if (m === k) break;
        [open[m], open[k]] = [open[k]!, open[m]!];
        k = m;
      }
    }
    return top;
  };
  const tx = to % w;
  const ty = Math.floor(to / w);
  const hfn = (c: number) => {
    const dx = Math.abs((c % w) - tx);
    const dy = Math.abs(Math.floor(c / w) - ty);
    return Math.max(dx, dy) + 0.414 * Math.min(dx, dy);
  };
  g.set(from, 0);
  push(hfn(from), from);
  while (open.length > 0) {
    const [, c] = pop();
    if (c === to) break;
    const cx = c % w;
    const cy = Math.floor(c / w);
    const gc0 = g.get(c)!;
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        if (dx === 0 && dy === 0) continue;
        const nx = cx + dx;
        const ny = cy + dy;
        if (isSolidCell(world.grid, nx, ny)) continue;
        if (dx !== 0 && dy !== 0 && (isSolidCell(world.grid, cx + dx, cy) || isSolidCell(world.grid, cx, cy + dy))) continue;
        const n = ny * w + nx;
        const ng = gc0 + (dx !== 0 && dy !== 0 ? 1.414 : 1);
        if (ng < (g.get(n) ?? Infinity)) {
          g.set(n, ng);
          came.set(n, c);
          push(ng + hfn(n), n);
        }
      }
    }
  }
  const path: number[] = [];
  let c: number | undefined = to;
  while (c !== undefined && c !== from) {
    path.push(c);
    c = came.get(c);
  }
  return path.reverse();
}

function benchBaseline(n: number, ticks: number): { median: number; p95: number } {
  const world = makeWorld(0);
  const agents: BaselineAgent[] = floorCells(n).map(([x, y]) => ({ x, y, path: [], pathIndex: 0 }));
  const intent = emptyIntent();
  const moved: MoveResult = { x: 0, y: 0, hitX: false, hitY: false };
  const samples: number[] = [];
  const speed = 3.2 * TICK_SECONDS;
  for (let t = 0; t < ticks; t++) {
    routeIntent(world, intent);
    const t0 = now();
    step(world, intent);
    const p = world.player;
    const goal = Math.floor(p.y) * BENCH_W + Math.floor(p.x);
    for (let i = 0; i < agents.length; i++) {
      const a = agents[i]!;
      // Replan every half second (staggered across agents).
      if ((t + i) % 30 === 0) {
        a.path = astar(world, Math.floor(a.y) * BENCH_W + Math.floor(a.x), goal);
        a.pathIndex = 0;
      }
      let dx = 0;
      let dy = 0;
      if (a.pathIndex < a.path.length) {
        const c = a.path[a.pathIndex]!;
        dx = (c % BENCH_W) + 0.5 - a.x;
        dy = Math.floor(c / BENCH_W) + 0.5 - a.y;
        const d = Math.hypot(dx, dy);
        if (d < 0.3) a.pathIndex++;
        if (d > 1e-9) {
          dx = (dx / d) * speed;
          dy = (dy / d) * speed;
        }
      }
      // Pairwise separation.
      for (let j = 0; j < agents.length; j++) {
        if (j === i) continue;
        const b = agents[j]!;
        const ox = a.x - b.x;
        const oy = a.y - b.y;
        const d2 = ox * ox + oy * oy;
        if (d2 < 0.25 && d2 > 1e-12) {
          const d = Math.sqrt(d2);
          dx += (ox / d) * (0.5 - d) * 0.1;
          dy += (oy / d) * (0.5 - d) * 0.1;
        }
      }
      moveBody(world.grid, a.x, a.y, dx, dy, 0.3, moved);
      a.x = moved.x;
      a.y = moved.y;
    }
    samples.push(now() - t0);
  }
  return stats(samples);
}

// ---------------------------------------------------------------- run
const started = now();
const sizes = [1000, 5000, 10000, 20000];
const rows: Array<Record<string, number | string>> = [];
const ours: Record<number, { median: number; p95: number }> = {};
const limit: Record<number, { median: number; p95: number }> = {};
for (const n of sizes) {
  const r = benchOurs(n, n >= 10000 ? 600 : 900, 300);
  ours[n] = r;
  const l = benchLimit(n, 600);
  limit[n] = l;
  rows.push({
    kernel: 'horde (ours)',
    N: n,
    'median ms': +r.median.toFixed(3),
    'p95 ms': +r.p95.toFixed(3),
    'us/agent': +((r.median * 1000) / n).toFixed(3),
    'x limit': +(r.median / l.median).toFixed(1),
    'field builds': r.fieldBuilds,
  });
  rows.push({ kernel: 'limit kernel', N: n, 'median ms': +l.median.toFixed(3), 'p95 ms': +l.p95.toFixed(3), 'us/agent': +((l.median * 1000) / n).toFixed(4) });
}
const baseline: Record<number, { median: number; p95: number }> = {};
for (const n of [250, 1000]) {
  const b = benchBaseline(n, n === 1000 ? 120 : 240);
  baseline[n] = b;
  rows.push({ kernel: 'baseline A*+pairwise', N: n, 'median ms': +b.median.toFixed(3), 'p95 ms': +b.p95.toFixed(3), 'us/agent': +((b.median * 1000) / n).toFixed(3) });
}
const heap = heapGrowth(10000, 10000);
console.table(rows);
const speedupAt1k = baseline[1000]!.median / ours[1000]!.median;
const perAgent1k = ours[1000]!.median / 1000;
const perAgent20k = ours[20000]!.median / 20000;
const summary = {
  'our tick at 10k (median ms)': +ours[10000]!.median.toFixed(3),
  'target <= 3 ms at 10k': ours[10000]!.median <= 3,
  'ours / limit at 10k': +(ours[10000]!.median / limit[10000]!.median).toFixed(1),
  'target ours <= 10x limit': ours[10000]!.median <= 10 * limit[10000]!.median,
  'speed-up vs baseline at 1k': +speedupAt1k.toFixed(1),
  'target >= 20x': speedupAt1k >= 20,
  'time per agent 20k / 1k': +(perAgent20k / perAgent1k).toFixed(2),
  'heap growth over 10,000 ticks at 10k (KiB, after gc)': +heap.growthKiB.toFixed(1),
  'gc exposed': typeof gc === 'function',
  'bench seconds': +((now() - started) / 1000).toFixed(1),
};
console.log(summary);
const out = fileURLToPath(new URL('./results/horde.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({ node: process.version, map: `${BENCH_W}x${BENCH_H} bench/map.ts`, playerRunSpeed: PLAYER.runSpeed, rows, summary, heap }, null, 2) + '\n',
);
console.log(`wrote ${out}`);

// [extinguisher] one spray tick against 1,000 and 10,000 infected (bench/spray.ts).
const sprayRows = benchSpray();
printSprayBench(sprayRows);
const sprayOut = fileURLToPath(new URL('./results/spray.json', import.meta.url));
writeFileSync(sprayOut, JSON.stringify({ node: process.version, rows: sprayRows }, null, 2) + '\n');
console.log(`wrote ${sprayOut}`);

// [allies] the player alone vs the player + 4 allies at 1k and 10k infected (bench/allies.ts).
const groupRows = benchGroup();
printGroupBench(groupRows);
writeGroupBench(groupRows);

// [hordealloc] bytes allocated per tick at 1,000 and 10,000 infected (bench/hordeAlloc.ts).
const allocRows = benchHordeAlloc();
console.table(allocRows);
writeHordeAlloc(allocRows);
