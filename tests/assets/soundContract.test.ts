import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUDIO_REPORT, MUSIC_LUFS, type AudioReport } from '../../assets/scripts/loudness';
import { AUDIO } from '../../src/assets/manifest';
import { CHAPTER_PACKS } from '../../src/assets/packs';
import { SFX_SPRITE } from '../../src/assets/sfxSprite';

/**
 * What chapters 2-4 and the allies play exists: the effects named in the team's sound
 * contract are in the sprite, each chapter's bed is in the manifest and its pack, and the
 * beds last long enough that a five-minute chapter does not hear the same bar over and
 * over (the old beds looped every 15 s). Lengths and sections come from the structure
 * report that `npm run assets` writes (assets/audio-levels.json; its md5s are checked
 * against the files by audioLevels.test.ts), since nobody can listen to them here.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const report = JSON.parse(readFileSync(`${root}${AUDIO_REPORT}`, 'utf8')) as AudioReport;

const CONTRACT_SFX = [
  'doorScratch', 'sniff', 'breathIn', 'breathOut', 'flashlightClick', 'reinforce', 'bowShot', 'arrowHit',
  'jetFlyover', 'rotor', 'climberFall', 'heartbeat', 'itemPickup', 'itemDrop', 'shove', 'allyBitten',
  'ventBang', 'tableSlide',
] as const;

const CHAPTER_BEDS = { cafeteria: 'exploreCafeteria', closet: 'exploreCloset', rooftop: 'exploreRooftop' } as const;

describe('the sound chapters 2-4 play, and music that lasts a campaign', () => {
  it('every effect of the sound contract is in the sprite, with a length; the rotor loops, one-shots do not', () => {
    const sprite: Record<string, readonly [number, number, boolean?]> = SFX_SPRITE;
    for (const name of CONTRACT_SFX) {
      expect(sprite[name], name).toBeDefined();
      expect(sprite[name]![1], name).toBeGreaterThan(50);
    }
    expect(sprite.rotor![2]).toBe(true);
    expect(sprite.heartbeat![2]).toBeUndefined();
    expect(sprite.jetFlyover![1]).toBeGreaterThan(3000);
  });

  it("each chapter's pack loads its own bed with the chase stems", () => {
    for (const [chapter, bed] of Object.entries(CHAPTER_BEDS)) {
      expect(AUDIO.music[bed], bed).toHaveLength(2);
      expect(CHAPTER_PACKS[chapter as keyof typeof CHAPTER_BEDS].audio, chapter).toEqual([bed, 'chaseLow', 'chaseHigh']);
    }
  });

  it('each chapter bed runs at least 60 s before it repeats, in sections that are none of them silent', () => {
    for (const bed of Object.values(CHAPTER_BEDS)) {
      const m = report.music[bed]!;
      expect(m, bed).toBeDefined();
      expect(m.durationS, bed).toBeGreaterThanOrEqual(60);
      expect(m.sections.length, bed).toBeGreaterThanOrEqual(3);
      for (const s of m.sections) expect(s.lufs, `${bed} ${s.name}`).toBeGreaterThan(-45);
    }
  });

  it('the safe-room theme is a whole song of at least 90 s: intro, verse, pre-chorus, chorus, bridge, last chorus, in that order, the choruses its loudest parts', () => {
    const song = report.music.safeRoom!;
    expect(song.durationS).toBeGreaterThanOrEqual(90);
    const names = song.sections.map((s) => s.name);
    const order = ['intro', 'verse', 'pre-chorus', 'chorus', 'bridge', 'last chorus'].map((n) => names.indexOf(n));
    expect(order.every((i) => i >= 0), names.join(', ')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const lufs = (n: string) => song.sections.find((s) => s.name === n)!.lufs;
    // A song breathes: the chorus lifts over the verse, the bridge drops back.
    expect(lufs('chorus')).toBeGreaterThan(lufs('verse') + 1);
    expect(lufs('bridge')).toBeLessThan(lufs('last chorus') - 1);
    for (const s of song.sections) expect(s.startS, s.name).toBeLessThan(song.durationS);
  });

  it("the hallway's bed runs at least 60 s; the chase stems at least 30 s, exactly as long as each other (they crossfade)", () => {
    expect(report.music.explore!.durationS).toBeGreaterThanOrEqual(60);
    expect(report.music.chaseLow!.durationS).toBeGreaterThanOrEqual(30);
    expect(report.music.chaseHigh!.durationS).toBe(report.music.chaseLow!.durationS);
    expect(report.music.chaseHigh!.sections.map((s) => s.startS)).toEqual(report.music.chaseLow!.sections.map((s) => s.startS));
  });

  it('the closet is near silence: its bed plays well under the other beds', () => {
    const closet = report.files['music-exploreCloset.webm']!.integratedLufs;
    for (const bed of ['exploreCafeteria', 'exploreRooftop']) expect(closet, bed).toBeLessThanOrEqual(report.files[`music-${bed}.webm`]!.integratedLufs - 6);
    expect(closet).toBeLessThan(MUSIC_LUFS - 6);
  });
});
