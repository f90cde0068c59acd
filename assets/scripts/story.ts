/**
 * The story's art besides the portraits: the dance sheet (`img/dance.png`, every cast
 * member in six dance poses, from the sprites' paper-doll body at twice the scale) and the
 * 640x360 illustrations of the endings and the lunch-break flashback (`img/ending-*.png`,
 * `img/flashback-lunch.png`).
 */
import { DANCE_FRAMES, DANCE_POSES, PORTRAIT_CAST, type DancePose, type PortraitCastId } from '../../src/assets/portraits';
import { drawCharacter, type Pose } from './characters';
import { PORTRAIT_LOOKS } from './portraits';
import { Raster, Rng, hex, mix, shade, withAlpha, type Rgba } from './raster';

const OUTLINE = hex('#18141c');
const still: Pose = { bob: 0, legSwing: 0, legLift: 0, armL: 0.15, armR: 0.15, headDx: 0, headDy: 0, lean: 0 };

/** The poses, front view; arm angles in radians from hanging down, negative swings an arm out from the body. */
const open: Pose = { ...still, armSpread: 1.1, armLen: 9 };
const DANCE: Record<DancePose, Pose> = {
  // Weight on one foot, the arm on that side swung out and up, the other low.
  stepLeft: { ...open, legSwing: -1, legLift: 3, armL: -2, armR: -0.5, tilt: -1, headDx: -1 },
  stepRight: { ...open, legSwing: 1, legLift: 3, armL: -0.5, armR: -2, tilt: 1, headDx: 1 },
  // A jump with both arms thrown up in a V.
  armsUp: { ...open, bob: -2, armL: -2.7, armR: -2.7, legSwing: 0.5, legLift: 3 },
  // The chorus point: one arm straight out to the side and up, head turned with it.
  point: { ...open, armL: -2.2, armR: -0.1, tilt: -1, headDx: -1, headDy: -1, legSwing: -0.6, legLift: 1 },
  // Knees bent, a clap low in front, mouth open (singing along).
  clap: { ...still, crouch: 2, armL: 0.4, armR: 0.4, reach: 0.7, mouth: true },
  // Both arms out level, swaying: the wave.
  wave: { ...open, armL: -1.6, armR: -1.4, tilt: 1, headDx: 1, bob: 1, mouth: true },
};

/** The dance sheet: rows = PORTRAIT_CAST, columns = DANCE_POSES, each 32 px figure scaled 2x. */
export function buildDanceSheet(): Raster {
  const S = DANCE_FRAMES.size;
  const k = S / 32;
  const out = new Raster(DANCE_FRAMES.columns * S, PORTRAIT_CAST.length * S);
  PORTRAIT_CAST.forEach((id, row) => {
    DANCE_POSES.forEach((pose, col) => {
      const fig = new Raster(32, 32);
      drawCharacter({ r: fig, ox: 0, oy: 0 }, PORTRAIT_LOOKS[id], DANCE[pose], 0);
      fig.outline(0, 0, 32, 32, OUTLINE, 200);
      for (let y = 0; y < S; y++) for (let x = 0; x < S; x++) out.put(col * S + x, row * S + y, fig.get(Math.floor(x / k), Math.floor(y / k)));
    });
  });
  return out;
}

// ---------------------------------------------------------------- illustrations (640x360)

const W = 640;
const H = 360;

/** A 1 px line blended over the picture (Raster.line at 1 px overwrites, alpha included). */
function streak(r: Raster, x0: number, y0: number, x1: number, y1: number, c: Rgba): void {
  const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
  for (let i = 0; i <= steps; i++) r.px(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps, c);
}

/** A vertical gradient through colour stops ([0..1, colour]), with a 2x2 ordered dither so bands read as pixel art. */
function sky(r: Raster, stops: readonly (readonly [number, Rgba])[], y0 = 0, y1 = H): void {
  const bayer = [0, 2, 3, 1];
  for (let y = y0; y < y1; y++) {
    const t = (y - y0) / (y1 - y0);
    let i = 0;
    while (i < stops.length - 2 && t > stops[i + 1]![0]) i++;
    const [ta, ca] = stops[i]!;
    const [tb, cb] = stops[i + 1]!;
    const k = Math.max(0, Math.min(1, (t - ta) / (tb - ta)));
    for (let x = 0; x < W; x++) {
      // Quantise to 8 steps per stop pair, dithered.
      const q = Math.floor(k * 8 + bayer[(y % 2) * 2 + (x % 2)]! / 4) / 8;
      r.put(x, y, mix(ca, cb, Math.min(1, q)));
    }
  }
}

/** A city skyline: seeded blocks of buildings with lit windows, from `baseY` up to `maxH`. */
function skyline(r: Raster, rng: Rng, baseY: number, maxH: number, body: Rgba, lit: Rgba, litChance: number, minW = 18, maxW = 52): void {
  for (let x = -10; x < W; ) {
    const w = Math.round(rng.range(minW, maxW));
    const h = Math.round(rng.range(maxH * 0.3, maxH));
    r.rect(x, baseY - h, w, h + (H - baseY), body);
    if (rng.next() < 0.3) r.rect(x + w / 2 - 1, baseY - h - 8, 2, 8, body); // an antenna
    for (let wy = baseY - h + 4; wy < baseY - 2; wy += 6) {
      for (let wx = x + 3; wx < x + w - 3; wx += 5) if (rng.next() < litChance) r.rect(wx, wy, 2, 3, lit);
    }
    x += w + Math.round(rng.range(0, 4));
  }
}

/** Fires in the city: glows with a bright core and smoke above. */
function fires(r: Raster, rng: Rng, n: number, y: number): void {
  for (let i = 0; i < n; i++) {
    const x = rng.range(20, W - 20);
    const fy = y + rng.range(-20, 10);
    r.glow(x, fy, rng.range(30, 60), withAlpha(hex('#ff6a2a'), 110));
    r.glow(x, fy, 10, withAlpha(hex('#ffd27a'), 200));
    for (let k = 0; k < 5; k++) r.glow(x + k * 6, fy - 20 - k * 16, 18 + k * 4, withAlpha(hex('#2a2430'), 70));
  }
}

/** A cast member's 32 px sprite (front, back or side), scaled by `k`, optionally as a flat silhouette. */
function figure(r: Raster, id: PortraitCastId, x: number, y: number, k: number, dir = 0, pose: Pose = still, silhouette?: Rgba): void {
  const fig = new Raster(32, 32);
  drawCharacter({ r: fig, ox: 0, oy: 0 }, PORTRAIT_LOOKS[id], { ...pose, noShadow: pose.noShadow ?? Boolean(silhouette) }, dir === 2 ? 1 : dir);
  fig.outline(0, 0, 32, 32, OUTLINE, 200);
  for (let yy = 0; yy < 32 * k; yy++) {
    for (let xx = 0; xx < 32 * k; xx++) {
      const sx = dir === 2 ? 31 - Math.floor(xx / k) : Math.floor(xx / k);
      const c = fig.get(sx, Math.floor(yy / k));
      if (c[3] === 0) continue;
      r.px(x + xx, y + yy, silhouette ? withAlpha(silhouette, c[3]) : c);
    }
  }
}

/** The rooftop's edge across the bottom: the parapet and the roof's floor. */
function rooftop(r: Raster, y: number, floor: Rgba, wall: Rgba): void {
  r.rect(0, y, W, H - y, floor);
  r.rect(0, y, W, 6, wall);
  r.rect(0, y + 6, W, 2, shade(wall, -0.3));
}

function helicopter(r: Raster, x: number, y: number, k: number, body: Rgba, light: boolean): void {
  r.ellipse(x, y, 30 * k, 13 * k, body); // cabin
  r.line(x + 24 * k, y - 2 * k, x + 70 * k, y - 8 * k, body, 6 * k); // tail boom
  r.rect(x + 66 * k, y - 18 * k, 5 * k, 14 * k, body); // tail fin
  r.line(x - 58 * k, y - 17 * k, x + 58 * k, y - 15 * k, shade(body, 0.1), 2 * k); // blur of the rotor
  r.rect(x - 2 * k, y - 17 * k, 4 * k, 5 * k, body);
  r.line(x - 22 * k, y + 16 * k, x + 18 * k, y + 16 * k, body, 2 * k); // skids
  r.line(x - 12 * k, y + 10 * k, x - 14 * k, y + 16 * k, body, 2 * k);
  r.line(x + 10 * k, y + 10 * k, x + 8 * k, y + 16 * k, body, 2 * k);
  r.ellipse(x - 14 * k, y - 3 * k, 11 * k, 7 * k, withAlpha(hex('#9fd0e8'), 200)); // windscreen
  if (light) {
    r.glow(x + 71 * k, y - 18 * k, 6 * k, withAlpha(hex('#ff4040'), 255));
    r.glow(x, y + 13 * k, 8 * k, withAlpha(hex('#fff6c0'), 255));
  }
}

/** Searchlight: a soft cone from (x, y) down to a spot. */
function beam(r: Raster, x: number, y: number, tx: number, ty: number, spread: number, c: Rgba): void {
  for (let i = 0; i <= 40; i++) {
    const t = i / 40;
    r.glow(x + (tx - x) * t, y + (ty - y) * t, 4 + spread * t, withAlpha(c, c[3] * (1 - t * 0.6)), 2);
  }
}

/** Ending: the helicopter lifts off the roof with the group aboard; jets and fires over the city behind. */
export function buildEndingHelicopter(): Raster {
  const r = new Raster(W, H);
  r.rect(0, 0, W, H, hex('#e0784a')); // under the gaps between buildings
  const rng = new Rng(401);
  sky(r, [[0, hex('#151a3a')], [0.55, hex('#5a3a6a')], [1, hex('#e0784a')]], 0, 260);
  for (let i = 0; i < 70; i++) r.px(Math.floor(rng.range(0, W)), Math.floor(rng.range(0, 120)), withAlpha(hex('#ffffff'), rng.range(90, 220)));
  skyline(r, rng, 262, 110, hex('#2a2238'), hex('#ffcf6a'), 0.12);
  fires(r, rng, 5, 230);
  skyline(r, rng, 290, 70, hex('#1a1626'), hex('#ff9a4a'), 0.06, 30, 70);
  // Jets streaking away over the city, the bombing about to begin.
  for (const [jx, jy] of [[470, 60], [510, 76], [440, 80]] as const) {
    r.line(jx, jy, jx + 90, jy - 14, withAlpha(hex('#e8e4f0'), 90), 2); // contrails
    r.line(jx - 6, jy + 1, jx + 6, jy - 1, hex('#20202a'), 3);
  }
  rooftop(r, 300, hex('#3a3a44'), hex('#50505c'));
  // The helipad's H, fading as they rise from it.
  r.ellipse(300, 330, 70, 18, hex('#4a4a56'));
  r.rect(280, 322, 6, 16, hex('#e8d24a'));
  r.rect(314, 322, 6, 16, hex('#e8d24a'));
  r.rect(280, 328, 40, 4, hex('#e8d24a'));
  beam(r, 300, 178, 300, 330, 70, withAlpha(hex('#fff8d0'), 60));
  helicopter(r, 300, 170, 1.6, hex('#2e3a2e'), true);
  // Faces at the open door.
  for (const [i, id] of (['seo-yeon', 'joon', 'da-som'] as const).entries()) figure(r, id, 262 + i * 22, 150, 1, 0, { ...still, armL: i === 1 ? -2.4 : 0.15 });
  r.rect(258, 182, 72, 10, hex('#2e3a2e')); // the cabin floor in front of their legs
  // The wind of the rotor: dust streaks on the roof.
  for (let i = 0; i < 40; i++) {
    const a = rng.range(0, Math.PI * 2);
    const d = rng.range(80, 200);
    streak(r, 300 + Math.cos(a) * d, 320 + Math.sin(a) * d * 0.2, 300 + Math.cos(a) * (d + 20), 320 + Math.sin(a) * (d + 20) * 0.2, withAlpha(hex('#c8c0b0'), 90));
  }
  return r;
}

/** Ending: dawn over the quiet city; the survivors sit on the parapet, still together. */
export function buildEndingDawn(): Raster {
  const r = new Raster(W, H);
  r.rect(0, 0, W, H, hex('#fff0c0')); // under the gaps between buildings
  const rng = new Rng(402);
  sky(r, [[0, hex('#3a4a7a')], [0.45, hex('#e89a8a')], [0.8, hex('#ffd08a')], [1, hex('#fff0c0')]], 0, 250);
  r.glow(420, 248, 120, withAlpha(hex('#fff4c8'), 160));
  r.ellipse(420, 248, 34, 34, hex('#fff8e0'));
  // Birds.
  for (let i = 0; i < 7; i++) {
    const bx = rng.range(120, 560);
    const by = rng.range(40, 140);
    r.line(bx - 4, by - 2, bx, by, hex('#3a3048'), 1);
    r.line(bx, by, bx + 4, by - 2, hex('#3a3048'), 1);
  }
  skyline(r, rng, 262, 120, hex('#7a5a7a'), hex('#ffe0a0'), 0.02);
  for (let i = 0; i < 3; i++) r.glow(rng.range(50, 600), 200, 40, withAlpha(hex('#a08090'), 80)); // thin smoke, no fire
  skyline(r, rng, 290, 80, hex('#4a3850'), hex('#ffe0a0'), 0.01, 30, 70);
  rooftop(r, 298, hex('#5a4a58'), hex('#7a6470'));
  // The group from behind, sitting on the parapet, watching the sun.
  const group = ['seo-yeon', 'joon', 'tae-min', 'da-som', 'gu-ho'] as const;
  for (const [i, id] of group.entries()) figure(r, id, 150 + i * 70, 226, 2, 3, { ...still, crouch: 2, armL: 0.4, armR: 0.4 }, undefined);
  r.glow(320, 300, 260, withAlpha(hex('#ffd08a'), 40));
  return r;
}

/** Ending: alone on the roof at night; the helicopter's light leaving, the city burning, rain. */
export function buildEndingAlone(): Raster {
  const r = new Raster(W, H);
  r.rect(0, 0, W, H, hex('#5a2a3a')); // under the gaps between buildings
  const rng = new Rng(403);
  sky(r, [[0, hex('#070a18')], [0.7, hex('#1a2240')], [1, hex('#5a2a3a')]], 0, 260);
  skyline(r, rng, 262, 110, hex('#121628'), hex('#6a7ab0'), 0.05);
  fires(r, rng, 7, 235);
  skyline(r, rng, 292, 70, hex('#0c0e1a'), hex('#ff7a3a'), 0.03, 30, 70);
  // The helicopter far off, leaving: a small dark shape and a blinking light.
  helicopter(r, 520, 70, 0.35, hex('#0a0c14'), true);
  beam(r, 520, 74, 470, 250, 30, withAlpha(hex('#d8e8ff'), 30));
  rooftop(r, 300, hex('#22222c'), hex('#34343e'));
  // Joon, alone, from behind, looking after it.
  figure(r, 'joon', 262, 204, 3, 3, still);
  // Rain.
  for (let i = 0; i < 260; i++) {
    const x = rng.range(0, W);
    const y = rng.range(0, H);
    streak(r, x, y, x - 3, y + 9, withAlpha(hex('#9ab0d8'), 70));
  }
  return r;
}

/** Flashback: an ordinary lunch break in the cafeteria before the outbreak, warm and faded like a memory. */
export function buildFlashbackLunch(): Raster {
  const r = new Raster(W, H);
  // Wall, windows full of sun, a menu board; the floor tiles.
  r.rect(0, 0, W, 170, hex('#e8d8c0'));
  for (let i = 0; i < 4; i++) {
    const wx = 40 + i * 150;
    r.rect(wx, 26, 110, 96, hex('#bfe4f4'));
    r.rect(wx, 26, 110, 4, hex('#8a7a6a'));
    r.rect(wx + 53, 26, 4, 96, hex('#8a7a6a'));
    r.rect(wx, 120, 110, 6, hex('#8a7a6a'));
    r.line(wx + 10, 110, wx + 40, 40, withAlpha(hex('#ffffff'), 120), 6);
  }
  r.rect(0, 160, W, 10, hex('#c8a888'));
  sky(r, [[0, hex('#d8c0a0')], [1, hex('#b89878')]], 170, H);
  for (let y = 178; y < H; y += 24) r.rect(0, y, W, 1, withAlpha(hex('#8a6a50'), 120));
  // Sun patches on the floor.
  for (let i = 0; i < 4; i++) r.glow(95 + i * 150, 250, 70, withAlpha(hex('#fff4d0'), 70));
  // Tables with trays, and the cast where they used to sit: Seo-yeon with Da-som, Joon with
  // Tae-min (mid-joke), Gu-ho alone at the end, Ji-an with a book by the window.
  const table = (x: number, y: number, w: number) => {
    r.rect(x, y, w, 18, hex('#f4f0e8'));
    r.rect(x, y + 18, w, 5, hex('#c8c0b0'));
    for (let tx = x + 10; tx < x + w - 30; tx += 46) {
      r.rect(tx, y + 3, 30, 12, hex('#8ab0c8'));
      r.ellipse(tx + 9, y + 9, 5, 4, hex('#f4e0a0'));
      r.ellipse(tx + 21, y + 9, 5, 4, hex('#e87a6a'));
    }
  };
  figure(r, 'seo-yeon', 70, 176, 2, 0, still);
  figure(r, 'da-som', 130, 176, 2, 0, { ...still, mouth: true, armL: -1.2, armSpread: 1 });
  table(50, 226, 160);
  figure(r, 'joon', 270, 176, 2, 0, { ...still, mouth: true });
  figure(r, 'tae-min', 330, 172, 2, 0, { ...still, armL: -2.6, armR: -2.6, armSpread: 1, armLen: 9, mouth: true, bob: -1 });
  table(250, 226, 160);
  figure(r, 'ji-an', 430, 176, 2, 0, still);
  table(424, 226, 76);
  r.rect(446, 224, 22, 14, hex('#5a7ac8')); // her book, open on the tray
  r.rect(456, 224, 2, 14, hex('#f4f0e8'));
  figure(r, 'gu-ho', 560, 176, 2, 0, still);
  table(530, 226, 100);
  // A faded, warm memory: a sepia wash and a soft vignette.
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const c = r.get(x, y);
      const grey = (c[0] * 0.3 + c[1] * 0.59 + c[2] * 0.11);
      const sep: Rgba = [Math.min(255, grey * 1.08 + 20), Math.min(255, grey * 0.95 + 12), grey * 0.78, 255];
      const d = Math.hypot((x - W / 2) / (W / 2), (y - H / 2) / (H / 2));
      const v = Math.max(0, d - 0.7) * 0.9;
      r.put(x, y, shade(mix(c, sep, 0.45), -Math.min(0.5, v)));
    }
  }
  return r;
}
