import type { World } from './world';
import type { Intent } from './intent';
import { DIFFICULTY, GRAB, TICK_SECONDS } from './tuning';
import { VARIANT_NAMES } from './tuning';
import { InfectedState, indexOfInfected } from './horde';
import { SurvivorState } from './survivors';

/** Quantised move direction: 0 none, 1 east, 2 south, 3 west, 4 north. */
function moveDirection(intent: Intent): number {
  const mx = Number.isFinite(intent.moveX) ? intent.moveX : 0;
  const my = Number.isFinite(intent.moveY) ? intent.moveY : 0;
  if (Math.abs(mx) < 0.3 && Math.abs(my) < 0.3) return 0;
  if (Math.abs(mx) >= Math.abs(my)) return mx > 0 ? 1 : 3;
  return my > 0 ? 2 : 4;
}

/**
 * The interact presses this tick: the input layer's count (several presses can fall
 * between two ticks), else 1 for a rising edge of the held state (intents that do not
 * count: old replays, bots, tests).
 */
export function interactPressCount(intent: Intent, interactPressed: boolean): number {
  const counted = intent.interactPresses ?? 0;
  const n = Number.isFinite(counted) && counted > 0 ? Math.floor(counted) : 0;
  return Math.max(n, interactPressed ? 1 : 0);
}

/**
 * Breaking a grab: each interact press (every one counted by the input layer, even
 * several in one tick), or each change of the held move direction (a
 * wiggle), counts; GRAB.breakPresses within the difficulty's window frees the player
 * (the grabber is thrown back and staggers: see the horde's Grab state), and nobody can
 * grab again for GRAB.immunitySeconds. Running out of time is a bite.
 * Returns true when the interact press was used up by the grab.
 */
export function updateGrab(world: World, intent: Intent, interactPressed: boolean): boolean {
  const p = world.player;
  const dir = moveDirection(intent);
  if (p.grabImmunity > 0) p.grabImmunity = Math.max(0, p.grabImmunity - TICK_SECONDS);
  if (p.grabbedBy < 0) {
    p.wiggleDir = dir;
    return false;
  }
  p.grabPresses += interactPressCount(intent, interactPressed);
  if (dir !== 0 && dir !== p.wiggleDir) p.grabPresses++;
  p.wiggleDir = dir;
  p.grabTimer += TICK_SECONDS;
  if (p.grabPresses >= GRAB.breakPresses) {
    world.events.push({ type: 'grabBroken', agent: p.grabbedBy });
    p.grabbedBy = -1;
    p.grabImmunity = GRAB.immunitySeconds;
    return interactPressed;
  }
  if (p.grabTimer >= DIFFICULTY[world.difficulty].grabBreakSeconds) {
    const i = indexOfInfected(world.horde, p.grabbedBy);
    const variant = VARIANT_NAMES[i >= 0 ? world.horde.variant[i]! : 0]!;
    world.status = 'lost';
    world.events.push({ type: 'bitten', agent: p.grabbedBy, variant });
  }
  return interactPressed;
}

/**
 * The horde's side: chasing agent i has reached the player (horde/perceive.ts). The
 * grab costs one of the player's grabs; past the difficulty's grabHealth it is a bite
 * and the chapter is lost. The agent holds on (state Grab) until the player breaks
 * free (then it is thrown back: horde/decide.ts).
 */
export function startGrab(world: World, i: number): void {
  const h = world.horde;
  const p = world.player;
  const variant = VARIANT_NAMES[h.variant[i]!]!;
  p.grabsTaken++;
  world.director.grabs++;
  if (p.grabsTaken > DIFFICULTY[world.difficulty].grabHealth) {
    world.status = 'lost';
    world.events.push({ type: 'bitten', agent: h.id[i]!, variant });
    h.state[i] = InfectedState.Grab;
    return;
  }
  p.grabbedBy = h.id[i]!;
  p.grabTimer = 0;
  p.grabPresses = 0;
  world.events.push({ type: 'grabbed', agent: h.id[i]!, variant, grabsTaken: p.grabsTaken });
  h.state[i] = InfectedState.Grab;
  h.vx[i] = 0;
  h.vy[i] = 0;
}

/**
 * Chasing agent i has reached ally k (horde/perceive.ts): it holds on (state Grab) while
 * the ally struggles (allies.ts decides: broken free or bitten). A grab on the group raises
 * the director's intensity like one on the player.
 */
export function startAllyGrab(world: World, i: number, k: number): void {
  const h = world.horde;
  const s = world.survivors;
  s.state[k] = SurvivorState.Grabbed;
  s.grabbedBy[k] = h.id[i]!;
  s.grabTimer[k] = 0;
  s.gait[k] = 0;
  world.director.grabs++;
  world.events.push({ type: 'allyGrabbed', ally: s.castId[k]!, survivor: k, agent: h.id[i]!, x: s.x[k]!, y: s.y[k]! });
  h.state[i] = InfectedState.Grab;
  h.vx[i] = 0;
  h.vy[i] = 0;
}
