import * as v from 'valibot';
import type { RunState } from '../campaign/runState';
import { fromNewerGame, type KeyValueStorage } from './storage';

/**
 * The campaign run in progress (src/campaign/runState.ts), saved to localStorage as
 * versioned JSON and validated on load with a valibot schema, like the settings. A save
 * that cannot be used (corrupt JSON, a wrong shape, another version, storage that throws)
 * is reported once and the player starts clean: no run in progress. Settings and progress
 * live under their own keys and are never touched by this.
 */
export const RUN_KEY = 'last-period/run';
export const RUN_VERSION = 1;

export interface RunSave {
  version: typeof RUN_VERSION;
  run: RunState;
}

/**
 * Ids (cast members, votes, notes, flags): short names of letters, digits and - _ . ' or
 * spaces. Object keys that JavaScript treats specially are refused, since a record
 * would silently drop them and the save would not load as it was written.
 */
const RESERVED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);
export const idSchema = v.pipe(
  v.string(),
  v.maxLength(64),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9 ._'-]*$/, 'not an id'),
  v.check((id: string) => !RESERVED_KEYS.has(id), 'a reserved name'),
);
const castStatusSchema = v.object({ alive: v.boolean(), withGroup: v.boolean(), bitten: v.boolean() });
/** A story flag's number: a count or a choice, never near the float range (1e308 is a damaged save). */
const FLAG_LIMIT = 1e9;
/** Most entries in any saved list or record: far above the campaign's, far below a hostile save. */
const MAX_ENTRIES = 256;
const flagSchema = v.union([
  v.pipe(v.string(), v.maxLength(256)),
  v.pipe(v.number(), v.finite(), v.minValue(-FLAG_LIMIT), v.maxValue(FLAG_LIMIT)),
  v.boolean(),
]);


export const runStateSchema = v.object({
  step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)),
  votes: v.pipe(v.record(idSchema, idSchema), v.maxEntries(MAX_ENTRIES)),
  cast: v.pipe(v.record(idSchema, castStatusSchema), v.maxEntries(MAX_ENTRIES)),
  items: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(64))), v.maxLength(MAX_ENTRIES)),
  notesFound: v.pipe(v.array(idSchema), v.maxLength(MAX_ENTRIES)),
  flags: v.pipe(v.record(idSchema, flagSchema), v.maxEntries(MAX_ENTRIES)),
});

const runSaveSchema = v.object({ version: v.literal(RUN_VERSION), run: runStateSchema });

export interface LoadedRun {
  /** The run in progress, or null when there is none (never started, or the save was unusable). */
  run: RunState | null;
  /** Set when a save existed but could not be used; show it to the player once. */
  notice?: string;
  /** It could not be read here (the browser refused, or a newer game wrote it): it must not be cleared. */
  unreadable?: boolean;
}

const CLEAN = 'Your settings and chapter progress are kept; start a new run from the title.';

/** Validates any value as a run save; the problem in words when it is not one of this version. */
export function parseRunSave(raw: unknown): { run: RunState } | { problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'damaged' };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version !== RUN_VERSION) {
    return { problem: version < RUN_VERSION ? 'from an older version' : 'from a newer version' };
  }
  const result = v.safeParse(runSaveSchema, raw);
  if (!result.success) return { problem: 'damaged' };
  return { run: result.output.run };
}

/** Reads the saved run; never throws. */
export function loadRun(storage: KeyValueStorage): LoadedRun {
  let text: string | null;
  try {
    text = storage.getItem(RUN_KEY);
  } catch {
    return { run: null, unreadable: true, notice: "Your campaign run could not be read from this browser's storage; it is left as it was. Your settings and chapter progress are not affected." };
  }
  if (text === null) return { run: null };
  if (fromNewerGame(text, RUN_VERSION)) {
    return { run: null, unreadable: true, notice: 'Your campaign run was saved by a newer version of the game; it is left as it was. Your settings and chapter progress are not affected.' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { run: null, notice: `Your saved campaign run was damaged and has been cleared. ${CLEAN}` };
  }
  const parsed = parseRunSave(raw);
  if ('problem' in parsed) return { run: null, notice: `Your saved campaign run was ${parsed.problem} and has been cleared. ${CLEAN}` };
  return { run: parsed.run };
}

/** Writes the run (null: no run in progress); false when the browser refused. */
export function saveRun(storage: KeyValueStorage, run: RunState | null): boolean {
  try {
    if (run === null) storage.removeItem(RUN_KEY);
    else storage.setItem(RUN_KEY, JSON.stringify({ version: RUN_VERSION, run } satisfies RunSave));
    return true;
  } catch {
    return false;
  }
}
