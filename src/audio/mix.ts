/**
 * The audio module's pure logic: bus gains, positional pan and volume, the stem mix for
 * the director's intensity, and a per-sound voice limit. No Howler, no DOM, no clock
 * (times are passed in), so all of it is unit-tested.
 */

export type Bus = 'music' | 'sfx' | 'ui';

/** Volumes 0..1 as the settings store them. */
export interface Volumes {
  master: number;
  music: number;
  sfx: number;
  ui: number;
}

export const DEFAULT_VOLUMES: Volumes = { master: 0.9, music: 0.6, sfx: 0.9, ui: 0.7 };

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);

/** The gain a bus plays at: master x bus, both clamped to 0..1 (bad values count as 0). */
export function busGain(volumes: Volumes, bus: Bus): number {
  return clamp01(volumes.master) * clamp01(volumes[bus]);
}

export interface Hearing {
  /** Beyond this distance (tiles) a sound is silent. */
  radius: number;
  /** Horizontal offset (tiles) at which a sound is fully to one side. */
  panWidth: number;
  /** Gain kept by a sound heard through a wall. */
  muffledGain: number;
}

export const DEFAULT_HEARING: Hearing = { radius: 18, panWidth: 10, muffledGain: 0.4 };

/**
 * Volume and stereo pan of a sound at (sx, sy) heard by a listener at (lx, ly), in tiles.
 * Volume falls with the square of the remaining distance (a natural-sounding roll-off);
 * pan follows the horizontal offset; a muffled sound (behind a wall) keeps muffledGain.
 */
export function positional(lx: number, ly: number, sx: number, sy: number, muffled: boolean, hearing: Hearing = DEFAULT_HEARING): { volume: number; pan: number } {
  const dx = sx - lx;
  const dy = sy - ly;
  const d = Math.hypot(dx, dy);
  const near = Math.max(0, 1 - d / hearing.radius);
  const volume = near * near * (muffled ? hearing.muffledGain : 1);
  const pan = Math.max(-1, Math.min(1, dx / hearing.panWidth));
  return { volume, pan: volume > 0 ? pan : 0 };
}

function smoothstep(a: number, b: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
}

export interface StemMix {
  explore: number;
  chaseLow: number;
  chaseHigh: number;
}

/**
 * Director intensity (0 calm .. 1 peak) to the gains of the three looping stems: the
 * eerie bed dominates when calm and ducks as the chase builds; the low percussion comes
 * in from about 0.25, the high layer from about 0.6.
 */
export function stemMix(intensity: number): StemMix {
  const i = clamp01(intensity);
  return {
    explore: 1 - 0.75 * smoothstep(0.2, 0.6, i),
    chaseLow: smoothstep(0.25, 0.55, i),
    chaseHigh: smoothstep(0.6, 0.9, i),
  };
}

/**
 * Caps how many copies of one sound play at once (a horde of 500 must not play 500
 * gurgles) and how soon the same sound may start again. It does not rely on end
 * callbacks (a sound that cannot play never calls back): each voice is counted until its
 * known duration has passed.
 */
export class VoiceLimiter {
  private readonly endsAt = new Map<string, number[]>();

  constructor(
    private readonly limits: Readonly<Record<string, number>>,
    private readonly defaultLimit = 4,
    private readonly minGapMs: Readonly<Record<string, number>> = {},
  ) {}

  /** Counts a new voice of `name` starting at `nowMs` lasting `durationMs`; false when it must not play. */
  tryStart(name: string, nowMs: number, durationMs: number): boolean {
    const group = this.groupOf(name);
    const list = this.endsAt.get(group) ?? [];
    const live = list.filter((end) => end > nowMs);
    const limit = this.limits[group] ?? this.defaultLimit;
    const gap = this.minGapMs[group] ?? 0;
    const lastStart = this.lastStart.get(group);
    if (live.length >= limit || (lastStart !== undefined && nowMs - lastStart < gap)) {
      this.endsAt.set(group, live);
      return false;
    }
    live.push(nowMs + durationMs);
    this.endsAt.set(group, live);
    this.lastStart.set(group, nowMs);
    return true;
  }

  private readonly lastStart = new Map<string, number>();

  /** Voices of `name` still playing at `nowMs`. */
  active(name: string, nowMs: number): number {
    return (this.endsAt.get(this.groupOf(name)) ?? []).filter((end) => end > nowMs).length;
  }

  /** Numbered variants share one limit: gurgle1..gurgle4 count as 'gurgle'. */
  groupOf(name: string): string {
    return name.replace(/\d+$/, '');
  }
}

/** Eight-way arrow for a caption, from the listener to the sound (screen coordinates, y down). */
export function directionArrow(dx: number, dy: number): string {
  if (Math.hypot(dx, dy) < 1.5) return '•';
  const arrows = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'];
  const a = Math.atan2(dy, dx);
  const i = ((Math.round(a / (Math.PI / 4)) % 8) + 8) % 8;
  return arrows[i]!;
}
