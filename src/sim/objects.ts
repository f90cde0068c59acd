import type { World } from './world';
import type { LevelData } from './level';
import { pointInRect } from './level';
import { canSeePlayer } from './perception';
import { OBJECTS } from './tuning';
import { vecLength } from './simMath';

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
}

export function createObjectState(level: LevelData): ObjectState {
  return {
    itemTaken: new Uint8Array(level.items.length),
    lockerRescued: new Uint8Array(level.lockers.length),
    triggerFired: new Uint8Array(level.triggers.length),
    triggerInside: new Uint8Array(level.triggers.length),
    noticeNear: new Uint8Array(level.notices.length),
    hidingIn: -1,
    decoys: 0,
  };
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
 * few; objectives count loot, src/sim/objectives.ts), and a key
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
    if (o.itemTaken[i] === 1) continue;
    const item = items[i]!;
    const dx = item.x - p.x;
    const dy = item.y - p.y;
    if (dx * dx + dy * dy > r2) continue;
    if (item.kind === 'note') {
      o.itemTaken[i] = 1;
      world.events.push({ type: 'notePicked', item: i, note: item.note });
    } else if (item.kind === 'loot') {
      o.itemTaken[i] = 1;
      world.events.push({ type: 'lootPicked', item: i, loot: item.item });
    } else if (item.kind === 'key') {
      o.itemTaken[i] = 1;
      unlockDoorsNamed(world, item.unlocks);
      world.events.push({ type: 'keyPicked', item: i, key: item.item, unlocks: item.unlocks });
    } else if (o.decoys < OBJECTS.maxDecoys) {
      o.itemTaken[i] = 1;
      o.decoys++;
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

