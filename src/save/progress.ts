import * as v from 'valibot';
import { fromNewerGame, type KeyValueStorage } from './storage';
import { idSchema } from './run';

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
  /** It could not be read here (the browser refused, or a newer game wrote it): it must not be overwritten. */
  unreadable?: boolean;
}

/**
 * The longest best time a save may hold: 24 hours of ticks. Anything longer (or not a
 * whole number of ticks, or not finite) is a damaged or hand-edited save, not a run.
 */
export const MAX_BEST_TICKS = 24 * 60 * 60 * 60;
/** Most entries in any saved list (chapters, notes, rescues): far above the campaign's, far below a hostile save. */
const MAX_ENTRIES = 256;

/** A note's or classmate's name as the map gives it. */
const nameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** A best time a player could have set: a whole number of ticks, more than 0, at most 24 hours. */
export function validBestTicks(ticks: number): boolean {
  return Number.isInteger(ticks) && ticks > 0 && ticks <= MAX_BEST_TICKS;
}

const chapterRecordSchema = v.object({
  completed: v.boolean(),
  bestTicks: v.nullable(v.pipe(v.number(), v.check(validBestTicks, 'not a best time'))),
  notesFound: v.pipe(v.array(nameSchema), v.maxLength(MAX_ENTRIES)),
  rescues: v.pipe(v.array(nameSchema), v.maxLength(MAX_ENTRIES)),
});

const progressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  unlocked: v.pipe(v.array(idSchema), v.maxLength(MAX_ENTRIES)),
  chapters: v.pipe(
    v.record(idSchema, chapterRecordSchema),
    v.maxEntries(MAX_ENTRIES),
  ),
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
    return {
      progress: defaultProgress(firstChapter), unreadable: true,
      notice: "Saved progress could not be read from this browser's storage: it is left as it was, and nothing from this visit will be kept.",
    };
  }
  if (raw === null) return { progress: defaultProgress(firstChapter) };
  if (fromNewerGame(raw, PROGRESS_VERSION)) {
    return { progress: defaultProgress(firstChapter), unreadable: true, notice: 'Saved progress is from a newer version of the game: it is left as it was, and nothing from this visit will be kept.' };
  }
  const result = parseProgressText(raw);
  if ('problem' in result) {
    const notice = result.problem === 'corrupt' ? 'Saved progress was corrupt and has been reset.' : `Saved progress was unusable (${result.problem}) and has been reset.`;
    return { progress: defaultProgress(firstChapter), notice };
  }
  const progress = result.progress;
  if (!progress.unlocked.includes(firstChapter)) progress.unlocked.unshift(firstChapter);
  return { progress };
}

/** Parses saved text as progress; the problem ('corrupt' for text that is not JSON) when it is not usable. */
export function parseProgressText(text: string): { progress: Progress } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'corrupt' };
  }
  return parseProgress(parsed);
}

/**
 * Two tabs' progress merged: every chapter unlocked in either, a chapter completed in
 * either, the better (lower) best time, and the union of notes and rescues.
 */
export function mergeProgress(a: Readonly<Progress>, b: Readonly<Progress>): Progress {
  const union = (x: readonly string[] = [], y: readonly string[] = []) => [...new Set([...x, ...y])];
  const chapters: Record<string, ChapterRecord> = {};
  for (const id of union(Object.keys(a.chapters), Object.keys(b.chapters))) {
    const ra = a.chapters[id];
    const rb = b.chapters[id];
    const times = [ra?.bestTicks, rb?.bestTicks].filter((t): t is number => t != null);
    chapters[id] = {
      completed: (ra?.completed ?? false) || (rb?.completed ?? false),
      bestTicks: times.length > 0 ? Math.min(...times) : null,
      notesFound: union(ra?.notesFound, rb?.notesFound),
      rescues: union(ra?.rescues, rb?.rescues),
    };
  }
  return { version: PROGRESS_VERSION, unlocked: union(a.unlocked, b.unlocked), chapters };
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
      // A time the loader would refuse (over 24 h) is not recorded, so the save stays loadable.
      bestTicks: validBestTicks(outcome.ticks) ? Math.min(prev?.bestTicks ?? Infinity, outcome.ticks) : (prev?.bestTicks ?? null),
      notesFound: union(prev?.notesFound, outcome.notesFound),
      rescues: union(prev?.rescues, outcome.rescues),
    },
  };
  const unlocked = outcome.unlocks && !progress.unlocked.includes(outcome.unlocks) ? [...progress.unlocked, outcome.unlocks] : progress.unlocked;
  return { ...progress, chapters, unlocked };
}
