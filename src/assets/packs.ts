/**
 * Which files load when. The common pack (the title, menus, HUD and what every chapter
 * draws and plays) loads before the title; each chapter's own art and music load when
 * that chapter starts, so the first screen does not wait for four chapters' worth of
 * files. A chapter definition names its pack by id (`assetPack: 'hallway'`).
 * Pure data: the Phaser side is src/scenes/loadPack.ts.
 */
import type { AudioKey, ImageKey, SheetKey } from './manifest';

export interface AssetPack {
  images: readonly ImageKey[];
  sheets: readonly SheetKey[];
  /** Loaded through Howler; a sound that fails to load never stops the game. */
  audio: readonly AudioKey[];
}

/**
 * Before the title: its art, the icons and HUD frame, the cast, the infected, effects
 * and lights. Its audio (the sfx sprite, the stinger) starts loading then but does not
 * hold the title back; a chapter waits for it.
 */
export const COMMON_PACK: AssetPack = {
  images: ['title', 'flashlight', 'light', 'hudFrame'],
  sheets: ['cast', 'infected', 'fx', 'icons'],
  audio: ['sfx', 'stinger'],
};

/**
 * Per chapter (and for the interludes), what only it needs. The tileset holds every chapter's theme in one image,
 * so each chapter pack lists it and only the first chapter played fetches it.
 */
export const CHAPTER_PACKS = {
  hallway: { images: ['tiles'], sheets: [], audio: ['explore', 'chaseLow', 'chaseHigh'] },
  // Chapters 2-4: their own bed with the shared chase stems. Their art is in the shared
  // tileset for now (one theme block each), so they list `tiles` as the hallway does.
  cafeteria: { images: ['tiles'], sheets: [], audio: ['exploreCafeteria', 'chaseLow', 'chaseHigh'] },
  closet: { images: ['tiles'], sheets: [], audio: ['exploreCloset', 'chaseLow', 'chaseHigh'] },
  rooftop: { images: ['tiles'], sheets: [], audio: ['exploreRooftop', 'chaseLow', 'chaseHigh'] },
  /** The interludes in the music room (the safe room): its theme and the cast's portraits. */
  interlude: { images: [], sheets: ['portraits'], audio: ['safeRoom'] },
} as const satisfies Record<string, AssetPack>;

export type ChapterPackId = keyof typeof CHAPTER_PACKS;

/** Everything a chapter needs: the common pack and its own, each file once. */
export function chapterFiles(id: ChapterPackId): AssetPack {
  const own: AssetPack = CHAPTER_PACKS[id];
  const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];
  return {
    images: union(COMMON_PACK.images, own.images),
    sheets: union(COMMON_PACK.sheets, own.sheets),
    audio: union(COMMON_PACK.audio, own.audio),
  };
}

/** What of `pack` is not loaded yet (`loaded` answers per key); an already-loaded pack yields nothing. */
export function missingFiles(pack: AssetPack, loaded: (kind: 'texture' | 'audio', key: string) => boolean): AssetPack {
  return {
    images: pack.images.filter((k) => !loaded('texture', k)),
    sheets: pack.sheets.filter((k) => !loaded('texture', k)),
    audio: pack.audio.filter((k) => !loaded('audio', k)),
  };
}
