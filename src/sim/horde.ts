import { vecLength } from './simMath';
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

/**
 * Every per-agent column of the store, written once: createHorde allocates them,
 * spawnInfected clears them (to `cleared`, then sets what the spawn decides),
 * removeInfected moves them, hashWorld hashes those marked `hashed` in this order, and
 * cloneWorld copies every typed array. A column is left out of the hash only when it is
 * derived or a cache (tests/sim/hordeStore.test.ts holds the list to that).
 */
export const AGENT_FIELDS = {
  /** Stable id (never reused within a world): what events and the player's grab name. */
  id: { array: Uint32Array, hashed: true, cleared: 0 },
  variant: { array: Uint8Array, hashed: true, cleared: 0 },
  state: { array: Uint8Array, hashed: true, cleared: 0 },
  /** Position (tile units, body centre). */
  x: { array: Float64Array, hashed: true, cleared: 0 },
  y: { array: Float64Array, hashed: true, cleared: 0 },
  /** Position at the start of the last tick: only for drawing between ticks (x, y at the tick before). */
  prevX: { array: Float64Array, hashed: false, cleared: 0 },
  prevY: { array: Float64Array, hashed: false, cleared: 0 },
  vx: { array: Float64Array, hashed: true, cleared: 0 },
  vy: { array: Float64Array, hashed: true, cleared: 0 },
  /** Unit facing vector (kept normalised; the view uses atan2). */
  headingX: { array: Float64Array, hashed: true, cleared: 0 },
  headingY: { array: Float64Array, hashed: true, cleared: 0 },
  /** Seconds left in the current state (telegraph, sprint, recover, stagger, look-around, cheer, wander). */
  stateTimer: { array: Float64Array, hashed: true, cleared: 0 },
  /** Seconds until the next bash hit. */
  bashTimer: { array: Float64Array, hashed: true, cleared: 0 },
  /** Door being bashed (index into world.doors), -1 otherwise. */
  bashDoor: { array: Int16Array, hashed: true, cleared: -1 },
  /** Where it is going: the player when seen, the last known position, a noise. */
  targetX: { array: Float64Array, hashed: true, cleared: 0 },
  targetY: { array: Float64Array, hashed: true, cleared: 0 },
  /** 1 when targetX/Y is meaningful. */
  hasTarget: { array: Uint8Array, hashed: true, cleared: 0 },
  /** Idle: 1 while shambling about, 0 while standing and twitching. */
  wandering: { array: Uint8Array, hashed: true, cleared: 0 },
  /** 1 while searching has reached the target and is looking around. */
  searchLooking: { array: Uint8Array, hashed: true, cleared: 0 },
  /** Seconds in a row a searcher walking to its target has made no headway (HORDE.searchStuckSeconds). */
  searchStuck: { array: Float64Array, hashed: true, cleared: 0 },
  /** Result of the last perception check: it sees its target survivor. */
  seesPlayer: { array: Uint8Array, hashed: true, cleared: 0 },
  /**
   * The survivor it hunts (an index into world.survivors: 0 the player): the nearest it
   * saw at its last look; a hunter, a grab, near misses and facing go by it.
   */
  target: { array: Int8Array, hashed: true, cleared: 0 },
  /** Director's rush: always knows where the player is. */
  hunter: { array: Uint8Array, hashed: true, cleared: 0 },
  asleep: { array: Uint8Array, hashed: true, cleared: 0 },
  health: { array: Float64Array, hashed: true, cleared: 0 },
  /** Recent staggers (decays 1 per second): impulses are divided by 1 + staggerCount. */
  staggerCount: { array: Float64Array, hashed: true, cleared: 0 },
  /** Cached flow-field slot (see flowfield.ts), -1 when none: a cache, so not hashed. */
  fieldSlot: { array: Int8Array, hashed: true, cleared: -1 },
} as const;

type AgentFields = typeof AGENT_FIELDS;
export type AgentField = keyof AgentFields;
/** The per-agent columns, one typed array each (agent i is entry i of every one). */
export type AgentColumns = { readonly [K in AgentField]: InstanceType<AgentFields[K]['array']> };
type Column = AgentColumns[AgentField];

/** The column names in AGENT_FIELDS order, and the hashed ones. */
export const AGENT_FIELD_NAMES = Object.keys(AGENT_FIELDS) as readonly AgentField[];
export const HASHED_AGENT_FIELDS: readonly AgentField[] = AGENT_FIELD_NAMES.filter((k) => AGENT_FIELDS[k].hashed);

export interface HordeStore extends AgentColumns {
  readonly capacity: number;
  count: number;
  /** Next id handed out (ids are never reused within a world). */
  nextId: number;
  /** Bumped on every spawn and removal (the spatial hash rebuilds when it changed). */
  changes: number;
}

export function createHorde(capacity: number = HORDE.capacity): HordeStore {
  // Built by spreading, not by adding keys one by one: V8 turns an object that grows by
  // many keyed stores into a slow dictionary, and every system reads these columns.
  const columns = Object.fromEntries(AGENT_FIELD_NAMES.map((name) => [name, new AGENT_FIELDS[name].array(capacity)]));
  return { capacity, count: 0, nextId: 1, changes: 0, ...columns } as unknown as HordeStore;
}

/**
 * Adds an infected at (x, y) facing (headingX, headingY). Returns its index, or -1 when
 * the store is full (the director treats that as "budget spent").
 */
export function spawnInfected(horde: HordeStore, x: number, y: number, variant: VariantId, asleep = false, headingX = 0, headingY = 1): number {
  if (horde.count >= horde.capacity) return -1;
  const i = horde.count++;
  horde.changes++;
  // The slot may hold a removed agent: clear every column first.
  for (const name of AGENT_FIELD_NAMES) (horde[name] as Column)[i] = AGENT_FIELDS[name].cleared;
  horde.id[i] = horde.nextId++;
  horde.variant[i] = variant;
  horde.state[i] = InfectedState.Idle;
  horde.x[i] = x;
  horde.y[i] = y;
  horde.prevX[i] = x;
  horde.prevY[i] = y;
  const hl = vecLength(headingX, headingY) || 1;
  horde.headingX[i] = headingX / hl;
  horde.headingY[i] = headingY / hl;
  horde.targetX[i] = x;
  horde.targetY[i] = y;
  horde.asleep[i] = asleep ? 1 : 0;
  horde.health[i] = INFECTED[variant]!.health;
  return i;
}

/** Removes agent i by moving the last agent into its slot (order is not kept). */
export function removeInfected(horde: HordeStore, i: number): void {
  const last = --horde.count;
  horde.changes++;
  if (i === last) return;
  for (const name of AGENT_FIELD_NAMES) {
    const column = horde[name] as Column;
    column[i] = column[last]!;
  }
}

/** Index of the agent with this id, -1 when it is gone. O(count): for rare lookups only. */
export function indexOfInfected(horde: HordeStore, id: number): number {
  for (let i = 0; i < horde.count; i++) if (horde.id[i] === id) return i;
  return -1;
}
