/**
 * The audio's mastering targets and how the encoded files are measured: ffmpeg's EBU R128
 * meter (`ebur128=peak=true`) on the decoded file, which is what a player hears. Shared by
 * build.ts (which masters to these numbers and writes AUDIO_REPORT) and
 * tests/assets/audioLevels.test.ts (which checks the report, and the files when ffmpeg is there).
 */
import { spawnSync } from 'node:child_process';

/** Integrated loudness of every music file (the chase stems: of their mix), LUFS. */
export const MUSIC_LUFS = -16;
/**
 * Tracks mastered to another integrated loudness than MUSIC_LUFS. The closet's bed is
 * near silence by design: at -16 its room tone would be lifted to a hiss and the door's
 * scratching and the player's breath (the chapter's real sound) would not stand out.
 */
export const MUSIC_LUFS_BY_TRACK: Readonly<Record<string, number>> = { exploreCloset: -24 };

/** The integrated loudness a music track (by name, 'safeRoom') is mastered to, LUFS. */
export function musicTarget(name: string): number {
  return MUSIC_LUFS_BY_TRACK[name] ?? MUSIC_LUFS;
}

/**
 * The loudest sound effect's loudest 400 ms (momentary maximum), LUFS: 4 LU over the
 * music's integrated level, so a door breaking reads over the music; one gain for all
 * effects keeps their balance, so the rest sit below it.
 */
export const SFX_LOUDEST_LUFS = MUSIC_LUFS + 4;
/** No encoded file may peak above this, dBTP (EBU R128's limit for distribution). */
export const TRUE_PEAK_LIMIT = -1;
/** The PCM's first true-peak ceiling before encoding; lowered per file while the encoded one overshoots. */
export const START_CEILING = -1.5;
/** The committed measurements, relative to the repository root. */
export const AUDIO_REPORT = 'assets/audio-levels.json';

export interface FileLevels {
  md5: string;
  integratedLufs: number;
  truePeakDbtp: number;
  /** The true-peak ceiling the PCM was limited to before encoding. */
  pcmCeilingDb?: number;
}

export interface AudioReport {
  ceilingDbtp: number;
  musicLufs: number;
  sfxLoudestLufs: number;
  /** The one gain applied to every effect, dB. */
  sfxGainDb: number;
  /** Per file in public/assets/audio (by file name), as measured by ffmpeg after encoding. */
  files: Record<string, FileLevels>;
  /** Per sound effect of the sprite, measured on the PCM before encoding. */
  effects: Record<string, { momentaryMaxLufs: number; truePeakDbtp: number }>;
  /** The chase stems' mix (low + high at full), LUFS, before encoding. */
  chaseMixLufs: number;
  /**
   * Per music track (by name), its length and, for tracks built from sections, where each
   * starts and how loud it is (integrated, on the mastered PCM): the structure, since
   * nobody here can listen to it.
   */
  music: Record<string, { durationS: number; sections: { name: string; startS: number; lufs: number }[] }>;
}

export const round1 = (v: number): number => Math.round(v * 10) / 10;

/** Whether ffmpeg can be run. */
export function hasFfmpeg(): boolean {
  return spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
}

/** Integrated loudness and true peak of an audio file, from ffmpeg's ebur128 summary. */
export function measureFile(path: string): { integratedLufs: number; truePeakDbtp: number } {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-i', path, '-af', 'ebur128=peak=true', '-f', 'null', '-'], { encoding: 'utf8' });
  const summary = run.stderr.slice(run.stderr.lastIndexOf('Summary:'));
  const integrated = /I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary);
  const peak = /Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary);
  if (run.status !== 0 || !integrated || !peak) throw new Error(`ffmpeg could not measure ${path}: ${run.stderr.slice(-300)}`);
  const num = (s: string) => (s === '-inf' ? -Infinity : Number(s));
  return { integratedLufs: num(integrated[1]!), truePeakDbtp: num(peak[1]!) };
}
