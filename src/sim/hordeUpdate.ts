import type { World } from './world';
import * as gridModule from './grid';
import type { Grid } from './grid';
import * as hordeModule from './horde';
import * as flow from './flowfield';
import * as hashModule from './spatialHash';
import * as perception from './perception';
import * as noise from './noise';
import * as rng from './rng';
import * as tuning from './tuning';

// Module-local copies of everything the hot loop touches: module namespace imports are
// live bindings (getters under some loaders, e.g. tsx in the benchmark), locals are not.
const { Tile, setDoorCell } = gridModule;
const { InfectedState, removeInfected } = hordeModule;
const { flowFieldFor, flowFieldValid, NO_DIRECTION, DIR_X, DIR_Y } = flow;
const { rebuildSpatialHash, queryBox } = hashModule;
const { canSeePlayer } = perception;
const { emitNoise, soundTransmission } = noise;
const { nextFloat } = rng;
const { DIFFICULTY, DIRECTOR, GRAB, HORDE, INFECTED, NOISE, TICK_SECONDS, VARIANT_NAMES, Variant } = tuning;
const FACADE = Tile.Facade;

/**
 * The horde system, run once per tick from step():
 *  1. hearing: each queued noise wakes the agents around it (spatial-hash box query,
 *     then loudness damped by walls/doors along the line);
 *  2. one pass over all agents: scheduled perception, the state machine, steering
 *     (flow field or straight at a seen target), turn-rate-limited momentum,
 *     separation from neighbours, collision with the grid (slams), grabs, bashes;
 *  3. piles at climbable walls; 4. the spatial hash is rebuilt for the next queries.
 * Everything reads and writes the typed arrays of world.horde; no allocation per agent.
 */
const S = InfectedState;
const DT = TICK_SECONDS;
const EPS = 1e-6;
/** Longest single-tick displacement, well under half a tile (no tunnelling). */
const MAX_STEP = 0.4;

// Per-variant constants, computed once.
const VARIANTS = INFECTED.length;
const MASS = new Float64Array(VARIANTS);
const RADIUS = new Float64Array(VARIANTS);
const COS_SPRINT_TURN = new Float64Array(VARIANTS);
const SIN_SPRINT_TURN = new Float64Array(VARIANTS);
const COS_WALK_TURN = new Float64Array(VARIANTS);
const SIN_WALK_TURN = new Float64Array(VARIANTS);
for (let v = 0; v < VARIANTS; v++) {
  const s = INFECTED[v]!;
  MASS[v] = s.mass;
  RADIUS[v] = s.radius;
  COS_SPRINT_TURN[v] = Math.cos(s.sprintTurnRate * DT);
  SIN_SPRINT_TURN[v] = Math.sin(s.sprintTurnRate * DT);
  COS_WALK_TURN[v] = Math.cos(s.walkTurnRate * DT);
  SIN_WALK_TURN[v] = Math.sin(s.walkTurnRate * DT);
}
/** Separation weight of a neighbour of variant b on a body of variant a: 2 m_b / (m_a + m_b). */
const SHARE = new Float64Array(VARIANTS * VARIANTS);
for (let a = 0; a < VARIANTS; a++) for (let b = 0; b < VARIANTS; b++) SHARE[a * VARIANTS + b] = (2 * MASS[b]!) / (MASS[a]! + MASS[b]!);
const SEP = HORDE.separationDistance;
const SEP2 = SEP * SEP;
const SEP_MAX = HORDE.separationMaxNeighbours;
const FAR = HORDE.farSeparationRadius;
const SEP_STRENGTH = HORDE.separationStrength;
const ARRIVE2 = HORDE.arriveRadius * HORDE.arriveRadius;
const GRAB2 = GRAB.reach * GRAB.reach;
const NEAR2 = DIRECTOR.nearMissRadius * DIRECTOR.nearMissRadius;

const heardScratch = new Int32Array(8192);

/** Square body of half-size r at (x, y) overlaps something it cannot enter. */
function blocked(grid: Grid, pileOpen: Uint8Array, x: number, y: number, r: number, climbs: boolean): boolean {
  const x0 = Math.floor(x - r);
  const x1 = Math.floor(x + r);
  const y0 = Math.floor(y - r);
  const y1 = Math.floor(y + r);
  const w = grid.width;
  if (x0 < 0 || y0 < 0 || x1 >= w || y1 >= grid.height) return true;
  const solid = grid.solid;
  for (let cy = y0; cy <= y1; cy++) {
    for (let cx = x0; cx <= x1; cx++) {
      const c = cy * w + cx;
      if (solid[c] === 1) {
        if (grid.tiles[c] === FACADE && (climbs || pileOpen[c] === 1)) continue;
        return true;
      }
    }
  }
  return false;
}

export function breakDoor(world: World, door: number): void {
  const d = world.doors[door]!;
  if (d.broken) return;
  d.broken = true;
  d.open = true;
  d.hp = 0;
  setDoorCell(world.grid, d.x, d.y, true);
  world.events.push({ type: 'doorBroken', door });
  emitNoise(world, d.x + 0.5, d.y + 0.5, NOISE.door, 'bash');
}

/**
 * Pushes agent i by the impulse (ix, iy) (tiles/s for a mass-1 body) and staggers it.
 * Diminishing returns: the push and the stagger are divided by 1 + staggerCount (recent
 * staggers, decaying by 1 per second), so a crowd cannot be stun-locked forever; mass
 * (heavies 4) resists. A climber hit on a wall falls off: it is removed from play.
 * Returns false when the agent was removed. For the extinguisher (issue 4) and shoves.
 */
export function applyImpulse(world: World, i: number, ix: number, iy: number, staggerSeconds: number): boolean {
  const h = world.horde;
  const resist = MASS[h.variant[i]!]! * (1 + h.staggerCount[i]!);
  if (h.state[i] === S.Climb) {
    world.events.push({ type: 'infectedFell', agent: h.id[i]!, x: h.x[i]!, y: h.y[i]! });
    removeInfected(h, i);
    return false;
  }
  if (h.state[i] === S.Grab && world.player.grabbedBy === h.id[i]) {
    world.player.grabbedBy = -1;
    world.player.grabImmunity = GRAB.immunitySeconds;
    world.events.push({ type: 'grabBroken', agent: h.id[i]! });
  }
  h.vx[i] = h.vx[i]! + ix / resist;
  h.vy[i] = h.vy[i]! + iy / resist;
  const seconds = staggerSeconds / (1 + h.staggerCount[i]!);
  h.stateTimer[i] = h.state[i] === S.Stagger ? Math.max(h.stateTimer[i]!, seconds) : seconds;
  h.state[i] = S.Stagger;
  h.bashDoor[i] = -1;
  h.staggerCount[i] = h.staggerCount[i]! + 1;
  return true;
}

/** Knocks the pile at a climbable cell down (the way over closes). */
export function knockDownPile(world: World, cell: number): void {
  world.pile[cell] = 0;
  if (world.pileOpen[cell] === 1) {
    world.pileOpen[cell] = 0;
    const w = world.grid.width;
    world.events.push({ type: 'pileClosed', x: (cell % w) + 0.5, y: Math.floor(cell / w) + 0.5 });
  }
}

function hear(world: World, heard: number): void {
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

function startGrab(world: World, i: number): void {
  const h = world.horde;
  const p = world.player;
  const variant = VARIANT_NAMES[h.variant[i]!]!;
  p.grabsTaken++;
  world.director.grabs++;
  if (p.grabsTaken > DIFFICULTY[world.difficulty].grabHealth) {
    world.status = 'lost';
    world.events.push({ type: 'bitten', agent: h.id[i]!, variant });
    h.state[i] = S.Grab;
    return;
  }
  p.grabbedBy = h.id[i]!;
  p.grabTimer = 0;
  p.grabPresses = 0;
  world.events.push({ type: 'grabbed', agent: h.id[i]!, variant, grabsTaken: p.grabsTaken });
  h.state[i] = S.Grab;
  h.vx[i] = 0;
  h.vy[i] = 0;
}

/** Advances every infected by one tick. `heard` = noises in world.noises to hear now. */
export function updateHorde(world: World, heard: number): void {
  const h = world.horde;
  const grid = world.grid;
  const p = world.player;
  const w = grid.width;
  const fields = world.fields;
  const hash = world.hash;
  const pileOpen = world.pileOpen;
  fields.buildsThisTick = 0;
  if (hash.builtAt !== h.changes) {
    rebuildSpatialHash(hash, h.x, h.y, h.count);
    hash.builtAt = h.changes;
  }
  hear(world, heard);
  const clearAround = openAround(world);

  const telegraph = DIFFICULTY[world.difficulty].telegraphSeconds;
  const every = HORDE.perceptionEvery;
  const tick = world.tick;
  const xs = h.x;
  const ys = h.y;
  const { asleep, bashDoor, bashTimer, fieldSlot, hasTarget, headingX, headingY, hunter, id, prevX, prevY, searchLooking, seesPlayer, staggerCount, state, stateTimer, targetX, targetY, variant, vx: velX, vy: velY, wandering } = h;
  const cellStart = hash.cellStart;
  const hashed = hash.agents;
  const gridHeight = grid.height;
  const canGrab = p.grabbedBy < 0 && p.grabImmunity <= 0 && !p.hidden && world.status === 'playing';
  let nearMisses = 0;
  let lastGoalCell = -1;
  let lastGoalSlot = -1;

  // Nothing in this pass spawns or removes agents (hashed indices >= count are stale).
  const count = h.count;
  for (let i = 0; i < count; i++) {
    const v = variant[i]!;
    const stats = INFECTED[v]!;
    let x = xs[i]!;
    let y = ys[i]!;
    prevX[i] = x;
    prevY[i] = y;
    if (staggerCount[i]! > 0) staggerCount[i] = Math.max(0, staggerCount[i]! - DT);
    let st = state[i]!;

    // --- perception (scheduled) ---
    if (hunter[i] === 1) {
      targetX[i] = p.x;
      targetY[i] = p.y;
      hasTarget[i] = 1;
      if (st === S.Idle) {
        st = S.Search;
        searchLooking[i] = 0;
      }
    }
    if ((tick + i) % every === 0 && st !== S.Grab) {
      const sees = canSeePlayer(world, i);
      seesPlayer[i] = sees ? 1 : 0;
      if (sees) {
        asleep[i] = 0;
        hasTarget[i] = 1;
        targetX[i] = p.x;
        targetY[i] = p.y;
        if (st === S.Idle || st === S.Search) {
          st = S.Alerted;
          stateTimer[i] = telegraph;
          velX[i] = 0;
          velY[i] = 0;
          world.events.push({ type: 'infectedAlerted', agent: id[i]!, x, y, variant: VARIANT_NAMES[v]!, telegraphSeconds: telegraph });
        }
      }
    }

    const pdx = p.x - x;
    const pdy = p.y - y;
    const pd2 = pdx * pdx + pdy * pdy;
    const chasing = st === S.Sprint || st === S.Recover || (st === S.Search && searchLooking[i] === 0) || st === S.Climb;
    if (chasing && pd2 < NEAR2) nearMisses++;
    if (chasing && canGrab && pd2 < GRAB2 && p.grabbedBy < 0) {
      startGrab(world, i);
      st = S.Grab;
    }

    // --- state machine: decides wanted speed and steering mode ---
    let wantSpeed = 0;
    // steer: 0 keep heading, 1 toward target (flow field / direct), 2 face player, 3 friction only
    let steer = 0;
    let sprinting = false;
    const tx = targetX[i]!;
    const ty = targetY[i]!;
    switch (st) {
      case S.Idle: {
        stateTimer[i] = stateTimer[i]! - DT;
        if (asleep[i] === 0 && v !== Variant.Cheerleader && stateTimer[i]! <= 0) {
          const moving = nextFloat(world.rng) < 0.5;
          wandering[i] = moving ? 1 : 0;
          stateTimer[i] = (moving ? HORDE.wanderSeconds : HORDE.idleStillSeconds) * (0.5 + nextFloat(world.rng));
          if (moving) {
            const a = nextFloat(world.rng) * Math.PI * 2;
            headingX[i] = Math.cos(a);
            headingY[i] = Math.sin(a);
          }
        }
        if (wandering[i] === 1 && asleep[i] === 0) wantSpeed = stats.shambleSpeed;
        break;
      }
      case S.Alerted:
        stateTimer[i] = stateTimer[i]! - DT;
        steer = 2;
        if (stateTimer[i]! <= 0) {
          if (v === Variant.Cheerleader) {
            st = S.Cheer;
            stateTimer[i] = HORDE.cheerSeconds;
            world.events.push({ type: 'cheer', agent: id[i]!, x, y });
            emitNoise(world, x, y, NOISE.cheer, 'cheer');
          } else {
            st = S.Sprint;
            stateTimer[i] = stats.sprintSeconds;
            world.events.push({ type: 'infectedSprint', agent: id[i]!, x, y });
          }
        }
        break;
      case S.Cheer:
        stateTimer[i] = stateTimer[i]! - DT;
        steer = 2;
        if (stateTimer[i]! <= 0) {
          st = S.Sprint;
          stateTimer[i] = stats.sprintSeconds;
        }
        break;
      case S.Sprint: {
        stateTimer[i] = stateTimer[i]! - DT;
        wantSpeed = stats.sprintSpeed;
        steer = 1;
        sprinting = true;
        const gx = tx - x;
        const gy = ty - y;
        if (seesPlayer[i] === 0 && gx * gx + gy * gy < ARRIVE2) {
          st = S.Search;
          searchLooking[i] = 1;
          stateTimer[i] = HORDE.searchLookSeconds;
        } else if (stateTimer[i]! <= 0) {
          st = S.Recover;
          stateTimer[i] = stats.recoverSeconds;
        }
        break;
      }
      case S.Recover:
        stateTimer[i] = stateTimer[i]! - DT;
        wantSpeed = stats.recoverSpeed;
        steer = 1;
        if (stateTimer[i]! <= 0) {
          if (seesPlayer[i] === 1) {
            st = S.Sprint;
            stateTimer[i] = stats.sprintSeconds;
            world.events.push({ type: 'infectedSprint', agent: id[i]!, x, y });
          } else {
            st = S.Search;
            searchLooking[i] = 0;
          }
        }
        break;
      case S.Search:
        if (hasTarget[i] === 0) {
          st = S.Idle;
          break;
        }
        if (searchLooking[i] === 0) {
          wantSpeed = stats.searchSpeed;
          steer = 1;
          const gx = tx - x;
          const gy = ty - y;
          if (gx * gx + gy * gy < ARRIVE2 && hunter[i] === 0) {
            searchLooking[i] = 1;
            stateTimer[i] = HORDE.searchLookSeconds;
          }
        } else {
          // Look around: sweep the heading back and forth.
          stateTimer[i] = stateTimer[i]! - DT;
          const sweep = (tick + i) % 90 < 45 ? 1 : -1;
          const c = COS_WALK_TURN[v]!;
          const s = SIN_WALK_TURN[v]! * sweep * 0.25;
          const hx = headingX[i]!;
          const hy = headingY[i]!;
          headingX[i] = hx * c - hy * s;
          headingY[i] = hx * s + hy * c;
          if (stateTimer[i]! <= 0) {
            st = S.Idle;
            hasTarget[i] = 0;
            searchLooking[i] = 0;
            stateTimer[i] = 0;
            world.events.push({ type: 'infectedGaveUp', agent: id[i]!, x, y });
          }
        }
        break;
      case S.Grab:
        if (p.grabbedBy !== id[i] && world.status === 'playing') {
          // The player broke free: thrown back, staggered.
          st = S.Stagger;
          stateTimer[i] = GRAB.grabberStaggerSeconds;
          const d = Math.sqrt(pd2) || 1;
          velX[i] = (-pdx / d) * GRAB.shoveImpulse / MASS[v]!;
          velY[i] = (-pdy / d) * GRAB.shoveImpulse / MASS[v]!;
          steer = 3;
        } else {
          velX[i] = 0;
          velY[i] = 0;
          steer = 2;
        }
        break;
      case S.Stagger:
        stateTimer[i] = stateTimer[i]! - DT;
        steer = 3;
        if (stateTimer[i]! <= 0) {
          st = hasTarget[i] === 1 ? S.Recover : S.Idle;
          stateTimer[i] = st === S.Recover ? stats.recoverSeconds * 0.5 : 0;
        }
        break;
      case S.Bash: {
        const door = bashDoor[i]!;
        const d = door >= 0 ? world.doors[door] : undefined;
        if (d === undefined || d.open || d.broken) {
          st = S.Search;
          searchLooking[i] = 0;
          bashDoor[i] = -1;
          break;
        }
        // Face the door and hit it.
        const fx = d.x + 0.5 - x;
        const fy = d.y + 0.5 - y;
        const fl = Math.sqrt(fx * fx + fy * fy) || 1;
        headingX[i] = fx / fl;
        headingY[i] = fy / fl;
        bashTimer[i] = bashTimer[i]! - DT;
        if (bashTimer[i]! <= 0) {
          bashTimer[i] = HORDE.bashSeconds;
          d.hp = Math.max(0, d.hp - stats.doorDamage);
          world.events.push({ type: 'doorBashed', door, hp: d.hp, agent: id[i]! });
          emitNoise(world, d.x + 0.5, d.y + 0.5, NOISE.walk + 2, 'bash');
          if (d.hp <= 0) breakDoor(world, door);
        }
        steer = 3;
        break;
      }
      case S.Climb:
        wantSpeed = stats.climbSpeed;
        steer = 1;
        break;
    }

    // --- steering ---
    let hx = headingX[i]!;
    let hy = headingY[i]!;
    let vx = velX[i]!;
    let vy = velY[i]!;
    const myCell = Math.floor(y) * w + Math.floor(x);
    if (steer === 1 || steer === 2) {
      let dx = 0;
      let dy = 0;
      if (steer === 2 || seesPlayer[i] === 1 || hasTarget[i] === 0) {
        dx = (steer === 2 ? p.x : tx) - x;
        dy = (steer === 2 ? p.y : ty) - y;
      } else {
        const tcell = Math.floor(ty) * w + Math.floor(tx);
        if (tcell === myCell) {
          dx = tx - x;
          dy = ty - y;
        } else {
          let slot = fieldSlot[i]!;
          if (!flowFieldValid(fields, grid, slot, tcell)) {
            // When the goal moves, every agent asks for the new field: remember the last
            // answer this tick instead of scanning the cache 10,000 times (same result:
            // a valid slot is the one flowFieldFor would find, and -1 means the build
            // budget is spent for the rest of the tick).
            if (tcell === lastGoalCell && (lastGoalSlot < 0 || flowFieldValid(fields, grid, lastGoalSlot, tcell))) slot = lastGoalSlot;
            else {
              slot = flowFieldFor(fields, grid, tcell, tick);
              lastGoalCell = tcell;
              lastGoalSlot = slot;
            }
            fieldSlot[i] = slot;
          }
          const k = slot >= 0 ? fields.dir[slot]![myCell]! : NO_DIRECTION;
          if (k === NO_DIRECTION) {
            dx = tx - x;
            dy = ty - y;
          } else {
            // Steer at the centre of the next cell (not just along the step direction),
            // so bodies with a size line up with doorways instead of catching corners.
            const next = myCell + DIR_Y[k]! * w + DIR_X[k]!;
            dx = (myCell % w) + DIR_X[k]! + 0.5 - x;
            dy = Math.floor(myCell / w) + DIR_Y[k]! + 0.5 - y;
            if (grid.solid[next] === 1 && st !== S.Grab) {
              const ncx = (next % w) + 0.5;
              const ncy = Math.floor(next / w) + 0.5;
              const ex = ncx - x;
              const ey = ncy - y;
              const door = grid.doorAt[next]!;
              if (door >= 0) {
                // The way leads through a closed door: bash it when close enough.
                if (ex * ex + ey * ey < HORDE.bashReach * HORDE.bashReach && st !== S.Stagger) {
                  st = S.Bash;
                  bashDoor[i] = door;
                  bashTimer[i] = HORDE.bashSeconds * 0.5;
                  wantSpeed = 0;
                }
              }
            }
          }
        }
      }
      const dl = Math.sqrt(dx * dx + dy * dy);
      if (dl > 1e-9) {
        dx /= dl;
        dy /= dl;
        // Turn toward (dx, dy) at most the variant's turn rate this tick.
        const cosMax = sprinting ? COS_SPRINT_TURN[v]! : COS_WALK_TURN[v]!;
        const dot = hx * dx + hy * dy;
        if (dot >= cosMax) {
          hx = dx;
          hy = dy;
        } else {
          const sinMax = sprinting ? SIN_SPRINT_TURN[v]! : SIN_WALK_TURN[v]!;
          const side = hx * dy - hy * dx >= 0 ? 1 : -1;
          const nhx = hx * cosMax - hy * sinMax * side;
          const nhy = hx * sinMax * side + hy * cosMax;
          const nl = Math.sqrt(nhx * nhx + nhy * nhy);
          hx = nhx / nl;
          hy = nhy / nl;
        }
      }
    }

    // --- momentum: speed along the heading approaches the wanted speed ---
    if (steer === 3) {
      const f = 1 - 6 * DT;
      vx *= f;
      vy *= f;
    } else {
      let speed = Math.sqrt(vx * vx + vy * vy);
      if (speed < wantSpeed) speed = Math.min(wantSpeed, speed + stats.acceleration * DT);
      else speed = Math.max(wantSpeed, speed - stats.acceleration * 2 * DT);
      vx = hx * speed;
      vy = hy * speed;
    }

    // --- separation from neighbours (the 2x2 hash cells around the body) ---
    // The hash sorts agents by cell, so the two cells of a row are one contiguous run of
    // `hashed`: one range per row, same order (cell by cell, ascending index) as before.
    let sx = 0;
    let sy = 0;
    // Far from the player (off screen) an agent separates on every other tick, twice as hard.
    const far = pdx > FAR || pdx < -FAR || pdy > FAR || pdy < -FAR;
    if (st !== S.Grab && (!far || ((tick + i) & 1) === 0)) {
      const cx0 = Math.floor(x - 0.5);
      const cy0 = Math.floor(y - 0.5);
      const left = cx0 < 0 ? 0 : cx0;
      const right = cx0 + 1 >= w ? w - 1 : cx0 + 1;
      const shareRow = v * VARIANTS;
      let seen = 0;
      for (let cy = cy0; cy <= cy0 + 1 && left <= right; cy++) {
        if (cy < 0 || cy >= gridHeight) continue;
        const end = cellStart[cy * w + right + 1]!;
        for (let kk = cellStart[cy * w + left]!; kk < end && seen < SEP_MAX; kk++) {
          const j = hashed[kk]!;
          if (j === i || j >= count) continue;
          const ox = x - xs[j]!;
          const oy = y - ys[j]!;
          const d2 = ox * ox + oy * oy;
          if (d2 >= SEP2) continue;
          seen++;
          const share = SHARE[shareRow + variant[j]!]!;
          if (d2 < 1e-12) {
            // Exactly on top of each other: split deterministically by index.
            sx += (i < j ? 1 : -1) * SEP * share;
            continue;
          }
          const d = Math.sqrt(d2);
          const push = ((SEP - d) / d) * share;
          sx += ox * push;
          sy += oy * push;
        }
      }
      if (far) {
        sx *= 2;
        sy *= 2;
      }
    }

    // --- integrate with collision (axis separated; a sprinter hitting a wall slams) ---
    let mx = (vx + sx * SEP_STRENGTH) * DT;
    let my = (vy + sy * SEP_STRENGTH) * DT;
    const ml = Math.sqrt(mx * mx + my * my);
    if (ml > MAX_STEP) {
      mx *= MAX_STEP / ml;
      my *= MAX_STEP / ml;
    }
    const r = RADIUS[v]!;
    const climbs = v === Variant.Climber || st === S.Climb;
    // Speed into whatever blocked us (a graze along a wall is not a slam).
    let hitSpeed = 0;
    // Fast path: nothing solid in the 3x3 cells around us, and the step is shorter than
    // half a tile, so the body cannot touch a wall this tick.
    if (clearAround[myCell] === 1) {
      x += mx;
      y += my;
    } else {
    if (mx !== 0) {
      const nx = x + mx;
      if (blocked(grid, pileOpen, nx, y, r, climbs)) {
        hitSpeed = Math.abs(mx) / DT;
        let sx2 = mx > 0 ? Math.floor(nx + r) - r - EPS : Math.floor(nx - r) + 1 + r + EPS;
        if (blocked(grid, pileOpen, sx2, y, r, climbs)) sx2 = x;
        x = sx2;
        vx = 0;
      } else x = nx;
    }
    if (my !== 0) {
      const ny = y + my;
      if (blocked(grid, pileOpen, x, ny, r, climbs)) {
        hitSpeed = Math.max(hitSpeed, Math.abs(my) / DT);
        let sy2 = my > 0 ? Math.floor(ny + r) - r - EPS : Math.floor(ny - r) + 1 + r + EPS;
        if (blocked(grid, pileOpen, x, sy2, r, climbs)) sy2 = y;
        y = sy2;
        vy = 0;
      } else y = ny;
    }
    }
    if (hitSpeed > 0 && v !== Variant.Climber && st !== S.Climb) {
      // Blocked while pushing on: against a climbable wall, this body joins the pile at its base.
      const probe = Math.floor(y + hy * (r + 0.2)) * w + Math.floor(x + hx * (r + 0.2));
      if (grid.tiles[probe] === FACADE && pileOpen[probe] === 0) world.pilePressing[probe]!++;
    }
    if (st === S.Sprint && hitSpeed > stats.slamSpeed) {
      st = S.Stagger;
      stateTimer[i] = HORDE.staggerSeconds;
      staggerCount[i] = staggerCount[i]! + 1;
      vx = -vx * 0.2;
      vy = -vy * 0.2;
      world.events.push({ type: 'infectedSlammed', agent: id[i]!, x, y });
    }

    // --- climbing: on a facade cell the agent is climbing ---
    const cell = Math.floor(y) * w + Math.floor(x);
    if (grid.tiles[cell] === FACADE) {
      if (st !== S.Climb && st !== S.Stagger) st = S.Climb;
      if (v !== Variant.Climber) world.pilePressing[cell]!++;
    } else if (st === S.Climb) {
      st = S.Search;
      searchLooking[i] = 0;
    }

    xs[i] = x;
    ys[i] = y;
    velX[i] = vx;
    velY[i] = vy;
    headingX[i] = hx;
    headingY[i] = hy;
    state[i] = st;
  }
  world.director.nearMisses += nearMisses;

  updatePiles(world);
  rebuildSpatialHash(hash, h.x, h.y, h.count);
  hash.builtAt = h.changes;
}

const openAroundCache = { revision: -1, grid: null as Grid | null, cells: new Uint8Array(0) };

/** Per cell: 1 when it and its 8 neighbours are open floor (no collision possible this tick). */
function openAround(world: World): Uint8Array {
  const grid = world.grid;
  const c = openAroundCache;
  if (c.grid === grid && c.revision === grid.revision) return c.cells;
  const w = grid.width;
  const hgt = grid.height;
  if (c.cells.length !== w * hgt) c.cells = new Uint8Array(w * hgt);
  const cells = c.cells;
  cells.fill(0);
  for (let y = 1; y < hgt - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      let open = 1;
      for (let dy = -1; dy <= 1 && open; dy++) for (let dx = -1; dx <= 1; dx++) if (grid.solid[(y + dy) * w + x + dx] !== 0) open = 0;
      cells[y * w + x] = open;
    }
  }
  c.grid = grid;
  c.revision = grid.revision;
  return cells;
}

/** Piles grow toward the number of bodies pressing at each climbable cell, and crest at the wall height. */
function updatePiles(world: World): void {
  const cells = world.climbableCells;
  const w = world.grid.width;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    // Bodies pressing at this cell, and half of those at the neighbouring cells (a pile spreads).
    const pp = world.pilePressing;
    const pressing = pp[c]! + 0.5 * (pp[c - 1]! + pp[c + 1]! + (pp[c - w] ?? 0) + (pp[c + w] ?? 0));
    let pile = world.pile[c]!;
    if (pressing > pile) pile = Math.min(pressing, pile + HORDE.pileGrowPerSecond * DT);
    else pile = Math.max(pressing, pile - HORDE.pileDecayPerSecond * DT);
    world.pile[c] = pile;
    if (world.pileOpen[c] === 0 && pile >= HORDE.wallHeightBodies) {
      world.pileOpen[c] = 1;
      world.events.push({ type: 'pileOpened', x: (c % w) + 0.5, y: Math.floor(c / w) + 0.5 });
    } else if (world.pileOpen[c] === 1 && pile < HORDE.wallHeightBodies - 1) {
      world.pileOpen[c] = 0;
      world.events.push({ type: 'pileClosed', x: (c % w) + 0.5, y: Math.floor(c / w) + 0.5 });
    }
  }
  for (let k = 0; k < cells.length; k++) world.pilePressing[cells[k]!] = 0;
}
