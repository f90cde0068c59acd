import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SETTINGS_KEY, SETTINGS_VERSION, defaultSettings, loadSettings, saveSettings, type SettingsStorage } from '../../src/save/settings';
import { rebind } from '../../src/input/bindings';

class MemoryStorage implements SettingsStorage {
  readonly items = new Map<string, string>();
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
}

describe('settings', () => {
  it('first start: defaults, no notice', () => {
    const r = loadSettings(new MemoryStorage());
    expect(r.settings).toEqual(defaultSettings());
    expect(r.notice).toBeUndefined();
  });

  it('round-trips every setting through storage', () => {
    const s = new MemoryStorage();
    const mine = defaultSettings();
    mine.bindings = rebind(mine.bindings, 'moveUp', 0, 'KeyZ').bindings;
    mine.volume.music = 0.25;
    mine.difficulty = 'nightmare';
    mine.screenShake = false;
    mine.captions = false;
    mine.highContrast = true;
    mine.muted = true;
    mine.voteTimer = false;
    expect(saveSettings(s, mine)).toBe(true);
    const r = loadSettings(s);
    expect(r.notice).toBeUndefined();
    expect(r.settings).toEqual(mine);
  });

  it('a save from before the vote timer existed loads as it was, with the timer on', () => {
    const s = new MemoryStorage();
    const { voteTimer: _, ...older } = { ...defaultSettings(), difficulty: 'story' as const };
    s.setItem(SETTINGS_KEY, JSON.stringify(older));
    const r = loadSettings(s);
    expect(r.notice).toBeUndefined();
    expect(r.settings.voteTimer).toBe(true);
    expect(r.settings.difficulty).toBe('story');
  });

  it('corrupt JSON is reported and replaced by defaults', () => {
    const s = new MemoryStorage();
    s.setItem(SETTINGS_KEY, '{"version":1,"bind');
    const r = loadSettings(s);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.notice).toMatch(/damaged/);
  });

  it('an old version is reported and replaced', () => {
    const s = new MemoryStorage();
    s.setItem(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(), version: 0 }));
    const r = loadSettings(s);
    expect(r.settings).toEqual(defaultSettings());
    expect(r.notice).toMatch(/older version/);
  });

  it('out-of-range values, unknown difficulty and conflicting keys are rejected', () => {
    const bad = [
      { ...defaultSettings(), volume: { master: 2, music: 0, sfx: 0, ui: 0 } },
      { ...defaultSettings(), difficulty: 'insane' },
      { ...defaultSettings(), bindings: { ...defaultSettings().bindings, throw: ['KeyE'] } },
      { ...defaultSettings(), bindings: { ...defaultSettings().bindings, spray: ['not a key!'] } },
      { ...defaultSettings(), captions: 'yes' },
    ];
    for (const value of bad) {
      const s = new MemoryStorage();
      s.setItem(SETTINGS_KEY, JSON.stringify(value));
      const r = loadSettings(s);
      expect(r.settings).toEqual(defaultSettings());
      expect(r.notice).toBeDefined();
    }
  });

  it('storage that throws (privacy mode) still starts with defaults', () => {
    const throwing: SettingsStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadSettings(throwing).settings).toEqual(defaultSettings());
    expect(saveSettings(throwing, defaultSettings())).toBe(false);
    expect(loadSettings(null).settings).toEqual(defaultSettings());
  });

  it('never throws and always returns valid settings, whatever is stored (property)', () => {
    const base = JSON.stringify(defaultSettings());
    const stored = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      // Valid settings with one field replaced by anything.
      fc.tuple(fc.constantFrom(...Object.keys(defaultSettings())), fc.jsonValue()).map(([k, v]) => JSON.stringify({ ...JSON.parse(base), [k]: v })),
      // Valid settings cut short or with a character flipped.
      fc.integer({ min: 0, max: base.length }).map((n) => base.slice(0, n)),
    );
    fc.assert(
      fc.property(stored, (text) => {
        const s = new MemoryStorage();
        s.setItem(SETTINGS_KEY, text);
        const r = loadSettings(s);
        expect(r.settings.version).toBe(SETTINGS_VERSION);
        // Whatever came back survives a save and load unchanged, with no notice.
        const again = new MemoryStorage();
        saveSettings(again, r.settings);
        const second = loadSettings(again);
        expect(second.notice).toBeUndefined();
        expect(second.settings).toEqual(r.settings);
        if (text !== base && r.notice === undefined) expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(r.settings)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('SettingsStore', () => {
  it('saves every change so it survives a reload, and replaces a bad save once', async () => {
    const { SettingsStore } = await import('../../src/save/settingsStore');
    const s = new MemoryStorage();
    s.setItem(SETTINGS_KEY, 'garbage');
    const first = new SettingsStore(s);
    expect(first.notice).toBeDefined();
    const seen: boolean[] = [];
    first.subscribe((x) => seen.push(x.highContrast));
    first.update((d) => {
      d.highContrast = true;
    });
    expect(seen).toEqual([false, true]);
    const reloaded = new SettingsStore(s);
    expect(reloaded.notice).toBeUndefined();
    expect(reloaded.get().highContrast).toBe(true);
  });
});

describe('settings saved before the drop button existed', () => {
  const oldSave = (edit: (b: Record<string, string[]>) => void = () => {}) => {
    const s = new MemoryStorage();
    const settings = defaultSettings() as unknown as { bindings: Record<string, string[]> };
    delete settings.bindings['drop'];
    edit(settings.bindings);
    s.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return loadSettings(s);
  };

  it('still load, with no notice, and drop gets its default key', () => {
    const r = oldSave();
    expect(r.notice).toBeUndefined();
    expect(r.settings.bindings.drop).toEqual(['KeyG']);
  });

  it('keep a player who bound G to something else: drop is left unbound rather than taking it', () => {
    const r = oldSave((b) => (b['throw'] = ['KeyQ', 'KeyG']));
    expect(r.notice).toBeUndefined();
    expect(r.settings.bindings.throw).toEqual(['KeyQ', 'KeyG']);
    expect(r.settings.bindings.drop).toEqual([]);
  });
});
