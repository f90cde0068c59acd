/**
 * Music composed in code: a K-pop-flavoured safe-room song (about 2 minutes, in sections),
 * an eerie exploration bed per chapter (64 s each), a detection stinger, and two chase
 * percussion stems (34 s) at the same tempo and length so the game can crossfade them
 * with the director's intensity.
 */
import { Rng } from './raster';
import { SAMPLE_RATE, adsr, buffer, fadeEnds, master, midi, mixInto, noise, tone, type Buffer32 } from './synth';

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

// ---------------------------------------------------------------------------------------
// The safe-room song: an upbeat K-pop-flavoured track for the interludes and the dance,
// 126 bpm, 62 bars (about 118 s): intro, verse, pre-chorus, chorus, verse, pre-chorus,
// chorus, a half-time bridge, the last chorus a whole tone up (the key change), outro.
// ---------------------------------------------------------------------------------------

const SONG_BPM = 126;

/** A chord by its root (MIDI) and triad quality. */
type Chord = { root: number; minor: boolean };
const C = (root: number, minor = false): Chord => ({ root, minor });
const triad = (c: Chord): number[] => [c.root, c.root + (c.minor ? 3 : 4), c.root + 7];

/** A melody bar: [MIDI note or -1 for a rest, length in eighths], eight eighths in all. */
type Bar = readonly (readonly [number, number])[];

type Groove = 'intro' | 'verse' | 'pre' | 'chorus' | 'bridge' | 'outro';

interface SongSection {
  name: string;
  groove: Groove;
  chords: Chord[];
  melody: Bar[];
  /** Semitones up (the last chorus's key change). */
  shift?: number;
}

const VERSE_CHORDS = [C(57, true), C(53), C(48), C(55)]; // Am F C G
const PRE_CHORDS = [C(50, true), C(52, true), C(53), C(55)]; // Dm Em F G
const CHORUS_CHORDS = [C(53), C(55), C(52, true), C(57, true)]; // F G Em Am
const BRIDGE_CHORDS = [C(50, true), C(57, true), C(53), C(55)]; // Dm Am F G

const VERSE_A: Bar[] = [
  [[69, 1], [72, 1], [72, 1], [71, 1], [69, 2], [-1, 2]],
  [[69, 1], [72, 1], [74, 1], [72, 1], [69, 2], [65, 2]],
  [[67, 1], [67, 1], [69, 1], [72, 1], [-1, 1], [72, 1], [71, 1], [72, 1]],
  [[74, 3], [71, 1], [67, 2], [-1, 2]],
];
const VERSE_B: Bar[] = [
  [[69, 1], [72, 1], [72, 1], [71, 1], [69, 1], [67, 1], [69, 2]],
  [[65, 1], [69, 1], [72, 1], [74, 1], [76, 2], [74, 2]],
  [[72, 1], [71, 1], [69, 1], [67, 1], [-1, 1], [67, 1], [69, 1], [72, 1]],
  [[74, 2], [76, 2], [74, 2], [71, 2]],
];
const PRE: Bar[] = [
  [[74, 2], [72, 1], [74, 1], [77, 2], [74, 2]],
  [[76, 2], [74, 1], [76, 1], [79, 2], [76, 2]],
  [[77, 2], [76, 1], [77, 1], [81, 2], [77, 2]],
  [[79, 4], [83, 2], [-1, 2]],
];
const CHORUS: Bar[] = [
  [[81, 2], [79, 1], [77, 1], [76, 2], [77, 1], [79, 1]],
  [[79, 3], [76, 1], [74, 2], [-1, 2]],
  [[76, 1], [79, 1], [83, 2], [81, 1], [79, 1], [76, 2]],
  [[76, 4], [-1, 2], [72, 1], [74, 1]],
  [[81, 2], [79, 1], [77, 1], [76, 2], [77, 1], [79, 1]],
  [[79, 2], [81, 2], [83, 2], [84, 2]],
  [[83, 2], [81, 1], [79, 1], [76, 2], [79, 2]],
  [[81, 6], [-1, 2]],
];
const BRIDGE: Bar[] = [
  [[77, 4], [76, 4]],
  [[72, 8]],
  [[74, 4], [72, 4]],
  [[71, 8]],
  [[77, 4], [79, 4]],
  [[81, 8]],
  [[79, 4], [77, 4]],
  [[79, 2], [81, 2], [83, 2], [86, 2]],
];
const INTRO: Bar[] = [
  [[-1, 8]],
  [[-1, 8]],
  [[76, 1], [79, 1], [83, 2], [81, 1], [79, 1], [76, 2]],
  [[76, 4], [-1, 4]],
];
const OUTRO: Bar[] = [[[81, 2], [79, 1], [77, 1], [76, 4]], [[69, 8]]];

const twice = <T>(xs: T[]): T[] => [...xs, ...xs];

export const SONG_SECTIONS: SongSection[] = [
  { name: 'intro', groove: 'intro', chords: CHORUS_CHORDS, melody: INTRO },
  { name: 'verse', groove: 'verse', chords: twice(VERSE_CHORDS), melody: [...VERSE_A, ...VERSE_B] },
  { name: 'pre-chorus', groove: 'pre', chords: PRE_CHORDS, melody: PRE },
  { name: 'chorus', groove: 'chorus', chords: twice(CHORUS_CHORDS), melody: CHORUS },
  { name: 'verse 2', groove: 'verse', chords: twice(VERSE_CHORDS), melody: [...VERSE_B, ...VERSE_A] },
  { name: 'pre-chorus 2', groove: 'pre', chords: PRE_CHORDS, melody: PRE },
  { name: 'chorus 2', groove: 'chorus', chords: twice(CHORUS_CHORDS), melody: CHORUS },
  { name: 'bridge', groove: 'bridge', chords: twice(BRIDGE_CHORDS), melody: BRIDGE },
  { name: 'last chorus', groove: 'chorus', chords: twice(CHORUS_CHORDS), melody: CHORUS, shift: 2 },
  { name: 'outro', groove: 'outro', chords: [C(53), C(57, true)], melody: OUTRO },
];

/** The lead "voice": a square and a triangle with vibrato that grows on long notes, a little glide in. */
function leadNote(out: Buffer32, at: number, len: number, n: number, gain: number): void {
  const f = midi(n);
  const env = (t: number) => adsr(t, len * 0.92, 0.012, 0.08, 0.75, 0.06) * gain;
  const pitch = (t: number) => f * (1 - 0.02 * Math.exp(-t * 40)) * (1 + 0.006 * Math.min(1, t / 0.3) * Math.sin(t * 33));
  tone(out, at, len + 0.08, 'triangle', pitch, env);
  tone(out, at, len + 0.08, 'square', pitch, (t) => env(t) * 0.18);
  // A quiet doubling an octave up: the sheen of a produced vocal line.
  tone(out, at, len + 0.08, 'sine', (t) => pitch(t) * 2, (t) => env(t) * 0.12);
}

/** Sweet chime plucks on the chord tones (sixteenths), the bright part of the verse. */
function arp(out: Buffer32, t0: number, beat: number, c: Chord, shift: number, gain: number): void {
  const notes = triad(c).map((n) => n + 12 + shift);
  const pattern = [0, 1, 2, 1, 0, 2, 1, 2, 0, 1, 2, 1, 0, 2, 1, 2];
  for (let i = 0; i < 16; i++) {
    const n = notes[pattern[i]!]! + (i % 8 === 7 ? 12 : 0);
    tone(out, t0 + (i * beat) / 4, 0.22, 'sine', () => midi(n), (t) => Math.exp(-t * 18) * gain);
    tone(out, t0 + (i * beat) / 4, 0.1, 'triangle', () => midi(n) * 2, (t) => Math.exp(-t * 40) * gain * 0.3);
  }
}

/** A soft pad: the triad held for the bar, detuned saws, darkened. */
function pad(out: Buffer32, t0: number, len: number, c: Chord, shift: number, gain: number): void {
  const part = buffer(len + 0.3);
  for (const n of triad(c)) {
    for (const det of [0.997, 1.003]) tone(part, 0, len + 0.3, 'saw', () => midi(n + 12 + shift) * det, (t) => adsr(t, len, 0.15, 0.2, 0.8, 0.3) * gain);
  }
  lowpass(part, 0.12);
  mixInto(out, part, t0);
}

function snareRoll(out: Buffer32, rng: Rng, t0: number, beat: number, beats: number): void {
  const hits = beats * 4;
  for (let k = 0; k < hits; k++) snare(out, rng, t0 + (k * beat) / 4, 0.25 + (0.55 * k) / hits);
}

/** Safe room: the full song (SONG_SECTIONS), with its sections for the structure report. */
export function safeRoomSong(): Track {
  const beat = 60 / SONG_BPM;
  const barLen = 4 * beat;
  const totalBars = SONG_SECTIONS.reduce((n, sec) => n + sec.chords.length, 0);
  const out = buffer(totalBars * barLen + 1.5);
  const rng = new Rng(7);
  const sections: Section[] = [];
  let bar = 0;
  for (const sec of SONG_SECTIONS) {
    sections.push({ name: sec.name, start: bar * barLen });
    const shift = sec.shift ?? 0;
    const g = sec.groove;
    const bars = sec.chords.length;
    for (let b = 0; b < bars; b++, bar++) {
      const t0 = bar * barLen;
      const c = sec.chords[b]!;
      const last = b === bars - 1;
      const root = c.root - 12 + shift;
      // Drums.
      for (let q = 0; q < 4; q++) {
        const tq = t0 + q * beat;
        if (g === 'chorus' || g === 'pre') kick(out, tq, 0.9);
        else if (g === 'verse' && (q === 0 || q === 2)) kick(out, tq, 0.85);
        else if ((g === 'bridge' || g === 'outro') && q === 0) kick(out, tq, 0.8);
        else if (g === 'intro' && b >= 2 && q === 0) kick(out, tq, 0.7);
        if (g === 'verse' && q === 1) kick(out, tq + beat / 2, 0.6);
        if ((g === 'chorus' || g === 'pre' || g === 'verse') && q % 2 === 1 && !(g === 'pre' && last)) clap(out, rng, tq, g === 'verse' ? 0.7 : 1);
        if (g === 'bridge' && q === 2) clap(out, rng, tq, 0.8);
        if (g !== 'bridge' && g !== 'outro') hat(out, rng, tq + beat / 2, g === 'intro' ? 0.5 : 0.8, g === 'chorus');
        if (g === 'chorus') for (const e of [0.25, 0.75]) hat(out, rng, tq + e * beat, 0.35);
      }
      if ((g === 'pre' && last) || (g === 'bridge' && b === bars - 1)) snareRoll(out, rng, t0, beat, 4);
      if (g === 'chorus' && b === 0) noise(out, rng, t0, 1.4, (t) => Math.exp(-t * 3) * 0.25, () => 6000, 'high'); // crash
      // Bass.
      if (g === 'bridge' || g === 'outro' || g === 'intro') {
        if (g !== 'intro' || b >= 2) tone(out, t0, barLen * 0.95, 'triangle', () => midi(root), (t) => adsr(t, barLen * 0.85, 0.02, 0.3, 0.6, 0.1) * 0.3);
      } else {
        for (let e = 0; e < 8; e++) {
          const n = root + (g === 'chorus' && e % 2 ? 12 : 0) + (g === 'pre' && e === 7 ? 7 : 0);
          tone(out, t0 + (e * beat) / 2, beat / 2, 'square', () => midi(n), (t) => adsr(t, beat / 2 - 0.05, 0.005, 0.08, 0.5, 0.04) * 0.15);
        }
      }
      // Harmony.
      if (g === 'verse') arp(out, t0, beat, c, shift, 0.05);
      if (g === 'chorus' || g === 'pre') {
        for (let e = 1; e < 8; e += 2) {
          for (const n of triad(c)) {
            tone(out, t0 + (e * beat) / 2, 0.2, 'saw', () => midi(n + 12 + shift), (t) => Math.exp(-t * 14) * 0.05);
            tone(out, t0 + (e * beat) / 2, 0.2, 'saw', () => midi(n + 12 + shift) * 1.006, (t) => Math.exp(-t * 14) * 0.04);
          }
        }
      }
      if (g === 'chorus' || g === 'bridge' || g === 'intro' || g === 'outro') pad(out, t0, barLen, c, shift, g === 'chorus' ? 0.025 : 0.04);
      // Melody.
      let e = 0;
      for (const [n, len] of sec.melody[b] ?? []) {
        if (n >= 0) leadNote(out, t0 + (e * beat) / 2, (len * beat) / 2 * 0.95, n + shift, g === 'bridge' ? 0.17 : 0.2);
        e += len;
      }
      // The chorus's answer: the hook's first notes echoed an octave down on a pluck.
      if (g === 'chorus' && b % 2 === 1) for (const [k, n] of [[4, 69], [5, 72], [6, 76], [7, 74]] as const) tone(out, t0 + (k * beat) / 2, 0.25, 'triangle', () => midi(n + shift), (t) => Math.exp(-t * 12) * 0.08);
    }
  }
  // The outro's last chord rings on, then the loop starts again from the intro.
  return { name: 'safeRoom', samples: master(loopSeam(out, 1.5), 0.85), sections };
}

/**
 * Exploration (the hallway): slow detuned drones moving through four chords (16 s each),
 * a filtered wind that swells at seeded moments, and the distant two-note motif, placed
 * and varied per section so the 64 s loop never repeats a bar inside it.
 */
export function exploreBed(): Track {
  const names = ['drone', 'motif', 'low', 'return'];
  const chords = [[38, 45, 50.1], [36, 43, 48.1], [34, 41, 46.1], [37, 44, 49.1]];
  const motifs = [[[75, 74]], [[75, 74], [75, 70]], [[73, 72]], [[75, 70], [74, 75]]];
  const len = names.length * BED_SECTION + 0.6;
  const out = buffer(len);
  const rng = new Rng(8);
  const sections: Section[] = [];
  for (let s = 0; s < names.length; s++) {
    const t0 = s * BED_SECTION;
    sections.push({ name: names[s]!, start: t0 });
    droneChord(out, t0, BED_SECTION, chords[s]!, 0.1);
    for (const pair of motifs[s]!) {
      const at = t0 + rng.range(2, 12);
      motifNote(out, at, pair[0]!, 0.12);
      motifNote(out, at + 0.6, pair[1]!, 0.12);
    }
  }
  // Wind: band noise swelling at seeded times.
  const swells: [number, number][] = [];
  for (let t = rng.range(0, 4); t < len; t += rng.range(5, 11)) swells.push([t, rng.range(2, 4)]);
  const swell = (t: number) => swells.reduce((g, [a, w]) => g + Math.exp(-Math.pow((t - a) / w, 2)), 0.25);
  noise(out, rng, 0, len, (t) => 0.22 * Math.min(1.3, swell(t)), (t) => 500 + 300 * Math.sin(t * 0.8), 'band', 1.5);
  return { name: 'explore', samples: master(loopSeam(out, 0.6), 0.7), sections };
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
/** Five four-bar phrases (about 34 s); both stems have exactly this length so they crossfade. */
const CHASE_BARS = 20;
const CHASE_PHRASES = ['drive', 'drive 2', 'lift', 'drive 3', 'break'];
/** The sub's two notes per phrase (bars alternate between them). */
const CHASE_SUB: [number, number][] = [[31, 33], [31, 33], [34, 36], [31, 29], [33, 34]];
/** The high stem's metallic line per phrase: [sixteenth, MIDI note]. */
const CHASE_LINES: (readonly (readonly [number, number])[])[] = [
  [[0, 74], [3, 75], [6, 74], [10, 80]],
  [[0, 74], [3, 75], [6, 74], [10, 80], [13, 79]],
  [[0, 77], [3, 78], [6, 77], [10, 82]],
  [[0, 74], [2, 75], [6, 73], [10, 80], [12, 81]],
  [[0, 72], [4, 73], [8, 72], [12, 79]],
];
const chaseSections = (): Section[] => CHASE_PHRASES.map((name, i) => ({ name, start: (i * 4 * 4 * 60) / CHASE_BPM }));

/** Chase, low stem: four-on-the-floor kick, toms at each phrase's end and a pulsing sub that moves per phrase. */
export function chaseLow(): Track {
  const beat = 60 / CHASE_BPM;
  const out = buffer(CHASE_BARS * 4 * beat);
  for (let bar = 0; bar < CHASE_BARS; bar++) {
    const t0 = bar * 4 * beat;
    const phrase = Math.floor(bar / 4);
    const brk = phrase === 4 && bar % 4 < 2;
    for (let b = 0; b < 4; b++) if (!brk || b === 0) kick(out, t0 + b * beat, 1);
    const note = CHASE_SUB[phrase]![bar % 2]!;
    for (let e = 0; e < 16; e++) {
      if (brk && e % 4 !== 0) continue;
      tone(out, t0 + (e * beat) / 4, beat / 4, 'triangle', () => midi(note), (t) => adsr(t, beat / 4 - 0.03, 0.002, 0.05, 0.4, 0.02) * 0.35);
    }
    if (bar % 4 === 3) for (let k = 0; k < 4; k++) tom(out, t0 + 3 * beat + (k * beat) / 4, 140 - k * 20, 0.6);
    if (bar % 4 === 1 && phrase === 2) for (let k = 0; k < 2; k++) tom(out, t0 + 3.5 * beat + (k * beat) / 4, 120 - k * 20, 0.5);
  }
  return { name: 'chaseLow', samples: master(out, 0.85), sections: chaseSections() };
}

/** Chase, high stem: sixteenth hats, backbeat snare, a metallic scrape line that changes per phrase. */
export function chaseHigh(): Track {
  const beat = 60 / CHASE_BPM;
  const out = buffer(CHASE_BARS * 4 * beat);
  const rng = new Rng(10);
  for (let bar = 0; bar < CHASE_BARS; bar++) {
    const t0 = bar * 4 * beat;
    const phrase = Math.floor(bar / 4);
    for (let e = 0; e < 16; e++) hat(out, rng, t0 + (e * beat) / 4, e % 4 === 2 ? 1 : 0.5, phrase === 2 && e % 4 === 2);
    snare(out, rng, t0 + beat);
    snare(out, rng, t0 + 3 * beat);
    if (bar % 4 === 0) noise(out, rng, t0, 1, (t) => Math.exp(-t * 4) * 0.2, () => 6500, 'high'); // crash on each phrase
    if (bar % 4 === 3) for (let k = 0; k < 4; k++) snare(out, rng, t0 + 3 * beat + (k * beat) / 4, 0.5 + k * 0.15);
    for (const [e, n] of CHASE_LINES[phrase]!) {
      tone(out, t0 + (e * beat) / 4, 0.18, 'square', () => midi(n), (t) => Math.exp(-t * 14) * 0.07);
    }
  }
  return { name: 'chaseHigh', samples: master(out, 0.8), sections: chaseSections() };
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
    safeRoomSong(),
    exploreBed(),
    { name: 'stinger', samples: stinger() },
    chaseLow(),
    chaseHigh(),
    exploreCafeteria(),
    exploreCloset(),
    exploreRooftop(),
  ];
}
