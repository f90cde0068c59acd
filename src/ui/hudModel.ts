import type { PlayerState, World } from '../sim/world';
import { DIFFICULTY } from '../sim/tuning';

/**
 * What the HUD shows, as a small plain snapshot made by a pure function from the world,
 * so the HUD scene never digs into sim internals and the mapping is unit-tested.
 */
export interface HudModel {
  /** Grabs the player can still survive, and the most there can be. */
  grabsLeft: number;
  maxGrabs: number;
  /** 0..1 */
  stamina: number;
  exhausted: boolean;
  /** Extinguisher pressure 0..1, or null before the player has one. */
  pressure: number | null;
  objective: string;
  /** Phone battery 0..1 in chapters that use the phone, else null. */
  battery: number | null;
}

/**
 * Player fields that other systems are adding (battery: the phone). Read optionally so the HUD already works and picks
 * them up as soon as PlayerState has them.
 */
type UpcomingPlayerFields = Partial<{ battery: number }>;

/** Grabs survived on Normal (the difficulty's grabHealth). */
export const HUD_DEFAULT_MAX_GRABS = DIFFICULTY.normal.grabHealth;

export interface HudContext {
  objective: string;
  /** Whether this chapter uses the phone (shows the battery meter). */
  usesPhone: boolean;
}

function unit(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
}

export function hudModel(world: World, ctx: HudContext): HudModel {
  const p = world.player as PlayerState & UpcomingPlayerFields;
  // Grabs survived depend on the difficulty; the one after the last is a bite.
  const maxGrabs = DIFFICULTY[world.difficulty].grabHealth;
  return {
    grabsLeft: Math.max(0, Math.min(maxGrabs, maxGrabs - p.grabsTaken)),
    maxGrabs,
    stamina: unit(p.stamina),
    exhausted: p.exhausted,
    pressure: world.extinguisher.hasExtinguisher ? unit(world.extinguisher.pressure) : null,
    objective: ctx.objective,
    battery: ctx.usesPhone ? unit(p.battery ?? 1) : null,
  };
}
