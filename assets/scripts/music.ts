/**
 * Music composed in code: a K-pop-flavoured safe-room loop, an eerie exploration bed, a
 * detection stinger, and two chase percussion stems at the same tempo and length so the
 * game can crossfade them with the director's intensity.
 */
import { Rng } from './raster';
import { SAMPLE_RATE, adsr, buffer, fadeEnds, master, midi, noise, tone, type Buffer32 } from './synth';

function kick(out: Buffer32, at: number, gain = 1): void {
  tone(out, at, 0.3, 'sine', (t) => 45 + 110 * Math.exp(-t * 30), (t) => Math.exp(-t * 12) * gain);
}
function snare(out: Buffer32, rng: Rng, at: number, gain = 1): void {
  tone(out, at, 0.15, 'triangle', () => 190, (t) => Math.exp(-t * 30) * 0.4 * gain);
  noise(out, rng, at, 0.2, (t) => Math.exp(-t * 22) * 0.6 * gain, () => 3500, 'band', 0.9);
}
function clap(out: Buffer32, rng: Rng, at: number, gain = 1): void {
  for (const d of [0, 0.012, 0.024]) noise(out, rng, at + d, 0.12, (t) => Math.exp(-t * 35) * 0.45 * gain, () => 1600, 'band', 1.3);
}
function hat(out: Buffer32, rng: Rng, at: number, gain = 1, open = false): void {
  noise(out, rng, at, open ? 0.2 : 0.05, (t) => Math.exp(-t * (open ? 15 : 70)) * 0.3 * gain, () => 7000, 'high');
}
function tom(out: Buffer32, at: number, f: number, gain = 1): void {
  tone(out, at, 0.35, 'sine', (t) => f * (1 + 0.5 * Math.exp(-t * 25)), (t) => Math.exp(-t * 9) * gain);
}

/** Safe room: 126 bpm, Am-F-C-G, bouncy octave bass, bright plucks, a hook on top. */
export function safeRoomTheme(): Buffer32 {
  const bpm = 126;
  const beat = 60 / bpm;
  const bars = 8;
  const out = buffer(bars * 4 * beat);
  const rng = new Rng(7);
  const chords = [[57, 60, 64], [53, 57, 60], [48, 52, 55], [55, 59, 62]];
  const roots = [45, 41, 48, 43];
  const hook = [76, 74, 72, 74, 76, 79, 76, -1, 72, 74, 76, 72, 71, 72, 74, -1];
  for (let bar = 0; bar < bars; bar++) {
    const t0 = bar * 4 * beat;
    const c = bar % 4;
    for (let b = 0; b < 4; b++) {
      kick(out, t0 + b * beat, 0.9);
      if (b % 2 === 1) clap(out, rng, t0 + b * beat);
      hat(out, rng, t0 + b * beat + beat / 2, 0.8, b === 3);
    }
    // Octave-bouncing bass in eighths.
    for (let e = 0; e < 8; e++) {
      const n = roots[c]! + (e % 2 ? 12 : 0);
      tone(out, t0 + e * beat / 2, beat / 2, 'square', () => midi(n), (t) => adsr(t, beat / 2 - 0.05, 0.005, 0.08, 0.5, 0.04) * 0.16);
    }
    // Off-beat chord stabs.
    for (let e = 1; e < 8; e += 2) {
      for (const n of chords[c]!) {
        tone(out, t0 + e * beat / 2, 0.2, 'saw', () => midi(n + 12), (t) => Math.exp(-t * 14) * 0.06);
        tone(out, t0 + e * beat / 2, 0.2, 'saw', () => midi(n + 12) * 1.006, (t) => Math.exp(-t * 14) * 0.05);
      }
    }
    // Hook in the second half of the loop.
    if (bar >= 4) {
      for (let e = 0; e < 8; e++) {
        const n = hook[((bar - 4) % 2) * 8 + e]!;
        if (n < 0) continue;
        tone(out, t0 + e * beat / 2, beat / 2 * 0.9, 'triangle', (t) => midi(n) * (1 + 0.004 * Math.sin(t * 30)), (t) => adsr(t, beat / 2 * 0.7, 0.01, 0.05, 0.7, 0.05) * 0.22);
      }
    }
  }
  return master(out, 0.85);
}

/** Exploration: slow detuned drones, a filtered wind, a distant two-note motif. */
export function exploreBed(): Buffer32 {
  const len = 16;
  const out = buffer(len);
  const rng = new Rng(8);
  const swell = (t: number) => 0.5 - 0.5 * Math.cos((t / len) * Math.PI * 2);
  for (const [n, g] of [[38, 0.22], [45, 0.12], [50.1, 0.08]] as const) {
    tone(out, 0, len, 'saw', (t) => midi(n) * (1 + 0.003 * Math.sin(t * 0.7)), (t) => g * (0.6 + 0.4 * swell(t)));
  }
  // Soften the saws: one-pole low-pass.
  let y = 0;
  for (let i = 0; i < out.length; i++) {
    y += (out[i]! - y) * 0.06;
    out[i] = y;
  }
  noise(out, rng, 0, len, (t) => 0.25 * (0.3 + 0.7 * swell(t)), (t) => 500 + 300 * Math.sin(t * 0.8), 'band', 1.5);
  for (const [at, n] of [[3, 75], [3.6, 74], [11, 75], [11.6, 70]] as const) {
    tone(out, at, 1.6, 'sine', () => midi(n), (t) => adsr(t, 0.3, 0.01, 0.2, 0.4, 1.2) * 0.12);
    tone(out, at + 0.25, 1.6, 'sine', () => midi(n), (t) => adsr(t, 0.3, 0.01, 0.2, 0.4, 1.2) * 0.04);
  }
  // Loop seam: fade the last and first 0.3 s into each other.
  const n = Math.round(0.3 * SAMPLE_RATE);
  for (let i = 0; i < n; i++) {
    const k = i / n;
    out[i] = out[i]! * k + out[out.length - n + i]! * (1 - k);
  }
  return master(out.slice(0, out.length - n), 0.7);
}

/** Detection stinger: a dissonant stab, a falling scrape, a heartbeat. */
export function stinger(): Buffer32 {
  const out = buffer(2.2);
  const rng = new Rng(9);
  for (const n of [50, 51, 56, 62]) tone(out, 0, 1.4, 'saw', () => midi(n), (t) => Math.exp(-t * 2.5) * 0.14);
  noise(out, rng, 0, 1.5, (t) => Math.exp(-t * 2) * 0.5, (t) => 4000 * Math.exp(-t * 2) + 300, 'band', 1.5);
  kick(out, 0, 1.2);
  kick(out, 1.2, 0.6);
  kick(out, 1.45, 0.5);
  // A one-shot, not a loop: a 4 ms fade-in softens the onset the encoders ring on.
  return fadeEnds(master(out, 0.9));
}

const CHASE_BPM = 140;
const CHASE_BARS = 4;

/** Chase, low stem: four-on-the-floor kick, toms and a pulsing sub. */
export function chaseLow(): Buffer32 {
  const beat = 60 / CHASE_BPM;
  const out = buffer(CHASE_BARS * 4 * beat);
  for (let bar = 0; bar < CHASE_BARS; bar++) {
    const t0 = bar * 4 * beat;
    for (let b = 0; b < 4; b++) kick(out, t0 + b * beat, 1);
    for (let e = 0; e < 16; e++) {
      tone(out, t0 + (e * beat) / 4, beat / 4, 'triangle', () => midi(bar % 2 ? 33 : 31), (t) => adsr(t, beat / 4 - 0.03, 0.002, 0.05, 0.4, 0.02) * 0.35);
    }
    if (bar % 2 === 1) for (let k = 0; k < 4; k++) tom(out, t0 + 3 * beat + (k * beat) / 4, 140 - k * 20, 0.6);
  }
  return master(out, 0.85);
}

/** Chase, high stem: sixteenth hats, backbeat snare, a metallic scrape line. */
export function chaseHigh(): Buffer32 {
  const beat = 60 / CHASE_BPM;
  const out = buffer(CHASE_BARS * 4 * beat);
  const rng = new Rng(10);
  for (let bar = 0; bar < CHASE_BARS; bar++) {
    const t0 = bar * 4 * beat;
    for (let e = 0; e < 16; e++) hat(out, rng, t0 + (e * beat) / 4, e % 4 === 2 ? 1 : 0.5);
    snare(out, rng, t0 + beat);
    snare(out, rng, t0 + 3 * beat);
    if (bar === CHASE_BARS - 1) for (let k = 0; k < 4; k++) snare(out, rng, t0 + 3 * beat + (k * beat) / 4, 0.5 + k * 0.15);
    for (const [e, n] of [[0, 74], [3, 75], [6, 74], [10, 80]] as const) {
      tone(out, t0 + (e * beat) / 4, 0.18, 'square', () => midi(n), (t) => Math.exp(-t * 14) * 0.07);
    }
  }
  return master(out, 0.8);
}

export function buildMusic(): { name: string; samples: Buffer32 }[] {
  return [
    { name: 'safeRoom', samples: safeRoomTheme() },
    { name: 'explore', samples: exploreBed() },
    { name: 'stinger', samples: stinger() },
    { name: 'chaseLow', samples: chaseLow() },
    { name: 'chaseHigh', samples: chaseHigh() },
  ];
}
