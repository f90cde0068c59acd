/**
 * Extinguisher benchmark (Node, no browser): the cost of one spray tick's hits
 * (`sprayInfected`: spatial-hash box query around the cone, exact cone + grid cast per
 * candidate, push/stagger) against 1,000 and 10,000 infected, spread over a 160x96 hall
 * and packed into the 24x24 tiles in front of the player (the worst case: a crowd in
 * the cone). Beside it, the naive way (the exact cone test over every agent) for scale.
 *
 * Runs on its own: `npm run bench:spray` (node --import tsx bench/spray.ts); the main
 * bench can import `benchSpray()` and print its rows.
 */
import { fileURLToPath } from 'node:url';
import { Tile } from '../src/sim/grid';
import { noAuthoredObjects, type LevelData } from '../src/sim/level';
import { createWorld, type World } from '../src/sim/world';
import { spawnInfected } from '../src/sim/horde';
import { sprayInfected } from '../src/sim/sprayHits';
import { inSprayCone, sprayReaches, NOZZLE_OFFSET } from '../src/sim/extinguisher';
import { rebuildSpatialHash } from '../src/sim/spatialHash';
import { EXTINGUISHER as EX, Variant } from '../src/sim/tuning';

const W = 160;
const H = 96;

function hall(): LevelData {
  const tiles = new Uint8Array(W * H).fill(Tile.Floor);
  for (let x = 0; x < W; x++) {
    tiles[x] = Tile.Wall;
    tiles[(H - 1) * W + x] = Tile.Wall;
  }
  for (let y = 0; y < H; y++) {
    tiles[y * W] = Tile.Wall;
    tiles[y * W + W - 1] = Tile.Wall;
  }
  // A few pillars so the grid casts have something to find.
  for (let y = 8; y < H - 8; y += 12) for (let x = 8; x < W - 8; x += 12) tiles[y * W + x] = Tile.Wall;
  return { id: 'bench-spray', name: 'spray bench', width: W, height: H, tiles, doors: [], playerStart: { x: 80.5, y: 48.5 }, exits: [], spawnPoints: [], infected: [], ...noAuthoredObjects() };
}

/** Deterministic positions (a Weyl sequence), spread over the hall or packed in front of the player. */
function makeWorld(n: number, packed: boolean): World {
  const world = createWorld(hall(), 99, { hordeCapacity: n });
  const p = world.player;
  for (let k = 0; k < n; k++) {
    const fx = (k * 0.6180339887) % 1;
    const fy = (k * 0.7548776662) % 1;
    const x = packed ? p.x + 0.5 + fx * 24 : 1.5 + fx * (W - 3);
    const y = packed ? p.y - 12 + fy * 24 : 1.5 + fy * (H - 3);
    spawnInfected(world.horde, x, y, Variant.Sprinter);
  }
  rebuildSpatialHash(world.hash, world.horde.x, world.horde.y, world.horde.count);
  world.hash.builtAt = world.horde.changes;
  return world;
}

/** The naive alternative: test every agent against the cone. Returns how many it would hit. */
function naiveCone(world: World, ox: number, oy: number): number {
  const h = world.horde;
  let hits = 0;
  for (let i = 0; i < h.count; i++) {
    if (!inSprayCone(ox, oy, 1, 0, h.x[i]!, h.y[i]!, EX.coneLength, EX.coneAngleRadians / 2, 0.3)) continue;
    if (sprayReaches(world.grid, ox, oy, h.x[i]!, h.y[i]!)) hits++;
  }
  return hits;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

function measure(fn: () => void, iterations: number): { median: number; p95: number } {
  for (let k = 0; k < 200; k++) fn(); // warm-up
  const samples: number[] = [];
  for (let k = 0; k < iterations; k++) {
    const t0 = now();
    fn();
    samples.push(now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, p95: samples[Math.floor(samples.length * 0.95)]! };
}

export interface SprayBenchRow {
  infected: number;
  layout: 'spread' | 'packed';
  /** Agents the cone actually hit (per tick). */
  inCone: number;
  sprayMsMedian: number;
  sprayMsP95: number;
  naiveMsMedian: number;
}

export function benchSpray(iterations = 2000): SprayBenchRow[] {
  const rows: SprayBenchRow[] = [];
  for (const n of [1000, 10000]) {
    for (const packed of [false, true]) {
      const world = makeWorld(n, packed);
      const p = world.player;
      const ox = p.x + NOZZLE_OFFSET;
      const oy = p.y;
      const inCone = naiveCone(world, ox, oy);
      const spray = measure(() => sprayInfected(world, ox, oy, 1, 0), iterations);
      const naive = measure(() => naiveCone(world, ox, oy), Math.min(iterations, 500));
      rows.push({ infected: n, layout: packed ? 'packed' : 'spread', inCone, sprayMsMedian: spray.median, sprayMsP95: spray.p95, naiveMsMedian: naive.median });
    }
  }
  return rows;
}

export function printSprayBench(rows: SprayBenchRow[]): void {
  console.log('\nExtinguisher: one spray tick (cone query through the spatial hash + hits), ms');
  console.log('infected  layout  in cone  spray median  spray p95  naive all-agents median');
  for (const r of rows) {
    console.log(
      `${String(r.infected).padStart(8)}  ${r.layout.padEnd(6)}  ${String(r.inCone).padStart(7)}  ${r.sprayMsMedian.toFixed(4).padStart(12)}  ${r.sprayMsP95.toFixed(4).padStart(9)}  ${r.naiveMsMedian.toFixed(4).padStart(22)}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printSprayBench(benchSpray());
