import type { LevelData, LevelPoint } from '../sim/level';
import type { Difficulty } from '../sim/tuning';
import type { World } from '../sim/world';
import { clearSight } from '../sim/perception';

/**
 * Everything the survivor bot reads, and nothing more: what a careful player could know
 * from the screen (where the infected are, which way they face, whether they are after
 * it), plus the level it plans routes on. Two things provide it:
 *  - `viewOfWorld(world)`: the sim World itself (Vitest, `npm run bench:chapter`);
 *  - the e2e adapter (e2e/survivor.ts): built in Node from `window.__LP__.state()` of the
 *    real game, which lists the infected near the player.
 * The infected are struct-of-arrays so the World's HordeStore fits without a copy.
 */
export interface SeenInfected {
  count: number;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** InfectedState id (src/sim/horde.ts). */
  readonly state: ArrayLike<number>;
  readonly headingX: ArrayLike<number>;
  readonly headingY: ArrayLike<number>;
  /** 1 for the director's rushers (they always know where the player is). */
  readonly hunter: ArrayLike<number>;
  readonly hasTarget: ArrayLike<number>;
  readonly targetX: ArrayLike<number>;
  readonly targetY: ArrayLike<number>;
  readonly searchLooking: ArrayLike<number>;
  readonly asleep: ArrayLike<number>;
}

/** The group as the bot sees it (the sim's SurvivorStore fits; slot 0 is the player). */
export interface SeenSurvivors {
  readonly count: number;
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** SurvivorState id (src/sim/survivors.ts). */
  readonly state: ArrayLike<number>;
  readonly hidden: ArrayLike<number>;
  /** Id of the infected holding each one, -1 when free. */
  readonly grabbedBy: ArrayLike<number>;
}

export interface SeenDoor {
  readonly x: number;
  readonly y: number;
  readonly open: boolean;
  readonly broken: boolean;
  readonly locked: boolean;
}

export interface SurvivorView {
  /** Sim ticks so far: the bot's timers count ticks, however often it is asked. */
  readonly tick: number;
  readonly level: LevelData;
  /** The difficulty (it sets how far the infected see). */
  readonly difficulty: Difficulty;
  readonly player: { readonly x: number; readonly y: number; readonly grabbedBy: number };
  readonly extinguisher: { readonly hasExtinguisher: boolean; readonly pressure: number };
  readonly horde: SeenInfected;
  /** Doors in the level's order. */
  readonly doors: readonly SeenDoor[];
  /** Per level.items: 1 once picked up (the bot fetches keys still on the floor). */
  readonly itemTaken: ArrayLike<number>;
  /** Wall cabinets (each holds one fresh extinguisher until used), in the World's order. */
  readonly cabinets: readonly { readonly x: number; readonly y: number; readonly used: boolean }[];
  /** Per cell: index into `doors`, -1 where there is none. */
  readonly doorAt: ArrayLike<number>;
  /** Whether nothing (wall, shut door, foam) blocks the line between two points. */
  clearSight(x0: number, y0: number, x1: number, y1: number): boolean;
  /** True while a place must be reached against the clock (an open `reach` objective with a time limit): no detours. */
  readonly goalUrgent?: boolean;
  /** The group, when the view knows it (absent: the player is alone, as the e2e adapter sees it). */
  readonly survivors?: SeenSurvivors;
  /**
   * Where the chapter's plan says to wait now (ChapterDefinition.botWait: chapter 3's
   * closet until the diversion), or null/absent to go on to the exit.
   */
  readonly waitAt?: LevelPoint | null;
  /** Replies the phone's chat offers now (0 or absent: no question open). */
  readonly chatReplies?: number;
  /** Whether the player's breath can be heard here (it holds it when one comes close). */
  readonly breathHeard?: boolean;
  readonly stamina?: number;
}

/**
 * The sim World as the survivor bot sees it (no copies: getters onto the live world);
 * `waitAt` is the chapter's plan (its definition's botWait), when it has one.
 */
export function viewOfWorld(world: World, waitAt?: (world: World) => LevelPoint | null): SurvivorView {
  return {
    get waitAt() {
      return waitAt ? waitAt(world) : null;
    },
    get chatReplies() {
      return world.phone !== null && world.phone.battery > 0 ? world.phone.replies.length : 0;
    },
    breathHeard: world.breath !== null,
    get stamina() {
      return world.player.stamina;
    },
    get tick() {
      return world.tick;
    },
    level: world.level,
    difficulty: world.difficulty,
    get player() {
      return world.player;
    },
    get extinguisher() {
      return world.extinguisher;
    },
    get horde() {
      return world.horde;
    },
    get doors() {
      return world.doors;
    },
    get cabinets() {
      return world.cabinets;
    },
    get itemTaken() {
      return world.objects.itemTaken;
    },
    get survivors() {
      return world.survivors;
    },
    doorAt: world.grid.doorAt,
    clearSight: (x0, y0, x1, y1) => clearSight(world, x0, y0, x1, y1),
    get goalUrgent() {
      const o = world.objectives;
      return o.specs.some((s, k) => s.kind === 'reach' && s.timeLimit !== null && o.active[k] === 1 && o.complete[k] === 0 && o.failed[k] === 0);
    },
  };
}
