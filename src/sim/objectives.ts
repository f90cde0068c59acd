import type { ObjectiveLossCause } from './events';
import { itemName, pointInRect, type LevelData, type LevelRect, type ObjectiveSpec } from './level';
import { TICK_RATE } from './tuning';
import type { World } from './world';
import { ItemState, allyCarriesLoot } from './objects';

/**
 * Objectives are sim rules (the shape and its meaning: ObjectiveSpec in level.ts). Their
 * state is typed arrays indexed like `specs`: the level's authored objectives, or one
 * implicit `reach` objective per exit when none is authored, then any a chapter's beats
 * added at run time. Plain data, so checkpoints clone it and the hash covers it.
 */
export interface ObjectiveState {
  specs: ObjectiveSpec[];
  /** Per spec: 1 once active (startsActive, or activated by a beat). */
  active: Uint8Array;
  complete: Uint8Array;
  failed: Uint8Array;
  /** Per spec: items counted so far (collect). */
  progress: Int32Array;
  /** Per spec: ticks spent active and unfinished (holdOut's seconds, the timeLimit). */
  ticks: Int32Array;
  /** Per level.items: 1 once handed in to a collect objective's `deliver` area. */
  delivered: Uint8Array;
  /** How many leading specs are the level's exits (no authored objectives): reaching any one wins. */
  implicitExits: number;
}

/** The HUD line of the implicit objective a level's exits make. */
export const EXIT_OBJECTIVE_TEXT = 'Reach the exit.';

export function createObjectiveState(level: LevelData): ObjectiveState {
  const authored = level.objectives ?? [];
  const specs: ObjectiveSpec[] =
    authored.length > 0
      ? authored.slice()
      : level.exits.map((area, k) => ({ kind: 'reach', area, id: k === 0 ? 'exit' : `exit-${k + 1}`, text: EXIT_OBJECTIVE_TEXT, optional: false, startsActive: true, timeLimit: null }));
  const n = specs.length;
  const active = new Uint8Array(n);
  for (let k = 0; k < n; k++) active[k] = specs[k]!.startsActive ? 1 : 0;
  return {
    specs,
    active,
    complete: new Uint8Array(n),
    failed: new Uint8Array(n),
    progress: new Int32Array(n),
    ticks: new Int32Array(n),
    delivered: new Uint8Array(level.items.length),
    implicitExits: authored.length > 0 ? 0 : n,
  };
}

/** The index of the objective with this id, or -1. */
export function objectiveIndex(world: World, id: string): number {
  return world.objectives.specs.findIndex((s) => s.id === id);
}

/** Active and neither complete nor failed: what the player is working on now. */
export function objectiveOpen(world: World, k: number): boolean {
  const o = world.objectives;
  return o.active[k] === 1 && o.complete[k] === 0 && o.failed[k] === 0;
}

/**
 * One tick of the objective rules, where the exit check used to be (after the horde and
 * the director): reach, collect (and deliver), holdOut, protectDoor and time limits, then
 * the chapter's win or loss.
 */
export function updateObjectives(world: World): void {
  if (world.status !== 'playing') return;
  const o = world.objectives;
  const p = world.player;
  for (let k = 0; k < o.specs.length; k++) {
    if (!objectiveOpen(world, k)) continue;
    const spec = o.specs[k]!;
    o.ticks[k]!++;
    switch (spec.kind) {
      case 'reach':
        if (pointInRect(p.x, p.y, spec.area)) completeAt(world, k);
        break;
      case 'collect': {
        const counted = spec.deliver ? deliverItems(world, spec.item, spec.deliver) : takenItems(world, spec.item);
        if (counted !== o.progress[k]) {
          o.progress[k] = counted;
          world.events.push({ type: 'objectiveProgress', objective: k, id: spec.id, progress: counted, count: spec.count });
        }
        if (counted >= spec.count) completeAt(world, k);
        break;
      }
      case 'holdOut':
        if (o.ticks[k]! >= spec.seconds * TICK_RATE) completeAt(world, k);
        break;
      case 'protectDoor':
        if (doorNamedBroken(world, spec.door)) failAt(world, k, 'doorBroken');
        break;
    }
    if (objectiveOpen(world, k) && spec.timeLimit !== null && o.ticks[k]! >= spec.timeLimit * TICK_RATE) failAt(world, k, 'timeUp');
    if (world.status !== 'playing') return;
  }
  settleObjectives(world);
}

/** Items of that name picked up so far (collect without `deliver`). */
function takenItems(world: World, name: string): number {
  const items = world.level.items;
  let n = 0;
  for (let i = 0; i < items.length; i++) if (world.objects.itemTaken[i] === 1 && itemName(items[i]!) === name) n++;
  return n;
}

/**
 * Items of that name handed in: while the player stands in the area, every matching item
 * carried is delivered (a decoy only while one is still carried, and it is handed over).
 */
function deliverItems(world: World, name: string, area: LevelRect): number {
  const items = world.level.items;
  const o = world.objectives;
  const objects = world.objects;
  const inside = pointInRect(world.player.x, world.player.y, area);
  // What allies carry for the player is handed in with the player's, while they are with the group.
  const group = inside && allyCarriesLoot(world);
  let n = 0;
  let fromAllies = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (itemName(item) !== name) continue;
    const held = objects.itemTaken[i] === 1 || (group && objects.itemTaken[i] === ItemState.WithAlly);
    if (inside && o.delivered[i] === 0 && held && (item.kind !== 'decoy' || objects.decoys > 0)) {
      o.delivered[i] = 1;
      if (item.kind === 'decoy') objects.decoys--;
      if (objects.itemTaken[i] === ItemState.WithAlly) fromAllies = true;
    }
    n += o.delivered[i]!;
  }
  if (fromAllies) for (let k = 1; k < world.survivors.count; k++) world.survivors.carried[k] = 0;
  return n;
}

function doorNamedBroken(world: World, name: string): boolean {
  const specs = world.level.doors;
  for (let d = 0; d < specs.length; d++) if (specs[d]!.name === name && world.doors[d]!.broken) return true;
  return false;
}

function completeAt(world: World, k: number): void {
  const o = world.objectives;
  if (o.complete[k] === 1) return;
  o.complete[k] = 1;
  world.events.push({ type: 'objectiveCompleted', objective: k, id: o.specs[k]!.id });
  // The level's exits are one way out: reaching any of them reaches "the exit".
  if (k < o.implicitExits) for (let j = 0; j < o.implicitExits; j++) o.complete[j] = 1;
}

/** Fails objective k; a required one loses the chapter for `cause`. */
function failAt(world: World, k: number, cause: ObjectiveLossCause): void {
  const o = world.objectives;
  if (o.failed[k] === 1 || o.complete[k] === 1) return;
  o.failed[k] = 1;
  world.events.push({ type: 'objectiveFailed', objective: k, id: o.specs[k]!.id, cause });
  if (!o.specs[k]!.optional && world.status === 'playing') {
    world.status = 'lost';
    world.events.push({ type: 'chapterLost', cause });
  }
}

/**
 * The win: every required active objective is complete, and there is at least one that
 * is not a protectDoor (a door kept is a condition, not a goal: it counts as held, and is
 * marked complete with the win). Nothing active and required yet: not won.
 */
export function settleObjectives(world: World): void {
  if (world.status !== 'playing') return;
  const o = world.objectives;
  let goals = 0;
  for (let k = 0; k < o.specs.length; k++) {
    const spec = o.specs[k]!;
    if (spec.optional || o.active[k] === 0) continue;
    if (spec.kind === 'protectDoor') {
      if (o.failed[k] === 1) return;
      continue;
    }
    if (o.complete[k] === 0) return;
    goals++;
  }
  if (goals === 0) return;
  for (let k = 0; k < o.specs.length; k++) if (o.specs[k]!.kind === 'protectDoor' && objectiveOpen(world, k)) completeAt(world, k);
  world.status = 'won';
  const p = world.player;
  if (world.level.exits.some((exit) => pointInRect(p.x, p.y, exit))) world.events.push({ type: 'reachedExit' });
}

/** Activates an objective that is waiting (startsActive false). False when there is none by that id or it already was. */
export function activateObjective(world: World, id: string): boolean {
  const k = objectiveIndex(world, id);
  const o = world.objectives;
  if (k < 0 || o.active[k] === 1) return false;
  o.active[k] = 1;
  world.events.push({ type: 'objectiveActivated', objective: k, id });
  settleObjectives(world);
  return true;
}

/** Completes an objective by id (a beat decided it is done). False when there is none or it was already over. */
export function completeObjective(world: World, id: string): boolean {
  const k = objectiveIndex(world, id);
  const o = world.objectives;
  if (k < 0 || o.complete[k] === 1 || o.failed[k] === 1) return false;
  completeAt(world, k);
  settleObjectives(world);
  return true;
}

/**
 * Adds an objective at run time (a beat opening a new goal); active at once when
 * `startsActive`. Ids are unique in a chapter, so a repeated id is a script bug and throws.
 * Returns its index.
 */
export function addObjective(world: World, spec: ObjectiveSpec): number {
  const o = world.objectives;
  if (objectiveIndex(world, spec.id) >= 0) throw new Error(`addObjective: an objective '${spec.id}' already exists`);
  const k = o.specs.length;
  o.specs.push(spec);
  o.active = grow(o.active, new Uint8Array(k + 1));
  o.complete = grow(o.complete, new Uint8Array(k + 1));
  o.failed = grow(o.failed, new Uint8Array(k + 1));
  o.progress = grow(o.progress, new Int32Array(k + 1));
  o.ticks = grow(o.ticks, new Int32Array(k + 1));
  if (spec.startsActive) {
    o.active[k] = 1;
    world.events.push({ type: 'objectiveActivated', objective: k, id: spec.id });
  }
  return k;
}

function grow<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The objectives open now, required ones first (each in authored order): what the HUD lists. */
export function currentObjectives(world: World): number[] {
  const open: number[] = [];
  const specs = world.objectives.specs;
  for (const optional of [false, true]) for (let k = 0; k < specs.length; k++) if (specs[k]!.optional === optional && objectiveOpen(world, k)) open.push(k);
  return open;
}

/**
 * Seconds left on objective k's clock: the hold-out still to survive, or its time limit,
 * whichever ends first; null when it has no clock.
 */
export function objectiveSecondsLeft(world: World, k: number): number | null {
  const spec = world.objectives.specs[k]!;
  const elapsed = world.objectives.ticks[k]! / TICK_RATE;
  let left: number | null = spec.kind === 'holdOut' ? spec.seconds - elapsed : null;
  if (spec.timeLimit !== null) left = Math.min(left ?? Infinity, spec.timeLimit - elapsed);
  return left === null ? null : Math.max(0, left);
}
