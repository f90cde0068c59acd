import { simCos, simSin } from '../simMath';
import * as hordeModule from '../horde';
import * as noise from '../noise';
import * as rng from '../rng';
import * as tuning from '../tuning';
import * as bodies from './bodies';
import * as bashModule from './bash';
import * as staggerModule from './stagger';
import * as tickModule from './tick';
import type { HordeTick } from './tick';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { emitNoise } = noise;
const { nextFloat } = rng;
const { bash } = bashModule;
const { stagger } = staggerModule;
const { InfectedState } = hordeModule;
const { GRAB, HORDE, INFECTED, NOISE, TICK_RATE, TICK_SECONDS, Variant } = tuning;
const { COS_WALK_TURN, MASS, SIN_WALK_TURN } = bodies;
const { Steer } = tickModule;
const S = InfectedState;
const DT = TICK_SECONDS;
const ARRIVE2 = HORDE.arriveRadius * HORDE.arriveRadius;
/** The look-around sweep, in ticks: one way for the first half, back for the second. */
const SWEEP_TICKS = Math.round(HORDE.lookSweepSeconds * TICK_RATE);
const SWEEP_HALF = SWEEP_TICKS / 2;

/**
 * The state machine: one tick of agent i (variant v, at (x, y)) in state st. Counts its
 * timer down, changes state when it runs out or the situation changes (events for the
 * player: alerted -> sprint, cheer, gave up, ...), and says how the agent wants to move
 * this tick: t.wantSpeed, t.steer (a Steer) and t.sprinting. Returns the new state.
 * See docs/architecture.md (the horde: States) for the story of each state.
 */
export function decide(t: HordeTick, i: number, st: number, v: number): number {
  const x = t.x[i]!;
  const y = t.y[i]!;
  const world = t.world;
  const stats = INFECTED[v]!;
  const stateTimer = t.stateTimer;
  let wantSpeed = 0;
  let steer: number = Steer.Keep;
  let sprinting = false;
  switch (st) {
    case S.Idle: {
      stateTimer[i] = stateTimer[i]! - DT;
      const awake = t.asleep[i] === 0;
      if (awake && v !== Variant.Cheerleader && stateTimer[i]! <= 0) {
        // A new idle spell: shamble off somewhere, or stand and twitch.
        const moving = nextFloat(world.rng) < HORDE.wanderChance;
        t.wandering[i] = moving ? 1 : 0;
        stateTimer[i] = (moving ? HORDE.wanderSeconds : HORDE.idleStillSeconds) * (HORDE.idleSpellMinFactor + nextFloat(world.rng));
        if (moving) {
          const a = nextFloat(world.rng) * Math.PI * 2;
          t.headingX[i] = simCos(a);
          t.headingY[i] = simSin(a);
        }
      }
      if (t.wandering[i] === 1 && awake) wantSpeed = stats.shambleSpeed;
      break;
    }
    case S.Alerted:
      stateTimer[i] = stateTimer[i]! - DT;
      steer = Steer.FacePlayer;
      if (stateTimer[i]! <= 0) {
        if (v === Variant.Cheerleader) {
          st = S.Cheer;
          stateTimer[i] = HORDE.cheerSeconds;
          world.events.push({ type: 'cheer', agent: t.id[i]!, x, y });
          emitNoise(world, x, y, NOISE.cheer, 'cheer');
        } else {
          st = S.Sprint;
          stateTimer[i] = stats.sprintSeconds;
          world.events.push({ type: 'infectedSprint', agent: t.id[i]!, x, y });
        }
      }
      break;
    case S.Cheer:
      stateTimer[i] = stateTimer[i]! - DT;
      steer = Steer.FacePlayer;
      if (stateTimer[i]! <= 0) {
        st = S.Sprint;
        stateTimer[i] = stats.sprintSeconds;
      }
      break;
    case S.Sprint: {
      stateTimer[i] = stateTimer[i]! - DT;
      wantSpeed = stats.sprintSpeed;
      steer = Steer.Target;
      sprinting = true;
      const gx = t.targetX[i]! - x;
      const gy = t.targetY[i]! - y;
      if (t.seesPlayer[i] === 0 && gx * gx + gy * gy < ARRIVE2) {
        // Reached where the player was, and no sign of them: look around.
        st = S.Search;
        t.searchLooking[i] = 1;
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
      steer = Steer.Target;
      if (stateTimer[i]! <= 0) {
        if (t.seesPlayer[i] === 1) {
          st = S.Sprint;
          stateTimer[i] = stats.sprintSeconds;
          world.events.push({ type: 'infectedSprint', agent: t.id[i]!, x, y });
        } else {
          st = S.Search;
          t.searchLooking[i] = 0;
        }
      }
      break;
    case S.Search:
      if (t.hasTarget[i] === 0) {
        st = S.Idle;
        break;
      }
      if (t.searchLooking[i] === 0) {
        wantSpeed = stats.searchSpeed;
        steer = Steer.Target;
        const gx = t.targetX[i]! - x;
        const gy = t.targetY[i]! - y;
        if (gx * gx + gy * gy < ARRIVE2 && t.hunter[i] === 0) {
          t.searchLooking[i] = 1;
          stateTimer[i] = HORDE.searchLookSeconds;
        }
      } else {
        // Look around: sweep the heading back and forth.
        stateTimer[i] = stateTimer[i]! - DT;
        const sweep = (t.tick + i) % SWEEP_TICKS < SWEEP_HALF ? 1 : -1;
        const c = COS_WALK_TURN[v]!;
        const s = SIN_WALK_TURN[v]! * sweep * HORDE.lookTurnFraction;
        const hx = t.headingX[i]!;
        const hy = t.headingY[i]!;
        t.headingX[i] = hx * c - hy * s;
        t.headingY[i] = hx * s + hy * c;
        if (stateTimer[i]! <= 0) {
          st = S.Idle;
          t.hasTarget[i] = 0;
          t.searchLooking[i] = 0;
          stateTimer[i] = 0;
          world.events.push({ type: 'infectedGaveUp', agent: t.id[i]!, x, y });
        }
      }
      break;
    case S.Grab: {
      const p = t.p;
      if (p.grabbedBy !== t.id[i] && world.status === 'playing') {
        // The player broke free: thrown back, staggered.
        const pdx = p.x - x;
        const pdy = p.y - y;
        const d = Math.sqrt(pdx * pdx + pdy * pdy) || 1;
        t.state[i] = st;
        stagger(t.h, i, GRAB.grabberStaggerSeconds, false);
        st = S.Stagger;
        t.vx[i] = ((-pdx / d) * GRAB.shoveImpulse) / MASS[v]!;
        t.vy[i] = ((-pdy / d) * GRAB.shoveImpulse) / MASS[v]!;
        steer = Steer.Friction;
      } else {
        t.vx[i] = 0;
        t.vy[i] = 0;
        steer = Steer.FacePlayer;
      }
      break;
    }
    case S.Stagger:
      stateTimer[i] = stateTimer[i]! - DT;
      steer = Steer.Friction;
      if (stateTimer[i]! <= 0) {
        st = t.hasTarget[i] === 1 ? S.Recover : S.Idle;
        stateTimer[i] = st === S.Recover ? stats.recoverSeconds * HORDE.recoverAfterStaggerFraction : 0;
      }
      break;
    case S.Bash:
      st = bash(t, i, v);
      if (st === S.Bash) steer = Steer.Friction;
      break;
    case S.Climb:
      wantSpeed = stats.climbSpeed;
      steer = Steer.Target;
      break;
  }
  t.wantSpeed = wantSpeed;
  t.steer = steer;
  t.sprinting = sprinting;
  return st;
}
