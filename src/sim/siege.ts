import { Tile } from './grid';
import { InfectedState as S, removeInfected, spawnInfected } from './horde';
import type { LevelData } from './level';
import { nextFloat } from './rng';
import { SIEGE, SIEGE_BY_DIFFICULTY, TICK_RATE, TICK_SECONDS, Variant, INFECTED, type VariantId } from './tuning';
import type { World } from './world';

/**
 * The siege of a roof (chapter 4): thousands of infected at the foot of the building,
 * simulated cheaply as counts per stretch of wall, not as agents. Each segment (the outer
 * facade cells inside one SIEGE.segmentCells square) has a crowd that grows as the siege
 * runs; a crowd thick enough heaps a pile against the wall, and a pile that crests the
 * parapet sends bodies over, spawned as real infected on the facade, climbing up toward
 * the player. Lone climbers come up anywhere. A body knocked off the wall (spray,
 * applyImpulse's fall) takes part of the pile below with it, and a staggered infected
 * pushed against the parapet goes over it. All plain data: cloned with checkpoints,
 * hashed; the segments themselves are static (derived from the level).
 */
export interface SiegeState {
  /** 1 while the siege runs (a chapter's beats start it: startSiege). */
  running: number;
  /** Ticks the siege has run (its ramp: progress = ticks / (seconds * TICK_RATE)). */
  ticks: number;
  /** How long the siege's ramp lasts, seconds (0 until started). */
  seconds: number;
  /** Seconds of crowd and piles already built when it starts (WorldOptions.siegeHeadStart: a harder start). */
  headStart: number;
  /** Per segment: bodies at the foot of the wall. */
  crowd: Float32Array;
  /** Per segment: bodies heaped against the wall (crests at SIEGE.crestBodies). */
  pile: Float32Array;
  /** Per segment: seconds until the next body over a crested pile. */
  overTimer: Float32Array;
  /** Per segment: 1 where the crowd is drawn in (focusSiege: "piles at two walls"). */
  focus: Uint8Array;
  /** Seconds until the next lone climber. */
  climberTimer: number;
  /** Bodies that came over the parapet, and bodies knocked off, so far. */
  over: number;
  fell: number;
}

/** The static shape of a roof's walls: segments of outer facade cells (from the level). */
export interface SiegeSegments {
  count: number;
  /** Segment k's outer facade cells are cells[start[k]] .. cells[start[k + 1] - 1]. */
  start: Int32Array;
  cells: Int32Array;
  /** Segment centres (tiles), for the view and for finding where a body fell. */
  x: Float64Array;
  y: Float64Array;
  /** Unit vector from the segment out over the edge (the view draws the crowd that way). */
  outX: Float64Array;
  outY: Float64Array;
  /**
   * Per cell: 1 on the open roof and its walls (reached from the facade over floor without
   * crossing a door), 0 elsewhere (inside the stair house): what the roof's cap counts.
   */
  open: Uint8Array;
}

const segmentsByLevel = new WeakMap<LevelData, SiegeSegments>();

/**
 * The level's wall segments, computed once per level: every Facade cell beside Void or
 * the map's edge is an outer cell (where bodies come up), grouped by the
 * SIEGE.segmentCells square it lies in, in row-major order of the squares.
 */
export function siegeSegments(level: LevelData): SiegeSegments {
  const known = segmentsByLevel.get(level);
  if (known) return known;
  const { width: w, height: h, tiles } = level;
  const kindAt = (x: number, y: number): number => (x < 0 || y < 0 || x >= w || y >= h ? Tile.Void : tiles[y * w + x]!);
  const size = SIEGE.segmentCells;
  const across = Math.ceil(w / size);
  const byBucket = new Map<number, { cells: number[]; ox: number; oy: number }>();
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (tiles[y * w + x] !== Tile.Facade) continue;
      let ox = 0;
      let oy = 0;
      if (kindAt(x - 1, y) === Tile.Void) ox--;
      if (kindAt(x + 1, y) === Tile.Void) ox++;
      if (kindAt(x, y - 1) === Tile.Void) oy--;
      if (kindAt(x, y + 1) === Tile.Void) oy++;
      if (ox === 0 && oy === 0) continue;
      const bucket = Math.floor(y / size) * across + Math.floor(x / size);
      let b = byBucket.get(bucket);
      if (!b) byBucket.set(bucket, (b = { cells: [], ox: 0, oy: 0 }));
      b.cells.push(y * w + x);
      b.ox += ox;
      b.oy += oy;
    }
  }
  const buckets = [...byBucket.keys()].sort((a, b) => a - b);
  const count = buckets.length;
  const start = new Int32Array(count + 1);
  const all: number[] = [];
  const sx = new Float64Array(count);
  const sy = new Float64Array(count);
  const outX = new Float64Array(count);
  const outY = new Float64Array(count);
  buckets.forEach((key, k) => {
    const b = byBucket.get(key)!;
    start[k] = all.length;
    let cx = 0;
    let cy = 0;
    for (const c of b.cells) {
      all.push(c);
      cx += (c % w) + 0.5;
      cy += Math.floor(c / w) + 0.5;
    }
    sx[k] = cx / b.cells.length;
    sy[k] = cy / b.cells.length;
    const l = Math.sqrt(b.ox * b.ox + b.oy * b.oy);
    outX[k] = l > 0 ? b.ox / l : 0;
    outY[k] = l > 0 ? b.oy / l : 0;
  });
  start[count] = all.length;
  // The open roof: a flood from every facade cell over facades and floor (doors stop it).
  const open = new Uint8Array(w * h);
  const queue: number[] = [];
  for (let c = 0; c < w * h; c++) if (tiles[c] === Tile.Facade) {
    open[c] = 1;
    queue.push(c);
  }
  for (let q = 0; q < queue.length; q++) {
    const c = queue[q]!;
    const x = c % w;
    const y = (c - x) / w;
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
      const n = ny * w + nx;
      if (open[n] === 1 || (tiles[n] !== Tile.Floor && tiles[n] !== Tile.Facade)) continue;
      open[n] = 1;
      queue.push(n);
    }
  }
  const segments: SiegeSegments = { count, start, cells: Int32Array.from(all), x: sx, y: sy, outX, outY, open };
  segmentsByLevel.set(level, segments);
  return segments;
}

/** A siege that has not begun, sized to the level's segments. */
export function createSiege(level: LevelData, headStart = 0): SiegeState {
  const n = siegeSegments(level).count;
  return {
    running: 0,
    ticks: 0,
    seconds: 0,
    headStart,
    crowd: new Float32Array(n),
    pile: new Float32Array(n),
    overTimer: new Float32Array(n),
    focus: new Uint8Array(n),
    climberTimer: 0,
    over: 0,
    fell: 0,
  };
}

/**
 * Starts the siege: its ramp lasts `seconds` (the crowd thickens and bodies come over more
 * often until then). The world's `headStart` seconds of it are run at once (its clock, the
 * crowd and the piles: a harder start) without anyone coming over. Nothing happens in a peaceful world.
 */
export function startSiege(world: World, seconds: number): void {
  const s = world.siege;
  if (s.running === 1 || !world.director.enabled) return;
  s.running = 1;
  s.seconds = seconds;
  s.crowd.fill(SIEGE.crowdStart);
  s.climberTimer = SIEGE.firstClimberSeconds;
  s.overTimer.fill(SIEGE.overEveryStart);
  // A head start: the siege as far along (its ramp too), the crowd and the piles as they
  // would be, without anyone coming over yet.
  const ticks = Math.round(s.headStart * TICK_RATE);
  for (let t = 0; t < ticks; t++) {
    s.ticks++;
    growCrowd(world);
  }
}

/** Draws the crowd in at the given segments (more arrivals there: the piles that crest first). */
export function focusSiege(world: World, segments: readonly number[]): void {
  for (const k of segments) if (k >= 0 && k < world.siege.focus.length) world.siege.focus[k] = 1;
}

/** How far the siege has ramped, 0..1. */
export function siegeProgress(world: World): number {
  const s = world.siege;
  if (s.seconds <= 0) return 0;
  return Math.min(1, s.ticks / (s.seconds * TICK_RATE));
}

/** Bodies at the foot of every wall together (what the view draws below). */
export function crowdBelow(world: World): number {
  let n = 0;
  for (const c of world.siege.crowd) n += c;
  return n;
}

/** The segment whose centre is nearest (x, y), -1 when the level has none. */
export function nearestSegment(level: LevelData, x: number, y: number): number {
  const seg = siegeSegments(level);
  let best = -1;
  let bestD = Infinity;
  for (let k = 0; k < seg.count; k++) {
    const dx = seg.x[k]! - x;
    const dy = seg.y[k]! - y;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** One tick of the crowd below: arrivals (thicker as the siege runs and where it is drawn in) and the piles they heap. */
function growCrowd(world: World): void {
  const s = world.siege;
  const p = siegeProgress(world);
  const arrive = (SIEGE.arrivePerSecondStart + (SIEGE.arrivePerSecondEnd - SIEGE.arrivePerSecondStart) * p) * TICK_SECONDS;
  const top = SIEGE.crestBodies + SIEGE.pileOverCrest;
  for (let k = 0; k < s.crowd.length; k++) {
    const crowd = s.crowd[k]! + arrive * (s.focus[k] === 1 ? SIEGE.focusArrivals : 1);
    s.crowd[k] = crowd;
    if (crowd <= SIEGE.crowdPileFrom) continue;
    const was = s.pile[k]!;
    s.pile[k] = Math.min(top, was + (crowd - SIEGE.crowdPileFrom) * SIEGE.pileGrowPerBody * TICK_SECONDS);
    if (was < SIEGE.warnBodies && s.pile[k]! >= SIEGE.warnBodies) {
      const seg = siegeSegments(world.level);
      world.events.push({ type: 'pileRising', x: seg.x[k]!, y: seg.y[k]!, segment: k });
    }
    if (was < SIEGE.crestBodies && s.pile[k]! >= SIEGE.crestBodies) {
      const seg = siegeSegments(world.level);
      world.events.push({ type: 'pileOpened', x: seg.x[k]!, y: seg.y[k]! });
    }
  }
}

/** Infected up on the open roof now, off its walls (the siege holds back beyond the difficulty's roofCap; the stairs and the walls do not count). */
function onRoof(world: World): number {
  const open = siegeSegments(world.level).open;
  const h = world.horde;
  const grid = world.grid;
  const w = grid.width;
  let n = 0;
  for (let i = 0; i < h.count; i++) {
    const c = Math.floor(h.y[i]!) * w + Math.floor(h.x[i]!);
    if (open[c] === 1 && grid.tiles[c] !== Tile.Facade) n++;
  }
  return n;
}

/**
 * Spawns one body coming over segment k's wall: on one of its outer facade cells (picked
 * by the world's rng), climbing toward where the player is now. Returns its index or -1.
 */
function bodyOver(world: World, k: number, variant: number): number {
  const seg = siegeSegments(world.level);
  const n = seg.start[k + 1]! - seg.start[k]!;
  if (n <= 0) return -1;
  const c = seg.cells[seg.start[k]! + Math.min(n - 1, Math.floor(nextFloat(world.rng) * n))]!;
  const w = world.grid.width;
  const h = world.horde;
  const i = spawnInfected(h, (c % w) + 0.5, Math.floor(c / w) + 0.5, variant as VariantId, false, -seg.outX[k]!, -seg.outY[k]!);
  if (i < 0) return -1;
  // Climbing toward where the player is; not a hunter: foam blinds it and it can lose the player.
  h.state[i] = S.Climb;
  h.hasTarget[i] = 1;
  h.targetX[i] = world.player.x;
  h.targetY[i] = world.player.y;
  world.siege.over++;
  world.events.push({ type: 'bodyOver', agent: h.id[i]!, x: h.x[i]!, y: h.y[i]!, segment: k });
  return i;
}

/** A body went over the edge near (x, y): the pile of the segment below drops. */
function fellAt(world: World, x: number, y: number): void {
  const k = nearestSegment(world.level, x, y);
  if (k < 0) return;
  const s = world.siege;
  const was = s.pile[k]!;
  s.pile[k] = Math.max(0, was - SIEGE.fallDropBodies);
  s.fell++;
  if (was >= SIEGE.crestBodies && s.pile[k]! < SIEGE.crestBodies) {
    const seg = siegeSegments(world.level);
    world.events.push({ type: 'pileClosed', x: seg.x[k]!, y: seg.y[k]! });
  }
}

/**
 * Staggered infected pushed against the parapet (a facade cell just past their body along
 * their motion, faster than SIEGE.edgeFallSpeed) go over and fall (infectedFell). Runs
 * after the extinguisher and before the horde, while the spray's push is still in their
 * velocity (the horde's collision stops a body at the wall).
 */
export function pushOverTheEdge(world: World): void {
  if (world.siege.running === 0 || world.status !== 'playing') return;
  const h = world.horde;
  const grid = world.grid;
  const w = grid.width;
  const min2 = SIEGE.edgeFallSpeed * SIEGE.edgeFallSpeed;
  for (let i = h.count - 1; i >= 0; i--) {
    if (h.state[i] !== S.Stagger) continue;
    const vx = h.vx[i]!;
    const vy = h.vy[i]!;
    const v2 = vx * vx + vy * vy;
    if (v2 < min2) continue;
    const v = Math.sqrt(v2);
    const reach = INFECTED[h.variant[i]!]!.radius + SIEGE.edgeProbe;
    const px = Math.floor(h.x[i]! + (vx / v) * reach);
    const py = Math.floor(h.y[i]! + (vy / v) * reach);
    if (px < 0 || py < 0 || px >= w || py >= grid.height || grid.tiles[py * w + px] !== Tile.Facade) continue;
    const x = h.x[i]!;
    const y = h.y[i]!;
    world.events.push({ type: 'infectedFell', agent: h.id[i]!, x, y });
    removeInfected(h, i);
  }
}

/**
 * One tick of the siege, after the horde and the director: bodies knocked off this tick
 * (the spray, pushOverTheEdge) lower their piles, the crowd below grows and piles,
 * crested piles send bodies over and lone climbers come up (within the roof's cap).
 */
export function updateSiege(world: World): void {
  const s = world.siege;
  if (s.running === 0 || world.status !== 'playing') return;
  const events = world.events;
  for (let e = 0, n = events.length; e < n; e++) {
    const ev = events[e]!;
    if (ev.type === 'infectedFell') fellAt(world, ev.x, ev.y);
  }
  const seg = siegeSegments(world.level);
  s.ticks++;
  growCrowd(world);
  const p = siegeProgress(world);
  const diff = SIEGE_BY_DIFFICULTY[world.difficulty];
  const overEvery = (SIEGE.overEveryStart + (SIEGE.overEveryEnd - SIEGE.overEveryStart) * p) * diff.intervalScale;
  for (let k = 0; k < seg.count; k++) {
    if (s.pile[k]! < SIEGE.crestBodies) {
      s.overTimer[k] = Math.min(s.overTimer[k]!, overEvery);
      continue;
    }
    s.overTimer[k] = s.overTimer[k]! - TICK_SECONDS;
    if (s.overTimer[k]! > 0) continue;
    s.overTimer[k] = overEvery;
    if (onRoof(world) >= diff.roofCap) continue; // held back: it comes at the next interval
    const variant = nextFloat(world.rng) < SIEGE.climberShareOverCrest ? Variant.Climber : Variant.Sprinter;
    if (bodyOver(world, k, variant) >= 0) s.crowd[k] = Math.max(0, s.crowd[k]! - 1);
  }
  s.climberTimer -= TICK_SECONDS;
  if (s.climberTimer <= 0 && seg.count > 0) {
    s.climberTimer = (SIEGE.climberEveryStart + (SIEGE.climberEveryEnd - SIEGE.climberEveryStart) * p) * diff.intervalScale;
    if (onRoof(world) < diff.roofCap) {
      const k = Math.min(seg.count - 1, Math.floor(nextFloat(world.rng) * seg.count));
      bodyOver(world, k, Variant.Climber);
    }
  }
}
