import { NEIGHBOURS, PathBot, botViewOfWorld } from '../src/bots/pathBot';
import { CAFETERIA } from '../src/chapters/cafeteria';
import { createChapterWorld } from '../src/chapters/chapterWorld';
import { stepChapter } from '../src/chapters/beats';
import { emptyIntent, resetIntent, type Intent } from '../src/sim/intent';
import { cloneWorld } from '../src/sim/snapshot';
import { Tile } from '../src/sim/grid';
import type { LevelData } from '../src/sim/level';
import type { World } from '../src/sim/world';
import { hudBand, zoomFor } from '../src/view/camera';
import { TILE_SIZE } from '../src/assets/frames';

/**
 * A decoy pulling the seated crowd (issue 14; e2e/cafeteria.spec.ts), as the sim test in
 * tests/sim/loot.test.ts proves it: sleepers at the tables get up and walk to the clatter of
 * a thrown tray or can, away from the player who threw it. Nothing is placed by hand: the
 * plan is searched in Node on the loaded level, near the start (the first minute of the
 * first trip): sneak over one of the decoys nearest the stairs to a floor cell a few steps
 * from it, aim one of eight ways, throw, stand still. The plan kept is the one that, with
 * nobody noticing the player or Tae-min, has the most of the crowd seen seated on screen
 * as the player aims then seen on screen walking toward where it landed.
 */
export type Point = { x: number; y: number };
export interface PullPlan {
  decoy: Point;
  spot: Point;
  aim: Point;
}
export interface PullShot {
  plan: PullPlan;
  /** Ticks (the tick the world has reached) to pause on: the seated hall as the player aims, the crowd on the move. */
  hallTick: number;
  pullTick: number;
  /** Where and when the decoy landed with its clatter. */
  landed: Point;
  landedTick: number;
  /** Ids of the infected on screen at pullTick, woken by the clatter and walking to it. */
  pulled: number[];
  /** Of `pulled`, those seated on screen at hallTick: the same crowd before and after. */
  seatedThenPulled: number[];
  /** Sleepers on screen at hallTick. */
  seated: number;
}
/** Ticks the player stands aiming before the throw, and ticks watched after the decoy lands. */
const AIM_TICKS = 8;
const WATCH_TICKS = 3 * 60;
/** The decoys tried: the three nearest the start within this many steps; throw spots this many steps from the decoy. */
const DECOYS = 3;
const DECOY_STEPS = 32;
const SPOT_STEPS = 8;
const AIMS: Point[] = [[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1]].map(([x, y]) => ({ x: x!, y: y! }));

/**
 * The part of the map a viewport shows round the player (tiles from the camera's centre),
 * less the HUD's block at the top left (meters, objective, bonus line) and the captions' band at the bottom.
 */
export interface ViewBox {
  halfW: number;
  halfH: number;
  hudW: number;
  hudH: number;
  coveredBottom: number;
  /** In portrait the camera makes room for the HUD (ChapterScene, camera.ts hudBand): it may show this much above the map and looks half of it above the player. */
  hudBand: number;
}
export function viewBox(w: number, h: number): ViewBox {
  const tile = zoomFor(w, h, CAFETERIA.camera) * TILE_SIZE;
  // As drawn at these sizes (e2e/output/cafeteria-*.png): the HUD block ~400x300 px on a desktop, ~260x220 on a phone.
  const [hudW, hudH] = w > h ? [400, 300] : [260, 232];
  return { halfW: w / tile / 2, halfH: h / tile / 2, hudW: hudW / tile, hudH: hudH / tile, coveredBottom: 90 / tile, hudBand: hudBand(w, h, hudH) / tile };
}
const centred = (p: number, half: number, size: number) => Math.min(size - half, Math.max(half, p));
/** Whether a body at (x, y) is on the uncovered screen (the camera follows the player, held inside the map). */
export function inView(world: World, box: ViewBox, x: number, y: number): boolean {
  const left = centred(world.player.x, box.halfW, world.level.width) - box.halfW;
  const top = Math.min(world.level.height - box.halfH, Math.max(box.halfH - box.hudBand, world.player.y - box.hudBand / 2)) - box.halfH;
  const margin = 0.6;
  if (x < left + margin || x > left + 2 * box.halfW - margin || y < top + margin || y > top + 2 * box.halfH - box.coveredBottom) return false;
  return !(x < left + box.hudW && y < top + box.hudH);
}

/** Steps from `from` to every cell over floor and doors (-1: not reachable). */
function stepsFrom(level: LevelData, from: Point): Int32Array {
  const W = level.width;
  const d = new Int32Array(W * level.height).fill(-1);
  const queue = [Math.floor(from.y) * W + Math.floor(from.x)];
  d[queue[0]!] = 0;
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    const x = i % W;
    const y = (i - x) / W;
    for (const [dx, dy] of NEIGHBOURS) {
      const nx = x + dx;
      const ny = y + dy;
      const n = ny * W + nx;
      if (nx < 0 || ny < 0 || nx >= W || ny >= level.height || d[n] !== -1) continue;
      if (level.tiles[n] !== Tile.Floor && level.tiles[n] !== Tile.Door) continue;
      d[n] = d[i]! + 1;
      queue.push(n);
    }
  }
  return d;
}

/** The scripted player of a plan: sneaks over the decoy to the spot, aims, throws, stands still. */
export function pullDriver(level: LevelData, plan: PullPlan) {
  const bot = new PathBot(level, { run: 'never', waypoints: [plan.decoy, plan.spot] });
  const state = { arrivedAt: -1 };
  const drive = (w: World, out: Intent): void => {
    const there = Math.floor(w.player.x) === Math.floor(plan.spot.x) && Math.floor(w.player.y) === Math.floor(plan.spot.y);
    if (state.arrivedAt < 0 && there && w.objects.decoys > 0) state.arrivedAt = w.tick;
    if (state.arrivedAt < 0) {
      bot.decide(botViewOfWorld(w), out);
      out.sneak = true;
      return;
    }
    resetIntent(out);
    out.aimX = plan.aim.x;
    out.aimY = plan.aim.y;
    out.throw = w.tick === state.arrivedAt + AIM_TICKS;
  };
  return { state, drive };
}

/** Somebody noticed the player or an ally: the plan is spoilt from here. */
const noticed = (w: World) => w.status !== 'playing' || w.player.grabbedBy >= 0 || w.events.some((e) => e.type === 'infectedAlerted' || e.type === 'grabbed' || e.type === 'allyGrabbed');

interface Sleeper {
  i: number;
  x: number;
  y: number;
}

/** Of the sleepers at the throw, the ids of those on screen walking to the landing spot, away from the player (up, off their seat, not on top of the player). */
function walkingToClatter(w: World, box: ViewBox, sleepers: Sleeper[], landed: Point): number[] {
  const h = w.horde;
  const ids: number[] = [];
  for (const s of sleepers) {
    const i = s.i;
    if (h.asleep[i] || !inView(w, box, h.x[i]!, h.y[i]!)) continue;
    const towardX = landed.x - h.x[i]!;
    const towardY = landed.y - h.y[i]!;
    const speed = Math.hypot(h.vx[i]!, h.vy[i]!);
    const offSeat = Math.hypot(h.x[i]! - s.x, h.y[i]! - s.y);
    const awayX = h.x[i]! - w.player.x;
    const awayY = h.y[i]! - w.player.y;
    const fromPlayer = Math.hypot(awayX, awayY);
    // Toward the clatter, and not at the player (within 60 degrees of straight at them): one that
    // comes from beyond the landing spot toward you reads as coming for you, not as pulled away.
    const pulled = h.vx[i]! * towardX + h.vy[i]! * towardY > 0 && -(h.vx[i]! * awayX + h.vy[i]! * awayY) < 0.5 * speed * fromPlayer;
    if (speed > 0.3 && pulled && offSeat > 0.7 && fromPlayer > 3) ids.push(h.id[i]!);
  }
  return ids;
}

type Scored = Omit<PullShot, 'plan' | 'hallTick'> & { score: number };

/** Plays a plan's throw on from the world where the player has just arrived; the best moment to show for each box. */
function watchThrow(start: World, level: LevelData, plan: PullPlan, arrivedAt: number, boxes: ViewBox[]): (Scored | null)[] {
  const w = cloneWorld(start);
  const driver = pullDriver(level, plan);
  driver.state.arrivedAt = arrivedAt;
  const h = w.horde;
  const sleepers: Sleeper[] = [];
  for (let i = 0; i < h.count; i++) if (h.asleep[i] === 1) sleepers.push({ i, x: h.x[i]!, y: h.y[i]! });
  const intent = emptyIntent();
  let landed: Point | null = null;
  let landedTick = -1;
  const moments: { tick: number; ids: number[][] }[] = [];
  while (landedTick < 0 ? w.tick < arrivedAt + 4 * 60 : w.tick < landedTick + WATCH_TICKS) {
    driver.drive(w, intent);
    stepChapter(w, intent, CAFETERIA.beats, CAFETERIA.sightings);
    if (noticed(w)) break;
    for (const e of w.events) {
      if (e.type !== 'decoyLanded') continue;
      landed = { x: e.x, y: e.y };
      landedTick = w.tick;
    }
    if (!landed) continue;
    // Nobody woke by the time the first ones could have left their seats: nothing to show.
    if (w.tick === landedTick + 30 && sleepers.every((s) => h.asleep[s.i] === 1)) break;
    moments.push({ tick: w.tick, ids: boxes.map((box) => walkingToClatter(w, box, sleepers, landed!)) });
  }
  return boxes.map((box, k) => {
    if (!landed) return null;
    // Seated on screen as the player aims (the world at arrival: nobody moves while they aim).
    const onScreen = sleepers.filter((s) => inView(start, box, s.x, s.y)).map((s) => h.id[s.i]!);
    // Most on the move first; then most of them seen seated before.
    const score = (ids: number[]) => ids.length * 100 + ids.filter((id) => onScreen.includes(id)).length;
    const most = Math.max(0, ...moments.map((m) => score(m.ids[k]!)));
    if (most === 0) return null;
    // The middle of the longest stretch with the most on the move: a pause that lands late still shows them walking.
    let run: [number, number] = [0, -1];
    for (let a = 0; a < moments.length; a++) {
      if (score(moments[a]!.ids[k]!) !== most) continue;
      let b = a;
      while (b + 1 < moments.length && score(moments[b + 1]!.ids[k]!) === most) b++;
      if (b - a > run[1] - run[0]) run = [a, b];
      a = b;
    }
    const shot = moments[(run[0] + run[1]) >> 1]!;
    const pulled = shot.ids[k]!;
    return { landed, landedTick, pullTick: shot.tick, pulled, seatedThenPulled: pulled.filter((id) => onScreen.includes(id)), seated: onScreen.length, score: most };
  });
}

/**
 * Searches the plans on the loaded level; returns the best for each viewport box (one
 * pass: each walk is played once, every aim and box scored from its arrival).
 */
export function searchPull(level: LevelData, boxes: ViewBox[]): PullShot[] {
  const fromStart = stepsFrom(level, level.playerStart);
  const steps = (p: Point) => fromStart[Math.floor(p.y) * level.width + Math.floor(p.x)]!;
  const decoys = level.items
    .filter((it) => it.kind === 'decoy' && steps(it) >= 0 && steps(it) <= DECOY_STEPS)
    .sort((a, b) => steps(a) - steps(b))
    .slice(0, DECOYS)
    .map((it) => ({ x: it.x, y: it.y }));
  const best: ((PullShot & { score: number }) | null)[] = boxes.map(() => null);
  const intent = emptyIntent();
  /** Walks `w` on with the plan's driver until it has arrived; false when spoilt on the way (seen, lost, too long, no decoy). */
  const walkOn = (w: World, walk: ReturnType<typeof pullDriver>, until: (w: World) => boolean): boolean => {
    for (;;) {
      walk.drive(w, intent);
      if (until(w)) return true;
      if (w.tick > 40 * 60) return false;
      stepChapter(w, intent, CAFETERIA.beats, CAFETERIA.sightings);
      if (noticed(w)) return false;
    }
  };
  const cellOf = (p: Point) => Math.floor(p.y) * level.width + Math.floor(p.x);
  for (const decoy of decoys) {
    // The walk to the decoy, once: the driver's first leg is the same for every spot (PathBot's next
    // decision at the decoy's cell already heads for the spot), so each spot's walk goes on from a copy.
    const atDecoy = createChapterWorld(CAFETERIA, level, { seed: CAFETERIA.seed, overrides: { difficulty: 'story', peaceful: false } });
    const toDecoy = new PathBot(level, { run: 'never', waypoints: [decoy] });
    let reached = true;
    for (;;) {
      if (cellOf(atDecoy.player) === cellOf(decoy)) break;
      toDecoy.decide(botViewOfWorld(atDecoy), intent);
      intent.sneak = true;
      stepChapter(atDecoy, intent, CAFETERIA.beats, CAFETERIA.sightings);
      if (noticed(atDecoy) || atDecoy.tick > 40 * 60) reached = false;
      if (!reached) break;
    }
    if (!reached) continue;
    const fromDecoy = stepsFrom(level, decoy);
    for (let c = 0; c < fromDecoy.length; c++) {
      if (fromDecoy[c]! < 0 || fromDecoy[c]! > SPOT_STEPS || level.tiles[c] !== Tile.Floor) continue;
      const spot = { x: (c % level.width) + 0.5, y: Math.floor(c / level.width) + 0.5 };
      const walk = pullDriver(level, { decoy, spot, aim: AIMS[0]! });
      const w = cloneWorld(atDecoy);
      if (!walkOn(w, walk, () => walk.state.arrivedAt >= 0 || (cellOf(w.player) === c && w.objects.decoys === 0))) continue;
      if (walk.state.arrivedAt < 0) continue; // there without the decoy
      for (const aim of AIMS) {
        const plan = { decoy, spot, aim };
        watchThrow(w, level, plan, walk.state.arrivedAt, boxes).forEach((r, k) => {
          const b = best[k];
          // Fewer ticks to play breaks a tie: a shorter replay.
          if (r && (!b || r.score > b.score || (r.score === b.score && r.pullTick < b.pullTick))) {
            // The hall just before the throw: everyone still at the tables (a late pause catches the decoy in flight).
            best[k] = { plan, hallTick: walk.state.arrivedAt + AIM_TICKS - 4, ...r };
          }
        });
      }
    }
  }
  return best.map((b) => {
    if (!b) throw new Error('no decoy plan near the start pulls anyone unnoticed');
    return b;
  });
}
