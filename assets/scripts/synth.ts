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
