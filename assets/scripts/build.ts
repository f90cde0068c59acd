/**
 * `npm run assets`: regenerates every art and audio file under public/assets/ and the
 * generated sprite map src/assets/sfxSprite.ts. Deterministic: seeded randomness, no
 * timestamps, ffmpeg in bit-exact mode, so running it twice gives identical files.
 * Needs: Node 20+, the npm devDependencies (pngjs, tsx) and ffmpeg with libopus and
 * libmp3lame on the PATH (Debian: apt-get install -y ffmpeg). `--art` skips the audio.
 * Audio is mastered here (assets/scripts/loudness.ts has the targets): music to -16 LUFS,
 * effects levelled with it, every encoded file under -1 dBTP, as measured on the encoded
 * file; the measurements go to assets/audio-levels.json, which tests/assets/audioLevels.test.ts checks.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCastSheet, buildInfectedSheet } from './characters';
import { buildAppIcon, buildFlashlightCone, buildFxSheet, buildHudFrame, buildIconSheet, buildLightDisc, buildTitleArt } from './fx';
import { buildMusic } from './music';
import { buildPortraitSheet } from './portraits';
import { buildSfx } from './sfx';
import { AUDIO_REPORT, MUSIC_LUFS, SFX_LOUDEST_LUFS, musicTarget, START_CEILING, TRUE_PEAK_LIMIT, measureFile, round1, type AudioReport } from './loudness';
import {
  SAMPLE_RATE,
  concat,
  fromDb,
  integratedLoudness,
  limitTruePeak,
  masterLoudness,
  momentaryMax,
  toDb,
  truePeakDb,
  wav,
  type Buffer32,
} from './synth';
import { buildTileset } from './tiles';

const root = new URL('../../', import.meta.url).pathname;
const out = join(root, 'public/assets');
const artOnly = process.argv.includes('--art');

function write(rel: string, data: Uint8Array | string): void {
  const path = join(out, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  console.log(`  ${rel}  ${typeof data === 'string' ? data.length : data.byteLength} B`);
}

console.log('art:');
write('img/tiles.png', buildTileset().toPng());
write('img/cast.png', buildCastSheet().toPng());
write('img/infected.png', buildInfectedSheet().toPng());
write('img/fx.png', buildFxSheet().toPng());
write('img/icons.png', buildIconSheet().toPng());
write('img/hud-frame.png', buildHudFrame().toPng());
write('img/flashlight.png', buildFlashlightCone().toPng());
write('img/light.png', buildLightDisc().toPng());
write('img/title.png', buildTitleArt().toPng());
write('img/portraits.png', buildPortraitSheet().toPng());
write('icons/icon-192.png', buildAppIcon(192, false).toPng());
write('icons/icon-512.png', buildAppIcon(512, false).toPng());
write('icons/icon-maskable-512.png', buildAppIcon(512, true).toPng());
write('icons/apple-touch-icon.png', buildAppIcon(180, false).toPng());
write('icons/favicon-32.png', buildAppIcon(32, false).toPng());

if (!artOnly) {
  const tmp = mkdtempSync(join(tmpdir(), 'lp-audio-'));
  const report: AudioReport = { ceilingDbtp: TRUE_PEAK_LIMIT, musicLufs: MUSIC_LUFS, sfxLoudestLufs: SFX_LOUDEST_LUFS, sfxGainDb: 0, chaseMixLufs: 0, files: {}, effects: {}, music: {} };

  /**
   * Encodes PCM mastered by `render(target, ceilingDb)` to both formats and measures what
   * was encoded (ffmpeg's EBU R128 meter, true peak on), which is what a player hears:
   * lossy codecs overshoot the PCM's peaks and drop some of its highs. While a file passes
   * TRUE_PEAK_LIMIT the ceiling is lowered by the excess (plus a margin); with `loudness`,
   * while the WebM (the format browsers pick first) misses it by more than 0.3 LU the
   * PCM's target moves by the difference. Deterministic: same input, same steps.
   * Returns the PCM that was encoded.
   */
  const encode = (
    rel: string,
    kbps: { opus: number; mp3: number },
    render: (target: number, ceilingDb: number) => Buffer32,
    loudness?: number,
  ): Buffer32 => {
    let ceiling = START_CEILING;
    let target = loudness ?? 0;
    for (let attempt = 0; ; attempt++) {
      const samples = render(target, ceiling);
      const wavPath = join(tmp, 'in.wav');
      writeFileSync(wavPath, wav(samples));
      const common = ['-y', '-v', 'error', '-i', wavPath, '-ac', '1', '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];
      const webm = join(tmp, 'out.webm');
      const mp3 = join(tmp, 'out.mp3');
      execFileSync('ffmpeg', [...common, '-ar', '24000', '-c:a', 'libopus', '-b:a', `${kbps.opus}k`, '-vbr', 'off', webm]);
      execFileSync('ffmpeg', [...common, '-ar', String(SAMPLE_RATE), '-c:a', 'libmp3lame', '-b:a', `${kbps.mp3}k`, '-id3v2_version', '0', '-write_xing', '0', mp3]);
      const measured = { webm: measureFile(webm), mp3: measureFile(mp3) };
      const worst = Math.max(measured.webm.truePeakDbtp, measured.mp3.truePeakDbtp);
      const miss = loudness === undefined ? 0 : loudness - measured.webm.integratedLufs;
      if (attempt < 12 && (worst > TRUE_PEAK_LIMIT || Math.abs(miss) > 0.3)) {
        if (worst > TRUE_PEAK_LIMIT) ceiling -= worst - TRUE_PEAK_LIMIT + 0.2;
        else target += miss;
        continue;
      }
      if (worst > TRUE_PEAK_LIMIT) throw new Error(`${rel}: true peak ${worst} dBTP after ${attempt} attempts`);
      for (const ext of ['webm', 'mp3'] as const) {
        const data = readFileSync(ext === 'webm' ? webm : mp3);
        write(`${rel}.${ext}`, data);
        report.files[`${rel.replace('audio/', '')}.${ext}`] = { md5: createHash('md5').update(data).digest('hex'), ...measured[ext], pcmCeilingDb: round1(ceiling) };
      }
      return samples;
    }
  };

  // Music first: the effects are levelled against it.
  console.log('music:');
  const tracks = buildMusic();
  const music = new Map(tracks.map((m) => [m.name, m.samples]));
  const chaseLow = music.get('chaseLow')!;
  const chaseHigh = music.get('chaseHigh')!;
  // The chase stems play together: one gain brings their mix to the target, keeping the balance.
  const mix = chaseLow.map((v, i) => v + (chaseHigh[i] ?? 0));
  const chaseGain = fromDb(MUSIC_LUFS - integratedLoudness(mix));
  report.chaseMixLufs = round1(integratedLoudness(mix.map((v) => v * chaseGain)));
  for (const { name, samples: raw, sections = [] } of tracks) {
    const pcm =
      name === 'chaseLow' || name === 'chaseHigh'
        ? encode(`audio/music-${name}`, { opus: 28, mp3: 40 }, (_, ceiling) => limitTruePeak(raw.map((v) => v * chaseGain), ceiling))
        : encode(`audio/music-${name}`, { opus: 28, mp3: 40 }, (target, ceiling) => masterLoudness(raw.slice(), target, ceiling, 'integrated', 12), musicTarget(name));
    // The structure report: each section's start and loudness, printed and committed.
    const durationS = pcm.length / SAMPLE_RATE;
    const parts = sections.map((sec, i) => {
      const end = sections[i + 1]?.start ?? durationS;
      const lufs = round1(integratedLoudness(pcm.subarray(Math.round(sec.start * SAMPLE_RATE), Math.round(end * SAMPLE_RATE))));
      return { name: sec.name, startS: round1(sec.start), lufs };
    });
    report.music[name] = { durationS: round1(durationS), sections: parts };
    console.log(`    ${name}: ${durationS.toFixed(1)} s${parts.map((p) => `  ${p.name}@${p.startS}s ${p.lufs} LUFS`).join('')}`);
  }

  console.log('sfx:');
  const GAP = 0.2;
  const effects = buildSfx();
  // One gain for every effect keeps the recipes' balance (steps quieter than a door
  // breaking); it puts the loudest effect's loudest 400 ms at SFX_LOUDEST_LUFS, a little
  // above the music, so events read over it.
  const loudest = Math.max(...effects.map((fx) => momentaryMax(fx.samples)));
  const sfxGain = fromDb(SFX_LOUDEST_LUFS - loudest);
  report.sfxGainDb = round1(toDb(sfxGain));
  const sprite: Record<string, [number, number, boolean?]> = {};
  let cursor = 0;
  for (const fx of effects) {
    const startMs = Math.round((cursor / SAMPLE_RATE) * 1000);
    const durMs = Math.floor((fx.samples.length / SAMPLE_RATE) * 1000);
    sprite[fx.name] = fx.loop ? [startMs, durMs, true] : [startMs, durMs];
    cursor += fx.samples.length + Math.round(GAP * SAMPLE_RATE);
  }
  const renderSprite = (_: number, ceiling: number): Buffer32 => {
    const parts: Buffer32[] = [];
    for (const fx of effects) {
      const pcm = limitTruePeak(fx.samples.map((v) => v * sfxGain), ceiling);
      report.effects[fx.name] = { momentaryMaxLufs: round1(momentaryMax(pcm)), truePeakDbtp: round1(truePeakDb(pcm)) };
      parts.push(pcm, new Float32Array(Math.round(GAP * SAMPLE_RATE)));
    }
    return concat(parts);
  };
  encode('audio/sfx', { opus: 40, mp3: 48 }, renderSprite);
  const entries = Object.entries(sprite)
    .map(([k, v]) => `  ${k}: [${v.join(', ')}],`)
    .join('\n');
  writeFileSync(
    join(root, 'src/assets/sfxSprite.ts'),
    `// Generated by assets/scripts/build.ts (npm run assets). Do not edit.\n` +
      `/** The SFX audio sprite: name -> [offset ms, duration ms, loop?]. */\n` +
      `export const SFX_SPRITE = {\n${entries}\n} as const;\n\nexport type SfxName = keyof typeof SFX_SPRITE;\n`,
  );
  console.log('  src/assets/sfxSprite.ts');
  writeFileSync(join(root, AUDIO_REPORT), JSON.stringify(report, null, 2) + '\n');
  console.log(`  ${AUDIO_REPORT}`);
  rmSync(tmp, { recursive: true, force: true });
}
