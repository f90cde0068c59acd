import { FxFrame, INFECTED_ANIMS } from '../assets/frames';
import { InfectedState } from '../sim/horde';
import type { VariantName } from '../sim/tuning';

export type InfectedAnim = keyof typeof INFECTED_ANIMS;
/** What floats above an infected: the wind-up's "!", a sleeper's Zzz, a knocked one's stars. */
export type ThreatMarker = 'alert' | 'asleep' | 'dazed' | null;

/**
 * A stagger with more than this many seconds left is drawn knocked down (lying), then it
 * reels back up: a sprinter tumbling in the foam (1.6 s) or thrown off a grab (1.4 s) lies
 * down first; a short foam stagger (0.7 s) only reels. A view choice, not a gameplay number.
 */
export const KNOCKED_DOWN_SECONDS = 0.8;

/**
 * The pose and marker for an infected, from its sim state: every state a player must tell
 * apart at a glance has its own. The wind-up (alerted) is a deep crouch under a flashing
 * "!"; a sleeper lies flat under Zzz; a staggered one reels (or lies sprawled) under
 * circling stars; a winded one after a sprint is bent over, head down, with no marker.
 */
export function infectedDrawing(state: number, asleep: boolean, stateTimer: number, moving: boolean): { anim: InfectedAnim; marker: ThreatMarker } {
  switch (state) {
    case InfectedState.Idle:
      return asleep ? { anim: 'asleep', marker: 'asleep' } : { anim: 'idle', marker: null };
    case InfectedState.Alerted:
      return { anim: 'windup', marker: 'alert' };
    case InfectedState.Sprint:
      return { anim: 'sprint', marker: null };
    case InfectedState.Recover:
      return { anim: 'recover', marker: null };
    case InfectedState.Search:
      return { anim: moving ? 'sprint' : 'idle', marker: null };
    case InfectedState.Grab:
      return { anim: 'grab', marker: null };
    case InfectedState.Stagger:
      return { anim: stateTimer > KNOCKED_DOWN_SECONDS ? 'knocked' : 'stagger', marker: 'dazed' };
    case InfectedState.Bash:
      return { anim: 'bash', marker: null };
    case InfectedState.Climb:
      return { anim: 'climb', marker: null };
    case InfectedState.Cheer:
      return { anim: 'telegraph', marker: null };
    default:
      return { anim: 'idle', marker: null };
  }
}

/** The fx frame of a marker at a time (s): the "!" flashes white at 8 Hz, the others cycle slower. */
export function markerFrame(marker: Exclude<ThreatMarker, null>, time: number): number {
  switch (marker) {
    case 'alert':
      return Math.floor(time * 8) % 2 === 0 ? FxFrame.AlertFlash : FxFrame.AlertBang;
    case 'asleep':
      return Math.floor(time * 1.5) % 2 === 0 ? FxFrame.Zzz0 : FxFrame.Zzz1;
    case 'dazed':
      return Math.floor(time * 6) % 2 === 0 ? FxFrame.Dazed0 : FxFrame.Dazed1;
  }
}

/**
 * High-contrast rings, one per variant: a colour AND a shape, so they still differ for a
 * colour-blind player (Okabe-Ito-like hues, bright enough on the dark floor, none the
 * player's cyan): sprinter red-orange solid ring, cheerleader pink with four spikes, the
 * heavy yellow, thick and double, the climber bluish green and dashed.
 */
export const VARIANT_RINGS: Readonly<Record<VariantName, { colour: number; shape: 'solid' | 'spiked' | 'double' | 'dashed' }>> = {
  sprinter: { colour: 0xff4a26, shape: 'solid' },
  cheerleader: { colour: 0xff7ad9, shape: 'spiked' },
  heavy: { colour: 0xffe14a, shape: 'double' },
  climber: { colour: 0x19e6a8, shape: 'dashed' },
};

/** Sprite scale per variant: the coach is drawn bigger (his body is 0.4 tiles, the others 0.3). */
export const VARIANT_SCALE: Readonly<Record<VariantName, number>> = { sprinter: 1, cheerleader: 1, heavy: 1.3, climber: 1 };
