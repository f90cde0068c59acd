import type { World } from '../world';
import * as hordeModule from '../horde';
import type { HordeStore } from '../horde';
import * as tuning from '../tuning';
import * as bodies from './bodies';
import { freeAlly } from '../allies';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { InfectedState, removeInfected } = hordeModule;
const { GRAB, TICK_SECONDS } = tuning;
const { MASS } = bodies;

/**
 * Staggering: every way an infected is knocked off its feet (a wall slam, the foam, a
 * shove, a thrown canister, being thrown off the player) goes through stagger(), and
 * the horde decays the recent-stagger count that makes repeats weaker.
 */
const S = InfectedState;

/**
 * Staggers agent i for `seconds` (the longer of that and what is left, when it already
 * staggers) and ends any bash. `counts`: the stagger adds 1 to staggerCount, so the next
 * impulses and foam hits on it are weaker (diminishing returns; being thrown off the
 * player does not count). Writes h.state: a caller holding the state in a local must
 * store it first and take Stagger after.
 */
export function stagger(h: HordeStore, i: number, seconds: number, counts: boolean): void {
  h.stateTimer[i] = h.state[i] === S.Stagger ? Math.max(h.stateTimer[i]!, seconds) : seconds;
  h.state[i] = S.Stagger;
  h.bashDoor[i] = -1;
  if (counts) h.staggerCount[i] = h.staggerCount[i]! + 1;
}

/** Recent staggers wear off: 1 per second. */
export function decayStaggers(staggerCount: Float64Array, i: number): void {
  if (staggerCount[i]! > 0) staggerCount[i] = Math.max(0, staggerCount[i]! - TICK_SECONDS);
}

/**
 * Pushes agent i by the impulse (ix, iy) (tiles/s for a mass-1 body) and staggers it.
 * Diminishing returns: the push and the stagger are divided by 1 + staggerCount (recent
 * staggers, decaying by 1 per second), so a crowd cannot be stun-locked forever; mass
 * (heavies 4) resists. A climber hit on a wall falls off: it is removed from play.
 * Returns false when the agent was removed. For the extinguisher and shoves.
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
  if (h.state[i] === S.Grab) {
    // Knocked off an ally it held: the ally is free (allies.ts sees the grab is over).
    const s = world.survivors;
    for (let k = 1; k < s.count; k++) if (s.grabbedBy[k] === h.id[i]) freeAlly(world, k, h.id[i]!);
  }
  h.vx[i] = h.vx[i]! + ix / resist;
  h.vy[i] = h.vy[i]! + iy / resist;
  stagger(h, i, staggerSeconds / (1 + h.staggerCount[i]!), true);
  return true;
}
