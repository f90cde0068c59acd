import type { SimEvent } from '../sim/events';
import type { PlayerState, World } from '../sim/world';

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
  captions: readonly string[];
}

/**
 * Player fields that other systems are adding (grabs: the horde; pressure: the
 * extinguisher; battery: the phone). Read optionally so the HUD already works and picks
 * them up as soon as PlayerState has them.
 */
type UpcomingPlayerFields = Partial<{ grabsLeft: number; maxGrabs: number; pressure: number; hasExtinguisher: boolean; battery: number }>;

export const HUD_DEFAULT_MAX_GRABS = 3;

export interface HudContext {
  objective: string;
  /** Whether this chapter uses the phone (shows the battery meter). */
  usesPhone: boolean;
  captions: readonly string[];
}

function unit(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
}

export function hudModel(world: World, ctx: HudContext): HudModel {
  const p = world.player as PlayerState & UpcomingPlayerFields;
  const maxGrabs = p.maxGrabs ?? HUD_DEFAULT_MAX_GRABS;
  return {
    grabsLeft: Math.max(0, Math.min(maxGrabs, p.grabsLeft ?? maxGrabs)),
    maxGrabs,
    stamina: unit(p.stamina),
    exhausted: p.exhausted,
    pressure: p.pressure === undefined || p.hasExtinguisher === false ? null : unit(p.pressure),
    objective: ctx.objective,
    battery: ctx.usesPhone ? unit(p.battery ?? 1) : null,
    captions: ctx.captions,
  };
}

/** A caption for a sim event a player might not hear (sound off, hard of hearing), or null. */
export function captionFor(e: SimEvent): string | null {
  switch (e.type) {
    case 'doorOpened':
      return '[door opens]';
    case 'doorClosed':
      return '[door slams shut]';
    case 'doorLocked':
      return '[locked]';
    case 'noise':
      switch (e.source) {
        case 'vending':
          return '[vending machine crashes]';
        case 'cheer':
          return '[cheering in the distance]';
        case 'phone':
          return '[phone ringing]';
        case 'bash':
          return '[banging on a door]';
        case 'throw':
          return '[clatter]';
        default:
          return null;
      }
    default:
      return null;
  }
}

/**
 * Recent captions, newest last, each kept for `ttl` seconds of view time; a repeat of the
 * newest line refreshes it instead of stacking.
 */
export class CaptionLog {
  private readonly lines: { text: string; until: number }[] = [];
  private visibleCache: string[] = [];

  constructor(
    private readonly ttl = 3.5,
    private readonly max = 3,
  ) {}

  push(text: string, now: number): void {
    const last = this.lines[this.lines.length - 1];
    if (last && last.text === text) last.until = now + this.ttl;
    else this.lines.push({ text, until: now + this.ttl });
    while (this.lines.length > this.max) this.lines.shift();
  }

  visible(now: number): readonly string[] {
    let changed = false;
    while (this.lines.length > 0 && this.lines[0].until <= now) {
      this.lines.shift();
      changed = true;
    }
    if (changed || this.visibleCache.length !== this.lines.length || this.lines.some((l, i) => l.text !== this.visibleCache[i])) {
      this.visibleCache = this.lines.map((l) => l.text);
    }
    return this.visibleCache;
  }
}
