import type { World } from './world';
import * as hashModule from './spatialHash';
import * as hearing from './horde/hearing';
import * as piles from './horde/piles';
import * as staggerModule from './horde/stagger';
import * as perceiveModule from './horde/perceive';
import * as decideModule from './horde/decide';
import * as steerModule from './horde/steer';
import * as separateModule from './horde/separate';
import * as integrateModule from './horde/integrate';
import { beginHordeTick } from './horde/tick';

export { applyImpulse } from './horde/stagger';
export { breakDoor } from './horde/bash';
export { knockDownPile } from './horde/piles';

// Module-local copies of everything the hot loop calls: module namespace imports are
// live bindings (getters under some loaders, e.g. tsx in the benchmark), locals are not.
const { rebuildSpatialHash } = hashModule;
const { hear } = hearing;
const { updatePiles } = piles;
const { decayStaggers } = staggerModule;
const { perceive, closeIn } = perceiveModule;
const { decide } = decideModule;
const { steer } = steerModule;
const { separate } = separateModule;
const { integrate, openAround } = integrateModule;

/**
 * The horde system, run once per tick from step(). Each phase is a file in src/sim/horde/:
 *  1. hearing.ts: each queued noise wakes the agents around it;
 *  2. one pass over all agents (indices in order; an agent sees the neighbours before it
 *     where they moved to this tick), each agent through the phases in turn:
 *       perceive.ts  scheduled sight, hunters; closeIn: near misses and grabs (grab.ts)
 *       decide.ts    the state machine: timers, transitions, wanted speed and steering
 *                    (bashing doors: bash.ts)
 *       steer.ts     flow field or straight at the target, turn rate, momentum
 *       separate.ts  push from overlapping neighbours (spatial hash)
 *       integrate.ts move + collide with the grid, slams (stagger.ts), piles, climbing
 *  3. piles.ts: piles at climbable walls grow, open and close;
 *  4. the spatial hash is rebuilt for the next queries.
 * The phases share one HordeTick (tick.ts): the store's columns hoisted once per tick and
 * what each phase hands the next. No allocation per agent, no closures in the loop.
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

  const { x: xs, y: ys, prevX, prevY, state, variant, staggerCount } = t;
  const count = t.count;
  for (let i = 0; i < count; i++) {
    // Phases read the position from the columns (x, y change only in integrate): passing
    // doubles to a call that is not inlined would box them, an allocation per agent.
    const v = variant[i]!;
    prevX[i] = xs[i]!;
    prevY[i] = ys[i]!;
    decayStaggers(staggerCount, i);
    let st = perceive(t, i, state[i]!);
    st = closeIn(t, i, st);
    st = decide(t, i, st, v);
    st = steer(t, i, st, v);
    separate(t, i, st, v);
    integrate(t, i, st, v);
  }
  world.director.nearMisses += t.nearMisses;

  updatePiles(world);
  rebuildSpatialHash(hash, h.x, h.y, h.count);
  hash.builtAt = h.changes;
}
