import type { World } from './world';
import { InfectedState, removeInfected } from './horde';
import { applyImpulse } from './horde/stagger';
import { nextFloat } from './rng';
import { ALLY_ROLES, GRAB, TICK_SECONDS } from './tuning';
import { SurvivorRole, SurvivorState } from './survivors';
import { nearestVisibleInfected, Threat } from './allySight';

/**
 * What allies do by role, each tick after they moved (allies.ts):
 *  - a shover pushes back the nearest threatening infected in reach (one at a time, a
 *    cooldown between); the half-infected shoves the same way, and the horde sees her
 *    for a while after (she is ignored otherwise: see horde/tick.ts `huntable`);
 *  - the archer shoots the nearest climber or chaser she has a clear line to, while she
 *    has arrows, once per reload; the farther, the likelier a miss. A hit climber falls,
 *    a hit chaser is hurt, pushed and staggered, and dies at 0 health.
 * Numbers: ALLY_ROLES in tuning.ts.
 */
const DT = TICK_SECONDS;
const SHOVE = ALLY_ROLES.shove;
const BOW = ALLY_ROLES.archer;

export function updateAllyRoles(world: World): void {
  const s = world.survivors;
  for (let k = 1; k < s.count; k++) {
    const st = s.state[k]!;
    if (st !== SurvivorState.Ok && st !== SurvivorState.Bitten) continue;
    if (s.shoveCooldown[k]! > 0) s.shoveCooldown[k] = Math.max(0, s.shoveCooldown[k]! - DT);
    if (s.reload[k]! > 0) s.reload[k] = Math.max(0, s.reload[k]! - DT);
    if (s.hidden[k] === 1) continue;
    const role = s.role[k]!;
    if ((role === SurvivorRole.Shover || role === SurvivorRole.HalfInfected) && s.shoveCooldown[k] === 0) shove(world, k);
    else if (role === SurvivorRole.Archer && s.reload[k] === 0 && s.arrows[k]! > 0) shoot(world, k);
  }
}

/** Ally k shoves the nearest threatening infected within reach (a clear line), if any. */
function shove(world: World, k: number): void {
  const s = world.survivors;
  const x = s.x[k]!;
  const y = s.y[k]!;
  const i = nearestVisibleInfected(world, x, y, SHOVE.reach, Threat.Chasing);
  if (i < 0) return;
  const h = world.horde;
  const id = h.id[i]!;
  const dx = h.x[i]! - x;
  const dy = h.y[i]! - y;
  const d = Math.sqrt(dx * dx + dy * dy) || 1;
  s.shoveCooldown[k] = SHOVE.cooldownSeconds;
  // She attacked: the horde sees the half-infected for a while.
  if (s.role[k] === SurvivorRole.HalfInfected) s.noticed[k] = ALLY_ROLES.halfInfected.noticedSeconds;
  world.events.push({ type: 'allyShove', ally: s.castId[k]!, survivor: k, agent: id, x: h.x[i]!, y: h.y[i]! });
  applyImpulse(world, i, (dx / d) * SHOVE.impulse, (dy / d) * SHOVE.impulse, SHOVE.staggerSeconds);
}

/** The archer (ally k) shoots the nearest climber or chaser in range with a clear line. */
function shoot(world: World, k: number): void {
  const s = world.survivors;
  const x = s.x[k]!;
  const y = s.y[k]!;
  const i = nearestVisibleInfected(world, x, y, BOW.range, Threat.ChasingOrClimbing);
  if (i < 0) return;
  const h = world.horde;
  const id = h.id[i]!;
  const tx = h.x[i]!;
  const ty = h.y[i]!;
  const dx = tx - x;
  const dy = ty - y;
  const d = Math.sqrt(dx * dx + dy * dy) || 1;
  s.arrows[k] = s.arrows[k]! - 1;
  s.reload[k] = BOW.reloadSeconds;
  s.facingX[k] = dx / d;
  s.facingY[k] = dy / d;
  const far = Math.min(1, Math.max(0, (d - BOW.closeRange) / (BOW.range - BOW.closeRange)));
  const chance = BOW.hitAtClose + (BOW.hitAtRange - BOW.hitAtClose) * far;
  const hit = nextFloat(world.rng) < chance;
  world.events.push({ type: 'arrowShot', ally: s.castId[k]!, survivor: k, agent: id, hit, x, y, tx, ty, arrows: s.arrows[k]! });
  if (s.arrows[k] === BOW.lowArrows) world.events.push({ type: 'arrowsLow', ally: s.castId[k]!, survivor: k, arrows: s.arrows[k]! });
  if (!hit) return;
  if (h.state[i] === InfectedState.Climb) {
    // Off the wall: it falls (applyImpulse removes a climbing one).
    applyImpulse(world, i, (dx / d) * BOW.impulse, (dy / d) * BOW.impulse, BOW.staggerSeconds);
    return;
  }
  h.health[i] = h.health[i]! - BOW.damage;
  if (h.health[i]! <= 0) {
    killInfected(world, i);
    return;
  }
  applyImpulse(world, i, (dx / d) * BOW.impulse, (dy / d) * BOW.impulse, BOW.staggerSeconds);
}

/** Infected i is dead (an arrow): whoever it held is free. */
function killInfected(world: World, i: number): void {
  const h = world.horde;
  const id = h.id[i]!;
  const p = world.player;
  if (p.grabbedBy === id) {
    p.grabbedBy = -1;
    p.grabImmunity = GRAB.immunitySeconds;
    world.events.push({ type: 'grabBroken', agent: id });
  }
  world.events.push({ type: 'infectedKilled', agent: id, x: h.x[i]!, y: h.y[i]! });
  removeInfected(h, i);
}
