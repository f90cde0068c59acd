import type { World } from './world';
import type { LevelData } from './level';
import type { Intent } from './intent';
import type { Grid } from './grid';
import { Tile } from './grid';
import { moveBody, type MoveResult } from './collision';
import { nextFloat } from './rng';
import { spawnFoamCloud } from './foam';
import { emitNoise } from './noise';
import { sprayInfected, shoveInfected, canisterHitInfected } from './sprayHits';
import { DIFFICULTY, EXTINGUISHER as EX, LOOT, NOISE, OBJECTS, PLAYER, TICK_SECONDS } from './tuning';
import { simCos, simSin, vecLength } from './simMath';

/**
 * The fire extinguisher: the player's spray, its pressure, the empty swing and throw,
 * and the wall cabinets that hold fresh ones. What it does to the infected lives in
 * sprayHits.ts (through the horde's spatial hash); this file is the tool itself.
 */
export interface ExtinguisherState {
  /** False after the empty canister was thrown, until a cabinet gives a new one. */
  hasExtinguisher: boolean;
  /** 0..1; 1 is the difficulty's extinguisherSeconds of spray (EX.pressureSeconds on Normal). */
  pressure: number;
  spraying: boolean;
  /** Previous tick's spray button (for press detection). */
  sprayHeld: boolean;
  /** Seconds sprayed in the current burst. */
  burstTimer: number;
  noiseTimer: number;
  foamTimer: number;
  swingCooldown: number;
  /** Unit aim of the spray (meaningful while spraying) and how far its axis reaches before a wall. */
  aimX: number;
  aimY: number;
  reach: number;
}

export function createExtinguisher(hasExtinguisher: boolean): ExtinguisherState {
  return {
    hasExtinguisher,
    pressure: hasExtinguisher ? 1 : 0,
    spraying: false,
    sprayHeld: false,
    burstTimer: 0,
    noiseTimer: 0,
    foamTimer: 0,
    swingCooldown: 0,
    aimX: 1,
    aimY: 0,
    reach: 0,
  };
}

/** A wall cabinet (one of level.cabinets) and whether its extinguisher was taken. */
export interface CabinetState {
  x: number;
  y: number;
  used: boolean;
}

/** One full cabinet per level cabinet: the loader's list is the only one (indices match it). */
export function cabinetStates(level: LevelData): CabinetState[] {
  return level.cabinets.map((c) => ({ x: c.x, y: c.y, used: false }));
}

/** Thrown things in flight: empty canisters and decoy cans (a tiny struct-of-arrays store). */
export interface CanisterStore {
  readonly capacity: number;
  count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  /** Tiles it may still fly. */
  readonly rangeLeft: Float64Array;
  /** What flies: ThrownKind.Canister (staggers what it hits) or ThrownKind.Decoy (a can: only noise). */
  readonly kind: Uint8Array;
}

/** Tray: a decoy that also staggers the first infected it hits (LOOT.trayStaggerSeconds). */
export const ThrownKind = { Canister: 0, Decoy: 1, Tray: 2 } as const;

export function createCanisters(capacity: number = EX.canisterCapacity): CanisterStore {
  return {
    capacity,
    count: 0,
    x: new Float64Array(capacity),
    y: new Float64Array(capacity),
    prevX: new Float64Array(capacity),
    prevY: new Float64Array(capacity),
    vx: new Float64Array(capacity),
    vy: new Float64Array(capacity),
    rangeLeft: new Float64Array(capacity),
    kind: new Uint8Array(capacity),
  };
}

// ---------------------------------------------------------------------------------
// Geometry (pure)

/**
 * True when a body of radius `bodyRadius` centred at (px, py) is touched by the spray
 * cone from (ox, oy) along the unit vector (dirX, dirY): within `length` of the nozzle
 * and within `halfAngle` of the axis (widened by the body's angular size). Walls are
 * not considered here (see sprayRayLength).
 */
export function inSprayCone(
  ox: number,
  oy: number,
  dirX: number,
  dirY: number,
  px: number,
  py: number,
  length: number = EX.coneLength,
  halfAngle: number = EX.coneAngleRadians / 2,
  bodyRadius = 0,
): boolean {
  const dx = px - ox;
  const dy = py - oy;
  const dist = vecLength(dx, dy);
  if (dist - bodyRadius > length) return false;
  if (dist <= bodyRadius) return true;
  const cos = (dx * dirX + dy * dirY) / dist;
  // Inside when the angle off the axis is at most halfAngle + widen, where the body's
  // angular half-size `widen` has sine r/d; compared as cosines: cos >= cos(halfAngle + widen).
  const sinWiden = bodyRadius / dist;
  const cosWiden = Math.sqrt(1 - sinWiden * sinWiden);
  const cosHalf = simCos(halfAngle);
  const sinHalf = simSin(halfAngle);
  // Widened past straight behind (only for cones wider than a half-turn): everything is inside.
  if (cosHalf <= 0 && sinWiden >= sinHalf) return true;
  return cos >= cosHalf * cosWiden - sinHalf * sinWiden;
}

/**
 * How much of the push reaches a body `dist` tiles from the nozzle, `angle` radians off
 * the axis: 1 at the nozzle on the axis, falling linearly to EX.pushAtMaxDistance at the
 * cone's length and to EX.pushAtConeEdge at its edge (the two multiply).
 */
export function sprayFalloff(dist: number, angle: number, length: number = EX.coneLength, halfAngle: number = EX.coneAngleRadians / 2): number {
  const d = Math.min(1, Math.max(0, dist / length));
  const a = Math.min(1, Math.max(0, Math.abs(angle) / halfAngle));
  return (1 - (1 - EX.pushAtMaxDistance) * d) * (1 - (1 - EX.pushAtConeEdge) * a);
}

/** Cells the spray cannot pass: walls, closed doors, lockers, cabinets (opaque) and glass. */
function blocksSpray(grid: Grid, cx: number, cy: number): boolean {
  if (cx < 0 || cy < 0 || cx >= grid.width || cy >= grid.height) return true;
  const c = cy * grid.width + cx;
  return grid.opaque[c] === 1 || grid.tiles[c] === Tile.Window;
}

/**
 * Distance from (x0, y0) along the unit vector (dirX, dirY) to the first cell that
 * blocks the spray, capped at maxLength. Walks the crossed cells (DDA), so a body
 * behind a corner is shielded exactly. The start cell is not tested.
 */
export function sprayRayLength(grid: Grid, x0: number, y0: number, dirX: number, dirY: number, maxLength: number): number {
  let cx = Math.floor(x0);
  let cy = Math.floor(y0);
  const stepX = dirX > 0 ? 1 : -1;
  const stepY = dirY > 0 ? 1 : -1;
  const tDeltaX = dirX !== 0 ? Math.abs(1 / dirX) : Infinity;
  const tDeltaY = dirY !== 0 ? Math.abs(1 / dirY) : Infinity;
  let tMaxX = dirX !== 0 ? (dirX > 0 ? cx + 1 - x0 : x0 - cx) * tDeltaX : Infinity;
  let tMaxY = dirY !== 0 ? (dirY > 0 ? cy + 1 - y0 : y0 - cy) * tDeltaY : Infinity;
  for (;;) {
    let t: number;
    if (tMaxX < tMaxY) {
      t = tMaxX;
      cx += stepX;
      tMaxX += tDeltaX;
    } else {
      t = tMaxY;
      cy += stepY;
      tMaxY += tDeltaY;
    }
    if (t >= maxLength) return maxLength;
    if (blocksSpray(grid, cx, cy)) return t;
  }
}

/** True when the spray from (x0, y0) reaches (x1, y1) without a wall, closed door or glass between. */
export function sprayReaches(grid: Grid, x0: number, y0: number, x1: number, y1: number): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const dist = vecLength(dx, dy);
  if (dist < 1e-9) return true;
  return sprayRayLength(grid, x0, y0, dx / dist, dy / dist, dist) >= dist;
}

// ---------------------------------------------------------------------------------
// The system

const moved: MoveResult = { x: 0, y: 0, hitX: false, hitY: false };

/** Where the foam leaves the hose: a little in front of the player. */
export const NOZZLE_OFFSET = 0.35;

/**
 * One tick of the extinguisher, after the player moved: spray (pressure, noise, recoil,
 * foam, hits), the empty swing and throw, and thrown canisters in flight.
 */
export function updateExtinguisher(world: World, intent: Intent, throwPressed: boolean): void {
  const ex = world.extinguisher;
  const p = world.player;
  const sprayPressed = intent.spray && !ex.sprayHeld;
  ex.sprayHeld = intent.spray;
  if (ex.swingCooldown > 0) ex.swingCooldown = Math.max(0, ex.swingCooldown - TICK_SECONDS);

  const dirX = p.facingX;
  const dirY = p.facingY;
  // No spraying in a grab (break free first) or from inside a locker.
  const free = p.grabbedBy < 0 && !p.hidden;
  const wantsSpray = free && ex.hasExtinguisher && (intent.spray || (ex.spraying && ex.burstTimer < EX.minBurstSeconds));

  if (wantsSpray && ex.pressure > 0) {
    const fullSeconds = DIFFICULTY[world.difficulty].extinguisherSeconds;
    if (!ex.spraying) {
      ex.spraying = true;
      ex.burstTimer = 0;
      ex.noiseTimer = 0;
      ex.foamTimer = 0;
      ex.pressure = Math.max(0, ex.pressure - EX.burstStartSeconds / fullSeconds);
      world.events.push({ type: 'sprayStart', x: p.x, y: p.y });
    }
    spray(world, dirX, dirY);
    ex.pressure = Math.max(0, ex.pressure - TICK_SECONDS / fullSeconds);
    ex.burstTimer += TICK_SECONDS;
    if (ex.pressure <= 0) {
      ex.pressure = 0;
      ex.spraying = false;
      world.events.push({ type: 'sprayStop', x: p.x, y: p.y });
      world.events.push({ type: 'sputter', x: p.x, y: p.y });
    }
  } else if (ex.spraying) {
    ex.spraying = false;
    world.events.push({ type: 'sprayStop', x: p.x, y: p.y });
  } else if (sprayPressed && ex.hasExtinguisher && ex.pressure <= 0) {
    // Empty: a cough of air, and the canister becomes a club.
    world.events.push({ type: 'sputter', x: p.x, y: p.y });
    if (ex.swingCooldown <= 0) {
      ex.swingCooldown = EX.swingCooldownSeconds;
      const agent = shoveInfected(world, dirX, dirY);
      world.events.push({ type: 'shove', agent, x: p.x + dirX * EX.swingReach * 0.6, y: p.y + dirY * EX.swingReach * 0.6 });
    }
  }

  // Throw: a carried decoy first (it costs nothing); else an empty canister.
  if (throwPressed && free) {
    if (world.objects.decoys > 0) throwDecoy(world, dirX, dirY);
    else if (ex.hasExtinguisher && ex.pressure <= 0 && !ex.spraying) throwCanister(world, dirX, dirY);
  }
  updateCanisters(world);
}

function spray(world: World, dirX: number, dirY: number): void {
  const ex = world.extinguisher;
  const p = world.player;
  ex.aimX = dirX;
  ex.aimY = dirY;

  // Recoil: the hose pushes the player back a little.
  const r = EX.recoilSpeed * TICK_SECONDS;
  moveBody(world.grid, p.x, p.y, -dirX * r, -dirY * r, PLAYER.radius, moved);
  p.x = moved.x;
  p.y = moved.y;

  const ox = p.x + dirX * NOZZLE_OFFSET;
  const oy = p.y + dirY * NOZZLE_OFFSET;
  // A nozzle pressed against a wall sprays nothing past it.
  const nozzleClear = sprayReaches(world.grid, p.x, p.y, ox, oy);
  ex.reach = nozzleClear ? sprayRayLength(world.grid, ox, oy, dirX, dirY, EX.coneLength) : 0;

  ex.noiseTimer -= TICK_SECONDS;
  if (ex.noiseTimer <= 0) {
    ex.noiseTimer += EX.noiseIntervalSeconds;
    emitNoise(world, p.x, p.y, NOISE.spray, 'spray');
  }

  ex.foamTimer -= TICK_SECONDS;
  if (ex.foamTimer <= 0) {
    ex.foamTimer += EX.foamEverySeconds;
    if (nozzleClear) leaveFoam(world, ox, oy, dirX, dirY);
  }

  if (nozzleClear) sprayInfected(world, ox, oy, dirX, dirY);
}

/** One foam cloud somewhere in the cone, short of any wall. */
function leaveFoam(world: World, ox: number, oy: number, dirX: number, dirY: number): void {
  const jitter = (nextFloat(world.rng) * 2 - 1) * (EX.coneAngleRadians / 2) * 0.8;
  const c = simCos(jitter);
  const s = simSin(jitter);
  const jx = dirX * c - dirY * s;
  const jy = dirX * s + dirY * c;
  const reach = sprayRayLength(world.grid, ox, oy, jx, jy, EX.coneLength);
  const along = EX.coneLength * (0.3 + 0.7 * nextFloat(world.rng));
  const d = Math.max(0.2, Math.min(along, reach - EX.foamRadius * 0.5));
  if (reach < 0.2) return;
  // Clouds grow with distance: a tight jet at the nozzle, a wide bank at the end.
  const radius = EX.foamRadius * (0.6 + 0.4 * (d / EX.coneLength));
  spawnFoamCloud(world, ox + jx * d, oy + jy * d, radius);
}

/** Launches a thrown object from the player along (dirX, dirY); false when none is free. */
function launch(world: World, dirX: number, dirY: number, kind: number): boolean {
  const cans = world.canisters;
  if (cans.count >= cans.capacity) return false;
  const p = world.player;
  const i = cans.count++;
  cans.x[i] = p.x;
  cans.y[i] = p.y;
  cans.prevX[i] = p.x;
  cans.prevY[i] = p.y;
  cans.vx[i] = dirX * EX.throwSpeed;
  cans.vy[i] = dirY * EX.throwSpeed;
  cans.rangeLeft[i] = EX.throwRange;
  cans.kind[i] = kind;
  return true;
}

/**
 * Throws a carried decoy (a can picked up on the way): it flies like the canister but
 * only makes noise where it lands, louder than running, so the horde goes to look there.
 */
function throwDecoy(world: World, dirX: number, dirY: number): void {
  // Trays first: they do more than clatter.
  const tray = world.objects.trays > 0;
  if (!launch(world, dirX, dirY, tray ? ThrownKind.Tray : ThrownKind.Decoy)) return;
  world.objects.decoys--;
  if (tray) world.objects.trays--;
  const p = world.player;
  world.events.push({ type: 'decoyThrown', x: p.x, y: p.y });
}

function throwCanister(world: World, dirX: number, dirY: number): void {
  const ex = world.extinguisher;
  if (!launch(world, dirX, dirY, ThrownKind.Canister)) return;
  const p = world.player;
  ex.hasExtinguisher = false;
  ex.pressure = 0;
  world.events.push({ type: 'canisterThrown', x: p.x, y: p.y });
  emitNoise(world, p.x, p.y, NOISE.walk, 'throw');
}

/** Canisters fly until they hit a wall, an infected, or run out of range; then they land loudly. */
function updateCanisters(world: World): void {
  const cans = world.canisters;
  let i = 0;
  while (i < cans.count) {
    const x = cans.x[i]!;
    const y = cans.y[i]!;
    cans.prevX[i] = x;
    cans.prevY[i] = y;
    const vx = cans.vx[i]!;
    const vy = cans.vy[i]!;
    moveBody(world.grid, x, y, vx * TICK_SECONDS, vy * TICK_SECONDS, EX.canisterRadius, moved);
    cans.x[i] = moved.x;
    cans.y[i] = moved.y;
    cans.rangeLeft[i] = cans.rangeLeft[i]! - EX.throwSpeed * TICK_SECONDS;
    let landed = moved.hitX || moved.hitY || cans.rangeLeft[i]! <= 0;
    const kind = cans.kind[i]!;
    const decoy = kind !== ThrownKind.Canister;
    const hit =
      kind === ThrownKind.Decoy
        ? -1
        : kind === ThrownKind.Tray
          ? canisterHitInfected(world, moved.x, moved.y, vx, vy, LOOT.trayImpulse, LOOT.trayStaggerSeconds)
          : canisterHitInfected(world, moved.x, moved.y, vx, vy);
    if (hit >= 0) {
      world.events.push({ type: kind === ThrownKind.Tray ? 'trayHit' : 'canisterHit', agent: hit, x: moved.x, y: moved.y });
      landed = true;
    }
    if (!landed) {
      i++;
      continue;
    }
    if (decoy) {
      world.events.push({ type: 'decoyLanded', x: moved.x, y: moved.y });
      emitNoise(world, moved.x, moved.y, OBJECTS.decoyNoise, 'throw');
    } else {
      world.events.push({ type: 'canisterLanded', x: moved.x, y: moved.y });
      emitNoise(world, moved.x, moved.y, EX.canisterNoise, 'throw');
    }
    const last = --cans.count;
    cans.x[i] = cans.x[last]!;
    cans.y[i] = cans.y[last]!;
    cans.prevX[i] = cans.prevX[last]!;
    cans.prevY[i] = cans.prevY[last]!;
    cans.vx[i] = cans.vx[last]!;
    cans.vy[i] = cans.vy[last]!;
    cans.rangeLeft[i] = cans.rangeLeft[last]!;
    cans.kind[i] = cans.kind[last]!;
  }
}

// ---------------------------------------------------------------------------------
// Cabinets

/**
 * The use press on a cabinet: swap the extinguisher in hand for its fresh one (each
 * cabinet once; a full extinguisher in hand is kept, and the refusal is an event).
 */
export function useCabinet(world: World, index: number): boolean {
  const cabinet = world.cabinets[index]!;
  const ex = world.extinguisher;
  if (cabinet.used) {
    world.events.push({ type: 'cabinetRefused', cabinet: index, reason: 'empty' });
    return true;
  }
  if (ex.hasExtinguisher && ex.pressure >= 1) {
    world.events.push({ type: 'cabinetRefused', cabinet: index, reason: 'full' });
    return true;
  }
  cabinet.used = true;
  ex.hasExtinguisher = true;
  ex.pressure = 1;
  ex.spraying = false;
  world.events.push({ type: 'cabinetUsed', cabinet: index });
  return true;
}
