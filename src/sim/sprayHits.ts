import type { World } from './world';
import { InfectedState, removeInfected } from './horde';
import { applyImpulse, stagger } from './horde/stagger';
import { queryBox, rebuildSpatialHash } from './spatialHash';
import { inSprayCone, sprayFalloff, sprayReaches } from './extinguisher';
import { EXTINGUISHER as EX, INFECTED, SIEGE, TICK_SECONDS, Variant } from './tuning';
import { simAtan2, simCos, simSin, vecLength } from './simMath';

/**
 * What the extinguisher does to the infected: the spray's push and stagger, the empty
 * swing's shove and the thrown canister's knock, and foam making them lose the player.
 * Every query goes through the horde's spatial hash (a box around the cone, then the
 * exact cone and a cast against the grid per candidate), never over all agents.
 */
const S = InfectedState;
const HALF_ANGLE = EX.coneAngleRadians / 2;
/** The cone's edges turned from its axis by these (the same bits in every engine: simMath). */
const COS_HALF = simCos(HALF_ANGLE);
const SIN_HALF = simSin(HALF_ANGLE);
/** Widest infected body, to pad query boxes. */
const MAX_RADIUS = Math.max(...INFECTED.map((s) => s.radius));
const candidates = new Int32Array(8192);

/** The hash is rebuilt by the horde each tick; spawns since then make it stale. */
function freshHash(world: World): void {
  const h = world.horde;
  const hash = world.hash;
  if (hash.builtAt !== h.changes) {
    rebuildSpatialHash(hash, h.x, h.y, h.count);
    hash.builtAt = h.changes;
  }
}

/**
 * Swap-removal moved the last agent (old index `from`) into slot `to`: later candidates
 * that named it must follow it.
 */
function followMove(from: number, to: number, start: number, n: number): void {
  for (let k = start; k < n; k++) if (candidates[k] === from) candidates[k] = to;
}

/** Effectiveness of a new stagger on agent i after its recent staggers (1 fresh, toward 0). */
function effectiveness(world: World, i: number): number {
  return 1 / (1 + EX.diminishing * world.horde.staggerCount[i]!);
}

/**
 * One tick of spray from the nozzle (ox, oy) along the unit vector (dirX, dirY).
 * Each infected inside the cone and not behind a wall:
 *  - on a climbable wall (climbing, or on a pile): knocked off and removed;
 *  - during a siege, soaked: it loses health (SIEGE.soakPerSecond) and goes down at 0;
 *  - not yet staggered: staggered (sprinters mid-sprint tumble: longer, thrown back;
 *    heavies barely stop), unless repeated staggers have worn the effect below
 *    EX.minStaggerSeconds: then it wades through the foam, slowed;
 *  - staggered: pushed away from the nozzle, falling off with distance and angle,
 *    divided by its mass and by its recent staggers.
 */
export function sprayInfected(world: World, ox: number, oy: number, dirX: number, dirY: number): void {
  const h = world.horde;
  if (h.count === 0) return;
  freshHash(world);
  const L = EX.coneLength;
  // Bounding box of the cone: the nozzle, the two edge ends and the axis end.
  const ca = COS_HALF;
  const sa = SIN_HALF;
  const ax = dirX * ca - dirY * sa;
  const ay = dirX * sa + dirY * ca;
  const bx = dirX * ca + dirY * sa;
  const by = -dirX * sa + dirY * ca;
  const x0 = Math.min(ox, ox + ax * L, ox + bx * L, ox + dirX * L) - MAX_RADIUS;
  const x1 = Math.max(ox, ox + ax * L, ox + bx * L, ox + dirX * L) + MAX_RADIUS;
  const y0 = Math.min(oy, oy + ay * L, oy + by * L, oy + dirY * L) - MAX_RADIUS;
  const y1 = Math.max(oy, oy + ay * L, oy + by * L, oy + dirY * L) + MAX_RADIUS;
  const n = queryBox(world.hash, x0, y0, x1, y1, candidates);
  const grid = world.grid;

  for (let k = 0; k < n; k++) {
    const i = candidates[k]!;
    if (i >= h.count) continue;
    const st = h.state[i]!;
    if (st === S.Grab) continue;
    const x = h.x[i]!;
    const y = h.y[i]!;
    const v = h.variant[i]! as (typeof Variant)[keyof typeof Variant];
    const stats = INFECTED[v]!;
    if (!inSprayCone(ox, oy, dirX, dirY, x, y, L, HALF_ANGLE, stats.radius)) continue;
    if (!sprayReaches(grid, ox, oy, x, y)) continue;

    const dx = x - ox;
    const dy = y - oy;
    const dist = Math.sqrt(dx * dx + dy * dy);
    let ux = dirX;
    let uy = dirY;
    let angle = 0;
    if (dist > 1e-6) {
      ux = dx / dist;
      uy = dy / dist;
      // The angle off the axis from its cosine (dot) and sine (|cross|), as acos would give.
      angle = simAtan2(Math.abs(ux * dirY - uy * dirX), ux * dirX + uy * dirY);
    }
    const falloff = sprayFalloff(dist, angle, L, HALF_ANGLE);
    const e = effectiveness(world, i);

    if (st === S.Climb) {
      // Off the edge: the horde removes a climber knocked off its wall.
      const last = h.count - 1;
      if (!applyImpulse(world, i, ux * EX.tumbleImpulse, uy * EX.tumbleImpulse, EX.tumbleSeconds)) followMove(last, i, k + 1, n);
      continue;
    }

    if (world.siege.running === 1) {
      // The siege's roof: foam long enough soaks a body through and it goes down for good.
      h.health[i] = h.health[i]! - SIEGE.soakPerSecond * falloff * TICK_SECONDS;
      if (h.health[i]! <= 0) {
        world.events.push({ type: 'infectedKilled', agent: h.id[i]!, x, y });
        const last = h.count - 1;
        removeInfected(h, i);
        followMove(last, i, k + 1, n);
        continue;
      }
    }

    if (st !== S.Stagger) {
      const tumble = st === S.Sprint && v !== Variant.Heavy;
      const base = v === Variant.Heavy ? EX.heavyStaggerSeconds : tumble ? EX.tumbleSeconds : EX.staggerSeconds;
      const seconds = base * e;
      if (seconds < EX.minStaggerSeconds) {
        // Worn off: it shrugs the stagger and wades through the foam.
        const drag = Math.max(0, 1 - EX.wadeDrag * falloff * TICK_SECONDS);
        h.vx[i] = h.vx[i]! * drag;
        h.vy[i] = h.vy[i]! * drag;
        continue;
      }
      stagger(h, i, seconds, true);
      // Momentum toward the player is lost in the foam; a tumble throws it back.
      const knock = tumble ? (EX.tumbleImpulse * e) / stats.mass : 0;
      h.vx[i] = ux * knock;
      h.vy[i] = uy * knock;
      world.events.push({ type: 'foamHit', agent: h.id[i]!, x, y, tumble });
    }
    const push = (EX.pushAcceleration * falloff * e * TICK_SECONDS) / stats.mass;
    h.vx[i] = h.vx[i]! + ux * push;
    h.vy[i] = h.vy[i]! + uy * push;
  }
}

/** Empty swing: shoves the nearest infected in the arc in front of the player. Returns its id or -1. */
export function shoveInfected(world: World, dirX: number, dirY: number): number {
  const h = world.horde;
  if (h.count === 0) return -1;
  freshHash(world);
  const p = world.player;
  const reach = EX.swingReach + MAX_RADIUS;
  const n = queryBox(world.hash, p.x - reach, p.y - reach, p.x + reach, p.y + reach, candidates);
  let best = -1;
  let bestD = Infinity;
  for (let k = 0; k < n; k++) {
    const i = candidates[k]!;
    if (i >= h.count) continue;
    const r = INFECTED[h.variant[i]!]!.radius;
    if (!inSprayCone(p.x, p.y, dirX, dirY, h.x[i]!, h.y[i]!, EX.swingReach, EX.swingHalfArcRadians, r)) continue;
    if (!sprayReaches(world.grid, p.x, p.y, h.x[i]!, h.y[i]!)) continue;
    const d = vecLength(h.x[i]! - p.x, h.y[i]! - p.y);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best < 0) return -1;
  const id = h.id[best]!;
  const d = bestD > 1e-6 ? bestD : 1;
  const ux = bestD > 1e-6 ? (h.x[best]! - p.x) / d : dirX;
  const uy = bestD > 1e-6 ? (h.y[best]! - p.y) / d : dirY;
  applyImpulse(world, best, ux * EX.swingImpulse, uy * EX.swingImpulse, EX.swingStaggerSeconds);
  return id;
}

/** A canister at (x, y) flying (vx, vy) knocks the first infected it touches. Returns its id or -1. */
export function canisterHitInfected(
  world: World,
  x: number,
  y: number,
  vx: number,
  vy: number,
  impulse: number = EX.canisterImpulse,
  staggerSeconds: number = EX.canisterStaggerSeconds,
): number {
  const h = world.horde;
  if (h.count === 0) return -1;
  freshHash(world);
  const reach = EX.canisterHitRadius + MAX_RADIUS;
  const n = queryBox(world.hash, x - reach, y - reach, x + reach, y + reach, candidates);
  let best = -1;
  let bestD = Infinity;
  for (let k = 0; k < n; k++) {
    const i = candidates[k]!;
    if (i >= h.count) continue;
    const d = vecLength(h.x[i]! - x, h.y[i]! - y) - INFECTED[h.variant[i]!]!.radius;
    if (d < EX.canisterHitRadius && d < bestD) {
      bestD = d;
      best = i;
    }
  }
  if (best < 0) return -1;
  const id = h.id[best]!;
  const speed = vecLength(vx, vy) || 1;
  applyImpulse(world, best, (vx / speed) * impulse, (vy / speed) * impulse, staggerSeconds);
  return id;
}

/**
 * Foam blinds: an infected standing in a foamy cell loses the player. It stops seeing
 * them (perception's clearSight also fails from a foamy cell) and, if it was chasing,
 * goes to search the last place it saw them. The director's hunters always know.
 */
export function foamBlindsInfected(world: World): void {
  const h = world.horde;
  const clouds = world.foamClouds;
  if (h.count === 0 || clouds.count === 0) return;
  freshHash(world);
  const grid = world.grid;
  const w = grid.width;
  for (let c = 0; c < clouds.count; c++) {
    const r = clouds.radius[c]!;
    const n = queryBox(world.hash, clouds.x[c]! - r, clouds.y[c]! - r, clouds.x[c]! + r, clouds.y[c]! + r, candidates);
    for (let k = 0; k < n; k++) {
      const i = candidates[k]!;
      if (i >= h.count || h.hunter[i] === 1) continue;
      const cx = Math.floor(h.x[i]!);
      const cy = Math.floor(h.y[i]!);
      if (cx < 0 || cy < 0 || cx >= w || cy >= grid.height || world.foam[cy * w + cx]! <= 0) continue;
      h.seesPlayer[i] = 0;
      const st = h.state[i]!;
      if (st === S.Alerted || st === S.Sprint || st === S.Recover || st === S.Cheer) {
        h.state[i] = S.Search;
        h.searchLooking[i] = 0;
        h.stateTimer[i] = 0;
      }
    }
  }
}
