import * as v from 'valibot';
import type { KeyValueStorage } from './storage';

/**
 * The player's progress, which outlives any one run: which chapters are unlocked and
 * their best results. What a run decides (votes, who is with the group) is the run's
 * (src/save/run.ts). Versioned and validated on load with a valibot schema, like the
 * settings and the run; a corrupt or unknown save is reported and replaced, never
 * crashes the game.
 */
export const PROGRESS_KEY = 'last-period/progress';
export const PROGRESS_VERSION = 1;

export interface ChapterRecord {
  completed: boolean;
  /** Best finishing time in sim ticks (60 per second); null until completed. */
  bestTicks: number | null;
  notesFound: string[];
  rescues: string[];
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Chapter ids the player may start. The first chapter is always unlocked. */
  unlocked: string[];
  chapters: Record<string, ChapterRecord>;
}

export function defaultProgress(firstChapter: string): Progress {
  return { version: PROGRESS_VERSION, unlocked: [firstChapter], chapters: {} };
}

export interface LoadedProgress {
  progress: Progress;
  /** Set when the saved progress could not be used (shown to the player). */
  notice?: string;
}

const chapterRecordSchema = v.object({
  completed: v.boolean(),
  bestTicks: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0))),
  notesFound: v.array(v.string()),
  rescues: v.array(v.string()),
});

const progressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  unlocked: v.array(v.string()),
  chapters: v.record(v.string(), chapterRecordSchema),
});

/**
 * Validates any value as progress with the schema (as the settings are); the problem in
 * words when it is not valid progress of this version: the version, else the first field
 * that is wrong ("chapters.hallway.bestTicks is malformed").
 */
export function parseProgress(raw: unknown): { progress: Progress } | { problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'not an object' };
  const version = (raw as { version?: unknown }).version;
  if (version !== PROGRESS_VERSION) return { problem: `unknown version ${JSON.stringify(version)}` };
  const result = v.safeParse(progressSchema, raw);
  if (!result.success) return { problem: `${v.getDotPath(result.issues[0]) ?? 'a field'} is malformed` };
  return { progress: result.output };
}

export function loadProgress(storage: KeyValueStorage, firstChapter: string): LoadedProgress {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: defaultProgress(firstChapter), notice: 'Saved progress could not be read; starting fresh.' };
  }
  if (raw === null) return { progress: defaultProgress(firstChapter) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { progress: defaultProgress(firstChapter), notice: 'Saved progress was corrupt and has been reset.' };
  }
  const result = parseProgress(parsed);
  if ('problem' in result) return { progress: defaultProgress(firstChapter), notice: `Saved progress was unusable (${result.problem}) and has been reset.` };
  const progress = result.progress;
  if (!progress.unlocked.includes(firstChapter)) progress.unlocked.unshift(firstChapter);
  return { progress };
}

/** Writes progress; returns false when the browser refused (full or disabled storage). */
export function saveProgress(storage: KeyValueStorage, progress: Progress): boolean {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export interface ChapterOutcome {
  chapterId: string;
  ticks: number;
  notesFound: string[];
  rescues: string[];
  /** The chapter this one unlocks, if any. */
  unlocks: string | null;
}

/** Records a finished chapter: best time, union of notes and rescues, the next chapter unlocked. */
export function recordCompletion(progress: Progress, outcome: ChapterOutcome): Progress {
  const prev = progress.chapters[outcome.chapterId];
  const union = (a: string[] = [], b: string[]) => [...new Set([...a, ...b])];
  const chapters = {
    ...progress.chapters,
    [outcome.chapterId]: {
      completed: true,
      bestTicks: prev?.bestTicks != null ? Math.min(prev.bestTicks, outcome.ticks) : outcome.ticks,
      notesFound: union(prev?.notesFound, outcome.notesFound),
      rescues: union(prev?.rescues, outcome.rescues),
    },
  };
  const unlocked = outcome.unlocks && !progress.unlocked.includes(outcome.unlocks) ? [...progress.unlocked, outcome.unlocks] : progress.unlocked;
  return { ...progress, chapters, unlocked };
}
