import { cloneRun } from './cloneRun';
import { castName } from './cast';
import type { RunState } from './runState';
import type { VoteId } from './votes';

/**
 * An interlude: a stop in the safe room between chapters. Its scene is an ink story
 * (src/story/*.ink: portraits, dialogue, one vote); the definition says which story,
 * which vote it ends on, and how the run looks when the group gets there (`arrive`).
 */
export interface InterludeDefinition {
  /** Stable id: the campaign's steps name interludes by it. */
  id: string;
  /** Where it happens, as the title's Continue names it ("The music room"). */
  place: string;
  heading: string;
  /** The vote the story ends on; its consequence is applied by src/campaign/votes.ts. */
  vote: VoteId;
  /** The compiled story (runtime JSON), fetched when the interlude starts: the ink runtime and texts stay out of the first load. */
  story(): Promise<string>;
  /**
   * The run as the group arrives: who came into the room, who is no longer there. Applied
   * before the story reads the run and again when it is left, so it must give the same
   * run when applied twice (the player may quit half-way and Continue).
   */
  arrive(run: Readonly<RunState>): RunState;
}

const joined = { alive: true, withGroup: true, bitten: false };

export const AFTER_HALLWAY: InterludeDefinition = {
  id: 'after-hallway',
  place: 'The music room',
  heading: 'The music room',
  vote: 'door',
  story: () => import('../story/afterHallway.ink').then((m) => m.default),
  // Seo-yeon, Tae-min and Gu-ho barricaded themselves in the music room during the bell.
  arrive: (run) => {
    const next = cloneRun(run);
    for (const id of ['seo-yeon', 'tae-min', 'gu-ho']) next.cast[id] ??= { ...joined };
    return next;
  },
};

export const AFTER_CAFETERIA: InterludeDefinition = {
  id: 'after-cafeteria',
  place: 'The music room, with food',
  heading: 'The music room',
  vote: 'tae-min',
  story: () => import('../story/afterCafeteria.ink').then((m) => m.default),
  arrive: (run) => cloneRun(run),
};

export const AFTER_CLOSET: InterludeDefinition = {
  id: 'after-closet',
  place: 'The roof stairs',
  heading: 'The roof stairs',
  vote: 'gu-ho',
  story: () => import('../story/afterCloset.ink').then((m) => m.default),
  arrive: (run) => {
    const next = cloneRun(run);
    // Kept with the group, bitten, Tae-min turned inside the room during the closet chapter.
    const t = next.cast['tae-min'];
    if (t && t.alive && t.withGroup && t.bitten) next.cast['tae-min'] = { alive: false, withGroup: false, bitten: true };
    // Gu-ho is trapped on the stairs below until the vote.
    const g = next.cast['gu-ho'];
    if (g && g.alive && run.votes['gu-ho'] === undefined) next.cast['gu-ho'] = { ...g, withGroup: false };
    return next;
  },
};

export const INTERLUDES: readonly InterludeDefinition[] = [AFTER_HALLWAY, AFTER_CAFETERIA, AFTER_CLOSET];

/** Interlude ids of earlier versions, still found in saves and links ('music-room' was the only interlude). */
const OLD_IDS: Readonly<Record<string, string>> = { 'music-room': 'after-hallway' };

export function interludeById(id: string): InterludeDefinition | undefined {
  const current = OLD_IDS[id] ?? id;
  return INTERLUDES.find((i) => i.id === current);
}

/** Cast ids of those with the group now: alive and with it, in the order they joined. */
export function withGroup(run: Readonly<RunState>): string[] {
  return Object.entries(run.cast)
    .filter(([, c]) => c.alive && c.withGroup)
    .map(([id]) => id);
}

/** "With you: Da-som and Tae-min." / "You made it here alone." */
export function groupLine(run: Readonly<RunState>): string {
  const group = withGroup(run).map(castName);
  return group.length === 0 ? 'You made it here alone.' : `With you: ${listNames(group)}.`;
}

/** 'A', 'A and B', 'A, B and C'. */
export function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
