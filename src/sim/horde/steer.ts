import * as hordeModule from '../horde';
import * as flow from '../flowfield';
import * as tuning from '../tuning';
import * as bodies from './bodies';
import * as bashModule from './bash';
import * as tickModule from './tick';
import type { HordeTick } from './tick';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { flowFieldFor, flowFieldValid, NO_DIRECTION, DIR_X, DIR_Y } = flow;
const { reachesDoor } = bashModule;
const { InfectedState } = hordeModule;
const { HORDE, INFECTED, TICK_SECONDS } = tuning;
const { COS_SPRINT_TURN, COS_WALK_TURN, SIN_SPRINT_TURN, SIN_WALK_TURN } = bodies;
const { Steer } = tickModule;
const S = InfectedState;
const DT = TICK_SECONDS;
const FRICTION = 1 - HORDE.staggerFriction * DT;

/**
 * Steering and momentum for agent i (variant v, at (x, y), state st after decide):
 * picks the way (t.steer), turns the heading toward it at most the variant's turn rate,
 * and brings the speed along the heading toward t.wantSpeed (a staggered body only
 * slides, losing speed). Writes headingX/Y and vx/vy; returns the state, which becomes
 * Bash when the way leads through a closed door within reach.
 */
export function steer(t: HordeTick, i: number, st: number, v: number): number {
  const x = t.x[i]!;
  const y = t.y[i]!;
  const mode = t.steer;
  let hx = t.headingX[i]!;
  let hy = t.headingY[i]!;
  if (mode === Steer.Target || mode === Steer.FacePlayer) {
    let dx = 0;
    let dy = 0;
    const p = t.p;
    const tx = t.targetX[i]!;
    const ty = t.targetY[i]!;
    if (mode === Steer.FacePlayer || t.seesPlayer[i] === 1 || t.hasTarget[i] === 0) {
      dx = (mode === Steer.FacePlayer ? p.x : tx) - x;
      dy = (mode === Steer.FacePlayer ? p.y : ty) - y;
    } else {
      const w = t.w;
      const myCell = Math.floor(y) * w + Math.floor(x);
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
          if (t.grid.solid[next] === 1 && st !== S.Grab) {
            // The way leads through a closed door: bash it when close enough.
            const door = t.grid.doorAt[next]!;
            if (door >= 0 && st !== S.Stagger && reachesDoor(t, i, door)) {
              st = S.Bash;
              t.wantSpeed = 0;
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
      const sprinting = t.sprinting;
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
  t.headingX[i] = hx;
  t.headingY[i] = hy;

  // Momentum: speed along the heading approaches the wanted speed.
  let vx = t.vx[i]!;
  let vy = t.vy[i]!;
  if (mode === Steer.Friction) {
    vx *= FRICTION;
    vy *= FRICTION;
  } else {
    const acceleration = INFECTED[v]!.acceleration;
    const wantSpeed = t.wantSpeed;
    let speed = Math.sqrt(vx * vx + vy * vy);
    if (speed < wantSpeed) speed = Math.min(wantSpeed, speed + acceleration * DT);
    else speed = Math.max(wantSpeed, speed - acceleration * HORDE.brakeFactor * DT);
    vx = hx * speed;
    vy = hy * speed;
  }
  t.vx[i] = vx;
  t.vy[i] = vy;
  return st;
}

/**
 * The flow-field step (a direction index, or NO_DIRECTION) from myCell toward tcell,
 * through agent i's cached field slot; asks for the goal's field when the slot is stale.
 */
function flowDirection(t: HordeTick, i: number, myCell: number, tcell: number): number {
  const fields = t.fields;
  const grid = t.grid;
  let slot = t.fieldSlot[i]!;
  if (!flowFieldValid(fields, grid, slot, tcell)) {
    // When the goal moves, every agent asks for the new field: remember the last answer
    // this tick instead of scanning the cache 10,000 times (same result: a valid slot is
    // the one flowFieldFor would find, and -1 means the build budget is spent for the
    // rest of the tick).
    if (tcell === t.lastGoalCell && (t.lastGoalSlot < 0 || flowFieldValid(fields, grid, t.lastGoalSlot, tcell))) slot = t.lastGoalSlot;
    else {
      slot = flowFieldFor(fields, grid, tcell, t.tick);
      t.lastGoalCell = tcell;
      t.lastGoalSlot = slot;
    }
    t.fieldSlot[i] = slot;
  }
  return slot >= 0 ? fields.dir[slot]![myCell]! : NO_DIRECTION;
}
