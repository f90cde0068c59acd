import { Howler } from 'howler';
import type { Settings } from '../save/settings';

/**
 * The global side of audio settings: master volume and mute go to Howler's master gain;
 * the music/sfx/ui bus volumes are read from the settings by whoever plays those sounds.
 * `setAudioPaused` suspends the AudioContext while the game is paused (tab hidden, blur,
 * pause menu) and resumes it when play resumes (a player gesture, so browsers allow it).
 */
export function applyAudioSettings(s: Readonly<Settings>): void {
  Howler.volume(s.muted ? 0 : s.volume.master);
}

export function setAudioPaused(paused: boolean): void {
  const ctx = Howler.ctx as AudioContext | undefined;
  if (!ctx) return;
  const p = paused ? ctx.suspend() : ctx.resume();
  p.catch(() => undefined);
}
