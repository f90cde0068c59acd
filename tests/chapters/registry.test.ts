import { describe, expect, it } from 'vitest';
import { CHAPTERS, FIRST_CHAPTER, chapterById, nextChapterId } from '../../src/chapters/registry';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { lossLine, type ChapterDefinition } from '../../src/chapters/definition';
import { HALLWAY } from '../../src/chapters/hallway';
import { newRunState } from '../../src/campaign/runState';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { THEMES } from '../../src/assets/frames';
import { VARIANT_NAMES } from '../../src/sim/tuning';
import { hashWorld } from '../../src/sim/worldHash';

describe('the chapter registry', () => {
  it('lists chapters with unique ids, numbered from 1 upward in play order', () => {
    expect(new Set(CHAPTERS.map((c) => c.id)).size).toBe(CHAPTERS.length);
    // Chapters land one by one (the closet, 3, before the cafeteria, 2; the rooftop, 4, before both): the numbers only rise.
    expect(CHAPTERS[0]!.number).toBe(1);
    CHAPTERS.forEach((c, k) => k > 0 && expect(c.number).toBeGreaterThan(CHAPTERS[k - 1]!.number));
    expect(FIRST_CHAPTER).toBe(CHAPTERS[0]!.id);
  });

  it.each(CHAPTERS.map((c) => [c.id, c] as const))('%s: its map loads, its theme exists, every variant has a loss tip', (_id, def) => {
    expect(() => loadChapterMap(def.map)).not.toThrow();
    expect(THEMES).toContain(def.theme);
    for (const v of VARIANT_NAMES) expect(def.lossTips[v], `${def.id} tip for ${v}`).toBeTruthy();
    expect(chapterById(def.id)).toBe(def);
  });

  it('finishing a chapter unlocks the next one in the list, and the last unlocks none', () => {
    CHAPTERS.forEach((c, k) => expect(nextChapterId(c.id)).toBe(CHAPTERS[k + 1]?.id ?? null));
    expect(nextChapterId('no-such-chapter')).toBeNull();
  });
});

describe('a chapter world', () => {
  const level = loadChapterMap('hallway');

  it('starts from the definition: its seed by default, its options derived from the run', () => {
    const world = createChapterWorld(HALLWAY, level);
    expect(world.seed).toBe(HALLWAY.seed);
    expect(world.extinguisher.hasExtinguisher).toBe(false); // chapter 1 starts empty-handed
    expect(createChapterWorld(HALLWAY, level, { seed: 7 }).seed).toBe(7);
  });

  it('takes its world options from the campaign run, so a vote changes a later chapter through data', () => {
    const def: ChapterDefinition = { ...HALLWAY, worldOptions: (run) => ({ startWithExtinguisher: run.flags['armed'] === true }) };
    const armed = { ...newRunState(), flags: { armed: true } };
    expect(createChapterWorld(def, level, { run: armed }).extinguisher.hasExtinguisher).toBe(true);
    expect(createChapterWorld(def, level).extinguisher.hasExtinguisher).toBe(false);
    // Overrides (difficulty, tests) sit on top of the chapter's own options.
    expect(createChapterWorld(def, level, { run: armed, overrides: { startWithExtinguisher: false } }).extinguisher.hasExtinguisher).toBe(false);
  });

  it('is the same world for the same chapter, seed and run', () => {
    expect(hashWorld(createChapterWorld(HALLWAY, level, { seed: 3 }))).toBe(hashWorld(createChapterWorld(HALLWAY, level, { seed: 3 })));
  });
});

describe('loss lines', () => {
  it("use the chapter's tip for the cause, else a plain line", () => {
    expect(lossLine(HALLWAY, 'heavy')).toMatch(/coach/);
    expect(lossLine(HALLWAY, 'doorBroken')).toMatch(/door/);
    expect(lossLine(HALLWAY, null)).toBe('You were bitten.');
  });
});
