import { SceneKey } from '../scenes/keys';

/**
 * The chapters that exist, in order. The title's chapter list shows these (locked ones
 * greyed out); a chapter is added here when its scene and level are playable.
 */
export interface ChapterInfo {
  id: string;
  number: number;
  /** Where it happens. */
  place: string;
  /** The chapter's name. */
  title: string;
  sceneKey: string;
  /** The chapter that finishing this one unlocks (null: the last one so far). */
  unlocks: string | null;
}

export const CHAPTERS: readonly ChapterInfo[] = [
  { id: 'hallway', number: 1, place: 'Hallway', title: 'The Bell', sceneKey: SceneKey.Hallway, unlocks: null },
];

export const FIRST_CHAPTER = CHAPTERS[0]!.id;

export function chapterById(id: string): ChapterInfo | undefined {
  return CHAPTERS.find((c) => c.id === id);
}

export function chapterBySceneKey(key: string): ChapterInfo | undefined {
  return CHAPTERS.find((c) => c.sceneKey === key);
}
