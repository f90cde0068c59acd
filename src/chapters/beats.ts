import type { Intent } from '../sim/intent';
import { step } from '../sim/step';
import type { World } from '../sim/world';
import { sightingCaptions, type SightingLines } from './sightings';

/**
 * A chapter's scripted beats: a pure function run after every sim step that reacts to
 * that tick's events (mostly 'trigger' events from the level's trigger areas) by changing
 * the world: breaking a door, making a noise, calling the director. Deterministic, so a
 * chapter's beats are part of its replays and of the bots' runs.
 */
export type ChapterBeats = (world: World) => void;

/**
 * One tick of a chapter: the sim step, then the chapter's beats, then the first-sighting
 * captions (`sightings`: the chapter's lines, DEFAULT_SIGHTINGS for the rest).
 */
export function stepChapter(world: World, intent: Intent, beats: ChapterBeats | null, sightings?: SightingLines): void {
  step(world, intent);
  if (beats && world.status === 'playing') beats(world);
  if (world.status === 'playing') sightingCaptions(world, sightings);
}

/** Pushes a beat event: a caption for the player (and a sound for the audio). */
export function beat(world: World, name: string, caption: string, at?: { x?: number; y?: number; sfx?: string }): void {
  world.events.push({ type: 'beat', name, caption, ...(at ?? {}) });
}
