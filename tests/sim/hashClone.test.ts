import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { createWorld, type World } from '../../src/sim/world';
import { cloneWorld } from '../../src/sim/snapshot';
import { hashWorld } from '../../src/sim/worldHash';
import { step } from '../../src/sim/step';
import { emitNoise } from '../../src/sim/noise';
import { buildFlowField, createFlowFieldCache, FieldCosts } from '../../src/sim/flowfield';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { HORDE, Variant } from '../../src/sim/tuning';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { SurvivorBot } from '../../src/bots/survivorBot';
import { viewOfWorld } from '../../src/bots/survivorView';
import { intent } from '../helpers';

/**
 * hashWorld and cloneWorld must agree: every number a checkpoint copies is either part of
 * the hash or named below as not being state (with the reason, checked where it can be).
 * The walk is generic (it recurses over whatever cloneWorld copies), so a new field in the
 * world, the horde or any store is caught without touching this file.
 */

/** A value cloneWorld copies: a plain-object field or one typed-array / array element. */
interface Leaf {
  /** Exact path, e.g. `horde.x[3]`, `doors[2].open`. */
  path: string;
  /** The path with indices dropped (`horde.x[]`, `doors[].open`): what the allow-list names. */
  key: string;
  /** For typed-array elements: the index, and whether the array is one value per grid cell. */
  index: number;
  perCell: boolean;
  get(): unknown;
  set(v: unknown): void;
}

type TypedArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;

/**
 * Every leaf under `root` (numbers, booleans, strings; typed-array elements), skipping the
 * shared static level; `keys` also names the containers, empty ones included.
 * Struct-of-arrays stores are objects with a numeric `count`: their typed arrays (those of
 * the store's `capacity`, when it has one) are walked within `count` only, since the slots
 * beyond it are dead. `under` limits the walk to one allow-list entry's subtree.
 */
function leaves(root: World, under?: string): { leaves: Leaf[]; keys: Set<string> } {
  const out: Leaf[] = [];
  const keys = new Set<string>();
  const cells = root.grid.width * root.grid.height;
  const wanted = (key: string): boolean => under === undefined || key === '' || under.startsWith(key) || key.startsWith(under);
  const walk = (value: unknown, path: string, key: string, live: { count: number; capacity: number | null } | null): void => {
    if (value === root.level || !wanted(key)) return;
    keys.add(key);
    if (ArrayBuffer.isView(value)) {
      const a = value as TypedArray;
      const inStore = live !== null && (live.capacity === null || a.length === live.capacity);
      const n = inStore ? Math.min(live.count, a.length) : a.length;
      const perCell = !inStore && a.length === cells;
      for (let i = 0; i < n; i++) {
        out.push({ path: `${path}[${i}]`, key: `${key}[]`, index: i, perCell, get: () => a[i], set: (v) => (a[i] = v as number) });
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((_, i) => walk(value[i], `${path}[${i}]`, `${key}[]`, live));
      return;
    }
    if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      const store = typeof o.count === 'number' ? { count: o.count, capacity: typeof o.capacity === 'number' ? o.capacity : null } : live;
      for (const k of Object.keys(o)) {
        const p = path ? `${path}.${k}` : k;
        const kk = key ? `${key}.${k}` : k;
        const v = o[k];
        if (v !== null && typeof v === 'object') walk(v, p, kk, store);
        else if ((typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') && wanted(kk)) {
          keys.add(kk);
          out.push({ path: p, key: kk, index: -1, perCell: false, get: () => o[k], set: (nv) => (o[k] = nv) });
        }
      }
    }
  };
  walk(root, '', '', null);
  return { leaves: out, keys };
}

/** A different value of the same type (read back: typed arrays wrap and round). */
function perturb(leaf: Leaf): void {
  const v = leaf.get();
  if (typeof v === 'boolean') return leaf.set(!v);
  if (typeof v === 'string') return leaf.set(`${v}~`);
  const n = v as number;
  leaf.set(Number.isFinite(n) ? n + 1 : 0);
  if (Object.is(leaf.get(), n)) leaf.set(n - 1);
  if (Object.is(leaf.get(), n)) throw new Error(`cannot perturb ${leaf.path} (${n})`);
}

/**
 * What cloneWorld copies that the hash leaves out, and why. Keys name a path with the
 * indices dropped and cover everything under it; the longest matching key wins. Each kind
 * is checked below:
 *  - static: never written after createWorld (equal to a fresh world's value);
 *  - inert: perturbing all of it in a copy changes nothing the sim does afterwards;
 *  - zero: a per-tick accumulator, always 0 between steps;
 *  - derived: a pure function of hashed state (checked by recomputing it).
 */
type Kind = 'static' | 'inert' | 'zero' | 'derived';
const NOT_HASHED: Record<string, [Kind, string]> = {
  events: ['inert', 'the last step\'s events, for the view and the beats; cleared at the start of every step'],
  'player.prevX': ['inert', 'position before the last step, only for interpolated drawing'],
  'player.prevY': ['inert', 'position before the last step, only for interpolated drawing'],
  'horde.prevX': ['inert', 'position before the last tick, only for interpolated drawing'],
  'horde.prevY': ['inert', 'position before the last tick, only for interpolated drawing'],
  'horde.changes': ['inert', 'spawn/removal counter that only tells the spatial hash to rebuild'],
  'horde.capacity': ['static', 'preallocated size of the store'],
  'canisters.prevX': ['inert', 'position before the last tick, only for interpolated drawing'],
  'canisters.prevY': ['inert', 'position before the last tick, only for interpolated drawing'],
  'canisters.capacity': ['static', 'preallocated size of the store'],
  'foamClouds.capacity': ['static', 'preallocated size of the store'],
  hash: ['inert', 'spatial hash: rebuilt from the positions whenever builtAt !== horde.changes, before any query'],
  'hash.width': ['static', 'the grid size'],
  'hash.height': ['static', 'the grid size'],
  'fields.dist': ['derived', 'flow fields: a pure function of each slot\'s goal and the grid (both hashed)'],
  'fields.dir': ['derived', 'flow fields: a pure function of each slot\'s goal and the grid (both hashed)'],
  'fields.enterCost': ['inert', 'per-cell costs cached for enterGrid/enterRevision, recomputed when they differ'],
  'fields.enterGrid': ['inert', 'the grid enterCost was computed for (compared by identity; a copy never matches)'],
  'fields.enterRevision': ['inert', 'the grid revision enterCost was computed for'],
  'fields.bucketHead': ['inert', 'Dijkstra scratch, reset at the start of every build'],
  'fields.nodeCell': ['inert', 'Dijkstra scratch, reset at the start of every build'],
  'fields.nodeNext': ['inert', 'Dijkstra scratch, reset at the start of every build'],
  'fields.buildsThisTick': ['inert', 'per-tick build budget counter, reset at the start of the horde update'],
  'fields.builds': ['inert', 'total builds, a statistic for the debug overlay'],
  'fields.width': ['static', 'the grid size'],
  'fields.height': ['static', 'the grid size'],
  'fields.size': ['static', 'number of cache slots'],
  'fields.costs': ['static', 'the cost model of the cache (infected or survivors)'],
  'survivorFields.costs': ['static', 'the cost model of the cache (infected or survivors)'],
  'survivorFields.dist': ['derived', 'the allies\' flow fields: a pure function of each slot\'s goal, the grid and the locks (all hashed)'],
  'survivorFields.dir': ['derived', 'the allies\' flow fields: a pure function of each slot\'s goal, the grid and the locks (all hashed)'],
  'survivorFields.enterCost': ['inert', 'per-cell costs, recomputed at every survivor field build'],
  'survivorFields.enterRevision': ['inert', 'unused by survivor caches (they recompute their costs every build)'],
  'survivorFields.bucketHead': ['inert', 'Dijkstra scratch, reset at the start of every build'],
  'survivorFields.nodeCell': ['inert', 'Dijkstra scratch, reset at the start of every build'],
  'survivorFields.nodeNext': ['inert', 'Dijkstra scratch, reset at the start of every build'],
  'survivorFields.buildsThisTick': ['inert', 'per-tick build budget counter, reset at the start of the allies\' update'],
  'survivorFields.builds': ['inert', 'total builds, a statistic'],
  'survivorFields.width': ['static', 'the grid size'],
  'survivorFields.height': ['static', 'the grid size'],
  'survivorFields.size': ['static', 'number of cache slots'],
  'survivors.capacity': ['static', 'preallocated size of the store'],
  'survivors.prevX': ['inert', 'positions before the last tick, only for interpolated drawing'],
  'survivors.prevY': ['inert', 'positions before the last tick, only for interpolated drawing'],
  'grid.width': ['static', 'the grid size'],
  'grid.height': ['static', 'the grid size'],
  'grid.tiles': ['static', 'a copy of level.tiles (the level is named by level.id in the hash); doors change solid/opaque'],
  'grid.doorAt': ['static', 'door index per cell, from the level'],
  dark: ['static', 'unlit cells, from the level'],
  climbableCells: ['static', 'facade cells, from the level'],
  'doors[].x': ['static', 'door cell, from the level'],
  'doors[].y': ['static', 'door cell, from the level'],
  'cabinets[].x': ['static', 'cabinet cell, from the level'],
  'cabinets[].y': ['static', 'cabinet cell, from the level'],
  pilePressing: ['zero', 'bodies pressing per cell, counted and cleared within the horde update'],
  'director.nearMisses': ['zero', 'counted by the horde, read and cleared by the director in the same step'],
  'director.grabs': ['zero', 'counted by the horde, read and cleared by the director in the same step'],
};

const entryMemo = new Map<string, string | null>();
function entryFor(key: string): string | null {
  const known = entryMemo.get(key);
  if (known !== undefined) return known;
  let best: string | null = null;
  for (const k of Object.keys(NOT_HASHED)) {
    if (key === k || key.startsWith(`${k}.`) || key.startsWith(`${k}[`)) {
      if (best === null || k.length > best.length) best = k;
    }
  }
  entryMemo.set(key, best);
  return best;
}

/** What the player does after the busy state, the same for every copy compared. */
function laterIntent(t: number, out: Intent): Intent {
  out.moveX = Math.sin(t / 20);
  out.moveY = Math.cos(t / 31);
  out.aimX = Math.cos(t / 9);
  out.aimY = Math.sin(t / 9);
  out.spray = t % 50 < 20;
  out.run = t % 70 > 40;
  out.interact = t % 40 === 0;
  out.throw = t === 30;
  out.sneak = false;
  return out;
}

function stepLater(w: World, ticks: number): World {
  const i = emptyIntent();
  for (let t = 0; t < ticks; t++) step(w, laterIntent(t, i));
  return w;
}

/**
 * The authored hallway with two allies after 35 s of the survivor bot (the director has sent waves, doors
 * are open, infected idle, search and bash), then a short spray (foam), a thrown decoy in
 * flight and a queued noise: every store holds live entries.
 */
function busyWorld(): World {
  // With two allies, so every survivor column holds a live ally (and their field cache is built).
  const w = createWorld(loadChapterMap('hallway'), 12, { allies: [{ id: 'tae-min', role: 'follower' }, { id: 'da-som', role: 'archer' }] });
  const view = viewOfWorld(w);
  const bot = new SurvivorBot(view);
  const i = emptyIntent();
  for (let t = 0; t < 35 * 60 && w.status === 'playing'; t++) step(w, bot.decide(view, i));
  for (let t = 0; t < 8; t++) step(w, intent({ spray: true, aimX: 1, aimY: 0.3 }));
  step(w, intent());
  w.objects.decoys = Math.max(1, w.objects.decoys);
  step(w, intent({ throw: true, aimX: -1 }));
  emitNoise(w, w.player.x, w.player.y, 5, 'throw');
  return w;
}

describe('hashWorld and cloneWorld agree', () => {
  const world = busyWorld();
  const all = leaves(world).leaves;
  /** Later ticks compared after a perturbation (enough for a wave, sprays, a door, a throw). */
  const LATER = 90;

  it('the busy world really is busy (so the walk sees live entries in every store)', () => {
    expect(world.status).toBe('playing');
    const h = world.horde;
    expect(h.count).toBeGreaterThanOrEqual(20);
    expect(new Set(h.state.subarray(0, h.count)).size).toBeGreaterThanOrEqual(3);
    expect(world.foamClouds.count).toBeGreaterThan(0);
    expect(world.canisters.count).toBeGreaterThan(0);
    expect(world.noises.count).toBeGreaterThan(0);
    expect(world.director.spawned).toBeGreaterThan(0);
    expect(world.doors.some((d) => d.open)).toBe(true);
    expect(world.events.length).toBeGreaterThan(0);
    expect(world.survivors.count).toBe(3);
    expect(world.survivorFields.goal.some((g) => g >= 0)).toBe(true);
  });

  it('a clone hashes like the original, and stays equal when both play on', () => {
    const a = cloneWorld(world);
    expect(hashWorld(a)).toBe(hashWorld(world));
    const b = cloneWorld(world);
    expect(hashWorld(stepLater(a, LATER))).toBe(hashWorld(stepLater(b, LATER)));
  });

  it('changing any copied number, boolean or string changes the hash, unless it is named as not state', () => {
    const copy = cloneWorld(world);
    const base = hashWorld(copy);
    const missed: string[] = [];
    let perturbed = 0;
    for (const leaf of leaves(copy).leaves) {
      if (entryFor(leaf.key) !== null) continue;
      // Arrays of one value per grid cell: every 23rd cell (a prime stride, so it moves
      // across the columns) and the last, since each hash costs the whole grid; every
      // element of every store and table is tried.
      if (leaf.perCell && leaf.index % 23 !== 0 && leaf.index !== world.grid.width * world.grid.height - 1) continue;
      const before = leaf.get();
      perturb(leaf);
      if (hashWorld(copy) === base) missed.push(leaf.path);
      leaf.set(before);
      perturbed++;
    }
    expect(hashWorld(copy)).toBe(base);
    expect(missed).toEqual([]);
    expect(perturbed).toBeGreaterThan(1000);
  });

  it('every allow-list entry names something the clone copies', () => {
    const { keys } = leaves(world);
    expect(Object.keys(NOT_HASHED).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('static entries are never written after createWorld', () => {
    const fresh = new Map(leaves(createWorld(world.level, world.seed)).leaves.map((l) => [l.path, l.get()]));
    const changed = all.filter((l) => NOT_HASHED[entryFor(l.key) ?? '']?.[0] === 'static' && !Object.is(fresh.get(l.path), l.get())).map((l) => l.path);
    expect(changed).toEqual([]);
  });

  it('zero entries are 0 between steps', () => {
    const copy = cloneWorld(world);
    // The leaves read the copy's own objects and arrays, which stepping updates in place.
    const watched = leaves(copy).leaves.filter((l) => NOT_HASHED[entryFor(l.key) ?? '']?.[0] === 'zero');
    const nonZero = new Set<string>();
    const check = (): void => {
      for (const l of watched) if (l.get() !== 0) nonZero.add(l.path);
    };
    check();
    const i = emptyIntent();
    for (let t = 0; t < LATER; t++) {
      step(copy, laterIntent(t, i));
      check();
    }
    expect([...nonZero]).toEqual([]);
  });

  it('inert entries: perturbing one in a copy changes nothing the sim does afterwards', () => {
    const expected = hashWorld(stepLater(cloneWorld(world), LATER));
    const diverged: string[] = [];
    for (const [name, [kind]] of Object.entries(NOT_HASHED)) {
      if (kind !== 'inert') continue;
      const copy = cloneWorld(world);
      for (const leaf of leaves(copy, name).leaves) if (entryFor(leaf.key) === name) perturb(leaf);
      if (hashWorld(stepLater(copy, LATER)) !== expected) diverged.push(name);
    }
    expect(diverged).toEqual([]);
  });

  it('derived entries: every live allies\' flow field is what a fresh build toward its goal gives (locked doors impassable)', () => {
    const f = world.survivorFields;
    const scratch = createFlowFieldCache(f.width, f.height, 1, FieldCosts.Survivor);
    const locked = new Uint8Array(f.width * f.height);
    for (const d of world.doors) if (d.locked && !d.open) locked[d.y * f.width + d.x] = 1;
    let live = 0;
    for (let s = 0; s < f.size; s++) {
      if (f.goal[s]! < 0 || f.revision[s] !== world.grid.revision) continue;
      live++;
      buildFlowField(scratch, world.grid, f.goal[s]!, 0, locked);
      expect(Array.from(f.dist[s]!)).toEqual(Array.from(scratch.dist[0]!));
      expect(Array.from(f.dir[s]!)).toEqual(Array.from(scratch.dir[0]!));
    }
    expect(live).toBeGreaterThan(0);
  });

  it('derived entries: every live flow field is what a fresh build toward its goal gives', () => {
    const f = world.fields;
    const scratch = createFlowFieldCache(f.width, f.height, 1);
    let live = 0;
    for (let s = 0; s < f.size; s++) {
      // A slot built for an older grid revision is never read again.
      if (f.goal[s]! < 0 || f.revision[s] !== world.grid.revision) continue;
      live++;
      buildFlowField(scratch, world.grid, f.goal[s]!, 0);
      expect(Array.from(f.dist[s]!)).toEqual(Array.from(scratch.dist[0]!));
      expect(Array.from(f.dir[s]!)).toEqual(Array.from(scratch.dir[0]!));
    }
    expect(live).toBeGreaterThan(0);
  });
});

describe('the flow-field cache is state (so the hash covers its keys)', () => {
  it('with more new goals in a tick than the build budget, a cold cache changes where an infected steps', () => {
    // One infected per goal, each hearing its own noise 6 tiles away off the grid lines,
    // far from the others; the player is walled off on the right, out of sight and silent.
    const n = HORDE.fieldBuildsPerTick + 1;
    const open = '.'.repeat(16 * n);
    const map = ['#'.repeat(16 * n + 7), `#${open}#....#`, `#${open}#.P..#`, `#${open}#....#`, '#'.repeat(16 * n + 7)].join('\n');
    const warm = createWorld(parseAsciiLevel('cache', 'cache', map), 1, { peaceful: true });
    for (let k = 0; k < n; k++) {
      spawnInfected(warm.horde, 2.5 + 16 * k, 1.5, Variant.Sprinter, false, 1, 0);
      emitNoise(warm, 8.5 + 16 * k, 3.5, 7, 'throw');
    }
    // Every goal's field gets built within the budget, and each heading settles on its field.
    for (let t = 0; t < 20; t++) step(warm, emptyIntent());
    for (let k = 0; k < n; k++) {
      expect(warm.horde.state[k]).toBe(InfectedState.Search);
      expect(warm.horde.targetX[k]).toBe(8.5 + 16 * k);
      expect(warm.horde.searchLooking[k]).toBe(0);
    }

    const cold = cloneWorld(warm);
    cold.fields.goal.fill(-1);
    step(warm, emptyIntent());
    step(cold, emptyIntent());
    // The first ones rebuild their fields and step the same; the last one is over the budget
    // and steers straight at its goal instead of at the next cell's centre.
    for (let k = 0; k < n - 1; k++) expect([cold.horde.x[k], cold.horde.y[k]]).toEqual([warm.horde.x[k], warm.horde.y[k]]);
    expect([cold.horde.x[n - 1], cold.horde.y[n - 1]]).not.toEqual([warm.horde.x[n - 1], warm.horde.y[n - 1]]);
  });
});
