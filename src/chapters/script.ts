import { doorwayOccupied, setDoorOpen } from '../sim/doors';
import { breakDoor as breakDoorAt } from '../sim/hordeUpdate';
import { playerCanSee as playerSees, spawnSearchingWave } from '../sim/director';
import { emitNoise } from '../sim/noise';
import { awakeInAreas, divertHorde, lureNearest as lure, settleNearest } from '../sim/horde/hearing';
import { phoneAlive } from '../sim/phone';
import type { NoiseSource } from '../sim/events';
import type { LevelPoint, ObjectiveSpec } from '../sim/level';
import { allKeysTaken as keysTaken, armsFull as handsFull, giveLootToAlly, lootCarried as carried, lootWithAllies } from '../sim/objects';
import {
  activateObjective as activate,
  addObjective as add,
  completeObjective as complete,
  objectiveIndex,
  objectiveOpen,
} from '../sim/objectives';
import { DIRECTOR, REINFORCE, SCRIPT, TICK_RATE } from '../sim/tuning';
import { focusSiege, nearestSegment, startSiege as beginSiege } from '../sim/siege';
import type { AllySpec, DoorState, World } from '../sim/world';
import { addAlly as addAllyToGroup, biteAlly as biteSurvivor, setAllyOrder } from '../sim/allies';
import {
  ALLY_ORDER_NAMES,
  SURVIVOR_ROLE_NAMES,
  SURVIVOR_STATE_NAMES,
  SurvivorState,
  allyIndex,
  survivorAlive,
  type AllyOrderId,
  type AllyOrderName,
  type AllyRoleName,
} from '../sim/survivors';
import { beat } from './beats';

/**
 * The script facade: what a chapter's beats may do to the World, in the chapter's own
 * words (doors by their authored names, triggers by name, objectives by id). Beats use
 * only these, so the sim's systems can change inside without touching every chapter.
 * Plain functions over the World, pure and deterministic like the beats themselves.
 */

/** The live state of the first door with this authored name, or null. */
export function doorNamed(world: World, name: string): Readonly<DoorState> | null {
  const k = doorIndex(world, name);
  return k >= 0 ? world.doors[k]! : null;
}

/** Doors are indexed like the level's door list, where the authored names live. */
function doorIndex(world: World, name: string): number {
  return world.level.doors.findIndex((d) => d.name === name);
}

/** Smashes the door named `name` (it stays open; the crash is heard). Returns the door, or null when there is none. */
export function breakDoor(world: World, name: string): Readonly<DoorState> | null {
  const k = doorIndex(world, name);
  if (k < 0) return null;
  breakDoorAt(world, k);
  return world.doors[k]!;
}

/** Opens the door named `name` (locked or not: a script may). False when there is none or it is broken. */
export function openDoor(world: World, name: string, quiet = false): boolean {
  const k = doorIndex(world, name);
  if (k < 0 || world.doors[k]!.broken) return false;
  setDoorOpen(world, k, true, quiet);
  return true;
}

/**
 * Shuts the door named `name`, unless someone (the player or an infected) stands in the
 * doorway: a door never shuts on a body. False when it could not.
 */
export function closeDoor(world: World, name: string): boolean {
  const k = doorIndex(world, name);
  if (k < 0) return false;
  if (world.doors[k]!.broken || doorwayOccupied(world, k)) return false;
  setDoorOpen(world, k, false);
  return true;
}

/** A noise at (x, y) heard `loudness` tiles away (through the same hearing as every other noise). */
export function makeNoise(world: World, x: number, y: number, loudness: number, source: NoiseSource = 'bash'): void {
  emitNoise(world, x, y, loudness, source);
}

/** Where a scripted wave comes from: a spawn point's index, the spawn point nearest the exit, or a point. */
export type WaveOrigin = number | 'nearestExit' | LevelPoint;

/**
 * A scripted wave of `size` sprinters searching toward the player, outside the
 * director's budget (a finale still comes to a player who drew the director out). A
 * peaceful world (tours, the walk-through) gets none. Returns how many came (0 when
 * `at` names no usable spawn point).
 */
export function sendWave(world: World, wave: { at: WaveOrigin }, size: number): number {
  if (!world.director.enabled) return 0;
  const point = wave.at === 'nearestExit' ? world.level.spawnPoints[spawnPointNearestExit(world)] : typeof wave.at === 'number' ? world.level.spawnPoints[wave.at] : wave.at;
  if (!point) return 0;
  return spawnSearchingWave(world, point.x, point.y, size, SCRIPT.waveSpread);
}

/**
 * The director spawn point nearest the first exit that the player cannot see and is not
 * on top of (DIRECTOR.minSpawnDistance): a rush comes up the stairs, not from behind. -1 when none.
 */
export function spawnPointNearestExit(world: World): number {
  const exit = world.level.exits[0];
  if (!exit) return -1;
  const ex = exit.x + exit.w / 2;
  const ey = exit.y + exit.h / 2;
  const p = world.player;
  let best = -1;
  let bestD = Infinity;
  world.level.spawnPoints.forEach((sp, k) => {
    const fx = sp.x - p.x;
    const fy = sp.y - p.y;
    const far = fx * fx + fy * fy >= DIRECTOR.minSpawnDistance * DIRECTOR.minSpawnDistance;
    const d = (sp.x - ex) * (sp.x - ex) + (sp.y - ey) * (sp.y - ey);
    if (far && d < bestD && !playerSees(world, sp.x, sp.y)) {
      bestD = d;
      best = k;
    }
  });
  return best;
}

/** A caption for the player (with a sound name for the audio, and where it comes from). */
export function caption(world: World, name: string, text: string, at?: { x?: number; y?: number; sfx?: string }): void {
  beat(world, name, text, at);
}

/** Remembers something for later ticks (cloned with checkpoints, hashed). */
export function setFlag(world: World, name: string, value: number | string | boolean = true): void {
  world.script.flags[name] = value;
}

/** A flag set earlier, or undefined. */
export function flag(world: World, name: string): number | string | boolean | undefined {
  return world.script.flags[name];
}

/** Whether the trigger area named `name` has fired (false when the level has none by that name). */
export function triggerFired(world: World, name: string): boolean {
  const t = world.level.triggers.findIndex((tr) => tr.name === name);
  return t >= 0 && world.objects.triggerFired[t] === 1;
}

/** Whether the player could see (x, y) now: in sight range (DIRECTOR.playerViewRange) and unobstructed. */
export function playerCanSee(world: World, x: number, y: number): boolean {
  return playerSees(world, x, y);
}

/** True once the player holds every key in the level (true when there are none). */
export function allKeysTaken(world: World): boolean {
  return keysTaken(world);
}

/** Extinguisher cabinets emptied so far. */
export function cabinetsUsed(world: World): number {
  let n = 0;
  for (const c of world.cabinets) if (c.used) n++;
  return n;
}

/** Activates a waiting objective (startsActive false). False when there is none by that id or it already is. */
export function activateObjective(world: World, id: string): boolean {
  return activate(world, id);
}

/** Completes an objective (the win follows if it was the last one). False when there is none or it was over. */
export function completeObjective(world: World, id: string): boolean {
  return complete(world, id);
}

/** Adds an objective at run time (see ObjectiveSpec); a repeated id throws. */
export function addObjective(world: World, spec: ObjectiveSpec): void {
  add(world, spec);
}

/** Whether the objective is active and not yet complete or failed. */
export function objectiveIsOpen(world: World, id: string): boolean {
  const k = objectiveIndex(world, id);
  return k >= 0 && objectiveOpen(world, k);
}

/** Pieces of loot the player carries now (picked up, not yet delivered or dropped). */
export function lootCarried(world: World): number {
  return carried(world);
}

/** True when the player's arms are full (a carry limit, WorldOptions.armsFull): loot walked over stays put. */
export function armsFull(world: World): boolean {
  return handsFull(world);
}

/**
 * Who is up in a hall: the awake infected inside `areas` (not the director's hunters), and
 * whether any of them sees the player now.
 */
export function hallAwake(world: World, areas: readonly { x: number; y: number; w: number; h: number }[]): { up: number; seen: boolean } {
  return awakeInAreas(world, areas);
}

/**
 * One of the hall's awake infected inside `areas` that is only standing about, searching or hammering on a door
 * (not hunting, not seeing anyone) sits back down asleep where it is: the one nearest
 * (x, y). Called once every so often, the hall settles one by one. Returns its id, or -1.
 */
export function settleOne(world: World, areas: readonly { x: number; y: number; w: number; h: number }[], x: number, y: number): number {
  return settleNearest(world, areas, x, y);
}

/** A fresh, full extinguisher in the player's hands (one handed down from the safe room). */
export function refillExtinguisher(world: World): void {
  world.extinguisher.hasExtinguisher = true;
  world.extinguisher.pressure = 1;
}

/** The player gets one grab back (patched up in a safe room), never more than they started with. */
export function restoreGrab(world: World): boolean {
  if (world.player.grabsTaken <= 0) return false;
  world.player.grabsTaken--;
  return true;
}

/** True while the player pushes into a table they could slide over (WorldOptions.tableVault; the slide starts after VAULT.holdSeconds). */
export function pushingTable(world: World): boolean {
  return world.player.vaultHold > 0;
}

/** Pieces of loot the group's allies carry for the player (not yet delivered). */
export function lootCarriedByAllies(world: World): number {
  return lootWithAllies(world);
}

/**
 * The ally `id` takes one piece of the player's loot, if it is still with the group, free
 * (not grabbed), within `reach` tiles of the player and carries fewer than `most`. True when it took one.
 */
export function handLootToAlly(world: World, id: string, most: number, reach: number): boolean {
  const s = world.survivors;
  const k = allyIndex(s, id);
  if (k < 1 || s.state[k] === SurvivorState.Grabbed || s.carried[k]! >= most) return false;
  const dx = s.x[k]! - world.player.x;
  const dy = s.y[k]! - world.player.y;
  if (dx * dx + dy * dy > reach * reach) return false;
  return giveLootToAlly(world, k);
}

/** The items counted so far by the objective `id` (a collect: delivered or taken), 0 when there is none. */
export function objectiveProgress(world: World, id: string): number {
  const k = objectiveIndex(world, id);
  return k >= 0 ? world.objectives.progress[k]! : 0;
}

/** What a beat may know of an ally (a copy: change it through the functions below). */
export interface AllyInfo {
  /** Cast id. */
  id: string;
  /** Slot in world.survivors (the view and events name it too). */
  survivor: number;
  role: AllyRoleName;
  x: number;
  y: number;
  state: (typeof SURVIVOR_STATE_NAMES)[number];
  order: AllyOrderName;
  /** In a locker, out of sight. */
  hidden: boolean;
  /** Seconds until a bitten ally turns (0 otherwise). */
  turnSecondsLeft: number;
  /** The archer's arrows left. */
  arrows: number;
}

/** The ally with this cast id (the latest added), or null when the group never had them. */
export function findAlly(world: World, id: string): AllyInfo | null {
  const s = world.survivors;
  const k = allyIndex(s, id);
  if (k < 0) return null;
  return {
    id,
    survivor: k,
    role: SURVIVOR_ROLE_NAMES[s.role[k]!] as AllyRoleName,
    x: s.x[k]!,
    y: s.y[k]!,
    state: SURVIVOR_STATE_NAMES[s.state[k]!]!,
    order: ALLY_ORDER_NAMES[s.order[k]!]!,
    hidden: s.hidden[k] === 1,
    turnSecondsLeft: s.state[k] === SurvivorState.Bitten ? s.turnTimer[k]! : 0,
    arrows: s.arrows[k]!,
  };
}

/** Whether the ally is still human and with the group (ok, grabbed or bitten). */
export function allyAlive(world: World, id: string): boolean {
  return survivorAlive(world.survivors, allyIndex(world.survivors, id));
}

/**
 * Bites the ally (the story's bite: Tae-min mid-joke): still human, they turn into an
 * infected where they stand after `turnSeconds`. False when there is no such ally still
 * human and unbitten.
 */
export function biteAlly(world: World, id: string, turnSeconds: number): boolean {
  return biteSurvivor(world, allyIndex(world.survivors, id), turnSeconds);
}

/**
 * A bitten ally turns after `turnSeconds` from now instead (the story decides when: chapter 2
 * takes a horde bite on Tae-min as the story's bite, so he turns in the closet as it says).
 * False when the ally is not bitten.
 */
export function setTurnTime(world: World, id: string, turnSeconds: number): boolean {
  const s = world.survivors;
  const k = allyIndex(s, id);
  if (k < 1 || s.state[k] !== SurvivorState.Bitten) return false;
  s.turnTimer[k] = Math.max(0, turnSeconds);
  return true;
}

/**
 * Gives the ally `id` more arrows (a bundle brought to the archer), up to what the store
 * holds. False when there is no such ally still with the group.
 */
export function giveArrows(world: World, id: string, arrows: number): boolean {
  const s = world.survivors;
  const k = allyIndex(s, id);
  if (!survivorAlive(s, k)) return false;
  s.arrows[k] = Math.min(255, s.arrows[k]! + arrows);
  return true;
}

/** Orders one ally (by cast id) or the whole group ('all'): follow, wait or hide. False when no one took it. */
export function orderAlly(world: World, id: string | 'all', order: AllyOrderName): boolean {
  const s = world.survivors;
  const o = ALLY_ORDER_NAMES.indexOf(order) as AllyOrderId;
  let any = false;
  for (let k = 1; k < s.count; k++) {
    if ((id !== 'all' && s.castId[k] !== id) || !survivorAlive(s, k)) continue;
    setAllyOrder(world, k, o);
    any = true;
  }
  return any;
}

/** Someone joins the group (beside the player when no x/y is given). False when the group is full. */
export function addAlly(world: World, spec: AllySpec): boolean {
  return addAllyToGroup(world, spec) >= 0;
}

/**
 * The ally leaves the group (stays behind, is taken away): gone from the sim, the horde
 * forgets them. False when there is no such ally still with the group.
 */
export function removeAlly(world: World, id: string): boolean {
  const s = world.survivors;
  const k = allyIndex(s, id);
  if (!survivorAlive(s, k)) return false;
  s.state[k] = SurvivorState.Gone;
  s.grabbedBy[k] = -1;
  s.hidden[k] = 0;
  s.gait[k] = 0;
  return true;
}

/**
 * The group's diversion: a din at (x, y) heard `loudness` tiles away (walls and doors damp
 * it) that pulls the infected there, even the ones bashing a door. Returns how many it drew.
 */
export function divert(world: World, x: number, y: number, loudness: number): number {
  emitNoise(world, x, y, loudness, 'din');
  return divertHorde(world, x, y, loudness);
}

/** The din goes on: pulls again like `divert`, without a new sound (the first one is still ringing). */
export function keepDiverting(world: World, x: number, y: number, loudness: number): number {
  return divertHorde(world, x, y, loudness);
}

/** The nearest awake, idle infected within `radius` of (x, y) goes to look there. Its id, or -1. */
export function lureNearest(world: World, x: number, y: number, radius: number): number {
  return lure(world, x, y, radius);
}

/** Door braces (REINFORCE items) the player carries and has not used yet. */
export function bracesCarried(world: World): number {
  const items = world.level.items;
  let n = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if (item.kind === 'loot' && world.objects.itemTaken[k] === 1 && world.braceUsed[k] === 0 && REINFORCE.items.includes(item.item)) n++;
  }
  return n;
}

/** How many infected stand within `radius` tiles of (x, y) (awake ones only, unless `sleepers`). */
export function infectedNear(world: World, x: number, y: number, radius: number, sleepers = false): number {
  const h = world.horde;
  let n = 0;
  for (let i = 0; i < h.count; i++) {
    if (!sleepers && h.asleep[i] === 1) continue;
    const dx = h.x[i]! - x;
    const dy = h.y[i]! - y;
    if (dx * dx + dy * dy <= radius * radius) n++;
  }
  return n;
}

/** Whether the phone still has charge (false without one). */
export function phoneOn(world: World): boolean {
  return phoneAlive(world);
}

/** The phone's battery in percent (0 without one). */
export function phoneBattery(world: World): number {
  return world.phone?.battery ?? 0;
}

/**
 * A chat message from the group (`from`: the sender's name): it buzzes and shows on the
 * phone (a `chat_` beat caption). A dead phone shows nothing: returns false.
 */
export function phoneMessage(world: World, name: string, from: string, text: string): boolean {
  if (!phoneAlive(world)) return false;
  beat(world, `chat_${name}`, `${from}: "${text}"`, { sfx: 'phoneBuzz' });
  return true;
}

/**
 * Starts a roof's siege (src/sim/siege.ts): its ramp lasts `seconds`, with the world's
 * head start of crowd and piles already built (WorldOptions.siegeHeadStart). None in a peaceful world.
 */
export function startSiege(world: World, seconds: number): void {
  beginSiege(world, seconds);
}

/**
 * True when an ally still with the group (not turned, gone or hidden) stands where the player
 * cannot walk to without the door cell `doorCell`: a flood from the player's cell over
 * walkable floor (doors open or not) that never enters that cell.
 */
function groupBehind(world: World, doorCell: number): boolean {
  const s = world.survivors;
  const grid = world.grid;
  const w = grid.width;
  const cellOf = (x: number, y: number): number => Math.floor(y) * w + Math.floor(x);
  let waiting = 0;
  for (let k = 1; k < s.count; k++) if (s.state[k]! <= SurvivorState.Bitten && s.hidden[k] === 0 && cellOf(s.x[k]!, s.y[k]!) !== doorCell) waiting++;
  if (waiting === 0) return false;
  const seen = new Uint8Array(w * grid.height);
  const queue = [cellOf(world.player.x, world.player.y)];
  seen[queue[0]!] = 1;
  seen[doorCell] = 1;
  for (let q = 0; q < queue.length; q++) {
    const c = queue[q]!;
    const x = c % w;
    for (const n of [c - w, c + w, x > 0 ? c - 1 : -1, x < w - 1 ? c + 1 : -1]) {
      if (n < 0 || n >= seen.length || seen[n] === 1) continue;
      if (grid.solid[n] === 1 && grid.doorAt[n]! < 0) continue;
      seen[n] = 1;
      queue.push(n);
    }
  }
  for (let k = 1; k < s.count; k++) {
    if (s.state[k]! > SurvivorState.Bitten || s.hidden[k] === 1) continue;
    const c = cellOf(s.x[k]!, s.y[k]!);
    if (c !== doorCell && seen[c] === 0) return true;
  }
  return false;
}

/** Draws the crowd below to the wall nearest each point (its pile crests first). */
export function drawCrowdTo(world: World, points: readonly LevelPoint[]): void {
  focusSiege(world, points.map((p) => nearestSegment(world.level, p.x, p.y)));
}

/** Seconds the siege has run (0 before it starts). */
export function siegeSeconds(world: World): number {
  return world.siege.ticks / TICK_RATE;
}

/**
 * Barricades the door named `name`: shut (unless someone stands in the doorway) and braced
 * to `hp` hit points (DOOR.hp is a bare door). Never with a classmate of the group still on
 * the far side from the player (they would be shut in with what comes up the stairs). False
 * when it could not be shut yet or there is none.
 */
export function barricadeDoor(world: World, name: string, hp: number): boolean {
  const k = doorIndex(world, name);
  if (k < 0) return false;
  const d = world.doors[k]!;
  if (d.broken) return false;
  if (groupBehind(world, d.y * world.grid.width + d.x)) return false;
  if (d.open && !closeDoor(world, name)) return false;
  d.hp = Math.max(d.hp, hp);
  return true;
}

/**
 * A chat question with up to three replies (the player answers with the intent's `reply`;
 * the sim pushes `phoneReplied` naming `question` and the choice). Replaces an open one.
 * False when the phone is dead.
 */
export function phoneAsk(world: World, question: string, from: string, text: string, replies: readonly string[]): boolean {
  if (!phoneMessage(world, question, from, text)) return false;
  const ph = world.phone!;
  ph.question = question;
  ph.replies = replies.slice(0, 3);
  return true;
}

/** The open chat question's id, or '' when none is waiting for a reply. */
export function openQuestion(world: World): string {
  return world.phone?.question ?? '';
}
