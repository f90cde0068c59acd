import type { PlayerState } from './world';
import { SURVIVORS } from './tuning';

/**
 * The humans the horde hunts: a struct-of-arrays store, slot 0 the player, the rest the
 * allies (up to SURVIVORS.capacity in all). The player's own state stays in world.player
 * (it is input-driven); slot 0 mirrors its position, facing, hiding and grab every tick
 * (mirrorPlayer), so the horde reads every survivor the same way. Slots are never reused:
 * an ally that leaves or turns keeps its slot (state Gone / Turned), so an infected's
 * `target` (a survivor index) stays meaningful. Nothing here allocates per tick.
 */
export const SurvivorRole = { Player: 0, Follower: 1, Shover: 2, Archer: 3, HalfInfected: 4 } as const;
export type SurvivorRoleId = (typeof SurvivorRole)[keyof typeof SurvivorRole];
export const SURVIVOR_ROLE_NAMES = ['player', 'follower', 'shover', 'archer', 'halfInfected'] as const;
export type AllyRoleName = Exclude<(typeof SURVIVOR_ROLE_NAMES)[number], 'player'>;

/** What the player told the group (one order for all: the order button cycles them). */
export const AllyOrder = { Follow: 0, Wait: 1, Hide: 2 } as const;
export type AllyOrderId = (typeof AllyOrder)[keyof typeof AllyOrder];
export const ALLY_ORDER_NAMES = ['follow', 'wait', 'hide'] as const;
export type AllyOrderName = (typeof ALLY_ORDER_NAMES)[number];

export const SurvivorState = {
  Ok: 0,
  /** Held by an infected (grabbedBy), struggling. */
  Grabbed: 1,
  /** Bitten: still human, turns when turnTimer runs out. The horde leaves the bitten alone. */
  Bitten: 2,
  /** Became an infected where it stood (the infected is in the horde now). */
  Turned: 3,
  /** Left the group (the story removed it). */
  Gone: 4,
} as const;
export type SurvivorStateId = (typeof SurvivorState)[keyof typeof SurvivorState];
export const SURVIVOR_STATE_NAMES = ['ok', 'grabbed', 'bitten', 'turned', 'gone'] as const;

export interface SurvivorStore {
  readonly capacity: number;
  /** Slots in use (the player's included); slots of the turned and gone stay counted. */
  count: number;
  /** Cast id per slot ('' for the player); one entry per used slot. */
  readonly castId: string[];
  readonly role: Uint8Array;
  /** Body centre (tiles), and at the start of the last tick (for drawing between ticks). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  /** Unit facing vector. */
  readonly facingX: Float64Array;
  readonly facingY: Float64Array;
  /** The gait this tick, as the player's: 0 still, 1 sneak, 2 walk, 3 run. */
  readonly gait: Uint8Array;
  readonly footstepTimer: Float64Array;
  /** AllyOrder (the player's slot: Follow). */
  readonly order: Uint8Array;
  readonly state: Uint8Array;
  /** 1 while not perceivable (in a locker). */
  readonly hidden: Uint8Array;
  /** Id of the infected holding this survivor, -1 when free. */
  readonly grabbedBy: Int32Array;
  /** Seconds into the current grab. */
  readonly grabTimer: Float64Array;
  /** Seconds during which nobody can grab this survivor. */
  readonly grabImmunity: Float64Array;
  /** Seconds until a bitten survivor turns. */
  readonly turnTimer: Float64Array;
  /** Items carried (the cafeteria's loot; the view shows it). */
  readonly carried: Uint8Array;
  /** The archer's arrows left, and seconds until she can shoot again. */
  readonly arrows: Uint8Array;
  readonly reload: Float64Array;
  /** Seconds until a shover (or the half-infected) can shove again. */
  readonly shoveCooldown: Float64Array;
  /** The half-infected: seconds the horde still sees her after she attacked (0: ignored). */
  readonly noticed: Float64Array;
  /** Hide: the locker (level.lockers index) this ally goes to or is in, -1 none. */
  readonly hideLocker: Int16Array;
  /** Wait / Hide: the spot to stand on. */
  readonly spotX: Float64Array;
  readonly spotY: Float64Array;
  /** Seconds since this ally last saw an infected (barks when it sees one after a quiet spell). */
  readonly sinceSpotted: Float64Array;
  /** The order button held last tick (presses are rising edges). */
  orderHeld: boolean;
  /** The cell the followers' flow field leads to (near the player: allies.ts followGoal), -1 none yet. */
  followGoal: number;
  /** Which doors are locked (a hash of their indices): when it changes the allies' fields are rebuilt. */
  lockKey: number;
}

export function createSurvivors(player: PlayerState, capacity: number = SURVIVORS.capacity): SurvivorStore {
  const f64 = (): Float64Array => new Float64Array(capacity);
  const s: SurvivorStore = {
    capacity,
    count: 0,
    castId: [],
    role: new Uint8Array(capacity),
    x: f64(),
    y: f64(),
    prevX: f64(),
    prevY: f64(),
    facingX: f64(),
    facingY: f64(),
    gait: new Uint8Array(capacity),
    footstepTimer: f64(),
    order: new Uint8Array(capacity),
    state: new Uint8Array(capacity),
    hidden: new Uint8Array(capacity),
    grabbedBy: new Int32Array(capacity).fill(-1),
    grabTimer: f64(),
    grabImmunity: f64(),
    turnTimer: f64(),
    carried: new Uint8Array(capacity),
    arrows: new Uint8Array(capacity),
    reload: f64(),
    shoveCooldown: f64(),
    noticed: f64(),
    hideLocker: new Int16Array(capacity).fill(-1),
    spotX: f64(),
    spotY: f64(),
    sinceSpotted: f64(),
    orderHeld: false,
    followGoal: -1,
    lockKey: 0,
  };
  addSurvivor(s, '', SurvivorRole.Player, player.x, player.y);
  mirrorPlayer(s, player);
  return s;
}

/** Adds a survivor at (x, y); returns its slot, or -1 when the store is full. */
export function addSurvivor(s: SurvivorStore, castId: string, role: SurvivorRoleId, x: number, y: number, arrows = 0): number {
  if (s.count >= s.capacity) return -1;
  const k = s.count++;
  s.castId.push(castId);
  s.role[k] = role;
  s.x[k] = s.prevX[k] = s.spotX[k] = x;
  s.y[k] = s.prevY[k] = s.spotY[k] = y;
  s.facingX[k] = 1;
  s.facingY[k] = 0;
  s.gait[k] = 0;
  s.footstepTimer[k] = 0;
  s.order[k] = AllyOrder.Follow;
  s.state[k] = SurvivorState.Ok;
  s.hidden[k] = 0;
  s.grabbedBy[k] = -1;
  s.grabTimer[k] = 0;
  s.grabImmunity[k] = 0;
  s.turnTimer[k] = 0;
  s.carried[k] = 0;
  s.arrows[k] = arrows;
  s.reload[k] = 0;
  s.shoveCooldown[k] = 0;
  s.noticed[k] = 0;
  s.hideLocker[k] = -1;
  s.sinceSpotted[k] = SURVIVORS.spotQuietSeconds;
  return k;
}

/** Slot 0 follows the player (called after the player's systems, before the horde). */
export function mirrorPlayer(s: SurvivorStore, p: PlayerState): void {
  s.x[0] = p.x;
  s.y[0] = p.y;
  s.prevX[0] = p.prevX;
  s.prevY[0] = p.prevY;
  s.facingX[0] = p.facingX;
  s.facingY[0] = p.facingY;
  s.gait[0] = p.gait;
  s.hidden[0] = p.hidden ? 1 : 0;
  s.grabbedBy[0] = p.grabbedBy;
  s.grabImmunity[0] = p.grabImmunity;
  s.state[0] = p.grabbedBy >= 0 ? SurvivorState.Grabbed : SurvivorState.Ok;
}

/** The slot of the ally with this cast id (the latest added, if several), -1 when none. */
export function allyIndex(s: SurvivorStore, castId: string): number {
  for (let k = s.count - 1; k >= 1; k--) if (s.castId[k] === castId) return k;
  return -1;
}

/** Still human and with the group (ok, grabbed or bitten). */
export function survivorAlive(s: SurvivorStore, k: number): boolean {
  return k >= 0 && k < s.count && s.state[k]! <= SurvivorState.Bitten;
}

/** Allies still human and with the group (the player not counted). */
export function alliesAlive(s: SurvivorStore): number {
  let n = 0;
  for (let k = 1; k < s.count; k++) if (s.state[k]! <= SurvivorState.Bitten) n++;
  return n;
}
