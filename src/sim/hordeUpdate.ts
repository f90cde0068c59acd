import type { World } from './world';
import * as hashModule from './spatialHash';
import * as flow from './flowfield';
import * as gridModule from './grid';
import * as hordeModule from './horde';
import * as tuning from './tuning';
import * as bodies from './horde/bodies';
import * as hearing from './horde/hearing';
import * as piles from './horde/piles';
import * as staggerModule from './horde/stagger';
import * as perceiveModule from './horde/perceive';
import * as decideModule from './horde/decide';
import * as steerModule from './horde/steer';
import * as bashModule from './horde/bash';
import * as collide from './horde/collide';
import * as tickModule from './horde/tick';

export { applyImpulse } from './horde/stagger';
export { breakDoor } from './horde/bash';
export { knockDownPile } from './horde/piles';

// Module-local copies of everything the hot loop touches: module namespace imports are
// live bindings (getters under some loaders, e.g. tsx in the benchmark), locals are not.
// Every file in src/sim/horde/ does the same.
const { rebuildSpatialHash } = hashModule;
const { NO_DIRECTION, DIR_X, DIR_Y } = flow;
const { InfectedState } = hordeModule;
const { DIRECTOR, GRAB, HORDE, INFECTED, TICK_SECONDS, Variant } = tuning;
const { COS_SPRINT_TURN, COS_WALK_TURN, SIN_SPRINT_TURN, SIN_WALK_TURN, RADIUS, SHARE, STUCK_STEP2, VARIANT_COUNT } = bodies;
const { hear } = hearing;
const { updatePiles } = piles;
const { decayStaggers, stagger } = staggerModule;
const { look, isLookTick, closeIn } = perceiveModule;
const { idle, alerted, cheer, sprint, recover, search, stuckSearch, grab, staggered, bashing, climb } = decideModule;
const { flowDirection } = steerModule;
const { reachesDoor } = bashModule;
const { blockedAt, openAround, probe } = collide;
const { beginHordeTick, Steer } = tickModule;
const FACADE = gridModule.Tile.Facade;
// The steering modes as plain numbers: compared several times per agent (a constant object's
// field is a load and a map check each time).
const { Keep: KEEP, Target: TARGET, FacePlayer: FACE_PLAYER, Friction: FRICTION_ONLY } = Steer;
const S = InfectedState;
const DT = TICK_SECONDS;
/** Collision numerics (not gameplay): the gap kept from a wall, and the longest single-tick displacement, well under half a tile (no tunnelling). */
const EPS = 1e-6;
const MAX_STEP = 0.4;
const FRICTION = 1 - HORDE.staggerFriction * DT;
const SEP = HORDE.separationDistance;
const SEP2 = SEP * SEP;
const SEP_MAX = HORDE.separationMaxNeighbours;
const SEP_STRENGTH = HORDE.separationStrength;
const FAR = HORDE.farSeparationRadius;
const FAR_EVERY = HORDE.farSeparationEvery;
const NEAR2 = DIRECTOR.nearMissRadius * DIRECTOR.nearMissRadius;
const GRAB2 = GRAB.reach * GRAB.reach;
const ARRIVE2 = HORDE.arriveRadius * HORDE.arriveRadius;

/**
 * The horde system, run once per tick from step(). The phases, in order (the files are
 * in src/sim/horde/):
 *  1. hearing.ts: each queued noise wakes the agents around it;
 *  2. one pass over all agents, in index order (an agent separates from the neighbours
 *     before it where they moved to this tick; a door broken by one is open for the next):
 *       perceive     inline: hunters know, chasing agents near the player (near misses);
 *                    perceive.ts look: scheduled sight -> alerted; closeIn: grabs (grab.ts)
 *       decide.ts    the state machine, one function per state (switch below; search's
 *                    walk inline): timers, transitions, wanted speed and steering mode
 *                    (bash.ts: hitting and breaking doors)
 *       then, inline below: steer (flow field: steer.ts; doors: bash.ts), momentum,
 *       separate, integrate (collision: collide.ts; slams: stagger.ts; piles, climbing)
 *  3. piles.ts: piles at climbable walls grow, open and close;
 *  4. the spatial hash is rebuilt for the next queries.
 * Why steer, separate and integrate are inline and not calls: they are the hot part,
 * and as functions called per agent (tried: one file each) the tick was ~25% slower at
 * 10k (each call reloads every array and constant; positions and velocities go through
 * memory), see docs/architecture.md. What runs for every agent is inline too (a few
 * lines each): V8 inlines at most ~920 bytes of bytecode into this function, and the
 * collision probes (blockedAt, per axis) should stay within it. No allocation per agent, no
 * closures in the loop.
 */
export function updateHorde(world: World, heard: number): void {
  const h = world.horde;
  const hash = world.hash;
  world.fields.buildsThisTick = 0;
  if (hash.builtAt !== h.changes) {
    rebuildSpatialHash(hash, h.x, h.y, h.count);
    hash.builtAt = h.changes;
  }
  hear(world, heard);
  const t = beginHordeTick(world, openAround(world));

  const grid = world.grid;
  const p = world.player;
  const w = grid.width;
  const gridHeight = grid.height;
  const pileOpen = world.pileOpen;
  const clearAround = t.clearAround;
  const tick = t.tick;
  const { x: xs, y: ys, prevX, prevY, headingX, headingY, vx: velX, vy: velY, state, variant, id, staggerCount, hunter, seesPlayer, hasTarget, targetX, targetY, searchLooking, stateTimer, target } = t;
  // The survivors (slot 0 is the player, mirrored): an agent hunts the one it targets.
  const sxs = t.sx;
  const sys = t.sy;
  const huntable = t.huntable;
  const cellStart = t.cellStart;
  const hashed = t.hashed;
  const count = t.count;
  let nearMisses = 0;
  for (let i = 0; i < count; i++) {
    const v = variant[i]!;
    const stats = INFECTED[v]!;
    let x = xs[i]!;
    let y = ys[i]!;
    prevX[i] = x;
    prevY[i] = y;
    decayStaggers(staggerCount, i);
    // Phases called here take the agent's index, not its position: doubles passed to a
    // call that is not inlined are boxed (an allocation per agent).
    let st = state[i]!;
    // Its survivor: one the horde no longer hunts (bitten, turned, gone) leaves it the player.
    let tg = target[i]!;
    if (tg !== 0 && huntable[tg] === 0) {
      tg = 0;
      target[i] = 0;
    }
    // --- perceive (perceive.ts) ---
    // A hunter (the director's rush) always knows where its survivor is, and stops idling.
    if (hunter[i] === 1) {
      targetX[i] = sxs[tg]!;
      targetY[i] = sys[tg]!;
      hasTarget[i] = 1;
      if (st === S.Idle) {
        searchLooking[i] = 0;
        st = S.Search;
      }
    }
    if (isLookTick(t, i, st)) {
      st = look(t, i, st);
      tg = target[i]!;
    }
    // A chasing agent near its survivor is a near miss (the director's intensity, over the group); in reach, it grabs.
    if (st === S.Sprint || st === S.Recover || (st === S.Search && searchLooking[i] === 0) || st === S.Climb) {
      const dx = sxs[tg]! - x;
      const dy = sys[tg]! - y;
      const d2 = dx * dx + dy * dy;
      if (d2 < NEAR2) nearMisses++;
      if (d2 < GRAB2) st = closeIn(t, i, st);
    }
    // decide.ts: the state machine, one small function per state (so the hot ones inline).
    t.wantSpeed = 0;
    t.steer = KEEP;
    t.sprinting = false;
    switch (st) {
      case S.Idle: st = idle(t, i, v); break;
      case S.Alerted: st = alerted(t, i, v); break;
      case S.Cheer: st = cheer(t, i, v); break;
      case S.Sprint: st = sprint(t, i, v); break;
      case S.Recover: st = recover(t, i, v); break;
      case S.Search:
        if (hasTarget[i] === 1 && searchLooking[i] === 0) {
          // Walking to the target (the common case, inline); there, unless a hunter, it looks around.
          t.wantSpeed = stats.searchSpeed;
          t.steer = TARGET;
          const gx = targetX[i]! - x;
          const gy = targetY[i]! - y;
          if (gx * gx + gy * gy < ARRIVE2 && hunter[i] === 0) {
            searchLooking[i] = 1;
            stateTimer[i] = HORDE.searchLookSeconds;
          }
        } else st = search(t, i, v);
        break;
      case S.Grab: st = grab(t, i, v); break;
      case S.Stagger: st = staggered(t, i, v); break;
      case S.Bash: st = bashing(t, i, v); break;
      case S.Climb: st = climb(t, i, v); break;
    }
    let wantSpeed = t.wantSpeed;
    const steer = t.steer;
    const sprinting = t.sprinting;
    const tx = targetX[i]!;
    const ty = targetY[i]!;
    const pdx = p.x - x;
    const pdy = p.y - y;

    // --- steer: flow field or straight at the target, turn rate (flow fields and doors: steer.ts, bash.ts) ---
    let hx = headingX[i]!;
    let hy = headingY[i]!;
    let vx = velX[i]!;
    let vy = velY[i]!;
    const myCell = Math.floor(y) * w + Math.floor(x);
    if (steer === TARGET || steer === FACE_PLAYER) {
      let dx = 0;
      let dy = 0;
      if (steer === FACE_PLAYER || seesPlayer[i] === 1 || hasTarget[i] === 0) {
        dx = (steer === FACE_PLAYER ? sxs[target[i]!]! : tx) - x;
        dy = (steer === FACE_PLAYER ? sys[target[i]!]! : ty) - y;
      } else {
        const tcell = Math.floor(ty) * w + Math.floor(tx);
        if (tcell === myCell) {
          dx = tx - x;
          dy = ty - y;
        } else {
          const k = flowDirection(t, i, myCell, tcell);
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
              // The way leads through a closed door: bash it when close enough (bash.ts).
              const door = grid.doorAt[next]!;
              if (door >= 0 && st !== S.Stagger && reachesDoor(t, i, door)) {
                st = S.Bash;
                wantSpeed = 0;
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

    // --- momentum: speed along the heading approaches the wanted speed (a staggered body slides) ---
    if (steer === FRICTION_ONLY) {
      vx *= FRICTION;
      vy *= FRICTION;
    } else {
      let speed = Math.sqrt(vx * vx + vy * vy);
      if (speed < wantSpeed) speed = Math.min(wantSpeed, speed + stats.acceleration * DT);
      else speed = Math.max(wantSpeed, speed - stats.acceleration * HORDE.brakeFactor * DT);
      vx = hx * speed;
      vy = hy * speed;
    }

    // --- separate: push from overlapping neighbours (the 2x2 hash cells around the body), weighted by mass ---
    // The hash sorts agents by cell, so the two cells of a row are one contiguous run of
    // `hashed`: one range per row, same order (cell by cell, ascending index) as before.
    let sx = 0;
    let sy = 0;
    // Far from the player (off screen) an agent separates on every other tick, twice as hard.
    const far = pdx > FAR || pdx < -FAR || pdy > FAR || pdy < -FAR;
    if (st !== S.Grab && (!far || (tick + i) % FAR_EVERY === 0)) {
      const cx0 = Math.floor(x - 0.5);
      const cy0 = Math.floor(y - 0.5);
      const left = cx0 < 0 ? 0 : cx0;
      const right = cx0 + 1 >= w ? w - 1 : cx0 + 1;
      const shareRow = v * VARIANT_COUNT;
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
        sx *= FAR_EVERY;
        sy *= FAR_EVERY;
      }
    }

    // --- integrate: move + collide axis by axis (collide.ts); a sprinter hitting a wall slams (stagger.ts) ---
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
    // The probes take the body through `probe` (collide.ts), not as doubles: each double
    // passed to blocked() was boxed, up to 12 allocations per agent at a wall.
    probe[2] = r;
    if (mx !== 0) {
      const nx = x + mx;
      probe[0] = nx;
      probe[1] = y;
      if (blockedAt(grid, pileOpen, climbs)) {
        hitSpeed = Math.abs(mx) / DT;
        let sx2 = mx > 0 ? Math.floor(nx + r) - r - EPS : Math.floor(nx - r) + 1 + r + EPS;
        probe[0] = sx2;
        if (blockedAt(grid, pileOpen, climbs)) sx2 = x;
        x = sx2;
        vx = 0;
      } else x = nx;
    }
    if (my !== 0) {
      const ny = y + my;
      probe[0] = x;
      probe[1] = ny;
      if (blockedAt(grid, pileOpen, climbs)) {
        hitSpeed = Math.max(hitSpeed, Math.abs(my) / DT);
        let sy2 = my > 0 ? Math.floor(ny + r) - r - EPS : Math.floor(ny - r) + 1 + r + EPS;
        probe[1] = sy2;
        if (blockedAt(grid, pileOpen, climbs)) sy2 = y;
        y = sy2;
        vy = 0;
      } else y = ny;
    }
    }
    if (hitSpeed > 0 && v !== Variant.Climber && st !== S.Climb) {
      // Blocked while pushing on: against a climbable wall, this body joins the pile at its base.
      const reach = r + HORDE.pileProbeReach;
      const probe = Math.floor(y + hy * reach) * w + Math.floor(x + hx * reach);
      if (grid.tiles[probe] === FACADE && pileOpen[probe] === 0) world.pilePressing[probe]!++;
    }
    if (st === S.Sprint && hitSpeed > stats.slamSpeed) {
      state[i] = st;
      stagger(h, i, HORDE.staggerSeconds, true);
      st = S.Stagger;
      vx = -vx * HORDE.slamBounce;
      vy = -vy * HORDE.slamBounce;
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
    // A searcher walking to its target that gets nowhere for a while gives up (decide.ts stuckSearch).
    if (st === S.Search && searchLooking[i] === 0 && hunter[i] === 0) {
      const mdx = x - prevX[i]!;
      const mdy = y - prevY[i]!;
      if (mdx * mdx + mdy * mdy >= STUCK_STEP2[v]!) t.searchStuck[i] = 0;
      else if ((t.searchStuck[i] += DT) > HORDE.searchStuckSeconds) st = stuckSearch(t, i);
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
