import type { ChapterDefinition } from './definition';
import { HALLWAY } from './hallway';
import { CAFETERIA } from './cafeteria';
import { ROOFTOP_CHAPTER } from './rooftop';
import { CLOSET_CHAPTER } from './closet';

/**
 * The chapters that exist, in play order: one line per chapter. The title's chapter list
 * shows these (locked ones greyed out) and finishing one unlocks the next in this list.
 */
export const CHAPTERS: readonly ChapterDefinition[] = [HALLWAY, CAFETERIA, CLOSET_CHAPTER, ROOFTOP_CHAPTER];

export const FIRST_CHAPTER = CHAPTERS[0]!.id;

export function chapterById(id: string): ChapterDefinition | undefined {
  return CHAPTERS.find((c) => c.id === id);
}

/** The chapter after this one in play order, or null for the last. */
export function nextChapterId(id: string): string | null {
  const k = CHAPTERS.findIndex((c) => c.id === id);
  return k >= 0 && k + 1 < CHAPTERS.length ? CHAPTERS[k + 1]!.id : null;
}
