/**
 * A small offline synthesiser for the game's sound: oscillators, seeded noise, envelopes,
 * one-pole and state-variable filters, mixing into Float32 buffers. No Web Audio, no
 * clock: the same code always renders the same samples.
 */
import { Rng } from './raster';

export const SAMPLE_RATE = 22050;

export type Buffer32 = Float32Array;

export function buffer(seconds: number): Buffer32 {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

export type Wave = 'sine' | 'square' | 'saw' | 'triangle';

export function osc(wave: Wave, phase: number): number {
  const p = phase - Math.floor(phase);
  switch (wave) {
    case 'sine':
      return Math.sin(p * Math.PI * 2);
    case 'square':
      return p < 0.5 ? 1 : -1;
    case 'saw':
      return p * 2 - 1;
    case 'triangle':
      return 1 - 4 * Math.abs(p - 0.5);
  }
}

/** Attack-decay-sustain-release envelope, times in seconds, at time t of a note lasting `len`. */
export function adsr(t: number, len: number, a: number, d: number, s: number, r: number): number {
  if (t < 0) return 0;
  if (t < a) return t / a;
  if (t < a + d) return 1 - ((t - a) / d) * (1 - s);
  if (t < len) return s;
  if (t < len + r) return s * (1 - (t - len) / r);
  return 0;
}

/** State-variable filter (Chamberlin), returns low/band/high of each sample. */
export class Svf {
  private low = 0;
  private band = 0;
  constructor(private q = 0.7) {}
  run(x: number, cutoff: number): { low: number; band: number; high: number } {
    const f = 2 * Math.sin((Math.PI * Math.min(cutoff, SAMPLE_RATE / 6)) / SAMPLE_RATE);
    this.low += f * this.band;
    const high = x - this.low - this.q * this.band;
    this.band += f * high;
    return { low: this.low, band: this.band, high };
  }
}

/** A tone with pitch following `freq(t)` (Hz), shaped by `amp(t)`, added into `out` at `start` s. */
export function tone(out: Buffer32, start: number, len: number, wave: Wave, freq: (t: number) => number, amp: (t: number) => number): void {
  const s0 = Math.round(start * SAMPLE_RATE);
  const n = Math.round(len * SAMPLE_RATE);
  let phase = 0;
  for (let i = 0; i < n && s0 + i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    phase += freq(t) / SAMPLE_RATE;
    out[s0 + i]! += osc(wave, phase) * amp(t);
  }
}

/** Filtered noise: `cutoff(t)` Hz, band 'low' | 'band' | 'high'. */
export function noise(
  out: Buffer32,
  rng: Rng,
  start: number,
  len: number,
  amp: (t: number) => number,
  cutoff: (t: number) => number,
  band: 'low' | 'band' | 'high' = 'low',
  q = 0.7,
): void {
  const s0 = Math.round(start * SAMPLE_RATE);
  const n = Math.round(len * SAMPLE_RATE);
  const f = new Svf(q);
  for (let i = 0; i < n && s0 + i < out.length; i++) {
    const t = i / SAMPLE_RATE;
    const y = f.run(rng.next() * 2 - 1, cutoff(t));
    out[s0 + i]! += y[band] * amp(t);
  }
}

export function mixInto(out: Buffer32, src: Buffer32, start: number, gain = 1): void {
  const s0 = Math.round(start * SAMPLE_RATE);
  for (let i = 0; i < src.length && s0 + i < out.length; i++) out[s0 + i]! += src[i]! * gain;
}

/** Soft clip and scale the peak to `peak`. */
export function master(buf: Buffer32, peak = 0.89): Buffer32 {
  let max = 0;
  for (let i = 0; i < buf.length; i++) {
    buf[i] = Math.tanh(buf[i]! * 1.2);
    max = Math.max(max, Math.abs(buf[i]!));
  }
  if (max > 0) for (let i = 0; i < buf.length; i++) buf[i] = (buf[i]! / max) * peak;
  return buf;
}

/** Short fades at both ends so nothing clicks. */
export function fadeEnds(buf: Buffer32, seconds = 0.004): Buffer32 {
  const n = Math.min(buf.length / 2, Math.round(seconds * SAMPLE_RATE));
  for (let i = 0; i < n; i++) {
    const k = i / n;
    buf[i]! *= k;
    buf[buf.length - 1 - i]! *= k;
  }
  return buf;
}

export function concat(parts: Buffer32[]): Buffer32 {
  const total = parts.reduce((s, p) => s + p.length, 0);
  const out = new Float32Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** 16-bit mono PCM WAV. */
export function wav(buf: Buffer32): Uint8Array {
  const data = new DataView(new ArrayBuffer(44 + buf.length * 2));
  const str = (o: number, s: string) => [...s].forEach((c, i) => data.setUint8(o + i, c.charCodeAt(0)));
  str(0, 'RIFF');
  data.setUint32(4, 36 + buf.length * 2, true);
  str(8, 'WAVE');
  str(12, 'fmt ');
  data.setUint32(16, 16, true);
  data.setUint16(20, 1, true);
  data.setUint16(22, 1, true);
  data.setUint32(24, SAMPLE_RATE, true);
  data.setUint32(28, SAMPLE_RATE * 2, true);
  data.setUint16(32, 2, true);
  data.setUint16(34, 16, true);
  str(36, 'data');
  data.setUint32(40, buf.length * 2, true);
  for (let i = 0; i < buf.length; i++) data.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, buf[i]!)) * 32767), true);
  return new Uint8Array(data.buffer);
}

export const midi = (note: number): number => 440 * Math.pow(2, (note - 69) / 12);

// ---------------------------------------------------------------------------------------
// Mastering: loudness (ITU-R BS.1770 / EBU R128), true peak, a true-peak limiter. Lossy
// encoders overshoot the PCM's peaks, so build.ts also re-measures the encoded files
// with ffmpeg and lowers the ceiling until they stay under -1 dBTP.
// ---------------------------------------------------------------------------------------

/** dB of a linear gain, and back. */
export const toDb = (g: number): number => (g > 0 ? 20 * Math.log10(g) : -Infinity);
export const fromDb = (db: number): number => Math.pow(10, db / 20);

/** The K-weighting filter of BS.1770 (a high shelf then a high pass), coefficients for our rate as libebur128 derives them. */
function kWeighted(buf: Buffer32): Float64Array {
  const out = new Float64Array(buf.length);
  const biquad = (x: ArrayLike<number>, y: Float64Array, b: number[], a: number[]) => {
    let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (let i = 0; i < x.length; i++) {
      const x0 = x[i]!;
      const y0 = b[0]! * x0 + b[1]! * x1 + b[2]! * x2 - a[1]! * y1 - a[2]! * y2;
      x2 = x1; x1 = x0; y2 = y1; y1 = y0;
      y[i] = y0;
    }
  };
  {
    const f0 = 1681.974450955533, G = 3.999843853973347, Q = 0.7071752369554196;
    const K = Math.tan((Math.PI * f0) / SAMPLE_RATE);
    const Vh = Math.pow(10, G / 20);
    const Vb = Math.pow(Vh, 0.4996667741545416);
    const a0 = 1 + K / Q + K * K;
    biquad(buf, out, [(Vh + (Vb * K) / Q + K * K) / a0, (2 * (K * K - Vh)) / a0, (Vh - (Vb * K) / Q + K * K) / a0], [1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0]);
  }
  {
    const f0 = 38.13547087602444, Q = 0.5003270373238773;
    const K = Math.tan((Math.PI * f0) / SAMPLE_RATE);
    const a0 = 1 + K / Q + K * K;
    biquad(out.slice(), out, [1, -2, 1], [1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0]);
  }
  return out;
}

/** Mean-square loudness (LUFS) of each 400 ms block, 100 ms apart (a clip shorter than a block is one zero-padded block). */
function blockLoudness(buf: Buffer32): number[] {
  const k = kWeighted(buf);
  const block = Math.round(0.4 * SAMPLE_RATE);
  const hop = Math.round(0.1 * SAMPLE_RATE);
  const out: number[] = [];
  for (let start = 0; start === 0 || start + block <= k.length; start += hop) {
    let sum = 0;
    for (let i = start; i < Math.min(k.length, start + block); i++) sum += k[i]! * k[i]!;
    out.push(-0.691 + 10 * Math.log10(sum / block + 1e-20));
  }
  return out;
}

/** Integrated loudness (LUFS): 400 ms blocks gated at -70 LUFS, then 10 LU under their mean. */
export function integratedLoudness(buf: Buffer32): number {
  const mean = (ls: number[]) => -0.691 + 10 * Math.log10(ls.reduce((s, l) => s + Math.pow(10, (l + 0.691) / 10), 0) / ls.length);
  const loud = blockLoudness(buf).filter((l) => l > -70);
  if (loud.length === 0) return -Infinity;
  const gate = mean(loud) - 10;
  const kept = loud.filter((l) => l > gate);
  return mean(kept);
}

/** The loudest 400 ms of a clip (momentary maximum, LUFS): how loud a short effect sounds. */
export function momentaryMax(buf: Buffer32): number {
  return Math.max(...blockLoudness(buf));
}

/** 4x oversampling taps (windowed sinc, 12 per phase): inter-sample peaks, as a true-peak meter sees them. */
const OVERSAMPLE = 4;
const TAPS_PER_PHASE = 12;
const PHASES: Float64Array[] = [];
for (let p = 0; p < OVERSAMPLE; p++) {
  const taps = new Float64Array(TAPS_PER_PHASE);
  for (let t = 0; t < TAPS_PER_PHASE; t++) {
    const x = t - TAPS_PER_PHASE / 2 + 1 - p / OVERSAMPLE; // offset from the interpolated point, in samples
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    const w = 0.5 + 0.5 * Math.cos((Math.PI * x) / (TAPS_PER_PHASE / 2)); // Hann
    taps[t] = sinc * w;
  }
  PHASES.push(taps);
}

/** Per sample, the largest magnitude of the signal between it and the next sample (4x oversampled). */
export function truePeaks(buf: Buffer32): Float32Array {
  const out = new Float32Array(buf.length);
  const half = TAPS_PER_PHASE / 2;
  for (let i = 0; i < buf.length; i++) {
    let m = Math.abs(buf[i]!);
    for (let p = 1; p < OVERSAMPLE; p++) {
      const taps = PHASES[p]!;
      let v = 0;
      for (let t = 0; t < TAPS_PER_PHASE; t++) {
        const j = i + t - half + 1;
        if (j >= 0 && j < buf.length) v += buf[j]! * taps[t]!;
      }
      m = Math.max(m, Math.abs(v));
    }
    out[i] = m;
  }
  return out;
}

/** True peak of a clip, dBTP. */
export function truePeakDb(buf: Buffer32): number {
  let m = 0;
  for (const v of truePeaks(buf)) m = Math.max(m, v);
  return toDb(m);
}

/**
 * A look-ahead true-peak limiter: the gain dips smoothly (2 ms ahead, 60 ms release)
 * wherever the 4x oversampled signal would pass `ceilingDb`, and a last scale guarantees
 * the ceiling. Deterministic.
 */
export function limitTruePeak(buf: Buffer32, ceilingDb: number): Buffer32 {
  const ceiling = fromDb(ceilingDb);
  const tp = truePeaks(buf);
  const n = buf.length;
  const need = new Float64Array(n);
  for (let i = 0; i < n; i++) need[i] = tp[i]! > ceiling ? ceiling / tp[i]! : 1;
  const ahead = Math.max(1, Math.round(0.002 * SAMPLE_RATE));
  // Backward: ramp down into each dip over `ahead` samples; forward: recover over the release.
  const g = new Float64Array(n);
  let next = 1;
  for (let i = n - 1; i >= 0; i--) {
    next = Math.min(need[i]!, next + 1 / ahead);
    g[i] = next;
  }
  const release = 1 / (0.06 * SAMPLE_RATE);
  let prev = g[0]!;
  for (let i = 0; i < n; i++) {
    prev = Math.min(g[i]!, prev + release);
    buf[i] = buf[i]! * prev;
  }
  const peak = fromDb(truePeakDb(buf));
  if (peak > ceiling) for (let i = 0; i < n; i++) buf[i] = (buf[i]! * ceiling) / peak;
  return buf;
}

/**
 * Gain to a loudness target (`integrated` for music, the `momentary` maximum for short
 * effects), then the true-peak limiter; twice, since limiting costs a little loudness.
 * `maxLimitDb` bounds how far a peak may be pushed into the limiter (a click is never
 * squashed flat to reach a loudness it does not have).
 */
export function masterLoudness(buf: Buffer32, targetLufs: number, ceilingDb: number, measure: 'integrated' | 'momentary', maxLimitDb = 8): Buffer32 {
  const loudness = measure === 'integrated' ? integratedLoudness : momentaryMax;
  const source = buf.slice();
  const sourcePeakDb = truePeakDb(source);
  let gainDb = targetLufs - loudness(source);
  let out = source;
  for (let pass = 0; pass < 3; pass++) {
    gainDb = Math.min(gainDb, ceilingDb + maxLimitDb - sourcePeakDb);
    out = source.slice();
    const g = fromDb(gainDb);
    for (let i = 0; i < out.length; i++) out[i] = out[i]! * g;
    limitTruePeak(out, ceilingDb);
    gainDb += targetLufs - loudness(out);
  }
  buf.set(out);
  return buf;
}
