import type { PlayerState, World } from '../world';
import type { Grid } from '../grid';
import type { FlowFieldCache } from '../flowfield';
import type { HordeStore } from '../horde';
import * as tuning from '../tuning';
import * as survivorsModule from '../survivors';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { DIFFICULTY, SURVIVORS } = tuning;
const { SurvivorRole, SurvivorState } = survivorsModule;
/** Per survivor, this tick (scratch: filled by beginHordeTick, read in the pass). */
const huntable = new Uint8Array(SURVIVORS.capacity);
const grabbable = new Uint8Array(SURVIVORS.capacity);

/**
 * What one horde update shares between its phases: the world's pieces and the store's
 * columns hoisted once per tick (so the phases read locals, not world.horde.x), per-tick
 * facts, and what decide() hands the rest of the loop (wanted speed, steering). One
 * object per tick; nothing is allocated per agent.
 */
export interface HordeTick {
  readonly world: World;
  readonly h: HordeStore;
  readonly grid: Grid;
  readonly p: PlayerState;
  /** Grid width and height (cells). */
  readonly w: number;
  readonly gridHeight: number;
  readonly tick: number;
  /** Agents in play this tick: nothing in the pass spawns or removes (hashed indices >= count are stale). */
  readonly count: number;
  /** The difficulty's telegraph (seconds alerted before a sprint). */
  readonly telegraph: number;
  /** Whether the player can be caught at all this tick (free, not immune, not hidden, playing). */
  readonly canGrab: boolean;
  readonly fields: FlowFieldCache;
  readonly pileOpen: Uint8Array;
  /** Per cell: 1 when it and its 8 neighbours are open floor (see integrate.ts). */
  readonly clearAround: Uint8Array;
  /** The spatial hash as it was built before the pass (agents sorted by cell). */
  readonly cellStart: Int32Array;
  readonly hashed: Int32Array;

  // The store's columns (same arrays as h.x, ...).
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  readonly vx: Float64Array;
  readonly vy: Float64Array;
  readonly headingX: Float64Array;
  readonly headingY: Float64Array;
  readonly id: Uint32Array;
  readonly variant: Uint8Array;
  readonly state: Uint8Array;
  readonly stateTimer: Float64Array;
  readonly bashTimer: Float64Array;
  readonly bashDoor: Int16Array;
  readonly targetX: Float64Array;
  readonly targetY: Float64Array;
  readonly hasTarget: Uint8Array;
  readonly wandering: Uint8Array;
  readonly searchLooking: Uint8Array;
  readonly searchStuck: Float64Array;
  readonly seesPlayer: Uint8Array;
  readonly hunter: Uint8Array;
  readonly asleep: Uint8Array;
  readonly staggerCount: Float64Array;
  readonly fieldSlot: Int8Array;
  /** Each agent's target survivor (index into world.survivors). */
  readonly target: Int8Array;

  // The survivors (slot 0 mirrors the player).
  /** Survivor slots in use (1: the player alone, the fast path). */
  readonly survivorCount: number;
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  /**
   * Per survivor: 1 when the horde hunts it (the player always; an ally while ok or grabbed,
   * the half-infected only while noticed), and 1 when it can be caught now.
   */
  readonly huntable: Uint8Array;
  readonly grabbable: Uint8Array;
  /** The difficulty's sight range, squared: no survivor farther is seen. */
  readonly sightRange2: number;

  /** The last flow-field request this tick (goal cell, slot or -1): see steer.ts. */
  lastGoalCell: number;
  lastGoalSlot: number;

  // Per agent, set by decide() and read by the phases after it.
  /** Speed the agent wants along its heading (tiles/s). */
  wantSpeed: number;
  /** How it steers: a Steer value. */
  steer: number;
  /** Sprinting: turns at the sprint turn rate. */
  sprinting: boolean;
}

/** How an agent steers this tick (decide -> steer). */
export const Steer = {
  /** Keep the heading (idle wander, looking around). */
  Keep: 0,
  /** Toward its target: the flow field, or straight when it sees the player or is in the target's cell. */
  Target: 1,
  /** Face the player (telegraph, cheer, grab). */
  FacePlayer: 2,
  /** No steering, friction only (stagger, bash, thrown off). */
  Friction: 3,
} as const;

export function beginHordeTick(world: World, clearAround: Uint8Array): HordeTick {
  const h = world.horde;
  const p = world.player;
  const grid = world.grid;
  const canGrab = p.grabbedBy < 0 && p.grabImmunity <= 0 && !p.hidden && world.status === 'playing';
  const s = world.survivors;
  huntable[0] = 1;
  grabbable[0] = canGrab ? 1 : 0;
  for (let k = 1; k < s.count; k++) {
    const st = s.state[k]!;
    const hunted = (st === SurvivorState.Ok || st === SurvivorState.Grabbed) && (s.role[k] !== SurvivorRole.HalfInfected || s.noticed[k]! > 0);
    huntable[k] = hunted ? 1 : 0;
    grabbable[k] = hunted && st === SurvivorState.Ok && s.hidden[k] === 0 && s.grabImmunity[k]! <= 0 && world.status === 'playing' ? 1 : 0;
  }
  return {
    world,
    h,
    grid,
    p,
    w: grid.width,
    gridHeight: grid.height,
    tick: world.tick,
    count: h.count,
    telegraph: DIFFICULTY[world.difficulty].telegraphSeconds,
    canGrab,
    fields: world.fields,
    pileOpen: world.pileOpen,
    clearAround,
    cellStart: world.hash.cellStart,
    hashed: world.hash.agents,
    x: h.x,
    y: h.y,
    prevX: h.prevX,
    prevY: h.prevY,
    vx: h.vx,
    vy: h.vy,
    headingX: h.headingX,
    headingY: h.headingY,
    id: h.id,
    variant: h.variant,
    state: h.state,
    stateTimer: h.stateTimer,
    bashTimer: h.bashTimer,
    bashDoor: h.bashDoor,
    targetX: h.targetX,
    targetY: h.targetY,
    hasTarget: h.hasTarget,
    wandering: h.wandering,
    searchLooking: h.searchLooking,
    searchStuck: h.searchStuck,
    seesPlayer: h.seesPlayer,
    hunter: h.hunter,
    asleep: h.asleep,
    staggerCount: h.staggerCount,
    fieldSlot: h.fieldSlot,
    target: h.target,
    survivorCount: s.count,
    sx: s.x,
    sy: s.y,
    huntable,
    grabbable,
    sightRange2: DIFFICULTY[world.difficulty].sightRange * DIFFICULTY[world.difficulty].sightRange,
    lastGoalCell: -1,
    lastGoalSlot: -1,
    wantSpeed: 0,
    steer: 0,
    sprinting: false,
  };
}
