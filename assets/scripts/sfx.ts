/**
 * Sound effects, each a small recipe over the synthesiser. All share one audio sprite.
 * Names here are the keys the game plays (src/assets/sfxSprite.ts is generated from them).
 */
import { Rng } from './raster';
import { SAMPLE_RATE, adsr, buffer, fadeEnds, master, noise, tone, type Buffer32 } from './synth';

type Recipe = () => Buffer32;

function gurgle(seed: number, pitch: number, len: number): Buffer32 {
  const rng = new Rng(seed);
  const out = buffer(len);
  // A wet throat: a low buzz whose pitch wobbles, amplitude-modulated by bubbling noise.
  const wobble = rng.range(5, 9);
  const bub = buffer(len);
  noise(bub, rng, 0, len, () => 1, () => 40, 'low');
  const s0 = buffer(len);
  tone(s0, 0, len, 'saw', (t) => pitch * (1 + 0.18 * Math.sin(t * wobble * 6.28) - t * 0.3), (t) => adsr(t, len - 0.12, 0.03, 0.1, 0.7, 0.12));
  const f = { low: 0, band: 0 };
  for (let i = 0; i < out.length; i++) {
    const gate = Math.max(0, Math.min(1, 0.5 + bub[i]! * 30));
    // A resonant band around 500-900 Hz gives the throat.
    const cutoff = 500 + 400 * gate;
    const k = 2 * Math.sin((Math.PI * cutoff) / SAMPLE_RATE);
    f.low += k * f.band;
    const high = s0[i]! * gate - f.low - 0.25 * f.band;
    f.band += k * high;
    out[i] = f.band * 0.6 + f.low * 0.4;
  }
  noise(out, rng, 0, len, (t) => 0.15 * adsr(t, len - 0.1, 0.02, 0.1, 0.6, 0.1), () => 1800, 'band', 1.2);
  return fadeEnds(master(out, 0.8));
}

const recipes: Record<string, Recipe> = {
  gurgle1: () => gurgle(11, 85, 0.7),
  gurgle2: () => gurgle(12, 105, 0.6),
  gurgle3: () => gurgle(13, 70, 0.8),
  gurgle4: () => gurgle(14, 125, 0.5),
  snarl: () => {
    // The telegraph: a rising rasp, sharp attack.
    const rng = new Rng(21);
    const out = buffer(0.45);
    tone(out, 0, 0.45, 'saw', (t) => 140 + t * 260, (t) => adsr(t, 0.3, 0.01, 0.05, 0.8, 0.14) * 0.6);
    noise(out, rng, 0, 0.45, (t) => adsr(t, 0.3, 0.005, 0.05, 0.7, 0.14) * 0.9, (t) => 1200 + t * 2400, 'band', 0.8);
    return fadeEnds(master(out, 0.9));
  },
  sprintStep: () => {
    const rng = new Rng(31);
    const out = buffer(0.12);
    noise(out, rng, 0, 0.12, (t) => Math.exp(-t * 45), () => 900, 'low');
    tone(out, 0, 0.08, 'sine', (t) => 110 - t * 400, (t) => Math.exp(-t * 50) * 0.6);
    return fadeEnds(master(out, 0.7));
  },
  playerStep: () => {
    const rng = new Rng(32);
    const out = buffer(0.09);
    noise(out, rng, 0, 0.09, (t) => Math.exp(-t * 60), () => 2400, 'band', 1.5);
    return fadeEnds(master(out, 0.45));
  },
  wallSlam: () => {
    const rng = new Rng(41);
    const out = buffer(0.55);
    tone(out, 0, 0.5, 'sine', (t) => 70 * Math.exp(-t * 3), (t) => Math.exp(-t * 9));
    noise(out, rng, 0, 0.5, (t) => Math.exp(-t * 14) * 0.8, () => 700, 'low');
    noise(out, rng, 0.02, 0.3, (t) => Math.exp(-t * 20) * 0.3, () => 3000, 'band');
    return fadeEnds(master(out, 0.95));
  },
  doorBash: () => {
    const rng = new Rng(51);
    const out = buffer(0.5);
    tone(out, 0, 0.45, 'triangle', (t) => 95 - t * 40, (t) => Math.exp(-t * 10));
    tone(out, 0, 0.3, 'square', () => 190, (t) => Math.exp(-t * 30) * 0.15);
    noise(out, rng, 0, 0.4, (t) => Math.exp(-t * 16) * 0.7, () => 1400, 'low');
    return fadeEnds(master(out, 0.95));
  },
  doorBreak: () => {
    const rng = new Rng(52);
    const out = buffer(1.1);
    tone(out, 0, 0.6, 'triangle', (t) => 80 - t * 30, (t) => Math.exp(-t * 6));
    // Splinters: a burst of short cracks.
    for (let i = 0; i < 14; i++) {
      const at = 0.02 + rng.range(0, 0.6) * rng.next();
      noise(out, rng, at, 0.06, (t) => Math.exp(-t * 60) * rng.range(0.3, 0.8), () => rng.range(1500, 5000), 'band', 1.5);
    }
    noise(out, rng, 0, 1.0, (t) => Math.exp(-t * 5) * 0.5, () => 600, 'low');
    return fadeEnds(master(out, 0.95));
  },
  doorOpen: () => {
    const rng = new Rng(53);
    const out = buffer(0.5);
    tone(out, 0.02, 0.35, 'saw', (t) => 320 + 180 * Math.sin(t * 9), (t) => adsr(t, 0.25, 0.05, 0.05, 0.3, 0.1) * 0.12);
    noise(out, rng, 0, 0.08, (t) => Math.exp(-t * 50), () => 2500, 'band');
    return fadeEnds(master(out, 0.6));
  },
  doorClose: () => {
    const rng = new Rng(54);
    const out = buffer(0.35);
    tone(out, 0, 0.3, 'sine', (t) => 130 - t * 100, (t) => Math.exp(-t * 20));
    noise(out, rng, 0, 0.2, (t) => Math.exp(-t * 35) * 0.6, () => 1800, 'low');
    tone(out, 0.05, 0.06, 'square', () => 1200, (t) => Math.exp(-t * 80) * 0.1);
    return fadeEnds(master(out, 0.75));
  },
  hissStart: () => {
    const rng = new Rng(61);
    const out = buffer(0.25);
    noise(out, rng, 0, 0.25, (t) => Math.min(1, t / 0.03) * (1 + 0.6 * Math.exp(-t * 20)), (t) => 5200 - t * 4000, 'high');
    return fadeEnds(master(out, 0.8));
  },
  hissLoop: () => {
    const rng = new Rng(62);
    const len = 0.6;
    const out = buffer(len);
    noise(out, rng, 0, len, () => 1, () => 3600, 'high');
    // Crossfade the ends into each other so the loop has no seam.
    const n = Math.round(0.05 * SAMPLE_RATE);
    for (let i = 0; i < n; i++) {
      const k = i / n;
      out[i] = out[i]! * k + out[out.length - n + i]! * (1 - k);
    }
    return master(out.subarray(0, out.length - n).slice(), 0.7);
  },
  hissStop: () => {
    const rng = new Rng(63);
    const out = buffer(0.3);
    noise(out, rng, 0, 0.3, (t) => Math.exp(-t * 14), (t) => 3600 - t * 6000, 'high');
    return fadeEnds(master(out, 0.6));
  },
  sputter: () => {
    const rng = new Rng(64);
    const out = buffer(0.7);
    for (let i = 0; i < 6; i++) {
      const at = i * 0.1 + rng.range(0, 0.03);
      noise(out, rng, at, 0.07, (t) => Math.exp(-t * 35) * (1 - i * 0.12), () => 3000, 'high');
    }
    tone(out, 0, 0.6, 'sine', () => 60, (t) => Math.exp(-t * 8) * 0.2);
    return fadeEnds(master(out, 0.7));
  },
  grab: () => {
    const rng = new Rng(71);
    const out = buffer(0.8);
    // Cloth tearing, a thud, a strained breath.
    noise(out, rng, 0, 0.35, (t) => adsr(t, 0.25, 0.01, 0.05, 0.8, 0.1) * 0.7, (t) => 2500 + 1500 * Math.sin(t * 60), 'band', 1.4);
    tone(out, 0, 0.3, 'sine', (t) => 90 - t * 80, (t) => Math.exp(-t * 15));
    noise(out, rng, 0.35, 0.45, (t) => adsr(t, 0.3, 0.05, 0.1, 0.6, 0.15) * 0.4, () => 1100, 'band', 2.5);
    return fadeEnds(master(out, 0.9));
  },
  phoneBuzz: () => {
    const out = buffer(0.7);
    for (const at of [0, 0.35]) {
      tone(out, at, 0.25, 'square', () => 150, (t) => adsr(t, 0.22, 0.005, 0.02, 0.9, 0.02) * 0.4);
      tone(out, at, 0.25, 'sine', () => 300, (t) => adsr(t, 0.22, 0.005, 0.02, 0.9, 0.02) * 0.3);
    }
    return fadeEnds(master(out, 0.7));
  },
  uiClick: () => {
    const out = buffer(0.06);
    tone(out, 0, 0.06, 'square', () => 1400, (t) => Math.exp(-t * 90) * 0.5);
    tone(out, 0, 0.06, 'sine', () => 2800, (t) => Math.exp(-t * 120) * 0.4);
    return fadeEnds(master(out, 0.5));
  },
  uiBack: () => {
    const out = buffer(0.1);
    tone(out, 0, 0.1, 'triangle', (t) => 900 - t * 4000, (t) => Math.exp(-t * 40) * 0.6);
    return fadeEnds(master(out, 0.5));
  },
  trayClatter: () => {
    const rng = new Rng(81);
    const out = buffer(0.9);
    for (let i = 0; i < 5; i++) {
      const at = i * 0.11 * (1 - i * 0.1);
      const f = rng.range(1800, 3200);
      tone(out, at, 0.3, 'square', () => f, (t) => Math.exp(-t * 25) * 0.12 * (1 - i * 0.15));
      tone(out, at, 0.3, 'sine', () => f * 1.51, (t) => Math.exp(-t * 18) * 0.25 * (1 - i * 0.15));
      noise(out, rng, at, 0.05, (t) => Math.exp(-t * 80) * 0.5, () => 4000, 'high');
    }
    return fadeEnds(master(out, 0.8));
  },
  vending: () => {
    const rng = new Rng(91);
    const out = buffer(1.4);
    // Motor whirr, then a can falling and thunking.
    tone(out, 0, 0.8, 'saw', () => 55, (t) => adsr(t, 0.6, 0.05, 0.1, 0.7, 0.15) * 0.35);
    noise(out, rng, 0, 0.8, (t) => adsr(t, 0.6, 0.05, 0.1, 0.7, 0.15) * 0.2, () => 400, 'band');
    tone(out, 0.85, 0.3, 'sine', (t) => 160 - t * 200, (t) => Math.exp(-t * 18));
    noise(out, rng, 0.85, 0.2, (t) => Math.exp(-t * 30) * 0.6, () => 2000, 'band');
    tone(out, 1.05, 0.25, 'sine', (t) => 130 - t * 150, (t) => Math.exp(-t * 25) * 0.6);
    return fadeEnds(master(out, 0.9));
  },
  cheer: () => {
    // A broken cheer: two shrill syllables through a wet throat, then pom-pom rustle.
    const rng = new Rng(101);
    const out = buffer(1.0);
    for (const [at, f] of [[0, 520], [0.3, 660]] as const) {
      tone(out, at, 0.25, 'saw', (t) => f + 40 * Math.sin(t * 40), (t) => adsr(t, 0.18, 0.01, 0.04, 0.8, 0.06) * 0.35);
      noise(out, rng, at, 0.25, (t) => adsr(t, 0.18, 0.01, 0.04, 0.8, 0.06) * 0.4, () => f * 3, 'band', 1.2);
    }
    noise(out, rng, 0.6, 0.4, (t) => (0.5 + 0.5 * Math.sin(t * 70)) * Math.exp(-t * 5) * 0.5, () => 6000, 'high');
    return fadeEnds(master(out, 0.9));
  },
};

export const SFX_NAMES = Object.keys(recipes);

/** Builds every effect; `loop` marks sprites that Howler should loop. */
export function buildSfx(): { name: string; samples: Buffer32; loop: boolean }[] {
  return SFX_NAMES.map((name) => ({ name, samples: recipes[name]!(), loop: name === 'hissLoop' }));
}
