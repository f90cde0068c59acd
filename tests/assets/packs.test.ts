import { describe, expect, it } from 'vitest';
import { AUDIO, IMAGES, SHEETS } from '../../src/assets/manifest';
import { CHAPTER_PACKS, COMMON_PACK, chapterFiles, missingFiles, type AssetPack } from '../../src/assets/packs';
import { musicTracks } from '../../src/audio/gameAudio';
import { CHAPTERS } from '../../src/chapters/registry';

const packs: AssetPack[] = [COMMON_PACK, ...Object.values(CHAPTER_PACKS)];
const inSomePack = (pick: (p: AssetPack) => readonly string[]) => new Set(packs.flatMap(pick));

describe('asset packs', () => {
  it('every image, sheet and sound the game ships is loaded by some pack (none is left out of the game)', () => {
    expect(Object.keys(IMAGES).filter((k) => !inSomePack((p) => p.images).has(k))).toEqual([]);
    expect(Object.keys(SHEETS).filter((k) => !inSomePack((p) => p.sheets).has(k))).toEqual([]);
    // The safe-room theme has no scene playing it yet; it loads the first time it is asked for.
    const sounds = ['sfx', ...Object.keys(AUDIO.music)].filter((k) => k !== 'safeRoom');
    expect(sounds.filter((k) => !inSomePack((p) => p.audio).has(k))).toEqual([]);
  });

  it("the title does not wait for a chapter's tileset or music", () => {
    const chapterOnly: string[] = Object.values(CHAPTER_PACKS).flatMap((p: AssetPack) => [...p.images, ...p.sheets, ...p.audio]);
    const common: string[] = [...COMMON_PACK.images, ...COMMON_PACK.sheets, ...COMMON_PACK.audio];
    expect(common.filter((k) => chapterOnly.includes(k))).toEqual([]);
    expect(common).not.toContain('tiles');
    expect(common).not.toContain('explore');
  });

  it('every chapter names its pack, and a chapter gets the common files and its own, each once', () => {
    for (const c of CHAPTERS) {
      const files = chapterFiles(c.assetPack);
      const own: AssetPack = CHAPTER_PACKS[c.assetPack];
      for (const k of [...COMMON_PACK.images, ...own.images]) expect(files.images, c.id).toContain(k);
      for (const k of [...COMMON_PACK.audio, ...own.audio]) expect(files.audio, c.id).toContain(k);
      expect(new Set(files.images).size).toBe(files.images.length);
    }
    expect(chapterFiles('hallway').audio).toEqual(expect.arrayContaining(['explore', 'chaseLow', 'chaseHigh', 'sfx']));
  });

  it("a chapter's files hold the music it plays (its music never waits past the loading bar)", () => {
    for (const c of CHAPTERS) expect(chapterFiles(c.assetPack).audio, c.id).toEqual(expect.arrayContaining([...musicTracks(c.music)]));
  });

  it('a pack that is already loaded asks for nothing; a fresh one asks for everything', () => {
    const hallway = chapterFiles('hallway');
    const none = missingFiles(hallway, () => true);
    expect([...none.images, ...none.sheets, ...none.audio]).toEqual([]);
    expect(missingFiles(hallway, () => false)).toEqual(hallway);
    const onlyArtIn = missingFiles(hallway, (kind) => kind === 'texture');
    expect(onlyArtIn.images).toEqual([]);
    expect(onlyArtIn.audio).toEqual(hallway.audio);
  });
});
