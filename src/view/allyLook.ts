import { CAST, directionFor, type CastMember } from '../assets/frames';
import { castName } from '../campaign/cast';
import type { World } from '../sim/world';
import { SurvivorRole, SurvivorState, type SurvivorStore } from '../sim/survivors';

/**
 * How an ally looks, decided from the sim's survivor store (world.survivors) as plain
 * data, so the rules are unit-tested without Phaser: which cast sheet, which way it faces,
 * which gait's animation, and what the player must read at a glance (grabbed, bitten,
 * about to turn, Ji-an's eyes in the dark). AllyView draws it.
 */

/** The sim's survivor states and roles (src/sim/survivors.ts), under the names the view uses. */
export const ALLY_STATE = SurvivorState;
export const ALLY_ROLE = SurvivorRole;

/** The world's survivors (slot 0 the player, then the allies). */
export function survivorsOf(world: World): SurvivorStore {
  return world.survivors;
}

/** With this few seconds left before a bitten ally turns, it shows it is about to. */
export const TURNING_SOON_SECONDS = 8;

/** Cast ids to their sheet in cast.png ('ji-an' -> 'jian'); someone with no sheet of their own wears Seo-yeon's. */
export function castMemberFor(castId: string): CastMember {
  const member = castId.replace(/-/g, '') as CastMember;
  return (CAST as readonly string[]).includes(member) && member !== 'joon' ? member : 'seoyeon';
}

export interface AllyDrawing {
  slot: number;
  castId: string;
  name: string;
  member: CastMember;
  /** Drawn between the last two ticks (tiles). */
  x: number;
  y: number;
  /** Sheet row: 0 down, 1 left, 2 right, 3 up. */
  dir: number;
  anim: 'idle' | 'walk' | 'run';
  /** Animation speed (sneaking walks at half rate, as the player does). */
  rate: number;
  grabbed: boolean;
  bitten: boolean;
  /** Bitten, and turning within TURNING_SOON_SECONDS. */
  turningSoon: boolean;
  /** Ji-an (the half-infected) in a dark cell, not facing away: her eyes glow. */
  eyesGlow: boolean;
}

/**
 * How ally `slot` is drawn now, or null when it is not drawn: hidden in a locker, or no
 * longer human (a turned ally is an infected now, drawn by the horde view; one gone has
 * left).
 */
export function allyDrawing(world: World, s: SurvivorStore, slot: number, alpha: number): AllyDrawing | null {
  const state = s.state[slot]!;
  if (slot <= 0 || slot >= s.count || state >= ALLY_STATE.Turned || s.hidden[slot] === 1) return null;
  const x = s.prevX[slot]! + (s.x[slot]! - s.prevX[slot]!) * alpha;
  const y = s.prevY[slot]! + (s.y[slot]! - s.prevY[slot]!) * alpha;
  const gait = s.gait[slot]!;
  const castId = s.castId[slot] ?? '';
  const fx = s.facingX[slot]!;
  const fy = s.facingY[slot]!;
  const cell = Math.floor(y) * world.grid.width + Math.floor(x);
  const halfInfected = s.role[slot] === ALLY_ROLE.HalfInfected;
  return {
    slot,
    castId,
    name: castName(castId),
    member: castMemberFor(castId),
    x,
    y,
    dir: directionFor(Math.atan2(fy, fx)),
    anim: gait >= 3 ? 'run' : gait >= 1 ? 'walk' : 'idle',
    rate: gait === 1 ? 0.5 : 1,
    grabbed: state === ALLY_STATE.Grabbed,
    bitten: state === ALLY_STATE.Bitten,
    turningSoon: state === ALLY_STATE.Bitten && s.turnTimer[slot]! <= TURNING_SOON_SECONDS,
    // Facing up the screen shows the back of her head, as with the infected.
    eyesGlow: halfInfected && world.dark[cell] === 1 && fy >= -0.75,
  };
}

/** A name tag shows this long on an ally's first appearance, then fades over NAME_TAG_FADE. */
export const NAME_TAG_SECONDS = 3.5;
export const NAME_TAG_FADE = 1;

/** The name tag's opacity `age` seconds after the ally first appeared (0 once faded). */
export function nameTagAlpha(age: number): number {
  if (!(age >= 0)) return 0;
  if (age <= NAME_TAG_SECONDS) return 1;
  return Math.max(0, 1 - (age - NAME_TAG_SECONDS) / NAME_TAG_FADE);
}

/** The group's order (AllyOrder) as the first ally still human holds it, or null with none. */
export function groupOrder(world: World): number | null {
  const s = survivorsOf(world);
  for (let k = 1; s && k < s.count; k++) if (s.state[k]! < ALLY_STATE.Turned) return s.order[k]!;
  return null;
}
