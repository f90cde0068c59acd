import { INFECTED, HORDE, type VariantId } from './tuning';

/**
 * The horde: every infected in one struct-of-arrays store of typed arrays, allocated
 * once to a capacity. Agent i is the i-th entry of every array; `count` are alive.
 * Removing an agent swap-removes it (the last agent moves into its slot), so indices
 * are not stable across removals: `id` is, and is what events and the player's grab
 * refer to. Nothing here allocates per tick.
 */
export const InfectedState = {
  /** Twitching, shambling, wandering. */
  Idle: 0,
  /** Head-snap + gurgle: the telegraph before a sprint (the player's reaction window). */
  Alerted: 1,
  Sprint: 2,
  /** Winded after a sprint: slow. */
  Recover: 3,
  /** Running to a last known position or a noise, then looking around, then giving up. */
  Search: 4,
  /** Holding the player. */
  Grab: 5,
  /** After a wall slam, a door, foam or a shove. */
  Stagger: 6,
  /** Hitting a closed door. */
  Bash: 7,
  /** On a climbable wall or a pile. */
  Climb: 8,
  /** A cheerleader's cheer (loud noise that rallies others). */
  Cheer: 9,
} as const;
export type InfectedStateId = (typeof InfectedState)[keyof typeof InfectedState];
export const INFECTED_STATE_NAMES = ['idle', 'alerted', 'sprint', 'recover', 'search', 'grab', 'stagger', 'bash', 'climb', 'cheer'] as const;

export interface HordeStore {
  readonly capacity: number;
  count: number;
  /** Next id handed out (ids are never reused within a world). */
  nextId: number;
  /** Bumped on every spawn and removal (the spatial hash rebuilds when it changed). */
  changes: number;
  readonly id: Uint32Array;
  readonly variant: Uint8Array;
  readonly state: Uint8Array;
  /** Position (tile units, body centre) now and at the start of the last tick (for drawing). */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  /** Unit facing vector (kept normalised; the view uses atan2). */
  readonly headingX: Float64Array;
  readonly headingY: Float64Array;
  /** Seconds left in the current state (telegraph, sprint, recover, stagger, look-around, cheer, wander). */
  readonly stateTimer: Float64Array;
  /** Seconds until the next bash hit. */
  readonly bashTimer: Float64Array;
  /** Door being bashed (index into world.doors), -1 otherwise. */
  readonly bashDoor: Int16Array;
  /** Where it is going: the player when seen, the last known position, a noise. */
  readonly targetX: Float64Array;
  readonly targetY: Float64Array;
  /** 1 when targetX/Y is meaningful. */
  readonly hasTarget: Uint8Array;
  /** Idle: 1 while shambling about, 0 while standing and twitching. */
  readonly wandering: Uint8Array;
  /** 1 while searching has reached the target and is looking around. */
  readonly searchLooking: Uint8Array;
  /** Result of the last perception check. */
  readonly seesPlayer: Uint8Array;
  /** Director's rush: always knows where the player is. */
  readonly hunter: Uint8Array;
  readonly asleep: Uint8Array;
  readonly health: Float64Array;
  /** Recent staggers (decays 1 per second): impulses are divided by 1 + staggerCount. */
  readonly staggerCount: Float64Array;
  /** Cached flow-field slot (see flowfield.ts), -1 when none. */
  readonly fieldSlot: Int8Array;
}

export function createHorde(capacity: number = HORDE.capacity): HordeStore {
  return {
    capacity,
    count: 0,
    nextId: 1,
    changes: 0,
    id: new Uint32Array(capacity),
    variant: new Uint8Array(capacity),
    state: new Uint8Array(capacity),
    x: new Float64Array(capacity),
    y: new Float64Array(capacity),
    prevX: new Float64Array(capacity),
    prevY: new Float64Array(capacity),
    vx: new Float64Array(capacity),
    vy: new Float64Array(capacity),
    headingX: new Float64Array(capacity),
    headingY: new Float64Array(capacity),
    stateTimer: new Float64Array(capacity),
    bashTimer: new Float64Array(capacity),
    bashDoor: new Int16Array(capacity),
    targetX: new Float64Array(capacity),
    targetY: new Float64Array(capacity),
    hasTarget: new Uint8Array(capacity),
    wandering: new Uint8Array(capacity),
    searchLooking: new Uint8Array(capacity),
    seesPlayer: new Uint8Array(capacity),
    hunter: new Uint8Array(capacity),
    asleep: new Uint8Array(capacity),
    health: new Float64Array(capacity),
    staggerCount: new Float64Array(capacity),
    fieldSlot: new Int8Array(capacity),
  };
}

/**
 * Adds an infected at (x, y) facing (headingX, headingY). Returns its index, or -1 when
 * the store is full (the director treats that as "budget spent").
 */
export function spawnInfected(horde: HordeStore, x: number, y: number, variant: VariantId, asleep = false, headingX = 0, headingY = 1): number {
  if (horde.count >= horde.capacity) return -1;
  const i = horde.count++;
  horde.changes++;
  horde.id[i] = horde.nextId++;
  horde.variant[i] = variant;
  horde.state[i] = InfectedState.Idle;
  horde.x[i] = x;
  horde.y[i] = y;
  horde.prevX[i] = x;
  horde.prevY[i] = y;
  horde.vx[i] = 0;
  horde.vy[i] = 0;
  const hl = Math.hypot(headingX, headingY) || 1;
  horde.headingX[i] = headingX / hl;
  horde.headingY[i] = headingY / hl;
  horde.stateTimer[i] = 0;
  horde.bashTimer[i] = 0;
  horde.bashDoor[i] = -1;
  horde.targetX[i] = x;
  horde.targetY[i] = y;
  horde.hasTarget[i] = 0;
  horde.wandering[i] = 0;
  horde.searchLooking[i] = 0;
  horde.seesPlayer[i] = 0;
  horde.hunter[i] = 0;
  horde.asleep[i] = asleep ? 1 : 0;
  horde.health[i] = INFECTED[variant]!.health;
  horde.staggerCount[i] = 0;
  horde.fieldSlot[i] = -1;
  return i;
}

/** Removes agent i by moving the last agent into its slot (order is not kept). */
export function removeInfected(horde: HordeStore, i: number): void {
  const last = --horde.count;
  horde.changes++;
  if (i !== last) copyAgent(horde, last, i);
}

function copyAgent(h: HordeStore, from: number, to: number): void {
  h.id[to] = h.id[from]!;
  h.variant[to] = h.variant[from]!;
  h.state[to] = h.state[from]!;
  h.x[to] = h.x[from]!;
  h.y[to] = h.y[from]!;
  h.prevX[to] = h.prevX[from]!;
  h.prevY[to] = h.prevY[from]!;
  h.vx[to] = h.vx[from]!;
  h.vy[to] = h.vy[from]!;
  h.headingX[to] = h.headingX[from]!;
  h.headingY[to] = h.headingY[from]!;
  h.stateTimer[to] = h.stateTimer[from]!;
  h.bashTimer[to] = h.bashTimer[from]!;
  h.bashDoor[to] = h.bashDoor[from]!;
  h.targetX[to] = h.targetX[from]!;
  h.targetY[to] = h.targetY[from]!;
  h.hasTarget[to] = h.hasTarget[from]!;
  h.wandering[to] = h.wandering[from]!;
  h.searchLooking[to] = h.searchLooking[from]!;
  h.seesPlayer[to] = h.seesPlayer[from]!;
  h.hunter[to] = h.hunter[from]!;
  h.asleep[to] = h.asleep[from]!;
  h.health[to] = h.health[from]!;
  h.staggerCount[to] = h.staggerCount[from]!;
  h.fieldSlot[to] = h.fieldSlot[from]!;
}

/** Index of the agent with this id, -1 when it is gone. O(count): for rare lookups only. */
export function indexOfInfected(horde: HordeStore, id: number): number {
  for (let i = 0; i < horde.count; i++) if (horde.id[i] === id) return i;
  return -1;
}
