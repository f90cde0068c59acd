import type { World } from '../world';
import * as hordeModule from '../horde';
import * as hashModule from '../spatialHash';
import * as noise from '../noise';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { queryBox } = hashModule;
const { soundTransmission } = noise;
const { InfectedState } = hordeModule;
const S = InfectedState;
const heardScratch = new Int32Array(8192);

/**
 * Hearing, before the agents move: each of the first `heard` queued noises wakes the
 * idle, searching and recovering agents within its loudness (a spatial-hash box query,
 * then the loudness damped by the walls and closed doors on the line). They go to the
 * noise: a recovering one keeps recovering, the others search there. Hunters already
 * know where the player is.
 */
export function hear(world: World, heard: number): void {
  const h = world.horde;
  const q = world.noises;
  const grid = world.grid;
  for (let k = 0; k < heard; k++) {
    const nx = q.x[k]!;
    const ny = q.y[k]!;
    const loud = q.loudness[k]!;
    const n = queryBox(world.hash, nx - loud, ny - loud, nx + loud, ny + loud, heardScratch);
    for (let m = 0; m < n; m++) {
      const i = heardScratch[m]!;
      if (i >= h.count || h.hunter[i] === 1) continue;
      const st = h.state[i]!;
      if (st !== S.Idle && st !== S.Search && st !== S.Recover) continue;
      const dx = h.x[i]! - nx;
      const dy = h.y[i]! - ny;
      const d2 = dx * dx + dy * dy;
      if (d2 > loud * loud) continue;
      const reach = loud * soundTransmission(grid, nx, ny, h.x[i]!, h.y[i]!);
      if (d2 > reach * reach) continue;
      h.targetX[i] = nx;
      h.targetY[i] = ny;
      h.hasTarget[i] = 1;
      h.asleep[i] = 0;
      if (st !== S.Recover) {
        h.state[i] = S.Search;
        h.searchLooking[i] = 0;
      }
    }
  }
}

const divertScratch = new Int32Array(8192);

/**
 * A din planned to pull the infected away (a chapter's diversion, through the script
 * facade): like a heard noise, but it also draws the ones bashing a door or winding up,
 * and it is heard `loudness` tiles away damped by walls and doors on the way. Those that
 * hear it search at (x, y). Hunters (the director's) keep hunting. Returns how many
 * were drawn. The noise itself is emitted by the caller (emitNoise).
 */
export function divertHorde(world: World, x: number, y: number, loudness: number): number {
  const h = world.horde;
  const n = queryBox(world.hash, x - loudness, y - loudness, x + loudness, y + loudness, divertScratch);
  let drawn = 0;
  for (let m = 0; m < n; m++) {
    const i = divertScratch[m]!;
    if (i >= h.count || h.hunter[i] === 1) continue;
    const st = h.state[i]!;
    if (st !== S.Idle && st !== S.Search && st !== S.Recover && st !== S.Bash && st !== S.Alerted) continue;
    const dx = h.x[i]! - x;
    const dy = h.y[i]! - y;
    const reach = loudness * soundTransmission(world.grid, x, y, h.x[i]!, h.y[i]!);
    if (dx * dx + dy * dy > reach * reach) continue;
    h.targetX[i] = x;
    h.targetY[i] = y;
    h.hasTarget[i] = 1;
    h.asleep[i] = 0;
    h.bashDoor[i] = -1;
    h.state[i] = S.Search;
    h.searchLooking[i] = 0;
    drawn++;
  }
  return drawn;
}

/**
 * The awake, idle or searching infected nearest (x, y) within `radius` goes to look there
 * (a shuffle it half heard). Returns its id, or -1 when there is none.
 */
export function lureNearest(world: World, x: number, y: number, radius: number): number {
  const h = world.horde;
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < h.count; i++) {
    const st = h.state[i]!;
    if (h.asleep[i] === 1 || h.hunter[i] === 1 || (st !== S.Idle && st !== S.Search)) continue;
    const dx = h.x[i]! - x;
    const dy = h.y[i]! - y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best < 0) return -1;
  h.targetX[best] = x;
  h.targetY[best] = y;
  h.hasTarget[best] = 1;
  h.state[best] = S.Search;
  h.searchLooking[best] = 0;
  return h.id[best]!;
}

type Area = { x: number; y: number; w: number; h: number };

function inAreas(areas: readonly Area[], x: number, y: number): boolean {
  for (const a of areas) if (x >= a.x && y >= a.y && x < a.x + a.w && y < a.y + a.h) return true;
  return false;
}

/**
 * The awake infected of any kind (not the director's hunters) inside `areas`, and whether any
 * of them sees the player now. Every kind: a cheerleader left hammering on a door, uncounted,
 * woke the settled sprinters behind it again and again, and the hall never settled.
 */
export function awakeInAreas(world: World, areas: readonly Area[]): { up: number; seen: boolean } {
  const h = world.horde;
  let up = 0;
  let seen = false;
  for (let i = 0; i < h.count; i++) {
    if (h.asleep[i] === 1 || h.hunter[i] === 1 || !inAreas(areas, h.x[i]!, h.y[i]!)) continue;
    up++;
    // One hitting a closed door does not look (its last look is stale): it cannot see through the door.
    if (h.seesPlayer[i] === 1 && h.target[i] === 0 && h.state[i] !== S.Bash) seen = true;
  }
  return { up, seen };
}

/**
 * One awake infected (any kind, as awakeInAreas counts them) inside `areas` that is standing about, searching or hitting a door (not
 * hunting, not seeing anyone) gives up and sits back down asleep where it is: the one nearest
 * (x, y), so the one settling is the one the player is likeliest to see; hitting a door, every
 * one hitting that door with it. Returns its id, or -1.
 */
export function settleNearest(world: World, areas: readonly Area[], x: number, y: number): number {
  const h = world.horde;
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < h.count; i++) {
    const st = h.state[i]!;
    if (h.asleep[i] === 1 || h.hunter[i] === 1 || (st !== S.Idle && st !== S.Search && st !== S.Bash) || (h.seesPlayer[i] === 1 && st !== S.Bash)) continue;
    if (!inAreas(areas, h.x[i]!, h.y[i]!)) continue;
    const dx = h.x[i]! - x;
    const dy = h.y[i]! - y;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best < 0) return -1;
  // The ones hammering on the same door give up on it together (one left hammering wakes the rest again).
  const door = h.state[best] === S.Bash ? h.bashDoor[best]! : -1;
  if (door >= 0) {
    for (let i = 0; i < h.count; i++) if (h.state[i] === S.Bash && h.bashDoor[i] === door && h.hunter[i] === 0) sitDown(h, i);
  } else sitDown(h, best);
  return h.id[best]!;
}

function sitDown(h: World['horde'], i: number): void {
  h.state[i] = S.Idle;
  h.searchLooking[i] = 0;
  h.bashDoor[i] = -1;
  h.asleep[i] = 1;
  h.wandering[i] = 0;
  h.hasTarget[i] = 0;
  h.vx[i] = 0;
  h.vy[i] = 0;
}
