import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../../src/chapters/registry';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { LAB_NOTES, noteById } from '../../src/campaign/notes';

/**
 * Mr. Baek's lab notes are collectibles in every chapter (issue 13), and the Notes screen
 * shows a found note by its id: a map must only place notes the story has written.
 */
describe("Mr. Baek's lab notes in the chapters", () => {
  const placed = CHAPTERS.map((def) => ({
    id: def.id,
    notes: loadChapterMap(def.map).items.flatMap((it) => (it.kind === 'note' ? [it.note] : [])),
  }));

  it('every chapter places at least one note', () => {
    for (const c of placed) expect(c.notes.length, c.id).toBeGreaterThan(0);
  });

  it('every placed note is one the Notes screen can show (regression: the closet placed an unknown id)', () => {
    for (const c of placed) for (const id of c.notes) expect(noteById(id), `${c.id}: ${id}`).toBeDefined();
  });

  it('no note is placed twice', () => {
    const all = placed.flatMap((c) => c.notes);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeLessThanOrEqual(LAB_NOTES.length);
  });
});
