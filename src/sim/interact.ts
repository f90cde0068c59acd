import type { World } from './world';
import { INTERACT, REINFORCE, TICK_RATE, VENT } from './tuning';
import { useDoor } from './doors';
import { emitNoise } from './noise';
import { divertHorde } from './horde/hearing';
import { useCabinet } from './extinguisher';
import { stepOutOfLocker, useLocker, useVending, vendingFull } from './objects';

/**
 * What the use button would do now: the thing in reach it acts on and how. The HUD's
 * prompt names it ("E Open", "USE Hide"), so the player knows before pressing.
 *   stepOut          leave the locker you hide in
 *   free             let the classmate out of a locker
 *   hide             get into a locker
 *   takeExtinguisher swap in a cabinet's fresh extinguisher
 *   cabinetEmpty     a used cabinet (the press says so)
 *   cabinetFull      your extinguisher is still full (the press says so)
 *   open / close     a door
 *   locked           a locked door (the press rattles it)
 *   vend             empty a vending machine into your arms (loudly)
 *   vendingEmpty     a machine already emptied (the press says so)
 *   reinforce        brace a closed door with an item carried from the shelves (REINFORCE),
 *                    offered instead of open while something is at the door
 *   bangVent         bang on a vent: a boom at the duct's far end, a softer one here (VENT)
 */
export type InteractionKind =
  | 'stepOut' | 'free' | 'hide' | 'takeExtinguisher' | 'cabinetEmpty' | 'cabinetFull' | 'open' | 'close' | 'locked' | 'vend' | 'vendingEmpty' | 'reinforce' | 'bangVent';

export interface Interaction {
  kind: InteractionKind;
  target: 'locker' | 'cabinet' | 'door' | 'vending' | 'vent';
  /** Index in world.level.lockers, world.cabinets, world.doors, world.level.vendingMachines or world.level.vents. */
  index: number;
  /** The target's cell, for drawing the prompt beside it. */
  x: number;
  y: number;
}

/**
 * The interactable the use button acts on: the nearest one in reach, preferring the one
 * the player faces (a thing behind counts as INTERACT.behindWeight times as far). Facing
 * no longer decides alone, because facing follows the mouse: at a door with the reticle
 * elsewhere, E used to do nothing. Null when nothing is in reach.
 */
export function interactionInReach(world: World): Interaction | null {
  const p = world.player;
  if (world.objects.hidingIn >= 0) {
    const l = world.level.lockers[world.objects.hidingIn]!;
    return { kind: 'stepOut', target: 'locker', index: world.objects.hidingIn, x: l.x, y: l.y };
  }
  let best: Interaction | null = null;
  let bestScore = Infinity;
  const consider = (target: Interaction['target'], index: number, cx: number, cy: number, reach: number, kind: InteractionKind): void => {
    const dx = cx + 0.5 - p.x;
    const dy = cy + 0.5 - p.y;
    const d2 = dx * dx + dy * dy;
    if (d2 > reach * reach) return;
    const d = Math.sqrt(d2);
    // 1 straight ahead, behindWeight straight behind, in between to the side.
    const cos = d > 1e-9 ? (p.facingX * dx + p.facingY * dy) / d : 1;
    const score = d * (1 + ((1 - cos) / 2) * (INTERACT.behindWeight - 1));
    if (score < bestScore) {
      bestScore = score;
      best = { kind, target, index, x: cx, y: cy };
    }
  };
  const lockers = world.level.lockers;
  for (let i = 0; i < lockers.length; i++) {
    const l = lockers[i]!;
    // A locker is used from its front cell: the player must stand there, not beside it.
    const fx = l.front.x - p.x;
    const fy = l.front.y - p.y;
    if (fx * fx + fy * fy > INTERACT.lockerFrontReach * INTERACT.lockerFrontReach) continue;
    consider('locker', i, l.x, l.y, INTERACT.reach, l.classmate && world.objects.lockerRescued[i] === 0 ? 'free' : 'hide');
  }
  const ex = world.extinguisher;
  world.cabinets.forEach((c, i) => {
    const kind: InteractionKind = c.used ? 'cabinetEmpty' : ex.hasExtinguisher && ex.pressure >= 1 ? 'cabinetFull' : 'takeExtinguisher';
    consider('cabinet', i, c.x, c.y, INTERACT.reach, kind);
  });
  const machines = world.level.vendingMachines ?? [];
  for (let m = 0; m < machines.length; m++) {
    const v = machines[m]!;
    // Used from the floor in front, like a locker.
    const fx = v.front.x - p.x;
    const fy = v.front.y - p.y;
    if (fx * fx + fy * fy > INTERACT.lockerFrontReach * INTERACT.lockerFrontReach) continue;
    consider('vending', m, v.x, v.y, INTERACT.reach, vendingFull(world, m) ? 'vend' : 'vendingEmpty');
  }
  const vents = world.level.vents ?? [];
  for (let k = 0; k < vents.length; k++) {
    const v = vents[k]!;
    // Banged from the floor in front, like a vending machine is used.
    const fx = v.front.x - p.x;
    const fy = v.front.y - p.y;
    if (fx * fx + fy * fy > INTERACT.lockerFrontReach * INTERACT.lockerFrontReach) continue;
    consider('vent', k, v.x, v.y, INTERACT.reach, 'bangVent');
  }
  const brace = braceCarried(world) >= 0;
  world.doors.forEach((d, i) => {
    if (d.broken) return;
    // Carrying a brace, a closed door with something at it is braced instead of opened.
    const shut: InteractionKind = d.locked ? 'locked' : brace && doorThreatened(world, i) ? 'reinforce' : 'open';
    consider('door', i, d.x, d.y, INTERACT.reach, d.open ? 'close' : shut);
  });
  return best;
}

/** The use press (when no grab takes it): does what interactionInReach names. Returns true when it did something. */
export function useInteraction(world: World): boolean {
  const it = interactionInReach(world);
  if (!it) return false;
  switch (it.target) {
    case 'locker':
      return it.kind === 'stepOut' ? stepOutOfLocker(world) : useLocker(world, it.index);
    case 'cabinet':
      return useCabinet(world, it.index);
    case 'door':
      return it.kind === 'reinforce' ? reinforceDoor(world, it.index) : useDoor(world, it.index);
    case 'vending':
      return useVending(world, it.index);
    case 'vent':
      return bangVent(world, it.index);
  }
}

/**
 * Bangs on vent `index`: a boom of VENT.farLoudness where the duct ends, a din like the
 * group's diversion (the infected that hear it go to look, even one hitting a door), and a
 * noise of VENT.nearLoudness at the grille. False while it still rings (cooldown).
 */
export function bangVent(world: World, index: number): boolean {
  const v = world.level.vents?.[index];
  if (!v || world.tick < world.ventReadyTick[index]!) return false;
  world.ventReadyTick[index] = world.tick + Math.round(VENT.cooldownSeconds * TICK_RATE);
  const x = v.x + 0.5;
  const y = v.y + 0.5;
  world.events.push({ type: 'ventBanged', vent: index, x, y, farX: v.far.x, farY: v.far.y });
  emitNoise(world, v.far.x, v.far.y, VENT.farLoudness, 'vent');
  divertHorde(world, v.far.x, v.far.y, VENT.farLoudness);
  emitNoise(world, v.front.x, v.front.y, VENT.nearLoudness, 'vent');
  return true;
}

/** The first carried item that can brace a door (a REINFORCE item taken and not yet used), or -1. */
export function braceCarried(world: World): number {
  const items = world.level.items;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind === 'loot' && world.objects.itemTaken[k] === 1 && world.braceUsed[k] === 0 && REINFORCE.items.includes(item.item)) return k;
  }
  return -1;
}

/**
 * Something is at the door: an awake infected stands within REINFORCE.threatRadius of it.
 * A door hit earlier but left alone since opens again (it used to stay "threatened" for
 * good, so a player carrying a brace could not get out after the din: every press braced).
 */
export function doorThreatened(world: World, index: number): boolean {
  const d = world.doors[index]!;
  const h = world.horde;
  const r2 = REINFORCE.threatRadius * REINFORCE.threatRadius;
  for (let i = 0; i < h.count; i++) {
    if (h.asleep[i] === 1) continue;
    const dx = h.x[i]! - (d.x + 0.5);
    const dy = h.y[i]! - (d.y + 0.5);
    if (dx * dx + dy * dy <= r2) return true;
  }
  return false;
}

/**
 * Braces a closed door with the first brace carried: REINFORCE.hpPerItem more hit points,
 * and a noise at the door (jamming a mop handle is not quiet). False without a brace.
 */
export function reinforceDoor(world: World, index: number): boolean {
  const k = braceCarried(world);
  const d = world.doors[index]!;
  if (k < 0 || d.open || d.broken) return false;
  world.braceUsed[k] = 1;
  d.hp += REINFORCE.hpPerItem;
  const item = world.level.items[k]!;
  world.events.push({ type: 'doorReinforced', door: index, hp: d.hp, item: item.kind === 'loot' ? item.item : '' });
  emitNoise(world, d.x + 0.5, d.y + 0.5, REINFORCE.noise, 'reinforce');
  return true;
}
