import { cloneBindings } from '../input/bindings';
import { loadSettings, saveSettings, type Settings, type SettingsStorage } from './settings';

/**
 * The live settings: loaded once at start, changed by the settings screen (and M for
 * mute), saved on every change, and observed by whatever applies them (input bindings,
 * audio volumes, captions, HUD contrast, camera shake).
 */
export class SettingsStore {
  private current: Settings;
  private readonly listeners = new Set<(s: Readonly<Settings>) => void>();
  /** Set when the saved settings could not be used (shown to the player once). */
  readonly notice: string | undefined;
  /** False once a save failed (private mode, full storage): settings then last this session only. */
  persistent = true;

  constructor(private readonly storage: SettingsStorage | null) {
    const { settings, notice } = loadSettings(storage);
    this.current = settings;
    this.notice = notice;
    // Replace an unusable save at once, so the notice shows only once.
    if (notice) this.persistent = saveSettings(storage, settings);
  }

  get(): Readonly<Settings> {
    return this.current;
  }

  /** Applies a change to a copy, saves it and tells the listeners. */
  update(change: (draft: Settings) => void): void {
    const draft: Settings = {
      ...this.current,
      bindings: cloneBindings(this.current.bindings),
      volume: { ...this.current.volume },
    };
    change(draft);
    this.current = draft;
    this.persistent = saveSettings(this.storage, draft);
    for (const l of [...this.listeners]) l(draft);
  }

  /** Calls `listener` now and after every change; returns the unsubscribe function. */
  subscribe(listener: (s: Readonly<Settings>) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }
}
