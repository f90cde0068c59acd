import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BEST_TICKS, PROGRESS_KEY, defaultProgress, loadProgress, recordCompletion, saveProgress } from '../../src/save/progress';
import { ProgressStore } from '../../src/save/progressStore';
import { SETTINGS_KEY, defaultSettings, loadSettings, saveSettings } from '../../src/save/settings';
import { SettingsStore } from '../../src/save/settingsStore';
import { RUN_KEY, saveRun } from '../../src/save/run';
import { RunStore } from '../../src/save/runStore';
import { MemoryStorage, SafeStorage, type KeyValueStorage } from '../../src/save/storage';
import { newRunState } from '../../src/campaign/runState';

/** Saves as a player who finished the hallway in 1922 ticks on Nightmare with high contrast would have them. */
function playedStorage(): MemoryStorage {
  const s = new MemoryStorage();
  const progress = recordCompletion(defaultProgress('hallway'), { chapterId: 'hallway', ticks: 1922, notesFound: ['baek-1'], rescues: [], unlocks: null });
  saveProgress(s, progress);
  saveSettings(s, { ...defaultSettings(), difficulty: 'nightmare', highContrast: true });
  saveRun(s, { ...newRunState(), step: 1 });
  return s;
}

/** Reads work, every write throws: a full quota (or storage the browser made read-only). */
function fullStorage(saves: MemoryStorage): KeyValueStorage {
  return {
    getItem: (k) => saves.getItem(k),
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

describe('full storage keeps the saves readable (defect 4)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("the browser's storage with a failing probe write still loads the best time and the settings, and says saves are not kept", async () => {
    const saves = playedStorage();
    vi.stubGlobal('window', { localStorage: fullStorage(saves) });
    vi.resetModules();
    const { browserStorage } = await import('../../src/save/storage');
    const storage = browserStorage();
    expect(new ProgressStore(storage).progress.chapters.hallway?.bestTicks).toBe(1922);
    expect(new SettingsStore(storage).get().difficulty).toBe('nightmare');
    expect(new RunStore(storage).run?.step).toBe(1);
    const told = vi.fn();
    (storage as SafeStorage).onNotKept(told);
    expect(told).toHaveBeenCalledTimes(1);
  });

  it('a write refused mid-visit is kept for the visit and reported once', () => {
    const saves = playedStorage();
    const storage = new SafeStorage(fullStorage(saves));
    const told = vi.fn();
    storage.onNotKept(told);
    const progress = new ProgressStore(storage);
    progress.complete({ chapterId: 'hallway', ticks: 1500, notesFound: [], rescues: [], unlocks: null });
    progress.complete({ chapterId: 'hallway', ticks: 1400, notesFound: [], rescues: [], unlocks: null });
    expect(told).toHaveBeenCalledTimes(1);
    expect(storage.kept).toBe(false);
    // This visit sees its own best time; the browser's save is untouched.
    expect(new ProgressStore(storage).progress.chapters.hallway?.bestTicks).toBe(1400);
    expect(loadProgress(saves, 'hallway').progress.chapters.hallway?.bestTicks).toBe(1922);
  });
});

describe('two tabs merge on write (defect 5)', () => {
  const won = (ticks: number) => ({ chapterId: 'hallway', ticks, notesFound: [], rescues: [], unlocks: null });

  it('a slower finish in the other tab does not replace the better best time', () => {
    const shared = new MemoryStorage();
    const tabA = new ProgressStore(shared);
    const tabB = new ProgressStore(shared);
    tabA.complete(won(1922));
    tabB.complete(won(2285));
    expect(loadProgress(shared, 'hallway').progress.chapters.hallway?.bestTicks).toBe(1922);
    expect(tabB.progress.chapters.hallway?.bestTicks).toBe(1922);
  });

  it("notes and rescues found in either tab are both kept", () => {
    const shared = new MemoryStorage();
    const tabA = new ProgressStore(shared);
    const tabB = new ProgressStore(shared);
    tabA.complete({ ...won(3000), notesFound: ['baek-1'] });
    tabB.complete({ ...won(3100), rescues: ['Da-som'] });
    const saved = loadProgress(shared, 'hallway').progress.chapters.hallway!;
    expect(saved.notesFound).toEqual(['baek-1']);
    expect(saved.rescues).toEqual(['Da-som']);
  });

  it("a mute in one tab does not revert the other tab's difficulty change; each field keeps its latest change", () => {
    const shared = new MemoryStorage();
    let clock = 1_000;
    const now = () => clock;
    const tabA = new SettingsStore(shared, now);
    const tabB = new SettingsStore(shared, now);
    clock = 2_000;
    tabA.update((d) => void (d.difficulty = 'nightmare'));
    clock = 3_000;
    tabB.update((d) => void (d.muted = true));
    const saved = loadSettings(shared).settings;
    expect(saved.difficulty).toBe('nightmare');
    expect(saved.muted).toBe(true);
    // The same field changed in both: the later change wins, whichever tab writes last.
    clock = 4_000;
    tabB.update((d) => void (d.volume.music = 0.2));
    clock = 5_000;
    tabA.update((d) => void (d.volume.music = 0.6));
    expect(loadSettings(shared).settings.volume.music).toBe(0.6);
    expect(tabA.get().muted).toBe(true);
  });

  it("the storage event brings the other tab's changes in, and tells the listeners", () => {
    const shared = new MemoryStorage();
    let clock = 1_000;
    const tabA = new SettingsStore(shared, () => clock);
    const tabB = new SettingsStore(shared, () => clock);
    const seen: string[] = [];
    tabB.subscribe((s) => seen.push(s.difficulty));
    clock = 2_000;
    tabA.update((d) => void (d.difficulty = 'story'));
    tabB.syncFromStorage();
    expect(tabB.get().difficulty).toBe('story');
    expect(seen).toEqual(['normal', 'story']);

    const progressA = new ProgressStore(shared);
    const progressB = new ProgressStore(shared);
    const changed = vi.fn();
    progressB.onChange(changed);
    progressA.complete(won(1922));
    progressB.syncFromStorage();
    expect(progressB.progress.chapters.hallway?.bestTicks).toBe(1922);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it("another tab's new run (or its end) shows up in this one", () => {
    const shared = new MemoryStorage();
    const tabA = new RunStore(shared);
    const tabB = new RunStore(shared);
    tabA.set({ ...newRunState(), step: 1 });
    tabB.syncFromStorage();
    expect(tabB.run?.step).toBe(1);
  });
});

describe('a save that could not be read is never overwritten (defect 6)', () => {
  it('when only reading fails, the settings, the progress and the run stay as they were', () => {
    const saves = playedStorage();
    const before = [SETTINGS_KEY, PROGRESS_KEY, RUN_KEY].map((k) => saves.getItem(k));
    const unreadable: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: (k, v) => saves.setItem(k, v),
      removeItem: (k) => saves.removeItem(k),
    };
    const settings = new SettingsStore(unreadable);
    const progress = new ProgressStore(unreadable);
    const run = new RunStore(unreadable);
    expect(settings.notice).toMatch(/could not be read/);
    expect(progress.notice).toMatch(/could not be read/);
    expect(run.takeNotice()).toMatch(/could not be read/);
    // Playing on in this visit changes nothing stored either.
    settings.update((d) => void (d.muted = true));
    progress.complete({ chapterId: 'hallway', ticks: 5000, notesFound: [], rescues: [], unlocks: null });
    run.set(newRunState());
    expect([SETTINGS_KEY, PROGRESS_KEY, RUN_KEY].map((k) => saves.getItem(k))).toEqual(before);
    expect(settings.persistent).toBe(false);
    expect(progress.persistent).toBe(false);
    expect(settings.get().muted).toBe(true);
  });
});

describe('numbers in saves are range-checked (defect 8)', () => {
  const withBest = (bestTicks: unknown) =>
    JSON.stringify({ version: 1, unlocked: ['hallway'], chapters: { hallway: { completed: true, bestTicks, notesFound: [], rescues: [] } } });

  it('a best time of 1e308, a fraction of a tick, zero or over 24 hours is refused and reported', () => {
    for (const bad of [1e308, 1922.5, 0, MAX_BEST_TICKS + 1, -1]) {
      const s = new MemoryStorage();
      s.setItem(PROGRESS_KEY, withBest(bad));
      const loaded = loadProgress(s, 'hallway');
      expect(loaded.notice, `best ${bad}`).toMatch(/bestTicks/);
      expect(loaded.progress.chapters).toEqual({});
    }
    const ok = new MemoryStorage();
    ok.setItem(PROGRESS_KEY, withBest(MAX_BEST_TICKS));
    expect(loadProgress(ok, 'hallway').notice).toBeUndefined();
  });

  it('a finish slower than the limit is not recorded as a best time, so the save stays loadable', () => {
    const s = new MemoryStorage();
    const store = new ProgressStore(s);
    store.complete({ chapterId: 'hallway', ticks: MAX_BEST_TICKS * 2, notesFound: [], rescues: [], unlocks: null });
    const loaded = loadProgress(s, 'hallway');
    expect(loaded.notice).toBeUndefined();
    expect(loaded.progress.chapters.hallway).toMatchObject({ completed: true, bestTicks: null });
  });

  it('huge story flags, too many entries, overlong chapter ids and huge change times are refused', async () => {
    const { loadRun } = await import('../../src/save/run');
    const run = (patch: object) => JSON.stringify({ version: 1, run: { ...newRunState(), ...patch } });
    for (const bad of [{ flags: { doors: 1e308 } }, { items: Array.from({ length: 300 }, () => 'can') }]) {
      const s = new MemoryStorage();
      s.setItem(RUN_KEY, run(bad));
      expect(loadRun(s).notice, JSON.stringify(bad).slice(0, 40)).toMatch(/damaged/);
    }
    const s = new MemoryStorage();
    s.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, unlocked: ['hallway', 'x'.repeat(100)], chapters: {} }));
    expect(loadProgress(s, 'hallway').notice).toMatch(/unlocked/);
    const stamped = new MemoryStorage();
    stamped.setItem(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(), changed: { muted: 1e308 } }));
    expect(loadSettings(stamped).notice).toMatch(/damaged/);
  });
});

describe("a newer game's save is left alone (an updated tab next to an old one)", () => {
  it('settings, progress and the run saved with a higher version are neither used nor overwritten', () => {
    const s = new MemoryStorage();
    const newer = {
      [SETTINGS_KEY]: JSON.stringify({ version: 2, difficulty: 'nightmare', somethingNew: true }),
      [PROGRESS_KEY]: JSON.stringify({ version: 2, chapters: { hallway: { best: 1922 } } }),
      [RUN_KEY]: JSON.stringify({ version: 2, run: { step: 3 } }),
    };
    for (const [k, v] of Object.entries(newer)) s.setItem(k, v);
    const settings = new SettingsStore(s);
    const progress = new ProgressStore(s);
    const run = new RunStore(s);
    expect(settings.notice).toMatch(/newer version/);
    expect(progress.notice).toMatch(/newer version/);
    expect(run.takeNotice()).toMatch(/newer version/);
    settings.update((d) => void (d.muted = true));
    progress.complete({ chapterId: 'hallway', ticks: 5000, notesFound: [], rescues: [], unlocks: null });
    run.set(newRunState());
    for (const [k, v] of Object.entries(newer)) expect(s.getItem(k)).toBe(v);
  });
});
