import { simCos, simSin } from '../simMath';
import * as hordeModule from '../horde';
import * as noise from '../noise';
import * as rng from '../rng';
import * as tuning from '../tuning';
import * as bodies from './bodies';
import * as bashModule from './bash';
import * as staggerModule from './stagger';
import * as tickModule from './tick';
import * as survivorsModule from '../survivors';
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
const { SurvivorState } = survivorsModule;
const S = InfectedState;
const DT = TICK_SECONDS;
const ARRIVE2 = HORDE.arriveRadius * HORDE.arriveRadius;
/** The look-around sweep, in ticks: one way for the first half, back for the second. */
const SWEEP_TICKS = Math.round(HORDE.lookSweepSeconds * TICK_RATE);
const SWEEP_HALF = SWEEP_TICKS / 2;

/*
 * The state machine, one small function per state: the loop in hordeUpdate.ts switches
 * on the agent's state and calls the one for it (small functions are inlined by V8 where
 * they are hot; one function with every state was too big to be, and cost a call per
 * agent). Each takes agent i (variant v), counts its timer down, changes state when it
 * runs out or the situation changes (events for the player: alerted -> sprint, cheer,
 * gave up, ...), and says how the agent wants to move this tick where that differs from
 * standing still with its heading kept (the loop resets them first): t.wantSpeed,
 * t.steer (a Steer) and t.sprinting. Each returns the new state. See docs/architecture.md
 * (the horde: States) for the story of each state.
 */

/** Idle: twitching, or shambling off on a new idle spell when the timer runs out (never asleep, never a cheerleader). */
export function idle(t: HordeTick, i: number, v: number): number {
  const stateTimer = t.stateTimer;
  stateTimer[i] = stateTimer[i]! - DT;
  const awake = t.asleep[i] === 0;
  if (awake && v !== Variant.Cheerleader && stateTimer[i]! <= 0) newIdleSpell(t, i);
  if (t.wandering[i] === 1 && awake) t.wantSpeed = INFECTED[v]!.shambleSpeed;
  return S.Idle;
}

/** A new idle spell: shamble off somewhere, or stand and twitch. */
function newIdleSpell(t: HordeTick, i: number): void {
  const rng = t.world.rng;
  const moving = nextFloat(rng) < HORDE.wanderChance;
  t.wandering[i] = moving ? 1 : 0;
  t.stateTimer[i] = (moving ? HORDE.wanderSeconds : HORDE.idleStillSeconds) * (HORDE.idleSpellMinFactor + nextFloat(rng));
  if (moving) {
    const a = nextFloat(rng) * Math.PI * 2;
    t.headingX[i] = simCos(a);
    t.headingY[i] = simSin(a);
  }
}

/** Alerted (the telegraph): faces the player; then a cheerleader cheers, the rest sprint. */
export function alerted(t: HordeTick, i: number, v: number): number {
  const stateTimer = t.stateTimer;
  stateTimer[i] = stateTimer[i]! - DT;
  t.steer = Steer.FacePlayer;
  if (stateTimer[i]! > 0) return S.Alerted;
  const world = t.world;
  const x = t.x[i]!;
  const y = t.y[i]!;
  if (v === Variant.Cheerleader) {
    stateTimer[i] = HORDE.cheerSeconds;
    world.events.push({ type: 'cheer', agent: t.id[i]!, x, y });
    emitNoise(world, x, y, NOISE.cheer, 'cheer');
    return S.Cheer;
  }
  stateTimer[i] = INFECTED[v]!.sprintSeconds;
  world.events.push({ type: 'infectedSprint', agent: t.id[i]!, x, y });
  return S.Sprint;
}

/** Cheer: faces the player, then sprints. */
export function cheer(t: HordeTick, i: number, v: number): number {
  const stateTimer = t.stateTimer;
  stateTimer[i] = stateTimer[i]! - DT;
  t.steer = Steer.FacePlayer;
  if (stateTimer[i]! > 0) return S.Cheer;
  stateTimer[i] = INFECTED[v]!.sprintSeconds;
  return S.Sprint;
}

/** Sprint at the target; where the player was and no sign of them: look around; out of breath: recover. */
export function sprint(t: HordeTick, i: number, v: number): number {
  const stateTimer = t.stateTimer;
  stateTimer[i] = stateTimer[i]! - DT;
  t.wantSpeed = INFECTED[v]!.sprintSpeed;
  t.steer = Steer.Target;
  t.sprinting = true;
  const gx = t.targetX[i]! - t.x[i]!;
  const gy = t.targetY[i]! - t.y[i]!;
  if (t.seesPlayer[i] === 0 && gx * gx + gy * gy < ARRIVE2) {
    // Reached where the player was, and no sign of them: look around.
    t.searchLooking[i] = 1;
    stateTimer[i] = HORDE.searchLookSeconds;
    return S.Search;
  }
  if (stateTimer[i]! <= 0) {
    stateTimer[i] = INFECTED[v]!.recoverSeconds;
    return S.Recover;
  }
  return S.Sprint;
}

/** Recover (winded, slow) toward the target; then sprint again if it sees the player, else search. */
export function recover(t: HordeTick, i: number, v: number): number {
  const stateTimer = t.stateTimer;
  stateTimer[i] = stateTimer[i]! - DT;
  t.wantSpeed = INFECTED[v]!.recoverSpeed;
  t.steer = Steer.Target;
  if (stateTimer[i]! > 0) return S.Recover;
  if (t.seesPlayer[i] === 1) {
    stateTimer[i] = INFECTED[v]!.sprintSeconds;
    t.world.events.push({ type: 'infectedSprint', agent: t.id[i]!, x: t.x[i]!, y: t.y[i]! });
    return S.Sprint;
  }
  t.searchLooking[i] = 0;
  return S.Search;
}

/**
 * Search, except walking to the target (that, the common case, is inline in the loop in
 * hordeUpdate.ts): without a target it idles; at the target it looks around.
 */
export function search(t: HordeTick, i: number, v: number): number {
  if (t.hasTarget[i] === 0) return S.Idle;
  return lookAround(t, i, v);
}

/**
 * A searcher walking to its target made no headway for HORDE.searchStuckSeconds (wedged in a
 * doorway against another body, pressed in a crowd): it looks around where it is, then gives
 * up as if it had arrived (two bodies in a doorway used to hold each other for ever).
 */
export function stuckSearch(t: HordeTick, i: number): number {
  t.searchStuck[i] = 0;
  t.searchLooking[i] = 1;
  t.stateTimer[i] = HORDE.searchLookSeconds;
  return S.Search;
}

/** Searching, at the target: sweep the heading back and forth; when the time is up, give up (idle). */
function lookAround(t: HordeTick, i: number, v: number): number {
  const stateTimer = t.stateTimer;
  stateTimer[i] = stateTimer[i]! - DT;
  const sweep = (t.tick + i) % SWEEP_TICKS < SWEEP_HALF ? 1 : -1;
  const c = COS_WALK_TURN[v]!;
  const s = SIN_WALK_TURN[v]! * sweep * HORDE.lookTurnFraction;
  const hx = t.headingX[i]!;
  const hy = t.headingY[i]!;
  t.headingX[i] = hx * c - hy * s;
  t.headingY[i] = hx * s + hy * c;
  if (stateTimer[i]! > 0) return S.Search;
  t.hasTarget[i] = 0;
  t.searchLooking[i] = 0;
  stateTimer[i] = 0;
  t.world.events.push({ type: 'infectedGaveUp', agent: t.id[i]!, x: t.x[i]!, y: t.y[i]! });
  return S.Idle;
}

/**
 * Grab: holds its survivor (the player or an ally) still, facing them; when they broke
 * free, it is thrown back, staggered. Having bitten an ally it lets go, winded.
 */
export function grab(t: HordeTick, i: number, v: number): number {
  const k = t.target[i]!;
  const survivors = t.world.survivors;
  const heldBy = k === 0 ? t.p.grabbedBy : survivors.grabbedBy[k]!;
  if (heldBy !== t.id[i] && t.world.status === 'playing') {
    if (k !== 0 && survivors.state[k] === SurvivorState.Bitten) {
      t.target[i] = 0;
      t.stateTimer[i] = INFECTED[v]!.recoverSeconds;
      return S.Recover;
    }
    // The survivor broke free: thrown back, staggered.
    const pdx = t.sx[k]! - t.x[i]!;
    const pdy = t.sy[k]! - t.y[i]!;
    const d = Math.sqrt(pdx * pdx + pdy * pdy) || 1;
    t.state[i] = S.Grab;
    stagger(t.h, i, GRAB.grabberStaggerSeconds, false);
    t.vx[i] = ((-pdx / d) * GRAB.shoveImpulse) / MASS[v]!;
    t.vy[i] = ((-pdy / d) * GRAB.shoveImpulse) / MASS[v]!;
    t.steer = Steer.Friction;
    return S.Stagger;
  }
  t.vx[i] = 0;
  t.vy[i] = 0;
  t.steer = Steer.FacePlayer;
  return S.Grab;
}

/** Stagger: slides (friction only); then recovers toward its target, or idles. */
export function staggered(t: HordeTick, i: number, v: number): number {
  const stateTimer = t.stateTimer;
  stateTimer[i] = stateTimer[i]! - DT;
  t.steer = Steer.Friction;
  if (stateTimer[i]! > 0) return S.Stagger;
  if (t.hasTarget[i] === 1) {
    stateTimer[i] = INFECTED[v]!.recoverSeconds * HORDE.recoverAfterStaggerFraction;
    return S.Recover;
  }
  stateTimer[i] = 0;
  return S.Idle;
}

/** Bash: hits its door (bash.ts), standing still, until the door gives or is open. */
export function bashing(t: HordeTick, i: number, v: number): number {
  const st = bash(t, i, v);
  if (st === S.Bash) t.steer = Steer.Friction;
  return st;
}

/** Climb: up the facade toward its target. */
export function climb(t: HordeTick, _i: number, v: number): number {
  t.wantSpeed = INFECTED[v]!.climbSpeed;
  t.steer = Steer.Target;
  return S.Climb;
}
