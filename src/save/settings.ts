import * as v from 'valibot';
import { fromNewerGame } from './storage';
import { ACTIONS, ADDED_ACTIONS, KEYS_PER_ACTION, cloneBindings, defaultBindings, findConflicts, isKeyCode, withAddedActions, type Action, type Bindings } from '../input/bindings';

/**
 * Player settings, saved to localStorage as versioned JSON and validated on load with a
 * schema: anything that doesn't match (corrupt JSON, a hand-edited value, an old or newer
 * version) is reported once and replaced by the defaults; a save the browser refuses to
 * read is reported and left alone. Loading never throws, so a bad save can never stop
 * the game from starting. Each field keeps its change time, so two tabs merge.
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
// An action added after the first release may be missing from a save (withAddedActions fills it).
const bindingEntries = Object.fromEntries(ACTIONS.map((a) => [a, ADDED_ACTIONS.includes(a) ? v.optional(codesSchema) : codesSchema])) as Record<
  Action,
  typeof codesSchema
>;
const bindingsSchema = v.pipe(
  v.object(bindingEntries),
  v.transform((b) => withAddedActions(b as Partial<Bindings>)),
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

/**
 * The fields two tabs may change independently; each has its own change time in the save
 * (`changed`), so merging two tabs' settings keeps the latest change of each field.
 */
export const SETTINGS_FIELDS = [
  'bindings', 'volume.master', 'volume.music', 'volume.sfx', 'volume.ui', 'muted', 'difficulty', 'screenShake', 'captions', 'highContrast',
] as const;
export type SettingsField = (typeof SETTINGS_FIELDS)[number];
/** Per field, when it was last changed (ms since 1970, from the tab that changed it); absent: never. */
export type ChangeTimes = Partial<Record<SettingsField, number>>;

const stampSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const changedSchema = v.object(Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, v.optional(stampSchema)])) as Record<SettingsField, v.OptionalSchema<typeof stampSchema, undefined>>);

function fieldValue(s: Readonly<Settings>, f: SettingsField): unknown {
  if (f.startsWith('volume.')) return s.volume[f.slice(7) as VolumeBus];
  return s[f as Exclude<SettingsField, `volume.${string}`>];
}

function copyField(to: Settings, from: Readonly<Settings>, f: SettingsField): void {
  if (f.startsWith('volume.')) {
    const bus = f.slice(7) as VolumeBus;
    to.volume[bus] = from.volume[bus];
  } else if (f === 'bindings') {
    to.bindings = cloneBindings(from.bindings);
  } else {
    (to as unknown as Record<string, unknown>)[f] = (from as unknown as Record<string, unknown>)[f];
  }
}

/** The fields whose values differ between two settings. */
export function changedFields(a: Readonly<Settings>, b: Readonly<Settings>): SettingsField[] {
  return SETTINGS_FIELDS.filter((f) => JSON.stringify(fieldValue(a, f)) !== JSON.stringify(fieldValue(b, f)));
}

export interface StampedSettings {
  settings: Settings;
  changed: ChangeTimes;
}

/**
 * Two tabs' settings merged field by field: the later change of each field wins; on a
 * tie the stored one (`theirs`) does, since it is what some tab last wrote.
 */
export function mergeSettings(mine: StampedSettings, theirs: StampedSettings): StampedSettings {
  const settings: Settings = { ...mine.settings, volume: { ...mine.settings.volume } };
  copyField(settings, mine.settings, 'bindings');
  const changed: ChangeTimes = {};
  for (const f of SETTINGS_FIELDS) {
    const a = mine.changed[f] ?? 0;
    const b = theirs.changed[f] ?? 0;
    if (b >= a) copyField(settings, theirs.settings, f);
    const t = Math.max(a, b);
    if (t > 0) changed[f] = t;
  }
  return { settings, changed };
}

export interface LoadResult {
  settings: Settings;
  /** The change time of each field, as saved (empty for a save from before they were kept). */
  changed: ChangeTimes;
  /** Set when a save existed but could not be used; show it to the player once. */
  notice?: string;
  /**
   * The save could not be read here (the browser refused, or a newer version of the game
   * wrote it): it may be fine, so it must not be overwritten (the store keeps the
   * defaults for this visit only).
   */
  unreadable?: boolean;
}

const RESET = 'have been reset to defaults.';

/** Validates any value as settings; the problem in words if it isn't valid settings of this version. */
export function parseSettings(raw: unknown): { settings: Settings; changed: ChangeTimes } | { problem: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problem: 'damaged' };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version !== SETTINGS_VERSION) {
    return { problem: version < SETTINGS_VERSION ? 'from an older version' : 'from a newer version' };
  }
  const result = v.safeParse(settingsSchema, raw);
  if (!result.success) return { problem: 'damaged' };
  const stamps = v.safeParse(v.optional(changedSchema, {}), (raw as { changed?: unknown }).changed);
  if (!stamps.success) return { problem: 'damaged' };
  const changed: ChangeTimes = {};
  for (const f of SETTINGS_FIELDS) if (stamps.output[f] !== undefined) changed[f] = stamps.output[f];
  return { settings: result.output as Settings, changed };
}

/** Parses saved text; null when there is none or it is not usable settings. */
export function parseSettingsText(text: string | null): StampedSettings | null {
  if (text === null) return null;
  try {
    const parsed = parseSettings(JSON.parse(text));
    return 'problem' in parsed ? null : parsed;
  } catch {
    return null;
  }
}

export function loadSettings(storage: SettingsStorage | null): LoadResult {
  let text: string | null;
  try {
    text = storage ? storage.getItem(SETTINGS_KEY) : null;
  } catch {
    return {
      settings: defaultSettings(), changed: {}, unreadable: true,
      notice: "Your settings could not be read from this browser's storage: defaults are used for now, and the saved settings are left as they were.",
    };
  }
  if (text === null) return { settings: defaultSettings(), changed: {} };
  if (fromNewerGame(text, SETTINGS_VERSION)) {
    return {
      settings: defaultSettings(), changed: {}, unreadable: true,
      notice: 'Your settings were saved by a newer version of the game: defaults are used here, and that save is left as it was.',
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: defaultSettings(), changed: {}, notice: `Your saved settings were damaged and ${RESET}` };
  }
  const parsed = parseSettings(raw);
  if ('problem' in parsed) return { settings: defaultSettings(), changed: {}, notice: `Your saved settings were ${parsed.problem} and ${RESET}` };
  return { settings: parsed.settings, changed: parsed.changed };
}

/** Writes the settings with their change times; false if the browser refused (private mode, full storage). */
export function saveSettings(storage: SettingsStorage | null, settings: Settings, changed: ChangeTimes = {}): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify({ ...settings, changed }));
    return true;
  } catch {
    return false;
  }
}
