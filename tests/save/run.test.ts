import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadRun, RUN_KEY, RUN_VERSION, saveRun } from '../../src/save/run';
import { RunStore } from '../../src/save/runStore';
import { ProgressStore } from '../../src/save/progressStore';
import { SettingsStore } from '../../src/save/settingsStore';
import { MemoryStorage } from '../../src/save/storage';
import { newRunState, type RunState } from '../../src/campaign/runState';
import { currentStep } from '../../src/campaign/campaign';

/** Ids as the game writes them: cast ids, vote and note ids, flag names. */
const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,15}$/).filter((s) => s !== 'constructor' && s !== 'prototype');
// JSON has one zero: -0 saves as 0, which is the same value to the game.
// Flags are counts or choices: within ±1e9 (a save outside it is damaged, see run.ts).
const flagNumber = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const runState: fc.Arbitrary<RunState> = fc.record({
  step: fc.nat({ max: 999 }),
  votes: fc.dictionary(id, id),
  cast: fc.dictionary(id, fc.record({ alive: fc.boolean(), withGroup: fc.boolean(), bitten: fc.boolean() })),
  items: fc.array(fc.string({ minLength: 1, maxLength: 64 })),
  notesFound: fc.array(id),
  flags: fc.dictionary(id, fc.oneof(fc.string(), flagNumber, fc.boolean())),
});

/** Ways a save gets damaged: a hand edit, a bug in an old build, a truncated write. */
const mutations: ((save: { version: number; run: Record<string, unknown> }) => unknown)[] = [
  (s) => ({ ...s, version: RUN_VERSION + 1 }),
  (s) => ({ ...s, version: 0 }),
  (s) => ({ version: s.version }),
  (s) => ({ ...s, run: { ...s.run, step: -1 } }),
  (s) => ({ ...s, run: { ...s.run, step: 1.5 } }),
  (s) => ({ ...s, run: { ...s.run, step: '1' } }),
  (s) => ({ ...s, run: { ...s.run, votes: { door: 3 } } }),
  (s) => ({ ...s, run: { ...s.run, cast: { 'da-som': { alive: true, withGroup: true } } } }),
  (s) => ({ ...s, run: { ...s.run, cast: { 'da-som': 'alive' } } }),
  (s) => ({ ...s, run: { ...s.run, items: 'decoy can' } }),
  (s) => ({ ...s, run: { ...s.run, items: [''] } }),
  (s) => ({ ...s, run: { ...s.run, notesFound: [1] } }),
  (s) => ({ ...s, run: { ...s.run, notesFound: ['<script>'] } }),
  (s) => ({ ...s, run: { ...s.run, flags: { door: null } } }),
  (s) => ({ ...s, run: { ...s.run, flags: { door: { open: true } } } }),
  (s) => {
    const { flags: _flags, ...rest } = s.run;
    return { ...s, run: rest };
  },
  (s) => [s],
  () => null,
];

describe('the run state save', () => {
  it('no save: no run in progress, no notice', () => {
    expect(loadRun(new MemoryStorage())).toEqual({ run: null });
  });

  it('any valid run state saves and loads equal (property)', () => {
    fc.assert(
      fc.property(runState, (run) => {
        const storage = new MemoryStorage();
        expect(saveRun(storage, run)).toBe(true);
        const loaded = loadRun(storage);
        expect(loaded.notice).toBeUndefined();
        expect(loaded.run).toEqual(run);
      }),
      { numRuns: 300 },
    );
  });

  it('a mutated save is rejected with a notice, never loaded half-right (property)', () => {
    fc.assert(
      fc.property(runState, fc.nat({ max: mutations.length - 1 }), (run, k) => {
        const storage = new MemoryStorage();
        const damaged = mutations[k]!({ version: RUN_VERSION, run: run as unknown as Record<string, unknown> });
        storage.setItem(RUN_KEY, JSON.stringify(damaged));
        const loaded = loadRun(storage);
        expect(loaded.run).toBeNull();
        expect(loaded.notice).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever text is stored (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), runState.map((r) => JSON.stringify({ version: RUN_VERSION, run: r }).slice(0, -3))), (text) => {
        const storage = new MemoryStorage();
        storage.setItem(RUN_KEY, text);
        const loaded = loadRun(storage);
        return loaded.run === null ? true : typeof loaded.run.step === 'number';
      }),
      { numRuns: 300 },
    );
  });

  it('another version is reported as such', () => {
    const storage = new MemoryStorage();
    storage.setItem(RUN_KEY, JSON.stringify({ version: RUN_VERSION + 1, run: newRunState() }));
    expect(loadRun(storage).notice).toMatch(/newer version/);
  });

  it('storage that throws gives no run and a notice, and saving reports the failure', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('denied'); } };
    const loaded = loadRun(broken);
    expect(loaded.run).toBeNull();
    expect(loaded.notice).toMatch(/could not be read/);
    expect(saveRun(broken, newRunState())).toBe(false);
    const store = new RunStore(broken);
    expect(store.run).toBeNull();
    store.startNew();
    expect(store.persistent).toBe(false);
    // The run still lasts the session.
    expect(store.run).toEqual(newRunState());
  });

  it('a damaged run is reported once and the player starts clean, keeping settings and progress', () => {
    const storage = new MemoryStorage();
    const settings = new SettingsStore(storage);
    settings.update((d) => void (d.difficulty = 'nightmare'));
    const progress = new ProgressStore(storage);
    progress.complete({ chapterId: 'hallway', ticks: 3_000, notesFound: ['baek-1'], rescues: [], unlocks: null });
    storage.setItem(RUN_KEY, '{"version":1,"run":{"step":1,"votes":');

    // The next start of the game.
    const runs = new RunStore(storage);
    expect(runs.run).toBeNull();
    expect(runs.takeNotice()).toMatch(/damaged.*settings and chapter progress are kept/);
    expect(runs.takeNotice()).toBeNull();
    expect(new SettingsStore(storage).get().difficulty).toBe('nightmare');
    expect(new SettingsStore(storage).notice).toBeUndefined();
    const again = new ProgressStore(storage);
    expect(again.notice).toBeNull();
    expect(again.progress.chapters.hallway?.bestTicks).toBe(3_000);
    // The bad save is gone: the start after that has nothing to report.
    expect(new RunStore(storage).takeNotice()).toBeNull();
  });

  it('the store saves a new run and its advance, and a reload resumes at the same step', () => {
    const storage = new MemoryStorage();
    const store = new RunStore(storage);
    expect(store.run).toBeNull();
    store.startNew();
    expect(store.chapterWon({ chapterId: 'hallway', notesFound: ['baek-1'], rescues: ['Da-som'] })).toBe(true);
    const reloaded = new RunStore(storage).run!;
    expect(currentStep(reloaded)).toEqual({ kind: 'interlude', interludeId: 'after-hallway' });
    expect(reloaded.notesFound).toEqual(['baek-1']);
    expect(reloaded.cast['da-som']?.withGroup).toBe(true);
    // Without a run in progress a won chapter (played from the list) starts nothing.
    const none = new RunStore(new MemoryStorage());
    expect(none.chapterWon({ chapterId: 'hallway', notesFound: [], rescues: [] })).toBe(false);
    expect(none.run).toBeNull();
  });
});
