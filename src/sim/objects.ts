import type { World } from './world';
import type { LevelData } from './level';
import { pointInRect } from './level';
import { canSeePlayer } from './perception';
import { LOOT, OBJECTS, REINFORCE } from './tuning';
import { vecLength } from './simMath';
import { createRng, nextFloat } from './rng';
import { emitNoise } from './noise';
import { SurvivorState } from './survivors';

/**
 * What `itemTaken` holds per level item. Loot moves: it can be left in a vending machine,
 * missing from a seeded spot this run, carried, or dropped somewhere else on the floor.
 */
export const ItemState = {
  /** Lying where it is (itemX/itemY): walking over it takes it. */
  OnFloor: 0,
  /** Picked up (carried loot, a note kept, a key, a decoy in the pocket). */
  Taken: 1,
  /** A seeded loot spot the seed left empty this run. */
  Absent: 2,
  /** Just dropped: it waits until the player has stepped off it, then lies OnFloor. */
  Dropped: 3,
  /** Still inside its vending machine. */
  InMachine: 4,
  /** Handed to an ally, who carries it (not the player's weight); delivered with the group. */
  WithAlly: 5,
} as const;

/**
 * The authored things a player meets besides doors and cabinets: lockers to hide in (one
 * may hold a classmate to rescue), pick-ups on the floor (Mr. Baek's lab notes, decoys to
 * throw) and trigger areas that start scripted beats. Their state is plain typed arrays
 * indexed like the level's lists, so it is cloned for checkpoints and hashed with the rest.
 */
export interface ObjectState {
  /** Per level.items: 1 once picked up. */
  itemTaken: Uint8Array;
  /** Per level.lockers: 1 once its classmate has been rescued. */
  lockerRescued: Uint8Array;
  /** Per level.triggers: 1 once fired (for `once` triggers). */
  triggerFired: Uint8Array;
  /** Per level.triggers: 1 while the player stands inside (repeating triggers fire on entry). */
  triggerInside: Uint8Array;
  /** Per level.notices: 1 while the player stands reading it (a notice is read on approach). */
  noticeNear: Uint8Array;
  /** The locker the player hides in, -1 when not hiding. */
  hidingIn: number;
  /** Decoys carried (thrown with the throw button while carrying one). */
  decoys: number;
  /** Of the decoys carried, how many are trays (thrown first: a tray staggers what it hits). */
  trays: number;
  /** Per level.items: where it lies now (the level's spot until loot is dropped elsewhere). */
  itemX: Float64Array;
  itemY: Float64Array;
  /** The most loot the player holds at once (WorldOptions.armsFull; 0: no limit). */
  armsFull: number;
}

/**
 * The objects' state at the start: everything in place, vending machines full, and
 * LOOT.seededShare of the seeded loot spots filled, chosen by the seed (a generator of its
 * own, so the world's random stream is the same with or without seeded spots).
 */
export function createObjectState(level: LevelData, seed = 0, armsFull = 0): ObjectState {
  const items = level.items;
  const itemTaken = new Uint8Array(items.length);
  const itemX = new Float64Array(items.length);
  const itemY = new Float64Array(items.length);
  const seeded: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    itemX[i] = item.x;
    itemY[i] = item.y;
    if (item.kind !== 'loot') continue;
    if (item.machine !== undefined) itemTaken[i] = ItemState.InMachine;
    else if (item.seeded) seeded.push(i);
  }
  if (seeded.length > 0) {
    // A partial Fisher-Yates shuffle: the first `keep` spots after it are filled.
    const rng = createRng((seed ^ 0x5eed1007) >>> 0);
    const keep = Math.round(seeded.length * LOOT.seededShare);
    for (let k = 0; k < seeded.length; k++) {
      const j = k + Math.floor(nextFloat(rng) * (seeded.length - k));
      const t = seeded[k]!;
      seeded[k] = seeded[j]!;
      seeded[j] = t;
      if (k >= keep) itemTaken[seeded[k]!] = ItemState.Absent;
    }
  }
  return {
    itemTaken,
    lockerRescued: new Uint8Array(level.lockers.length),
    triggerFired: new Uint8Array(level.triggers.length),
    triggerInside: new Uint8Array(level.triggers.length),
    noticeNear: new Uint8Array(level.notices.length),
    hidingIn: -1,
    decoys: 0,
    trays: 0,
    itemX,
    itemY,
    armsFull,
  };
}

/** Loot the player carries now: picked up, not yet delivered to a collect objective, not dropped. */
export function lootCarried(world: World): number {
  const items = world.level.items;
  const taken = world.objects.itemTaken;
  const delivered = world.objectives.delivered;
  let n = 0;
  // The closet's braces (a mop handle, tape) are tools, not the raid's food: they weigh nothing.
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (taken[i] === ItemState.Taken && delivered[i] === 0 && it.kind === 'loot' && !REINFORCE.items.includes(it.item)) n++;
  }
  return n;
}

/** True when the player's arms are full (a level with a carry limit): loot walked over stays where it lies. */
export function armsFull(world: World): boolean {
  return world.objects.armsFull > 0 && lootCarried(world) >= world.objects.armsFull;
}

/** True while some ally still with the group (alive: ok, grabbed or bitten) carries loot. */
export function allyCarriesLoot(world: World): boolean {
  const s = world.survivors;
  for (let k = 1; k < s.count; k++) if (s.carried[k]! > 0 && s.state[k]! <= SurvivorState.Bitten) return true;
  return false;
}

/**
 * Loot handed to allies still with the group (ok, grabbed or bitten), not yet delivered.
 * An ally who turned or left took theirs with them: it no longer counts as found.
 */
export function lootWithAllies(world: World): number {
  const s = world.survivors;
  let n = 0;
  for (let k = 1; k < s.count; k++) if (s.state[k]! <= SurvivorState.Bitten) n += s.carried[k]!;
  return n;
}

/**
 * Hands one piece of the player's loot to ally slot k (it carries it: the player's load
 * gets lighter). The group's loot is delivered with the player's (objectives.ts) while the
 * ally is still with the group; an ally lost takes it with them. False when the player
 * carries none or k is not an ally still with the group.
 */
export function giveLootToAlly(world: World, k: number): boolean {
  const s = world.survivors;
  if (k < 1 || k >= s.count || s.state[k]! > SurvivorState.Bitten) return false;
  const items = world.level.items;
  const o = world.objects;
  const delivered = world.objectives.delivered;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i]!.kind !== 'loot' || o.itemTaken[i] !== ItemState.Taken || delivered[i] !== 0) continue;
    o.itemTaken[i] = ItemState.WithAlly;
    s.carried[k] = s.carried[k]! + 1;
    return true;
  }
  return false;
}

/** What carrying `items` pieces of loot does to the player's speed (a factor, 1 = unladen). */
export function loadSpeedFactor(items: number): number {
  return 1 - Math.min(LOOT.maxSlow, items * LOOT.slowPerItem);
}

/** What carrying `items` pieces of loot does to the loudness of each footstep (a factor, 1 = unladen). */
export function loadNoiseFactor(items: number): number {
  return 1 + items * LOOT.loudPerItem;
}

/**
 * The drop press: the last-listed piece of loot carried goes down at the player's feet
 * (it is picked up again once the player has stepped off it and comes back). False when
 * nothing is carried.
 */
export function dropLoot(world: World): boolean {
  const o = world.objects;
  const items = world.level.items;
  const delivered = world.objectives.delivered;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i]!.kind !== 'loot' || o.itemTaken[i] !== ItemState.Taken || delivered[i] !== 0) continue;
    const p = world.player;
    o.itemTaken[i] = ItemState.Dropped;
    o.itemX[i] = p.x;
    o.itemY[i] = p.y;
    world.events.push({ type: 'lootDropped', item: i, x: p.x, y: p.y });
    return true;
  }
  return false;
}

/** True while vending machine `m` still holds its goods. */
export function vendingFull(world: World, m: number): boolean {
  const items = world.level.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'loot' && item.machine === m && world.objects.itemTaken[i] === ItemState.InMachine) return true;
  }
  return false;
}

/**
 * The use press on a full vending machine: everything in it comes out at once, into the
 * player's arms as far as they hold (a carry limit) and the rest onto the floor at their
 * feet, and the machine rings out over the hall (LOOT.vendingNoise). False when empty.
 */
export function useVending(world: World, m: number): boolean {
  const machine = world.level.vendingMachines?.[m];
  if (!machine || !vendingFull(world, m)) return false;
  const items = world.level.items;
  let count = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== 'loot' || item.machine !== m || world.objects.itemTaken[i] !== ItemState.InMachine) continue;
    if (armsFull(world)) {
      // What the arms cannot hold spills at the player's feet (picked up once they step off and back).
      const p = world.player;
      world.objects.itemTaken[i] = ItemState.Dropped;
      world.objects.itemX[i] = p.x;
      world.objects.itemY[i] = p.y;
      world.events.push({ type: 'lootDropped', item: i, x: p.x, y: p.y });
      continue;
    }
    world.objects.itemTaken[i] = ItemState.Taken;
    world.events.push({ type: 'lootPicked', item: i, loot: item.item });
    count++;
  }
  world.events.push({ type: 'vendingUsed', machine: m, count });
  emitNoise(world, machine.x + 0.5, machine.y + 0.5, LOOT.vendingNoise, 'vending');
  return true;
}

/** The use press while hiding: step out of the locker. */
export function stepOutOfLocker(world: World): boolean {
  const o = world.objects;
  if (o.hidingIn < 0) return false;
  const locker = o.hidingIn;
  o.hidingIn = -1;
  world.player.hidden = false;
  world.events.push({ type: 'lockerExited', locker });
  return true;
}

/**
 * The use press on a locker: let a classmate out (a rescue) or get in. Getting in while an
 * infected is watching does not hide you: it saw you go in. Returns true when the press
 * was used.
 */
export function useLocker(world: World, index: number): boolean {
  const o = world.objects;
  const p = world.player;
  const locker = world.level.lockers[index]!;
  if (locker.classmate && o.lockerRescued[index] === 0) {
    o.lockerRescued[index] = 1;
    world.events.push({ type: 'classmateRescued', locker: index, name: locker.classmate });
    return true;
  }
  if (p.grabbedBy >= 0) return false;
  let seen = false;
  for (let i = 0; i < world.horde.count && !seen; i++) seen = canSeePlayer(world, i);
  o.hidingIn = index;
  p.x = p.prevX = locker.front.x;
  p.y = p.prevY = locker.front.y;
  p.hidden = !seen;
  world.events.push({ type: 'lockerEntered', locker: index, seen });
  return true;
}

/**
 * Walking over a pick-up takes it: notes are kept, loot and decoys carried (decoys up to a
 * few, trays among them counted; objectives count loot, src/sim/objectives.ts), and a key
 * unlocks the doors it names at once (the player carries it to them; the door still
 * has to be opened with a press).
 */
export function updatePickups(world: World): void {
  const o = world.objects;
  if (o.hidingIn >= 0) return;
  const p = world.player;
  const items = world.level.items;
  const r2 = OBJECTS.pickupRadius * OBJECTS.pickupRadius;
  for (let i = 0; i < items.length; i++) {
    const state = o.itemTaken[i]!;
    if (state !== ItemState.OnFloor && state !== ItemState.Dropped) continue;
    const item = items[i]!;
    const dx = o.itemX[i]! - p.x;
    const dy = o.itemY[i]! - p.y;
    const near = dx * dx + dy * dy <= r2;
    // Loot just dropped stays down until the player has stepped off it.
    if (state === ItemState.Dropped) {
      if (!near) o.itemTaken[i] = ItemState.OnFloor;
      continue;
    }
    if (!near) continue;
    if (item.kind === 'note') {
      o.itemTaken[i] = 1;
      world.events.push({ type: 'notePicked', item: i, note: item.note });
    } else if (item.kind === 'loot') {
      // Arms full (a level's carry limit): it stays on the floor until the load is taken back.
      if (o.armsFull > 0 && !REINFORCE.items.includes(item.item) && lootCarried(world) >= o.armsFull) continue;
      o.itemTaken[i] = 1;
      world.events.push({ type: 'lootPicked', item: i, loot: item.item });
    } else if (item.kind === 'key') {
      o.itemTaken[i] = 1;
      unlockDoorsNamed(world, item.unlocks);
      world.events.push({ type: 'keyPicked', item: i, key: item.item, unlocks: item.unlocks });
    } else if (o.decoys < OBJECTS.maxDecoys) {
      o.itemTaken[i] = 1;
      o.decoys++;
      if (item.item === 'tray') o.trays++;
      world.events.push({ type: 'decoyPicked', item: i, decoys: o.decoys });
    }
  }
}

/** Unlocks every door with this authored name (doors are indexed like the level's list, where names live). */
export function unlockDoorsNamed(world: World, name: string): void {
  const specs = world.level.doors;
  for (let d = 0; d < specs.length; d++) if (specs[d]!.name === name) world.doors[d]!.locked = false;
}

/** True once the player holds every key in the level (true when there are none). */
export function allKeysTaken(world: World): boolean {
  const items = world.level.items;
  for (let i = 0; i < items.length; i++) if (items[i]!.kind === 'key' && world.objects.itemTaken[i] === 0) return false;
  return true;
}

/** Fires trigger areas as the player enters them (once, or on every entry). */
export function updateTriggers(world: World): void {
  const o = world.objects;
  const p = world.player;
  const triggers = world.level.triggers;
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i]!;
    const inside = pointInRect(p.x, p.y, t);
    const entered = inside && o.triggerInside[i] === 0;
    o.triggerInside[i] = inside ? 1 : 0;
    if (!entered || (t.once && o.triggerFired[i] === 1)) continue;
    o.triggerFired[i] = 1;
    world.events.push({ type: 'trigger', trigger: i, name: t.name });
  }
}

/**
 * Notice boards are read by walking up to them and looking at them: each approach
 * pushes one 'noticeRead' event with the board's text (the view captions it).
 */
export function updateNotices(world: World): void {
  const o = world.objects;
  const p = world.player;
  const notices = world.level.notices;
  const fx = p.facingX;
  const fy = p.facingY;
  for (let i = 0; i < notices.length; i++) {
    const n = notices[i]!;
    const dx = n.x + 0.5 - p.x;
    const dy = n.y + 0.5 - p.y;
    const d = vecLength(dx, dy);
    const near = o.hidingIn < 0 && d < OBJECTS.noticeReach && (d < 1e-6 || (dx * fx + dy * fy) / d > OBJECTS.noticeFacingCos);
    if (near && o.noticeNear[i] === 0) world.events.push({ type: 'noticeRead', notice: i, text: n.text });
    o.noticeNear[i] = near ? 1 : 0;
  }
}

/** Cast ids of the allies bitten and not yet turned, still with the group (for the run: the vote after the chapter). */
export function alliesBitten(world: World): string[] {
  const s = world.survivors;
  const out: string[] = [];
  for (let k = 1; k < s.count; k++) if (s.state[k] === SurvivorState.Bitten && s.castId[k]) out.push(s.castId[k]!);
  return out;
}

/** Notes found and classmates rescued so far (for the chapter-complete screen and saves). */
export function chapterFinds(world: World): { notes: string[]; rescues: string[] } {
  const notes: string[] = [];
  const rescues: string[] = [];
  world.level.items.forEach((item, i) => {
    if (item.kind === 'note' && world.objects.itemTaken[i] === 1) notes.push(item.note);
  });
  world.level.lockers.forEach((l, i) => {
    if (l.classmate && world.objects.lockerRescued[i] === 1) rescues.push(l.classmate);
  });
  return { notes, rescues };
}

