import type { KeyValueStorage } from './storage';

/**
 * The player's progress: which chapters are unlocked, their best results, and the
 * group's survivors and votes (the interludes fill those in). Versioned and validated
 * on load; a corrupt or unknown save is reported and replaced, never crashes the game.
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
  /** Vote id -> the choice made. */
  votes: Record<string, string>;
}

export function defaultProgress(firstChapter: string): Progress {
  return { version: PROGRESS_VERSION, unlocked: [firstChapter], chapters: {}, votes: {} };
}

export interface LoadedProgress {
  progress: Progress;
  /** Set when the saved progress could not be used (shown to the player). */
  notice?: string;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function validChapterRecord(v: unknown): v is ChapterRecord {
  return (
    isRecord(v) &&
    typeof v.completed === 'boolean' &&
    (v.bestTicks === null || (typeof v.bestTicks === 'number' && Number.isFinite(v.bestTicks) && v.bestTicks >= 0)) &&
    isStringArray(v.notesFound) &&
    isStringArray(v.rescues)
  );
}

/** Returns the problem with a parsed save, or null when it is a valid Progress. */
export function progressProblem(v: unknown): string | null {
  if (!isRecord(v)) return 'not an object';
  if (v.version !== PROGRESS_VERSION) return `unknown version ${JSON.stringify(v.version)}`;
  if (!isStringArray(v.unlocked)) return 'unlocked is not a list of chapter ids';
  if (!isRecord(v.chapters)) return 'chapters is not an object';
  for (const [id, rec] of Object.entries(v.chapters)) if (!validChapterRecord(rec)) return `chapter record '${id}' is malformed`;
  if (!isRecord(v.votes) || !Object.values(v.votes).every((c) => typeof c === 'string')) return 'votes is malformed';
  return null;
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
  const problem = progressProblem(parsed);
  if (problem) return { progress: defaultProgress(firstChapter), notice: `Saved progress was unusable (${problem}) and has been reset.` };
  const progress = parsed as Progress;
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
