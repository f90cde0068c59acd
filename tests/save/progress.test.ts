import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultProgress, loadProgress, PROGRESS_KEY, recordCompletion, saveProgress } from '../../src/save/progress';
import { MemoryStorage } from '../../src/save/storage';
import { ProgressStore } from '../../src/save/progressStore';

describe('progress saves', () => {
  it('round-trips a completed chapter: best time kept, notes merged, next chapter unlocked', () => {
    const storage = new MemoryStorage();
    let p = defaultProgress('hallway');
    p = recordCompletion(p, { chapterId: 'hallway', ticks: 20_000, notesFound: ['baek-1'], rescues: [], unlocks: 'cafeteria' });
    p = recordCompletion(p, { chapterId: 'hallway', ticks: 25_000, notesFound: [], rescues: ['seo-yeon'], unlocks: 'cafeteria' });
    saveProgress(storage, p);
    const loaded = loadProgress(storage, 'hallway');
    expect(loaded.notice).toBeUndefined();
    expect(loaded.progress.chapters.hallway).toEqual({ completed: true, bestTicks: 20_000, notesFound: ['baek-1'], rescues: ['seo-yeon'] });
    expect(loaded.progress.unlocked).toEqual(['hallway', 'cafeteria']);
  });

  it('a corrupt save is reported, replaced by defaults and overwritten', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"version":1,"unlocked":');
    const store = new ProgressStore(storage);
    expect(store.notice).toMatch(/corrupt/);
    expect(store.progress.unlocked).toEqual(['hallway']);
    expect(loadProgress(storage, 'hallway').notice).toBeUndefined();
  });

  it('an old or foreign save is reported with the reason', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 0, unlocked: ['x'] }));
    expect(loadProgress(storage, 'hallway').notice).toMatch(/unknown version 0/);
  });

  it('a save with a malformed field is reported naming it, and reset', () => {
    const storage = new MemoryStorage();
    const bad = { version: 1, unlocked: ['hallway'], chapters: { hallway: { completed: true, bestTicks: -5, notesFound: [], rescues: [] } } };
    storage.setItem(PROGRESS_KEY, JSON.stringify(bad));
    const loaded = loadProgress(storage, 'hallway');
    expect(loaded.notice).toMatch(/chapters\.hallway\.bestTicks is malformed/);
    expect(loaded.progress.chapters).toEqual({});
  });

  it('storage that throws still gives a playable default', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    const loaded = loadProgress(broken, 'hallway');
    expect(loaded.progress.unlocked).toEqual(['hallway']);
    expect(saveProgress(broken, loaded.progress)).toBe(false);
  });

  it('never throws and always unlocks the first chapter, whatever is stored (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 1, ...(typeof v === 'object' && v ? v : {}) }))), (raw) => {
        const storage = new MemoryStorage();
        storage.setItem(PROGRESS_KEY, raw);
        const { progress } = loadProgress(storage, 'hallway');
        return progress.unlocked.includes('hallway') && progress.version === 1;
      }),
      { numRuns: 300 },
    );
  });
});
