import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUDIO_REPORT, MUSIC_LUFS, SFX_LOUDEST_LUFS, TRUE_PEAK_LIMIT, hasFfmpeg, measureFile, musicTarget, type AudioReport } from '../../assets/scripts/loudness';
import { SFX_SPRITE } from '../../src/assets/sfxSprite';

/**
 * The shipped audio is mastered: no file peaks above -1 dBTP once encoded (they used to
 * reach +5.6 and distort when decoded), music sits at -16 LUFS, effects are levelled with
 * it. The numbers were measured by `npm run assets` on the encoded files with ffmpeg's EBU
 * R128 meter and committed in assets/audio-levels.json with each file's md5, so this runs
 * without ffmpeg (CI has none) and still fails when a file changes without being
 * re-measured; where ffmpeg is on the PATH the files are measured again.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const audioDir = `${root}public/assets/audio/`;
const report = JSON.parse(readFileSync(`${root}${AUDIO_REPORT}`, 'utf8')) as AudioReport;
const files = readdirSync(audioDir).filter((f) => /\.(webm|mp3)$/.test(f)).sort();
const isMusic = (f: string) => f.startsWith('music-') && !f.startsWith('music-chase');

describe('the shipped audio files (public/assets/audio)', () => {
  it('every file is in the report, measured as it is now (same md5)', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(report.files).sort()).toEqual(files);
    for (const f of files) expect(createHash('md5').update(readFileSync(`${audioDir}${f}`)).digest('hex'), f).toBe(report.files[f]!.md5);
  });

  it(`no file peaks above ${TRUE_PEAK_LIMIT} dBTP once encoded`, () => {
    for (const f of files) expect(report.files[f]!.truePeakDbtp, f).toBeLessThanOrEqual(TRUE_PEAK_LIMIT);
  });

  it(`music plays at about ${MUSIC_LUFS} LUFS (within 1 LU; the closet's near silence at its own level) in both formats, the chase stems' mix too`, () => {
    // The MP3 (older Safari) loses some highs at 40 kb/s, so it reads a little quieter.
    const track = (f: string) => f.replace(/^music-/, '').replace(/\.(webm|mp3)$/, '');
    for (const f of files.filter(isMusic)) expect(Math.abs(report.files[f]!.integratedLufs - musicTarget(track(f))), f).toBeLessThanOrEqual(f.endsWith('.webm') ? 1 : 1.5);
    expect(Math.abs(report.chaseMixLufs - MUSIC_LUFS)).toBeLessThanOrEqual(0.5);
  });

  it('effects are levelled with the music: the loudest at its target, every one under the ceiling', () => {
    expect(Object.keys(report.effects).sort()).toEqual(Object.keys(SFX_SPRITE).sort());
    const loudest = Math.max(...Object.values(report.effects).map((e) => e.momentaryMaxLufs));
    expect(Math.abs(loudest - SFX_LOUDEST_LUFS)).toBeLessThanOrEqual(1.5);
    for (const [name, e] of Object.entries(report.effects)) expect(e.truePeakDbtp, name).toBeLessThanOrEqual(TRUE_PEAK_LIMIT);
  });

  const ffmpeg = hasFfmpeg();
  it.skipIf(!ffmpeg)(
    ffmpeg ? 'measured again with ffmpeg, the files match the report' : 'measured again with ffmpeg (SKIPPED: ffmpeg is not on the PATH; the committed report was checked above)',
    () => {
      for (const f of files) {
        const m = measureFile(`${audioDir}${f}`);
        expect(m.truePeakDbtp, f).toBeLessThanOrEqual(TRUE_PEAK_LIMIT);
        expect(Math.abs(m.truePeakDbtp - report.files[f]!.truePeakDbtp), f).toBeLessThanOrEqual(0.2);
        expect(Math.abs(m.integratedLufs - report.files[f]!.integratedLufs), f).toBeLessThanOrEqual(0.2);
      }
    },
    60_000,
  );
});
