import * as v from 'valibot';
import { ACTIONS, KEYS_PER_ACTION, defaultBindings, findConflicts, isKeyCode, type Action, type Bindings } from '../input/bindings';

/**
 * Player settings, saved to localStorage as versioned JSON and validated on load with a
 * schema: anything that doesn't match (corrupt JSON, a hand-edited value, an old or newer
 * version, storage that throws) is reported once and replaced by the defaults. Loading
 * never throws, so a bad save can never stop the game from starting.
 */

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'last-period/settings';

export const DIFFICULTIES = ['story', 'normal', 'nightmare'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const VOLUME_BUSES = ['master', 'music', 'sfx', 'ui'] as const;
export type VolumeBus = (typeof VOLUME_BUSES)[number];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  bindings: Bindings;
  /** Each 0..1. */
  volume: Record<VolumeBus, number>;
  muted: boolean;
  difficulty: Difficulty;
  screenShake: boolean;
  captions: boolean;
  highContrast: boolean;
  /** The arrow toward the next objective's waypoint (on by default; off for players who want to find their own way). */
  objectiveMarker: boolean;
}

/** The subset of `Storage` the settings need; injected so tests run in Node. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    bindings: defaultBindings(),
    volume: { master: 0.8, music: 0.7, sfx: 0.9, ui: 0.8 },
    muted: false,
    difficulty: 'normal',
    screenShake: true,
    captions: true,
    highContrast: false,
    objectiveMarker: true,
  };
}

const volumeSchema = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const codesSchema = v.pipe(
  v.array(v.pipe(v.string(), v.check((code: string) => isKeyCode(code), 'not a key code'))),
  v.maxLength(KEYS_PER_ACTION),
  v.check((codes) => new Set(codes).size === codes.length, 'the same key twice'),
);
const bindingEntries = Object.fromEntries(ACTIONS.map((a) => [a, codesSchema])) as Record<Action, typeof codesSchema>;
const bindingsSchema = v.pipe(
  v.object(bindingEntries),
  v.check((b) => findConflicts(b as Bindings).length === 0, 'one key bound to two actions'),
);

const settingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  bindings: bindingsSchema,
  volume: v.object({ master: volumeSchema, music: volumeSchema, sfx: volumeSchema, ui: volumeSchema }),
  muted: v.boolean(),
  difficulty: v.picklist(DIFFICULTIES),
  screenShake: v.boolean(),
  captions: v.boolean(),
  highContrast: v.boolean(),
  // Added after the first release: a save without it is still good (the marker is on).
  objectiveMarker: v.optional(v.boolean(), true),
});

export interface LoadResult {
  settings: Settings;
  /** Set when a save existed but could not be used; show it to the player once. */
  notice?: string;
}

const RESET = 'have been reset to defaults.';

/** Validates any value as settings; null if it isn't valid settings of this version. */
export function parseSettings(raw: unknown): { settings: Settings } | { problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'damaged' };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version !== SETTINGS_VERSION) {
    return { problem: version < SETTINGS_VERSION ? 'from an older version' : 'from a newer version' };
  }
  const result = v.safeParse(settingsSchema, raw);
  if (!result.success) return { problem: 'damaged' };
  return { settings: result.output as Settings };
}

export function loadSettings(storage: SettingsStorage | null): LoadResult {
  let text: string | null;
  try {
    text = storage ? storage.getItem(SETTINGS_KEY) : null;
  } catch {
    return { settings: defaultSettings(), notice: `Settings could not be read from this browser's storage and ${RESET}` };
  }
  if (text === null) return { settings: defaultSettings() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: defaultSettings(), notice: `Your saved settings were damaged and ${RESET}` };
  }
  const parsed = parseSettings(raw);
  if ('problem' in parsed) return { settings: defaultSettings(), notice: `Your saved settings were ${parsed.problem} and ${RESET}` };
  return { settings: parsed.settings };
}

/** Writes the settings; false if the browser refused (private mode, full storage). */
export function saveSettings(storage: SettingsStorage | null, settings: Settings): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
