import type { AllySpec, DoorState, World } from './world';
import { boxHitsSolid, moveBody, type MoveResult } from './collision';
import { DIR_X, DIR_Y, NO_DIRECTION, flowFieldFor } from './flowfield';
import { InfectedState, indexOfInfected, spawnInfected } from './horde';
import { emitNoise } from './noise';
import { nextFloat } from './rng';
import { setDoorOpen } from './doors';
import { anyVisibleInfected } from './allySight';
import { updateAllyRoles } from './allyRoles';
import { ALLY_BREAK_FREE_CHANCE, ALLY_ROLES, DOOR, NOISE, PLAYER, SURVIVORS, TICK_SECONDS, Variant } from './tuning';
import {
  ALLY_ORDER_NAMES,
  AllyOrder,
  SurvivorRole,
  SurvivorState,
  addSurvivor,
  mirrorPlayer,
  type AllyOrderId,
  type SurvivorRoleId,
} from './survivors';

/**
 * The allies (pure sim): each tick, after the player's systems and before the horde,
 * slot 0 takes the player's state, the order button is read, and every ally struggles
 * (grabbed), counts down to turning (bitten), moves by its order (follow the player along
 * the survivors' flow field, wait on its spot, hide in a locker), makes footstep noise,
 * looks out for infected (a bark) and acts by its role (allyRoles.ts). A world with no
 * allies does nothing here but the mirror: the player alone plays exactly as before.
 */
const DT = TICK_SECONDS;
const S = SurvivorState;
const ROLE_BY_NAME: Record<AllySpec['role'], SurvivorRoleId> = {
  follower: SurvivorRole.Follower,
  shover: SurvivorRole.Shover,
  archer: SurvivorRole.Archer,
  halfInfected: SurvivorRole.HalfInfected,
};
/** Places tried round the player's start for an ally given no position (tiles). */
const BESIDE = [
  [-1, 0], [0, 1], [0, -1], [1, 0], [-1, 1], [-1, -1], [1, 1], [1, -1],
  [-2, 0], [0, 2], [0, -2], [2, 0], [-2, 1], [-2, -1], [1, 2], [-1, 2],
] as const;
const sq = (v: number): number => v * v;
const moved: MoveResult = { x: 0, y: 0, hitX: false, hitY: false };
/** Per cell: 1 for a locked door (allies' fields go round them), rebuilt when a lock changes. */
let lockedScratch = new Uint8Array(0);
const lockedFor: { grid: object | null; key: number } = { grid: null, key: 0 };

/** Adds the world options' allies (createWorld): beside the player's start unless placed. */
export function spawnAllies(world: World, allies: readonly AllySpec[]): void {
  for (const a of allies) addAlly(world, a);
}

/**
 * Adds an ally to the group (the story's add, the world options). Without x/y it stands
 * on the first free floor beside the player. Returns its survivor slot, -1 when full.
 */
export function addAlly(world: World, spec: AllySpec): number {
  const s = world.survivors;
  let x = spec.x;
  let y = spec.y;
  if (x === undefined || y === undefined) {
    const p = world.player;
    const cx = Math.floor(p.x) + 0.5;
    const cy = Math.floor(p.y) + 0.5;
    x = p.x;
    y = p.y;
    for (const [ox, oy] of BESIDE) {
      const tx = cx + ox;
      const ty = cy + oy;
      if (boxHitsSolid(world.grid, tx, ty, SURVIVORS.radius)) continue;
      let taken = false;
      for (let k = 1; k < s.count; k++) if (Math.abs(s.x[k]! - tx) < 0.5 && Math.abs(s.y[k]! - ty) < 0.5) taken = true;
      if (taken) continue;
      x = tx;
      y = ty;
      break;
    }
  }
  const role = ROLE_BY_NAME[spec.role] ?? SurvivorRole.Follower;
  return addSurvivor(s, spec.id, role, x, y, role === SurvivorRole.Archer ? ALLY_ROLES.archer.arrows : 0);
}

/** The group's order now: the first ally still with the group's, Follow when none. */
export function groupOrder(world: World): AllyOrderId {
  const s = world.survivors;
  for (let k = 1; k < s.count; k++) if (s.state[k]! <= S.Bitten) return s.order[k] as AllyOrderId;
  return AllyOrder.Follow;
}

/**
 * Gives ally k an order. Wait holds the spot it stands on (out of a doorway); Hide picks
 * the nearest free locker within SURVIVORS.hideSearchRadius (none: it waits where it is).
 */
export function setAllyOrder(world: World, k: number, order: AllyOrderId): void {
  const s = world.survivors;
  s.order[k] = order;
  s.hidden[k] = 0;
  s.hideLocker[k] = -1;
  s.spotX[k] = s.x[k]!;
  s.spotY[k] = s.y[k]!;
  if (order === AllyOrder.Hide) {
    const locker = freeLockerNear(world, k);
    if (locker >= 0) {
      s.hideLocker[k] = locker;
      const front = world.level.lockers[locker]!.front;
      s.spotX[k] = front.x;
      s.spotY[k] = front.y;
    } else behindADoor(world, k);
  }
  if (order !== AllyOrder.Follow) outOfDoorway(world, k);
}

/**
 * Hide with no locker near: the spot beside the nearest door (within hideSearchRadius),
 * against the wall on the side the ally is on, out of the line through the doorway (an
 * infected coming through does not walk into them). No door near: the ally waits.
 */
function behindADoor(world: World, k: number): void {
  const s = world.survivors;
  const grid = world.grid;
  const w = grid.width;
  const x = s.x[k]!;
  const y = s.y[k]!;
  let bestD2 = SURVIVORS.hideSearchRadius * SURVIVORS.hideSearchRadius;
  let best = -1;
  for (let d = 0; d < world.doors.length; d++) {
    const door = world.doors[d]!;
    const d2 = sq(door.x + 0.5 - x) + sq(door.y + 0.5 - y);
    if (!door.broken && d2 < bestD2) {
      bestD2 = d2;
      best = d;
    }
  }
  if (best < 0) return;
  const door = world.doors[best]!;
  // The doorway runs across the wall: along x when the cells west and east are open.
  const acrossX = grid.solid[door.y * w + door.x - 1] === 0 || grid.solid[door.y * w + door.x + 1] === 0;
  const side = acrossX ? (x < door.x + 0.5 ? -1 : 1) : y < door.y + 0.5 ? -1 : 1;
  for (const along of [-1, 1]) {
    const cx = door.x + (acrossX ? side : along);
    const cy = door.y + (acrossX ? along : side);
    if (cx < 0 || cy < 0 || cx >= w || cy >= grid.height) continue;
    if (boxHitsSolid(grid, cx + 0.5, cy + 0.5, SURVIVORS.radius)) continue;
    s.spotX[k] = cx + 0.5;
    s.spotY[k] = cy + 0.5;
    return;
  }
}

/** The order button: a press cycles the group Follow -> Wait -> Hide. */
function readOrderButton(world: World, held: boolean): void {
  const s = world.survivors;
  const pressed = held && !s.orderHeld;
  s.orderHeld = held;
  if (!pressed) return;
  let any = false;
  const next = ((groupOrder(world) + 1) % 3) as AllyOrderId;
  for (let k = 1; k < s.count; k++) {
    if (s.state[k]! > S.Bitten) continue;
    setAllyOrder(world, k, next);
    any = true;
  }
  if (any) world.events.push({ type: 'allyOrder', order: ALLY_ORDER_NAMES[next]! });
}

/** The nearest locker ally k may hide in: not the player's, not another ally's, no classmate waiting inside. */
function freeLockerNear(world: World, k: number): number {
  const s = world.survivors;
  const lockers = world.level.lockers;
  let best = -1;
  let bestD2 = SURVIVORS.hideSearchRadius * SURVIVORS.hideSearchRadius;
  for (let l = 0; l < lockers.length; l++) {
    const locker = lockers[l]!;
    if (world.objects.hidingIn === l) continue;
    if (locker.classmate && world.objects.lockerRescued[l] === 0) continue;
    let taken = false;
    for (let j = 1; j < s.count; j++) if (j !== k && s.hideLocker[j] === l && s.state[j]! <= S.Bitten) taken = true;
    if (taken) continue;
    const dx = locker.front.x - s.x[k]!;
    const dy = locker.front.y - s.y[k]!;
    const d2 = dx * dx + dy * dy;
    if (d2 < bestD2) {
      bestD2 = d2;
      best = l;
    }
  }
  return best;
}

/** A spot in a doorway moves to the open neighbouring cell nearest the ally. */
function outOfDoorway(world: World, k: number): void {
  const s = world.survivors;
  const grid = world.grid;
  const cx = Math.floor(s.spotX[k]!);
  const cy = Math.floor(s.spotY[k]!);
  if (grid.doorAt[cy * grid.width + cx]! < 0) return;
  let bestD2 = Infinity;
  for (const [ox, oy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
    const tx = cx + ox + 0.5;
    const ty = cy + oy + 0.5;
    if (boxHitsSolid(grid, tx, ty, SURVIVORS.radius)) continue;
    const d2 = sq(tx - s.x[k]!) + sq(ty - s.y[k]!);
    if (d2 < bestD2) {
      bestD2 = d2;
      s.spotX[k] = tx;
      s.spotY[k] = ty;
    }
  }
}

/**
 * One tick of the group (step.ts, before the horde): the mirror of the player, the
 * order button (`orderHeld`: the intent's order, read even while the player hides), and
 * every ally.
 */
export function updateSurvivors(world: World, orderHeld: boolean): void {
  const s = world.survivors;
  mirrorPlayer(s, world.player);
  if (s.count === 1) return;
  readOrderButton(world, orderHeld);
  refreshLockedCells(world);
  world.survivorFields.buildsThisTick = 0;
  for (let k = 1; k < s.count; k++) {
    s.prevX[k] = s.x[k]!;
    s.prevY[k] = s.y[k]!;
    const st = s.state[k]!;
    if (st > S.Bitten) continue;
    if (s.grabImmunity[k]! > 0) s.grabImmunity[k] = Math.max(0, s.grabImmunity[k]! - DT);
    if (s.noticed[k]! > 0) s.noticed[k] = Math.max(0, s.noticed[k]! - DT);
    if (st === S.Grabbed) {
      struggle(world, k);
      s.gait[k] = 0;
      continue;
    }
    if (st === S.Bitten) {
      s.turnTimer[k] = s.turnTimer[k]! - DT;
      // Within half a tick of 0 (sums of 1/60 are not exact): it turns on the tick the time is up.
      if (s.turnTimer[k]! < DT / 2) {
        turnAlly(world, k);
        continue;
      }
    }
    moveAlly(world, k);
    footsteps(world, k);
    lookOut(world, k);
  }
  updateAllyRoles(world);
}

/**
 * A grabbed ally struggles for SURVIVORS.struggleSeconds, then breaks free (the
 * difficulty's chance) or is bitten. Knocked off its grabber (spray, a shove) it is free at once.
 */
function struggle(world: World, k: number): void {
  const s = world.survivors;
  const agent = s.grabbedBy[k]!;
  const i = indexOfInfected(world.horde, agent);
  if (i < 0 || world.horde.state[i] !== InfectedState.Grab) {
    freeAlly(world, k, agent);
    return;
  }
  s.grabTimer[k] = s.grabTimer[k]! + DT;
  if (s.grabTimer[k]! < SURVIVORS.struggleSeconds) return;
  if (nextFloat(world.rng) < ALLY_BREAK_FREE_CHANCE[world.difficulty]) freeAlly(world, k, agent);
  else biteAlly(world, k, SURVIVORS.turnSeconds, agent);
}

/** Ally k is out of its grab (the grabber is thrown back by the horde's Grab state). */
export function freeAlly(world: World, k: number, agent: number): void {
  const s = world.survivors;
  s.grabbedBy[k] = -1;
  s.grabTimer[k] = 0;
  s.grabImmunity[k] = SURVIVORS.grabImmunitySeconds;
  if (s.state[k] === S.Grabbed) s.state[k] = S.Ok;
  world.events.push({ type: 'allyBrokeFree', ally: s.castId[k]!, survivor: k, agent });
}

/**
 * Ally k is bitten (by `agent`, -1 for the story): still human, it turns in `turnSeconds`.
 * Not the chapter's loss: the chapter's objectives decide what a bite means. False when
 * it could not be bitten (gone, turned, or already bitten).
 */
export function biteAlly(world: World, k: number, turnSeconds: number, agent = -1): boolean {
  const s = world.survivors;
  if (k < 1 || k >= s.count || s.state[k]! >= S.Bitten) return false;
  s.state[k] = S.Bitten;
  s.grabbedBy[k] = -1;
  s.grabTimer[k] = 0;
  s.turnTimer[k] = Math.max(0, turnSeconds);
  world.events.push({ type: 'allyBitten', ally: s.castId[k]!, survivor: k, agent, turnSeconds: s.turnTimer[k]! });
  return true;
}

/** Bitten ally k turns: an infected stands where it stood, hunting the nearest of the group. */
export function turnAlly(world: World, k: number): void {
  const s = world.survivors;
  const x = s.x[k]!;
  const y = s.y[k]!;
  s.state[k] = S.Turned;
  s.hidden[k] = 0;
  s.grabbedBy[k] = -1;
  s.gait[k] = 0;
  const h = world.horde;
  const i = spawnInfected(h, x, y, Variant.Sprinter, false, s.facingX[k]!, s.facingY[k]!);
  if (i >= 0) {
    let best = 0;
    let bestD2 = Infinity;
    for (let j = 0; j < s.count; j++) {
      if (j === k || s.state[j]! > S.Ok) continue;
      const d2 = sq(s.x[j]! - x) + sq(s.y[j]! - y);
      if (d2 < bestD2) {
        bestD2 = d2;
        best = j;
      }
    }
    h.state[i] = InfectedState.Search;
    h.hasTarget[i] = 1;
    h.target[i] = best;
    h.targetX[i] = s.x[best]!;
    h.targetY[i] = s.y[best]!;
  }
  world.events.push({ type: 'allyTurned', ally: s.castId[k]!, survivor: k, agent: i >= 0 ? h.id[i]! : -1, x, y });
}

/**
 * Per cell 1 on a door allies never open (shutToAllies: locked or braced; the scratch the
 * allies' fields are built with); when that set changes (a key, a brace) the world's allies' fields are stale. The scratch is
 * rebuilt only when the locks or the world's grid differ from the last time.
 */
function refreshLockedCells(world: World): void {
  const grid = world.grid;
  let key = 0;
  for (let d = 0; d < world.doors.length; d++) {
    const door = world.doors[d]!;
    if (shutToAllies(door)) key = (key * 31 + d + 1) | 0;
  }
  const s = world.survivors;
  if (key !== s.lockKey) {
    s.lockKey = key;
    world.survivorFields.goal.fill(-1);
  }
  if (lockedFor.grid === grid && lockedFor.key === key) return;
  lockedFor.grid = grid;
  lockedFor.key = key;
  const cells = grid.width * grid.height;
  if (lockedScratch.length !== cells) lockedScratch = new Uint8Array(cells);
  else lockedScratch.fill(0);
  for (const door of world.doors) if (shutToAllies(door)) lockedScratch[door.y * grid.width + door.x] = 1;
}

/**
 * A shut door allies never open: a locked one, or one braced past a bare door's hit points
 * (DOOR.hp): the player braced it to keep something out (the roof's stair door).
 */
function shutToAllies(door: DoorState): boolean {
  return !door.open && !door.broken && (door.locked || door.hp > DOOR.hp);
}

/** The way from `myCell` toward the cell `goal` on the survivors' fields (a direction index, or NO_DIRECTION). */
function fieldStep(world: World, myCell: number, goal: number): number {
  const cache = world.survivorFields;
  const slot = flowFieldFor(cache, world.grid, goal, world.tick, lockedScratch);
  return slot >= 0 ? cache.dir[slot]![myCell]! : NO_DIRECTION;
}

/**
 * The cell the followers' field leads to: the player's, kept while the player stays
 * within one cell of it (a field is a search of the whole map: not one per step). From
 * that cell on, an ally walks straight at the player.
 */
function followGoal(world: World): number {
  const s = world.survivors;
  const w = world.grid.width;
  const px = Math.floor(world.player.x);
  const py = Math.floor(world.player.y);
  const g = s.followGoal;
  const gx = g % w;
  const gy = (g - gx) / w;
  if (g < 0 || gx - px > 1 || px - gx > 1 || gy - py > 1 || py - gy > 1) s.followGoal = py * w + px;
  return s.followGoal;
}

/** Speeds of the gaits (the player's). */
const GAIT_SPEED = [0, PLAYER.sneakSpeed, PLAYER.walkSpeed, PLAYER.runSpeed];

/** Ally k moves by its order this tick (never while grabbed). */
function moveAlly(world: World, k: number): void {
  const s = world.survivors;
  const p = world.player;
  const grid = world.grid;
  const w = grid.width;
  const x = s.x[k]!;
  const y = s.y[k]!;
  const myCell = Math.floor(y) * w + Math.floor(x);
  const order = s.order[k]!;
  let goalX = p.x;
  let goalY = p.y;
  let gait = 0;
  let dirX = 0;
  let dirY = 0;
  if (order === AllyOrder.Follow) {
    const dx = p.x - x;
    const dy = p.y - y;
    const d = Math.sqrt(dx * dx + dy * dy);
    let rank = 0;
    for (let j = 1; j < k; j++) if (s.state[j]! <= S.Bitten && s.order[j] === AllyOrder.Follow) rank++;
    const stop = SURVIVORS.followDistance + rank * SURVIVORS.rankSpacing;
    if (onPlayersPath(world, k)) {
      // Step aside, and a little ahead, out of the way the player walks.
      // The side it is on, unless a wall is there; in a corridor too narrow for both, ahead.
      const lateral = (x - p.x) * -p.facingY + (y - p.y) * p.facingX;
      let side = lateral >= 0 ? 1 : -1;
      const reach = SURVIVORS.playerPathHalfWidth;
      if (boxHitsSolid(grid, x - p.facingY * side * reach, y + p.facingX * side * reach, SURVIVORS.radius)) side = -side;
      if (boxHitsSolid(grid, x - p.facingY * side * reach, y + p.facingX * side * reach, SURVIVORS.radius)) side = 0;
      dirX = -p.facingY * side + p.facingX * 0.5;
      dirY = p.facingX * side + p.facingY * 0.5;
      gait = Math.max(2, p.gait);
    } else if (d > stop || inADoorway(world, x, y)) {
      // Keep up: the player's gait (at least a walk), a run when left behind.
      gait = d > SURVIVORS.catchUpDistance ? 3 : Math.max(2, p.gait);
      if (p.gait === 1 && d <= SURVIVORS.catchUpDistance) gait = 1;
    }
  } else {
    goalX = s.spotX[k]!;
    goalY = s.spotY[k]!;
    const dx = goalX - x;
    const dy = goalY - y;
    const d2 = dx * dx + dy * dy;
    if (d2 > SURVIVORS.arriveRadius * SURVIVORS.arriveRadius) gait = d2 > SURVIVORS.catchUpDistance * SURVIVORS.catchUpDistance ? 3 : 2;
    else if (order === AllyOrder.Hide && s.hideLocker[k]! >= 0 && s.hidden[k] === 0) {
      // In the locker: out of sight (it steps out when the order changes).
      s.hidden[k] = 1;
      s.x[k] = goalX;
      s.y[k] = goalY;
    }
  }
  if (gait > 0 && dirX === 0 && dirY === 0) {
    const goalCell = order === AllyOrder.Follow ? followGoal(world) : Math.floor(goalY) * w + Math.floor(goalX);
    const dir = goalCell === myCell ? NO_DIRECTION : fieldStep(world, myCell, goalCell);
    if (dir === NO_DIRECTION) {
      dirX = goalX - x;
      dirY = goalY - y;
    } else {
      const next = myCell + DIR_Y[dir]! * w + DIR_X[dir]!;
      const door = grid.doorAt[next]!;
      if (grid.solid[next] === 1 && door >= 0) {
        // The way leads through a closed door: open it when near enough (doors are opened, not bashed).
        const dd = world.doors[door]!;
        if (sq(dd.x + 0.5 - x) + sq(dd.y + 0.5 - y) < SURVIVORS.doorReach * SURVIVORS.doorReach && !shutToAllies(dd)) setDoorOpen(world, door, true);
      }
      // Steer at the centre of the next cell, so the body lines up with doorways.
      dirX = (myCell % w) + DIR_X[dir]! + 0.5 - x;
      dirY = Math.floor(myCell / w) + DIR_Y[dir]! + 0.5 - y;
    }
  }
  let vx = 0;
  let vy = 0;
  const dl = Math.sqrt(dirX * dirX + dirY * dirY);
  if (gait > 0 && dl > 1e-9) {
    vx = (dirX / dl) * GAIT_SPEED[gait]!;
    vy = (dirY / dl) * GAIT_SPEED[gait]!;
  }
  if (s.hidden[k] === 0) {
    // Spacing: pushed apart from the others of the group (the player is not pushed).
    for (let j = 0; j < s.count; j++) {
      if (j === k || s.state[j]! > S.Bitten || s.hidden[j] === 1) continue;
      const ox = x - s.x[j]!;
      const oy = y - s.y[j]!;
      const d2 = ox * ox + oy * oy;
      if (d2 >= SURVIVORS.spacing * SURVIVORS.spacing) continue;
      if (d2 < 1e-12) {
        vx += (k < j ? 1 : -1) * SURVIVORS.spacing * SURVIVORS.spacingStrength;
        continue;
      }
      const d = Math.sqrt(d2);
      const push = ((SURVIVORS.spacing - d) / d) * SURVIVORS.spacingStrength;
      vx += ox * push;
      vy += oy * push;
    }
  }
  s.gait[k] = gait;
  if (vx === 0 && vy === 0) return;
  moveBody(grid, x, y, vx * DT, vy * DT, SURVIVORS.radius, moved);
  s.x[k] = moved.x;
  s.y[k] = moved.y;
  if (gait > 0 && dl > 1e-9) {
    s.facingX[k] = dirX / dl;
    s.facingY[k] = dirY / dl;
  }
}

/** Whether a survivor's body at (x, y) overlaps a door's cell (where it would keep the door from shutting). */
export function inADoorway(world: World, x: number, y: number): boolean {
  const grid = world.grid;
  const r = SURVIVORS.radius;
  const x0 = Math.floor(x - r);
  const x1 = Math.floor(x + r);
  const y0 = Math.floor(y - r);
  const y1 = Math.floor(y + r);
  for (let cy = y0; cy <= y1; cy++) {
    for (let cx = x0; cx <= x1; cx++) {
      if (cx >= 0 && cy >= 0 && cx < grid.width && cy < grid.height && grid.doorAt[cy * grid.width + cx]! >= 0) return true;
    }
  }
  return false;
}

/** Whether ally k stands in the box ahead of the walking player (SURVIVORS.playerPath*). */
function onPlayersPath(world: World, k: number): boolean {
  const p = world.player;
  if (p.gait === 0) return false;
  const s = world.survivors;
  const rx = s.x[k]! - p.x;
  const ry = s.y[k]! - p.y;
  const along = rx * p.facingX + ry * p.facingY;
  const lateral = rx * -p.facingY + ry * p.facingX;
  return along > 0 && along < SURVIVORS.playerPathLength && lateral < SURVIVORS.playerPathHalfWidth && lateral > -SURVIVORS.playerPathHalfWidth;
}

/** Walking and running allies are heard like the player's footsteps; sneaking ones are not. */
function footsteps(world: World, k: number): void {
  const s = world.survivors;
  const gait = s.gait[k]!;
  if (gait < 2) {
    s.footstepTimer[k] = 0;
    return;
  }
  s.footstepTimer[k] = s.footstepTimer[k]! - DT;
  if (s.footstepTimer[k]! <= 0) {
    s.footstepTimer[k] = s.footstepTimer[k]! + NOISE.footstepInterval;
    emitNoise(world, s.x[k]!, s.y[k]!, gait === 3 ? NOISE.run : NOISE.walk, 'footstep');
  }
}

/** Every few ticks ally k looks for infected (a clear line within SURVIVORS.spotRange); after a quiet spell, a bark. */
function lookOut(world: World, k: number): void {
  const s = world.survivors;
  s.sinceSpotted[k] = s.sinceSpotted[k]! + DT;
  if ((world.tick + k) % SURVIVORS.spotEveryTicks !== 0 || s.hidden[k] === 1) return;
  const i = anyVisibleInfected(world, s.x[k]!, s.y[k]!, SURVIVORS.spotRange);
  if (i < 0) return;
  const h = world.horde;
  if (s.sinceSpotted[k]! >= SURVIVORS.spotQuietSeconds) {
    world.events.push({ type: 'allySpotted', ally: s.castId[k]!, survivor: k, agent: h.id[i]!, x: h.x[i]!, y: h.y[i]! });
  }
  s.sinceSpotted[k] = 0;
}
