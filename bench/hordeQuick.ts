/**
 * Quick horde-only timing for A/B work on the hot loop (not the full `npm run bench`):
 *   node --expose-gc --import tsx bench/hordeQuick.ts [N=10000] [ticks=600] [warmup=300]
 * Same world and route as bench/run.ts. Prints min / median / p95 / max ms per step, CPU ms
 * per tick (steadier than wall time on a shared machine), the
 * number of flow-field builds, and the world hash at the end (to check that an
 * optimisation did not change behaviour: same N/ticks must give the same hash).
 */
import { createWorld, type World } from '../src/sim/world';
import { step } from '../src/sim/step';
import { emptyIntent } from '../src/sim/intent';
import { spawnInfected } from '../src/sim/horde';
import { Variant } from '../src/sim/tuning';
import { hashWorld } from '../src/sim/worldHash';
import { benchLevel, BENCH_W, BENCH_H } from './map';

const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const level = benchLevel();
const n = Number(process.argv[2] ?? 10000);
const ticks = Number(process.argv[3] ?? 600);
const warmup = Number(process.argv[4] ?? 300);

function makeWorld(count: number): World {
  const world = createWorld(level, 1234, { hordeCapacity: count });
  world.player.grabImmunity = Infinity;
  const cells = BENCH_W * BENCH_H;
  let c = 7;
  let k = 0;
  let guard = 0;
  while (k < count && guard++ < count * 50) {
    c = (c + 7919) % cells;
    if (level.tiles[c] !== 0) continue;
    const x = c % BENCH_W;
    const y = Math.floor(c / BENCH_W);
    const i = spawnInfected(world.horde, x + 0.25 + ((k * 0.37) % 0.5), y + 0.25 + ((k * 0.61) % 0.5), Variant.Sprinter);
    world.horde.hunter[i] = 1;
    k++;
  }
  return world;
}

const world = makeWorld(n);
const intent = emptyIntent();
function route(): void {
  const p = world.player;
  intent.moveX = Math.floor(world.tick / 1800) % 2 === 0 ? 1 : -1;
  intent.moveY = 0;
  if (p.x > BENCH_W - 4) intent.moveX = -1;
  if (p.x < 3) intent.moveX = 1;
}
for (let t = 0; t < warmup; t++) {
  route();
  step(world, intent);
}
const samples: number[] = [];
const builds0 = world.fields.builds;
const cpu0 = process.cpuUsage();
for (let t = 0; t < ticks; t++) {
  route();
  const t0 = now();
  step(world, intent);
  samples.push(now() - t0);
}
const cpu = process.cpuUsage(cpu0);
samples.sort((a, b) => a - b);
const states = new Array<number>(10).fill(0);
for (let i = 0; i < world.horde.count; i++) states[world.horde.state[i]!]!++;
console.log(
  JSON.stringify({
    n,
    ticks,
    min: +samples[0]!.toFixed(3),
    median: +samples[Math.floor(ticks / 2)]!.toFixed(3),
    p95: +samples[Math.floor(ticks * 0.95)]!.toFixed(3),
    max: +samples[ticks - 1]!.toFixed(3),
    cpuMsPerTick: +((cpu.user + cpu.system) / 1000 / ticks).toFixed(3),
    builds: world.fields.builds - builds0,
    states,
    hash: hashWorld(world),
  }),
);
