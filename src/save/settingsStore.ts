import { cloneBindings } from '../input/bindings';
import {
  SETTINGS_KEY, SETTINGS_VERSION, changedFields, loadSettings, mergeSettings, parseSettingsText, saveSettings,
  type ChangeTimes, type Settings, type SettingsStorage,
} from './settings';
import { mayOverwrite, tryRead } from './storage';

/**
 * The live settings: loaded once at start, changed by the settings screen (and M for
 * mute), saved on every change, and observed by whatever applies them (input bindings,
 * audio volumes, captions, HUD contrast, camera shake). Another tab may change them too:
 * every save merges with what is stored (the latest change of each field wins), and
 * `syncFromStorage` (on the browser's `storage` event) takes in the other tab's changes.
 */
export class SettingsStore {
  private current: Settings;
  private changed: ChangeTimes;
  private lastStamp = 0;
  private readonly listeners = new Set<(s: Readonly<Settings>) => void>();
  /** Set when the saved settings could not be used (shown to the player once). */
  readonly notice: string | undefined;
  /** False once a save failed or the save could not be read: settings then last this session only. */
  persistent = true;

  /** `now`: the clock that stamps each change (injected by tests). */
  constructor(
    private readonly storage: SettingsStorage | null,
    private readonly now: () => number = Date.now,
  ) {
    const { settings, changed, notice, unreadable } = loadSettings(storage);
    this.current = settings;
    this.changed = changed;
    this.notice = notice;
    // Replace a damaged save at once, so the notice shows only once; one that could not be
    // read at all is left alone (it may be fine).
    if (unreadable) this.persistent = false;
    else if (notice) this.persistent = saveSettings(storage, settings, changed);
  }

  get(): Readonly<Settings> {
    return this.current;
  }

  /** Applies a change to a copy, saves it (merged with the stored settings) and tells the listeners. */
  update(change: (draft: Settings) => void): void {
    const draft: Settings = {
      ...this.current,
      bindings: cloneBindings(this.current.bindings),
      volume: { ...this.current.volume },
    };
    change(draft);
    const fields = changedFields(this.current, draft);
    if (fields.length > 0) {
      const stamp = Math.max(Math.floor(this.now()), this.lastStamp + 1);
      this.lastStamp = stamp;
      for (const f of fields) this.changed[f] = stamp;
    }
    this.current = draft;
    this.save();
    this.notify();
  }

  /** Takes in what another tab saved (each field's latest change wins); tells the listeners if anything changed. */
  syncFromStorage(): void {
    const text = tryRead(this.storage, SETTINGS_KEY);
    const theirs = text === undefined ? null : parseSettingsText(text);
    if (!theirs) return;
    const before = this.current;
    this.mergeWith(theirs);
    if (changedFields(before, this.current).length > 0) this.notify();
  }

  /** Calls `listener` now and after every change; returns the unsubscribe function. */
  subscribe(listener: (s: Readonly<Settings>) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  private mergeWith(theirs: { settings: Settings; changed: ChangeTimes }): void {
    const merged = mergeSettings({ settings: this.current, changed: this.changed }, theirs);
    this.current = merged.settings;
    this.changed = merged.changed;
  }

  /** Read, merge, write: never over a save the browser would not let us read, nor a newer game's. */
  private save(): void {
    const text = tryRead(this.storage, SETTINGS_KEY);
    if (!mayOverwrite(text, SETTINGS_VERSION) || text === undefined) {
      this.persistent = false;
      return;
    }
    const theirs = parseSettingsText(text);
    if (theirs) this.mergeWith(theirs);
    this.persistent = saveSettings(this.storage, this.current, this.changed);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l(this.current);
  }
}
