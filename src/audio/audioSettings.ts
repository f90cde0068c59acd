import { Howler } from 'howler';
import type { Settings } from '../save/settings';
import { gameAudio } from './index';

/**
 * Settings -> audio: the bus volumes and mute go to the game's audio instance (which
 * also mutes itself while the tab is hidden). `setAudioPaused` suspends the AudioContext
 * while the pause menu is up and resumes it when play resumes (a player gesture, so
 * browsers allow it).
 */
export function applyAudioSettings(s: Readonly<Settings>): void {
  const audio = gameAudio();
  audio.setVolumes(s.volume);
  audio.setMuted(s.muted);
}

export function setAudioPaused(paused: boolean): void {
  const ctx = Howler.ctx as AudioContext | undefined;
  if (!ctx) return;
  const p = paused ? ctx.suspend() : ctx.resume();
  p.catch(() => undefined);
}
