/**
 * Sound effects, each a small recipe over the synthesiser. All share one audio sprite.
 * Names here are the keys the game plays (src/assets/sfxSprite.ts is generated from them).
 */
import { Rng } from './raster';
import { SAMPLE_RATE, Svf, adsr, buffer, fadeEnds, master, noise, tone, type Buffer32 } from './synth';

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
  // ---- chapters 2-4 (cafeteria, closet, rooftop) and the allies ----
  doorScratch: () => {
    // Nails dragged down wood, three strokes, each a band of noise sliding down with a rasp.
    const rng = new Rng(111);
    const out = buffer(1.1);
    for (let i = 0; i < 3; i++) {
      const at = i * 0.34 + rng.range(0, 0.05);
      const len = rng.range(0.2, 0.28);
      const f0 = rng.range(2600, 3400);
      noise(out, rng, at, len, (t) => adsr(t, len - 0.04, 0.02, 0.05, 0.8, 0.04) * (0.6 + 0.4 * Math.sin(t * 190)), (t) => f0 - t * 3000, 'band', 2.2);
      noise(out, rng, at, len, (t) => adsr(t, len - 0.04, 0.01, 0.05, 0.6, 0.04) * 0.25, () => 500, 'band', 1.5);
    }
    return fadeEnds(master(out, 0.3));
  },
  sniff: () => {
    // Three quick wet inhales through the nose, the last the longest.
    const rng = new Rng(112);
    const out = buffer(0.72);
    for (const [at, len] of [[0, 0.12], [0.17, 0.12], [0.36, 0.3]] as const) {
      noise(out, rng, at, len, (t) => adsr(t, len - 0.03, len * 0.6, 0.02, 0.7, 0.03), (t) => 1800 + t * 2000, 'band', 1.8);
    }
    return fadeEnds(master(out, 0.45));
  },
  breathIn: () => {
    // A held-back inhale through the mouth: airy noise swelling, a little pitch in it.
    const rng = new Rng(113);
    const out = buffer(0.75);
    noise(out, rng, 0, 0.75, (t) => adsr(t, 0.62, 0.45, 0.05, 0.9, 0.12) * 0.8, (t) => 900 + t * 1000, 'band', 1.2);
    noise(out, rng, 0, 0.75, (t) => adsr(t, 0.62, 0.45, 0.05, 0.9, 0.12) * 0.3, () => 3500, 'high');
    return fadeEnds(master(out, 0.35));
  },
  breathOut: () => {
    // The release after holding it: a shaky exhale falling away.
    const rng = new Rng(114);
    const out = buffer(0.85);
    noise(out, rng, 0, 0.85, (t) => Math.min(1, t / 0.04) * Math.exp(-t * 3.2) * (0.8 + 0.2 * Math.sin(t * 38)), (t) => 1400 - t * 700, 'band', 1.0);
    return fadeEnds(master(out, 0.38));
  },
  flashlightClick: () => {
    // A plastic switch: a click down, a softer click up.
    const rng = new Rng(115);
    const out = buffer(0.14);
    for (const [at, g] of [[0, 1], [0.07, 0.55]] as const) {
      tone(out, at, 0.02, 'square', () => 3200, (t) => Math.exp(-t * 400) * 0.5 * g);
      noise(out, rng, at, 0.02, (t) => Math.exp(-t * 300) * g, () => 5000, 'high');
    }
    return fadeEnds(master(out, 0.45));
  },
  reinforce: () => {
    // Duct tape ripped off the roll, then a mop handle wedged under the handle with a knock.
    const rng = new Rng(116);
    const out = buffer(1.1);
    noise(out, rng, 0, 0.45, (t) => adsr(t, 0.38, 0.02, 0.05, 0.9, 0.05) * (0.5 + 0.5 * Math.abs(Math.sin(t * 160))), (t) => 2200 + t * 2600, 'band', 1.1);
    tone(out, 0.6, 0.35, 'triangle', (t) => 210 - t * 120, (t) => Math.exp(-t * 16) * 0.9);
    noise(out, rng, 0.6, 0.15, (t) => Math.exp(-t * 40) * 0.6, () => 1500, 'band', 1.2);
    tone(out, 0.8, 0.25, 'triangle', (t) => 180 - t * 90, (t) => Math.exp(-t * 20) * 0.5);
    return fadeEnds(master(out, 0.7));
  },
  bowShot: () => {
    // The bowstring's low twang and the arrow's whoosh leaving.
    const rng = new Rng(117);
    const out = buffer(0.5);
    tone(out, 0, 0.35, 'triangle', (t) => 120 + 60 * Math.exp(-t * 40), (t) => Math.exp(-t * 12) * 0.9);
    tone(out, 0, 0.2, 'saw', () => 240, (t) => Math.exp(-t * 30) * 0.15);
    noise(out, rng, 0.02, 0.35, (t) => Math.sin(Math.PI * Math.min(1, t / 0.35)) * 0.5, (t) => 2500 + t * 5000, 'band', 1.6);
    return fadeEnds(master(out, 0.28));
  },
  arrowHit: () => {
    // A thunk into a body: a short dull knock, a wet click, the shaft's buzz.
    const rng = new Rng(118);
    const out = buffer(0.35);
    tone(out, 0, 0.15, 'sine', (t) => 140 - t * 300, (t) => Math.exp(-t * 30));
    noise(out, rng, 0, 0.06, (t) => Math.exp(-t * 70) * 0.7, () => 1200, 'band', 1.4);
    tone(out, 0.02, 0.3, 'triangle', () => 310, (t) => Math.exp(-t * 12) * 0.15 * (0.5 + 0.5 * Math.sin(t * 180)));
    return fadeEnds(master(out, 0.95));
  },
  jetFlyover: () => {
    // Jets passing over the city: a roar that swells and sweeps (Doppler), a rumble under it.
    const rng = new Rng(119);
    const len = 3.2;
    const out = buffer(len);
    const pass = (t: number) => Math.exp(-Math.pow((t - 1.3) / 0.7, 2));
    noise(out, rng, 0, len, (t) => (0.08 + pass(t)) * adsr(t, len - 0.7, 0.3, 0.1, 1, 0.7), (t) => 700 + 2600 / (1 + Math.exp((t - 1.4) * 3.5)), 'band', 0.8);
    noise(out, rng, 0, len, (t) => (0.1 + 0.8 * pass(t)) * adsr(t, len - 0.8, 0.25, 0.1, 1, 0.8), () => 140, 'low');
    tone(out, 0, len, 'saw', (t) => 210 - 60 / (1 + Math.exp(-(t - 1.4) * 5)), (t) => 0.06 * pass(t));
    return fadeEnds(master(out, 0.7), 0.05);
  },
  rotor: () => {
    // A helicopter's blades, looped: six chops of low noise with a turbine whine under them.
    const rng = new Rng(120);
    const chops = 6;
    const period = 0.19;
    const fade = 0.05;
    const len = chops * period + fade;
    const out = buffer(len);
    for (let i = 0; i <= chops; i++) noise(out, rng, i * period, 0.16, (t) => Math.exp(-t * 22), () => 260, 'low');
    tone(out, 0, len, 'sine', () => 1320, () => 0.02);
    noise(out, rng, 0, len, () => 0.3, () => 900, 'band', 1);
    // Crossfade the extra tail into the head so the loop has no seam.
    const n = Math.round(fade * SAMPLE_RATE);
    for (let i = 0; i < n; i++) {
      const k = i / n;
      out[i] = out[i]! * k + out[out.length - n + i]! * (1 - k);
    }
    return master(out.subarray(0, out.length - n).slice(), 0.85);
  },
  climberFall: () => {
    // Knocked off the parapet: a gurgling wail falling away, then a far-off thud below.
    const rng = new Rng(121);
    const out = buffer(1.25);
    tone(out, 0, 0.9, 'saw', (t) => 420 * Math.exp(-t * 1.4) + 30 * Math.sin(t * 50), (t) => adsr(t, 0.7, 0.02, 0.1, 0.8, 0.2) * 0.3 * Math.exp(-t * 1.5));
    noise(out, rng, 0, 0.9, (t) => 0.4 * Math.exp(-t * 2.5), (t) => 1400 * Math.exp(-t * 1.2) + 300, 'band', 1.3);
    tone(out, 0.95, 0.3, 'sine', (t) => 70 - t * 60, (t) => Math.exp(-t * 15) * 0.35);
    noise(out, rng, 0.95, 0.25, (t) => Math.exp(-t * 25) * 0.2, () => 500, 'low');
    return fadeEnds(master(out, 0.65));
  },
  heartbeat: () => {
    // One lub-dub; the game repeats it faster as the nearest infected comes closer.
    const out = buffer(0.7);
    for (const [at, g] of [[0, 1], [0.22, 0.7]] as const) {
      tone(out, at, 0.22, 'sine', (t) => 58 + 30 * Math.exp(-t * 30), (t) => Math.min(1, t / 0.008) * Math.exp(-t * 17) * g);
    }
    return fadeEnds(master(out, 0.8));
  },
  itemPickup: () => {
    // A crinkle of a snack bag and a small rising two-note blip: got it.
    const rng = new Rng(123);
    const out = buffer(0.32);
    noise(out, rng, 0, 0.12, (t) => Math.exp(-t * 30) * (0.5 + 0.5 * Math.sin(t * 700)), () => 4500, 'high');
    tone(out, 0.04, 0.1, 'triangle', () => 880, (t) => adsr(t, 0.06, 0.005, 0.02, 0.7, 0.04) * 0.5);
    tone(out, 0.12, 0.16, 'triangle', () => 1320, (t) => adsr(t, 0.1, 0.005, 0.02, 0.7, 0.06) * 0.5);
    return fadeEnds(master(out, 0.5));
  },
  itemDrop: () => {
    // Something let fall: a dull box on tiles, a small bounce, a crinkle.
    const rng = new Rng(124);
    const out = buffer(0.4);
    tone(out, 0, 0.14, 'sine', (t) => 180 - t * 400, (t) => Math.exp(-t * 35));
    noise(out, rng, 0, 0.08, (t) => Math.exp(-t * 60) * 0.5, () => 1500, 'low');
    tone(out, 0.16, 0.1, 'sine', (t) => 200 - t * 400, (t) => Math.exp(-t * 45) * 0.35);
    noise(out, rng, 0.05, 0.15, (t) => Math.exp(-t * 25) * 0.25, () => 4000, 'high');
    return fadeEnds(master(out, 0.55));
  },
  shove: () => {
    // A grunt of effort, the swish of arms and a body knocked back.
    const rng = new Rng(125);
    const out = buffer(0.45);
    noise(out, rng, 0, 0.18, (t) => Math.sin(Math.PI * (t / 0.18)) * 0.6, (t) => 800 + t * 6000, 'band', 1.2);
    tone(out, 0, 0.14, 'saw', (t) => 150 - t * 200, (t) => adsr(t, 0.1, 0.01, 0.03, 0.7, 0.04) * 0.25);
    tone(out, 0.14, 0.25, 'sine', (t) => 100 - t * 150, (t) => Math.exp(-t * 20) * 0.9);
    noise(out, rng, 0.14, 0.15, (t) => Math.exp(-t * 35) * 0.4, () => 900, 'low');
    return fadeEnds(master(out, 0.8));
  },
  allyBitten: () => {
    // A friend bitten: a wet tear, then a cry that breaks (a voice: a buzz through a vowel's formants).
    const rng = new Rng(126);
    const out = buffer(1.2);
    noise(out, rng, 0, 0.2, (t) => Math.exp(-t * 18) * 0.8, (t) => 2200 + 1200 * Math.sin(t * 90), 'band', 1.5);
    tone(out, 0, 0.15, 'sine', (t) => 90 - t * 100, (t) => Math.exp(-t * 20) * 0.6);
    const voice = buffer(1.2);
    tone(voice, 0.12, 0.9, 'saw', (t) => 380 + 120 * Math.exp(-t * 6) - t * 120 + 12 * Math.sin(t * 35), (t) => adsr(t, 0.65, 0.02, 0.1, 0.8, 0.25));
    // Small damping = a narrow, ringing band: the vowel's two formants.
    const f1 = new Svf(0.25);
    const f2 = new Svf(0.3);
    for (let i = 0; i < voice.length; i++) out[i]! += (f1.run(voice[i]!, 800).band + 0.6 * f2.run(voice[i]!, 1250).band) * 0.6;
    return fadeEnds(master(out, 0.85));
  },
  ventBang: () => {
    // A fist on a sheet-metal duct, three blows: each a knock that rings in the metal's
    // inharmonic partials over a hollow boom (the duct's air), with a tinny rattle after.
    const rng = new Rng(127);
    const out = buffer(1.3);
    const partials = [[233, 1], [547, 0.6], [913, 0.45], [1381, 0.3], [2047, 0.18]] as const;
    for (const [at, g] of [[0, 1], [0.3, 0.85], [0.56, 1]] as const) {
      const len = 1.3 - at;
      tone(out, at, 0.35, 'sine', (t) => 92 - t * 30, (t) => Math.exp(-t * 11) * 0.7 * g);
      for (const [f, a] of partials) tone(out, at, len, 'sine', (t) => f * (1 - 0.004 * t), (t) => Math.exp(-t * (4 + f / 300)) * a * 0.5 * g);
      noise(out, rng, at, 0.05, (t) => Math.exp(-t * 90) * 0.8 * g, () => 1800, 'band', 1.1);
      noise(out, rng, at + 0.03, 0.25, (t) => Math.exp(-t * 14) * 0.18 * g * (0.5 + 0.5 * Math.sin(t * 260)), () => 2600, 'band', 0.9);
    }
    return fadeEnds(master(out, 0.95));
  },
  tableSlide: () => {
    // A body dragged over a plastic table top: a stick-slip scrape (noise chopped by an
    // uneven grip), squeaks where it catches, then the thump of it sliding off the edge.
    const rng = new Rng(128);
    const len = 1.2;
    const out = buffer(len);
    const grip = (t: number) => 0.55 + 0.45 * Math.sin(t * 47 + 3 * Math.sin(t * 9));
    noise(out, rng, 0, 0.95, (t) => adsr(t, 0.8, 0.08, 0.1, 0.8, 0.15) * grip(t), (t) => 1300 + 500 * Math.sin(t * 5), 'band', 1.3);
    noise(out, rng, 0, 0.95, (t) => adsr(t, 0.8, 0.1, 0.1, 0.7, 0.15) * 0.35, () => 420, 'low');
    for (const [at, f] of [[0.18, 820], [0.47, 690], [0.71, 900]] as const) {
      tone(out, at, 0.11, 'triangle', (t) => f + 90 * Math.sin(t * 120), (t) => adsr(t, 0.08, 0.01, 0.02, 0.7, 0.03) * 0.22);
    }
    tone(out, 0.98, 0.2, 'sine', (t) => 110 - t * 200, (t) => Math.exp(-t * 22) * 0.8);
    noise(out, rng, 0.98, 0.12, (t) => Math.exp(-t * 40) * 0.4, () => 900, 'low');
    return fadeEnds(master(out, 0.7));
  },
};

export const SFX_NAMES = Object.keys(recipes);

/** Sprites that Howler should loop. */
const LOOPED = new Set(['hissLoop', 'rotor']);

/** Builds every effect; `loop` marks sprites that Howler should loop. */
export function buildSfx(): { name: string; samples: Buffer32; loop: boolean }[] {
  return SFX_NAMES.map((name) => ({ name, samples: recipes[name]!(), loop: LOOPED.has(name) }));
}
