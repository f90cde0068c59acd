import { castName } from './cast';
import type { RunState } from './runState';

/**
 * An interlude: a stop in the safe room between chapters. For now a short written scene
 * (the story issue brings portraits, dialogue in ink and the votes); it reads the run to
 * say who is with the group.
 */
export interface InterludeDefinition {
  /** Stable id: the campaign's steps name interludes by it. */
  id: string;
  /** Where it happens, as the title's Continue names it ("The music room"). */
  place: string;
  heading: string;
  /** The written scene, one string per paragraph; `alone` when nobody else is with the player. */
  paragraphs(alone: boolean): string[];
}

export const MUSIC_ROOM: InterludeDefinition = {
  id: 'music-room',
  place: 'The music room',
  heading: 'The music room',
  paragraphs: (alone) => [
    'Up the east stairs, the music room is the one door on the floor that still locks. ' +
      'A chair goes under the handle, the piano is pushed against it, and the noise of the corridor drops to a low scratching. ' +
      "This morning's sheet music is still on the stands. Outside, the bell rings again for no one. " +
      (alone ? 'For a minute you just sit on the floor and breathe.' : 'For a minute nobody talks; everyone just sits on the floor and breathes.'),
  ],
};

export const INTERLUDES: readonly InterludeDefinition[] = [MUSIC_ROOM];

export function interludeById(id: string): InterludeDefinition | undefined {
  return INTERLUDES.find((i) => i.id === id);
}

/** Cast ids of those with the group now: alive and with it, in the order they joined. */
export function withGroup(run: Readonly<RunState>): string[] {
  return Object.entries(run.cast)
    .filter(([, c]) => c.alive && c.withGroup)
    .map(([id]) => id);
}

/** What an interlude screen says, from the definition and the run. */
export interface InterludeText {
  heading: string;
  paragraphs: string[];
  /** Who is with the group ("With you: Da-som." / "You made it here alone."). */
  group: string;
  /** The notes found so far in this run, or null before the first. */
  notes: string | null;
  /** Set when the campaign has no step after this one: the story goes on in a later version. */
  ending: string | null;
}

export function interludeText(def: InterludeDefinition, run: Readonly<RunState>, lastStep: boolean): InterludeText {
  const group = withGroup(run).map(castName);
  const found = run.notesFound.length;
  return {
    heading: def.heading,
    paragraphs: def.paragraphs(group.length === 0),
    group: group.length === 0 ? 'You made it here alone.' : `With you: ${listNames(group)}.`,
    notes: found === 0 ? null : `Mr. Baek's notes found: ${found}.`,
    ending: lastStep ? "The group's story goes on in a later version of the game. Your run is saved: Continue on the title brings you back here." : null,
  };
}

/** 'A', 'A and B', 'A, B and C'. */
function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
