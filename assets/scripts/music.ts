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

// ---------------------------------------------------------------------------------------
// Chapter beds (chapters 2-4). Each is one long loop (over 60 s) whose events fall at
// seeded, irregular times and whose harmony moves through sections, so a five-minute
// chapter does not hear the same bar over and over. `sections` name where each part starts.
// ---------------------------------------------------------------------------------------

/** A named part of a track and where it starts (seconds), for the structure report. */
export interface Section {
  name: string;
  start: number;
}

/** A rendered track and, where it has any, its sections. */
export interface Track {
  name: string;
  samples: Buffer32;
  sections?: Section[];
}

/** Fades the last `seconds` into the first and drops them, so the loop has no seam. */
function loopSeam(out: Buffer32, seconds: number): Buffer32 {
  const n = Math.round(seconds * SAMPLE_RATE);
  for (let i = 0; i < n; i++) {
    const k = i / n;
    out[i] = out[i]! * k + out[out.length - n + i]! * (1 - k);
  }
  return out.slice(0, out.length - n);
}

/** One-pole low-pass in place (coefficient 0..1: smaller is darker). */
function lowpass(buf: Buffer32, k: number): void {
  let y = 0;
  for (let i = 0; i < buf.length; i++) {
    y += (buf[i]! - y) * k;
    buf[i] = y;
  }
}

/** A held drone chord under a section: detuned saws, darkened, swelling in and out. */
function droneChord(out: Buffer32, start: number, len: number, notes: readonly number[], gain: number, fade = 3): void {
  const part = buffer(len + fade);
  for (const n of notes) {
    for (const det of [1, 1.004]) {
      tone(part, 0, len + fade, 'saw', (t) => midi(n) * det * (1 + 0.002 * Math.sin(t * 0.5)), (t) => gain * Math.min(1, t / fade) * Math.min(1, (len + fade - t) / fade));
    }
  }
  lowpass(part, 0.04);
  for (let i = 0; i < part.length; i++) {
    const j = Math.round(start * SAMPLE_RATE) + i;
    if (j < out.length) out[j]! += part[i]!;
  }
}

/** A soft sine motif note with an echo a quarter second behind. */
function motifNote(out: Buffer32, at: number, n: number, gain: number, len = 1.6): void {
  tone(out, at, len, 'sine', () => midi(n), (t) => adsr(t, len * 0.2, 0.01, 0.2, 0.4, len * 0.75) * gain);
  tone(out, at + 0.25, len, 'sine', () => midi(n), (t) => adsr(t, len * 0.2, 0.01, 0.2, 0.4, len * 0.75) * gain * 0.35);
  tone(out, at + 0.5, len, 'sine', () => midi(n), (t) => adsr(t, len * 0.2, 0.01, 0.2, 0.4, len * 0.75) * gain * 0.12);
}

const BED_SECTION = 16;

/**
 * The cafeteria (chapter 2): the kitchen's mains hum and a fridge compressor that cycles
 * on and off, the vending machine's flickering buzz, a slow drone moving through four
 * chords (16 s each), a music-box motif that changes per section, and far-off clatter.
 */
export function exploreCafeteria(): Track {
  const names = ['hum', 'buzz', 'drift', 'return'];
  const chords = [[38, 45, 50], [34, 41, 46], [31, 38, 43], [33, 40, 45]];
  const motifs = [[74, 72, 69], [70, 69, 65, 67], [67, 70, 69], [69, 72, 74, 73]];
  const len = names.length * BED_SECTION + 0.6;
  const out = buffer(len);
  const rng = new Rng(21);
  // Kitchen hum: 60 Hz mains and its harmonics, always there, breathing slightly.
  for (const [f, g] of [[60, 0.05], [120, 0.035], [180, 0.015], [240, 0.008]] as const) {
    tone(out, 0, len, 'sine', () => f, (t) => g * (0.85 + 0.15 * Math.sin(t * 0.31 + f)));
  }
  // The fridge compressor: on for a while, off for a while, at seeded times.
  for (let t = rng.range(1, 4); t < len - 6; ) {
    const on = rng.range(9, 16);
    const l = Math.min(on, len - t - 0.5);
    tone(out, t, l, 'saw', () => 49, (tt) => 0.05 * Math.min(1, tt / 1.5) * Math.min(1, (l - tt) / 1.5));
    noise(out, rng, t, l, (tt) => 0.05 * Math.min(1, tt / 1.5) * Math.min(1, (l - tt) / 1.5), () => 300, 'band', 1.2);
    t += on + rng.range(5, 10);
  }
  // The vending machine's light: a 120 Hz buzz rich in harmonics that flickers now and then.
  const flickers: [number, number][] = [];
  for (let t = rng.range(2, 6); t < len - 2; t += rng.range(5, 13)) flickers.push([t, rng.range(0.3, 1.4)]);
  const flick = (t: number) => {
    for (const [a, l] of flickers) if (t >= a && t < a + l) return 0.3 + 0.7 * Math.abs(Math.sin((t - a) * 47));
    return 1;
  };
  tone(out, 0, len, 'square', () => 120, (t) => 0.006 * flick(t));
  noise(out, rng, 0, len, (t) => 0.03 * flick(t), () => 2400, 'band', 0.15);
  const sections: Section[] = [];
  for (let s = 0; s < names.length; s++) {
    const t0 = s * BED_SECTION;
    sections.push({ name: names[s]!, start: t0 });
    droneChord(out, t0, BED_SECTION, chords[s]!, 0.07);
    // The motif: one phrase per section, at a seeded moment, notes a little apart.
    let at = t0 + rng.range(3, 6);
    for (const n of motifs[s]!) {
      motifNote(out, at, n, 0.09);
      at += rng.range(0.6, 1.1);
    }
    // Far-off clatter: a tray or a pan somewhere in the kitchen.
    const clatters = 1 + rng.int(2);
    for (let c = 0; c < clatters; c++) {
      const a = t0 + rng.range(8, 15);
      const f = rng.range(1500, 2600);
      tone(out, a, 0.5, 'sine', () => f, (t) => Math.exp(-t * 9) * 0.03);
      tone(out, a, 0.5, 'sine', () => f * 1.47, (t) => Math.exp(-t * 12) * 0.02);
      noise(out, rng, a, 0.05, (t) => Math.exp(-t * 60) * 0.05, () => 3000, 'band');
    }
  }
  // A dripping tap in the kitchen: drops at seeded, uneven gaps.
  for (let t = rng.range(0.5, 2); t < len - 1; t += rng.range(1.8, 4.5)) {
    const f = rng.range(900, 1300);
    tone(out, t, 0.12, 'sine', (tt) => f + tt * 3000, (tt) => Math.exp(-tt * 40) * 0.04);
  }
  return { name: 'exploreCafeteria', samples: master(loopSeam(out, 0.6), 0.7), sections };
}

/**
 * The closet (chapter 3): near silence. A faint room tone, a sub drone that is felt more
 * than heard, the building's creaks and a far-off knock at seeded times, and every so
 * often two high sines a little out of tune with each other. Mastered quieter than the
 * other beds (loudness.ts), so the door's scratches and the player's breath are the loudest things.
 */
export function exploreCloset(): Track {
  const names = ['still', 'creak', 'breath', 'wait'];
  const subs = [31, 30, 29, 31];
  const len = names.length * BED_SECTION + 0.8;
  const out = buffer(len);
  const rng = new Rng(22);
  noise(out, rng, 0, len, (t) => 0.02 * (0.8 + 0.2 * Math.sin(t * 0.13)), () => 220, 'low');
  const sections: Section[] = [];
  for (let s = 0; s < names.length; s++) {
    const t0 = s * BED_SECTION;
    sections.push({ name: names[s]!, start: t0 });
    const fade = 4;
    tone(out, t0, BED_SECTION + fade, 'sine', () => midi(subs[s]!), (t) => 0.12 * Math.min(1, t / fade) * Math.min(1, (BED_SECTION + fade - t) / fade));
    // Creaks: a slow, rough pitch bend in wood.
    for (let c = 0; c < 1 + rng.int(2); c++) {
      const a = t0 + rng.range(1, 14);
      const f = rng.range(180, 320);
      const l = rng.range(0.4, 0.9);
      tone(out, a, l, 'saw', (t) => f + 40 * Math.sin(t * 7), (t) => adsr(t, l - 0.2, 0.1, 0.1, 0.6, 0.2) * 0.025 * (0.5 + 0.5 * Math.sin(t * 140)));
    }
    // Out-of-tune high pair, once in most sections.
    if (s !== 1) {
      const a = t0 + rng.range(3, 10);
      const n = 84 + rng.int(4);
      tone(out, a, 5, 'sine', () => midi(n), (t) => adsr(t, 3, 1.5, 0.5, 0.8, 2) * 0.02);
      tone(out, a + 0.4, 5, 'sine', () => midi(n) * 1.03, (t) => adsr(t, 3, 1.5, 0.5, 0.8, 2) * 0.015);
    }
    // A far-off knock (something in the corridor), twice or three times, dull.
    if (s === 2 || s === 3) {
      const a = t0 + rng.range(6, 12);
      for (let k = 0; k < 2 + rng.int(2); k++) tone(out, a + k * rng.range(0.4, 0.7), 0.3, 'sine', (t) => 75 - t * 60, (t) => Math.exp(-t * 14) * 0.18);
    }
  }
  return { name: 'exploreCloset', samples: master(loopSeam(out, 0.8), 0.5), sections };
}

/**
 * The rooftop (chapter 4): wind in gusts, sirens rising and falling far off across the
 * city, the city's low rumble and an odd horn, under a tense drone that climbs a step each
 * section (16 s) with a slow pulse that quickens.
 */
export function exploreRooftop(): Track {
  const names = ['wind', 'sirens', 'city', 'climb'];
  const chords = [[40, 47], [41, 48], [43, 50], [44, 51]];
  const len = names.length * BED_SECTION + 0.8;
  const out = buffer(len);
  const rng = new Rng(23);
  // Wind: band noise whose level and colour follow slow, seeded gusts.
  const gusts: [number, number, number][] = [];
  for (let t = 0; t < len; t += rng.range(3, 7)) gusts.push([t, rng.range(1.5, 4), rng.range(0.4, 1)]);
  const gust = (t: number) => gusts.reduce((g, [a, w, h]) => g + h * Math.exp(-Math.pow((t - a) / w, 2)), 0.3);
  noise(out, rng, 0, len, (t) => 0.12 * Math.min(1.6, gust(t)), (t) => 350 + 500 * Math.min(1.5, gust(t)), 'band', 1.1);
  noise(out, rng, 0, len, (t) => 0.05 * Math.min(1.6, gust(t)), () => 2800, 'high');
  // The city: a low rumble, always.
  noise(out, rng, 0, len, (t) => 0.1 * (0.8 + 0.2 * Math.sin(t * 0.21)), () => 90, 'low');
  const sections: Section[] = [];
  for (let s = 0; s < names.length; s++) {
    const t0 = s * BED_SECTION;
    sections.push({ name: names[s]!, start: t0 });
    droneChord(out, t0, BED_SECTION, chords[s]!, 0.06);
    // The pulse: a soft low thump, quicker each section.
    const gap = [2, 1.6, 1.3, 1][s]!;
    for (let t = t0; t < t0 + BED_SECTION; t += gap) tone(out, t, 0.4, 'sine', (tt) => 50 + 30 * Math.exp(-tt * 20), (tt) => Math.exp(-tt * 9) * 0.12);
    // Sirens: one or two far off, each a slow wail (rise and fall), muffled by distance.
    const sirens = s === 1 ? 2 : 1;
    for (let k = 0; k < sirens; k++) {
      const a = t0 + rng.range(0.5, 7);
      const l = rng.range(6, 9);
      const lo = rng.range(560, 660);
      const period = rng.range(2.2, 3.2);
      const siren = buffer(l);
      tone(siren, 0, l, 'triangle', (t) => lo + 500 * (0.5 - 0.5 * Math.cos((t / period) * Math.PI * 2)), (t) => 0.05 * Math.min(1, t / 2) * Math.min(1, (l - t) / 2));
      lowpass(siren, 0.25);
      for (let i = 0; i < siren.length; i++) {
        const j = Math.round(a * SAMPLE_RATE) + i;
        if (j < out.length) out[j]! += siren[i]!;
      }
    }
    // A car horn far away, or a dog, in the city sections.
    if (s >= 2) {
      const a = t0 + rng.range(4, 13);
      for (const d of [0, 0.35]) tone(out, a + d, 0.25, 'square', () => 415, (t) => adsr(t, 0.2, 0.01, 0.02, 0.9, 0.05) * 0.008);
    }
  }
  return { name: 'exploreRooftop', samples: master(loopSeam(out, 0.8), 0.7), sections };
}

export function buildMusic(): Track[] {
  return [
    { name: 'safeRoom', samples: safeRoomTheme() },
    { name: 'explore', samples: exploreBed() },
    { name: 'stinger', samples: stinger() },
    { name: 'chaseLow', samples: chaseLow() },
    { name: 'chaseHigh', samples: chaseHigh() },
    exploreCafeteria(),
    exploreCloset(),
    exploreRooftop(),
  ];
}
