/**
 * Effects sheet (foam, strawberry-syrup blood, dust, noise ring, eye glow), the
 * flashlight cone, HUD icons and frames, the title illustration and the app icons.
 */
import { FX_COLUMNS, FX_FRAME, FxFrame, ICONS, ICON_COLUMNS, ICON_SIZE, type IconName } from '../../src/assets/frames';
import { CAST_LOOKS, castPose, drawCharacter, infectedLook, infectedPose } from './characters';
import { Raster, Rng, hex, mix, shade, withAlpha, type Rgba } from './raster';

const SYRUP = hex('#e0203c');
const SYRUP_DARK = hex('#a3102a');
const SYRUP_HI = hex('#ff7f9a');
const FOAM = hex('#f4f8ff');
const FOAM_SHADE = hex('#c8d6ea');
const INK = hex('#18141c');

function foam(r: Raster, ox: number, oy: number, seed: number): void {
  const rng = new Rng(seed);
  for (let i = 0; i < 7; i++) {
    const x = ox + 16 + rng.range(-8, 8);
    const y = oy + 16 + rng.range(-8, 8);
    const rad = rng.range(3, 7);
    r.ellipse(x + 1, y + 1, rad, rad, FOAM_SHADE);
    r.ellipse(x, y, rad, rad, FOAM);
  }
  for (let i = 0; i < 5; i++) r.px(ox + 10 + rng.int(12), oy + 10 + rng.int(12), hex('#ffffff'));
}

function syrup(r: Raster, ox: number, oy: number, seed: number): void {
  const rng = new Rng(seed);
  r.ellipse(ox + 16, oy + 16, rng.range(7, 10), rng.range(5, 8), SYRUP_DARK);
  r.ellipse(ox + 15, oy + 15, rng.range(6, 8), rng.range(4, 6), SYRUP);
  for (let i = 0; i < 6; i++) {
    const a = rng.range(0, Math.PI * 2);
    const d = rng.range(9, 14);
    r.ellipse(ox + 16 + Math.cos(a) * d, oy + 16 + Math.sin(a) * d * 0.8, rng.range(1, 2.5), rng.range(1, 2.5), SYRUP);
  }
  // The glossy highlight that says "this is syrup".
  r.ellipse(ox + 12, oy + 13, 2.5, 1.5, SYRUP_HI);
  r.px(ox + 18, oy + 17, hex('#ffd0da'));
}

function dust(r: Raster, ox: number, oy: number, k: number): void {
  const rng = new Rng(70 + k);
  const c = hex('#cbbfa8');
  for (let i = 0; i < 8; i++) {
    const a = rng.range(0, Math.PI * 2);
    const d = 3 + k * 4 + rng.range(0, 3);
    r.glow(ox + 16 + Math.cos(a) * d, oy + 16 + Math.sin(a) * d, 6 - k, withAlpha(c, 255 - k * 50), 0.6);
  }
}

export function buildFxSheet(): Raster {
  const rows = 3;
  const out = new Raster(FX_COLUMNS * FX_FRAME, rows * FX_FRAME);
  const at = (f: number): [number, number] => [(f % FX_COLUMNS) * FX_FRAME, Math.floor(f / FX_COLUMNS) * FX_FRAME];
  for (let i = 0; i < 4; i++) foam(out, ...at(FxFrame.Foam0 + i), 500 + i);
  for (let i = 0; i < 3; i++) syrup(out, ...at(FxFrame.Syrup0 + i), 600 + i);
  {
    const [x, y] = at(FxFrame.SyrupDrip);
    out.rect(x + 14, y + 2, 4, 18, SYRUP);
    out.ellipse(x + 16, y + 22, 4, 5, SYRUP);
    out.rect(x + 15, y + 3, 1, 14, SYRUP_HI);
  }
  for (let i = 0; i < 3; i++) dust(out, ...at(FxFrame.Dust0 + i), i);
  {
    const [x, y] = at(FxFrame.NoiseRing);
    for (let a = 0; a < 360; a += 2) {
      const rad = (a * Math.PI) / 180;
      out.ellipse(x + 16 + Math.cos(rad) * 13, y + 16 + Math.sin(rad) * 13, 1.3, 1.3, hex('#ffffffd0'));
    }
  }
  {
    const [x, y] = at(FxFrame.EyeGlow);
    out.glow(x + 12, y + 16, 7, hex('#ff2020b0'), 1.6);
    out.glow(x + 20, y + 16, 7, hex('#ff2020b0'), 1.6);
    out.rect(x + 11, y + 15, 2, 2, hex('#ff5050'));
    out.rect(x + 19, y + 15, 2, 2, hex('#ff5050'));
    out.px(x + 11, y + 15, hex('#ffe0e0'));
    out.px(x + 19, y + 15, hex('#ffe0e0'));
  }
  {
    const [x, y] = at(FxFrame.Shadow);
    out.ellipse(x + 16, y + 16, 10, 4, hex('#00000060'));
  }
  {
    const [x, y] = at(FxFrame.FoamPuff);
    out.glow(x + 16, y + 16, 15, withAlpha(FOAM, 230), 0.8);
  }
  {
    const [x, y] = at(FxFrame.Spark);
    out.line(x + 16, y + 6, x + 16, y + 26, hex('#fff4b0'), 2);
    out.line(x + 6, y + 16, x + 26, y + 16, hex('#fff4b0'), 2);
    out.glow(x + 16, y + 16, 6, hex('#ffffffff'), 1);
  }
  // Threat markers (drawn above the infected; pre-made because Canvas has no tint).
  alertBang(out, ...at(FxFrame.AlertBang), false);
  alertBang(out, ...at(FxFrame.AlertFlash), true);
  zzz(out, ...at(FxFrame.Zzz0), 0);
  zzz(out, ...at(FxFrame.Zzz1), 1);
  dazed(out, ...at(FxFrame.Dazed0), 0);
  dazed(out, ...at(FxFrame.Dazed1), 1);
  return out;
}

const MARK_EDGE = hex('#120c10');

/** The wind-up's "!": red on a dark edge, or (flash) dark red inside a white burst. Reads on light and dark floors. */
function alertBang(r: Raster, ox: number, oy: number, flash: boolean): void {
  if (flash) {
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4 + Math.PI / 8;
      r.line(ox + 16, oy + 16, ox + 16 + Math.cos(a) * 14, oy + 16 + Math.sin(a) * 14, hex('#ffffff'), 3);
    }
    r.ellipse(ox + 16, oy + 16, 10, 12, hex('#ffffff'));
  }
  const fill = flash ? hex('#c0001a') : hex('#ff2a3a');
  // Bar and dot with a 2 px dark edge.
  r.rect(ox + 12, oy + 2, 8, 19, MARK_EDGE);
  r.rect(ox + 12, oy + 23, 8, 8, MARK_EDGE);
  r.rect(ox + 14, oy + 4, 4, 15, fill);
  r.rect(ox + 14, oy + 25, 4, 4, fill);
  if (!flash) r.rect(ox + 14, oy + 4, 1, 12, hex('#ff9aa2'));
}

/** Sleep letters: a small z and a big Z, pale blue on a dark edge, drifting up between frames. */
function zzz(r: Raster, ox: number, oy: number, k: number): void {
  const letter = (x: number, y: number, s: number) => {
    for (const [c, t] of [[MARK_EDGE, 4], [hex('#d8ecff'), 2]] as const) {
      r.line(x, y, x + s, y, c, t);
      r.line(x + s, y, x, y + s, c, t);
      r.line(x, y + s, x + s, y + s, c, t);
    }
  };
  letter(ox + 5, oy + 18 - k * 2, 7);
  letter(ox + 16, oy + 5 - k * 2 + 2, 11);
}

/** Three yellow stars circling a dazed head (two phases). */
function dazed(r: Raster, ox: number, oy: number, k: number): void {
  for (let s = 0; s < 3; s++) {
    // A triangle of stars on a flat orbit, turned a sixth of a turn between the frames.
    const a = Math.PI / 2 + (s * 2 * Math.PI) / 3 + k * (Math.PI / 3);
    const x = ox + 16 + Math.cos(a) * 11;
    const y = oy + 16 + Math.sin(a) * 8;
    r.ellipse(x, y, 4, 4, MARK_EDGE);
    r.line(x - 3, y, x + 3, y, hex('#ffd21f'), 2);
    r.line(x, y - 3, x, y + 3, hex('#ffd21f'), 2);
    r.px(x, y, hex('#ffffff'));
  }
}

/** A white cone of light pointing east (+x), fading with distance and at the edges; used to erase the darkness. */
export function buildFlashlightCone(): Raster {
  const W = 256;
  const H = 192;
  const out = new Raster(W, H);
  const half = (28 * Math.PI) / 180;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const dx = x + 0.5;
      const dy = y + 0.5 - H / 2;
      const d = Math.hypot(dx, dy) / W;
      const a = Math.abs(Math.atan2(dy, dx));
      if (d >= 1 || a > half) continue;
      const edge = Math.min(1, (half - a) / (half * 0.35));
      const fall = Math.pow(1 - d, 0.7);
      out.put(x, y, [255, 255, 255, Math.round(255 * edge * fall)]);
    }
  }
  return out;
}

/** A round soft light for the darkness (the player's glow, phone screen). */
export function buildLightDisc(): Raster {
  const out = new Raster(128, 128);
  out.glow(64, 64, 64, hex('#ffffffff'), 1.2);
  return out;
}

// ------------------------------------------------------------------ icons

function icon(r: Raster, ox: number, oy: number, name: IconName): void {
  const W = hex('#f4f1ec');
  const PINK = hex('#e8588a');
  const RED = hex('#d42a36');
  const G = hex('#8b909b');
  switch (name) {
    case 'extinguisher':
      r.rect(ox + 11, oy + 9, 10, 20, RED);
      r.rect(ox + 12, oy + 10, 2, 17, hex('#ff7070'));
      r.rect(ox + 13, oy + 4, 6, 5, hex('#2b2b33'));
      r.line(ox + 19, oy + 6, ox + 26, oy + 3, hex('#2b2b33'), 2);
      r.rect(ox + 11, oy + 16, 10, 4, W);
      return;
    case 'heart':
    case 'heartEmpty': {
      const c = name === 'heart' ? PINK : hex('#4a4650');
      r.ellipse(ox + 11, oy + 12, 6, 6, c);
      r.ellipse(ox + 21, oy + 12, 6, 6, c);
      for (let y = 0; y < 12; y++) r.rect(ox + 5 + y, oy + 14 + y, 22 - y * 2, 1, c);
      if (name === 'heart') r.rect(ox + 9, oy + 9, 3, 2, hex('#ffc0d4'));
      return;
    }
    case 'stamina':
      r.line(ox + 18, oy + 3, ox + 10, oy + 17, hex('#f6d44a'), 4);
      r.line(ox + 10, oy + 17, ox + 22, oy + 15, hex('#f6d44a'), 4);
      r.line(ox + 22, oy + 15, ox + 13, oy + 29, hex('#f6d44a'), 4);
      return;
    case 'phone':
      r.rect(ox + 9, oy + 3, 14, 26, hex('#2b2b33'));
      r.rect(ox + 11, oy + 6, 10, 18, hex('#7fd0f0'));
      r.rect(ox + 14, oy + 26, 4, 1, G);
      return;
    case 'battery':
      r.rect(ox + 4, oy + 10, 22, 12, W);
      r.rect(ox + 6, oy + 12, 18, 8, hex('#2b2b33'));
      r.rect(ox + 7, oy + 13, 11, 6, hex('#5fd07a'));
      r.rect(ox + 26, oy + 13, 3, 6, W);
      return;
    case 'snack':
      r.rect(ox + 7, oy + 6, 18, 22, hex('#f6a23c'));
      r.rect(ox + 7, oy + 4, 18, 3, hex('#d9862a'));
      r.rect(ox + 7, oy + 27, 18, 2, hex('#d9862a'));
      r.ellipse(ox + 16, oy + 16, 5, 5, hex('#f6d44a'));
      return;
    case 'juice':
      r.rect(ox + 9, oy + 8, 14, 20, hex('#f28fb0'));
      r.rect(ox + 9, oy + 8, 14, 3, W);
      r.line(ox + 19, oy + 8, ox + 22, oy + 2, W, 2);
      r.ellipse(ox + 16, oy + 19, 3, 3, hex('#e0203c'));
      return;
    case 'tray':
      r.rect(ox + 3, oy + 9, 26, 15, hex('#9fc2b9'));
      r.rect(ox + 5, oy + 11, 10, 11, hex('#7fa89e'));
      r.rect(ox + 17, oy + 11, 10, 5, hex('#7fa89e'));
      r.rect(ox + 17, oy + 17, 10, 5, hex('#7fa89e'));
      return;
    case 'note':
      r.rect(ox + 7, oy + 4, 18, 24, W);
      for (let i = 0; i < 5; i++) r.rect(ox + 10, oy + 8 + i * 4, 12, 1, G);
      r.rect(ox + 19, oy + 22, 4, 4, hex('#5fa0d0'));
      return;
    case 'door':
    case 'exit':
      r.rect(ox + 8, oy + 3, 16, 26, hex('#b98a5a'));
      r.rect(ox + 10, oy + 6, 12, 7, hex('#88b4cc'));
      r.rect(ox + 19, oy + 17, 3, 2, W);
      if (name === 'exit') {
        r.rect(ox + 2, oy + 14, 10, 4, hex('#5fd07a'));
        r.line(ox + 2, oy + 16, ox + 6, oy + 11, hex('#5fd07a'), 3);
        r.line(ox + 2, oy + 16, ox + 6, oy + 21, hex('#5fd07a'), 3);
      }
      return;
    case 'lock':
      r.rect(ox + 8, oy + 14, 16, 14, hex('#c9a43a'));
      r.rect(ox + 11, oy + 6, 3, 9, G);
      r.rect(ox + 18, oy + 6, 3, 9, G);
      r.rect(ox + 11, oy + 5, 10, 3, G);
      r.rect(ox + 15, oy + 19, 2, 5, INK);
      return;
    case 'pause':
      r.rect(ox + 8, oy + 6, 6, 20, W);
      r.rect(ox + 18, oy + 6, 6, 20, W);
      return;
    case 'speaker':
    case 'speakerOff':
      r.rect(ox + 5, oy + 12, 6, 8, W);
      for (let i = 0; i < 8; i++) r.rect(ox + 11 + i, oy + 12 - i, 1, 8 + i * 2, W);
      if (name === 'speaker') {
        r.line(ox + 22, oy + 11, ox + 24, oy + 16, W, 2);
        r.line(ox + 24, oy + 16, ox + 22, oy + 21, W, 2);
      } else {
        r.line(ox + 21, oy + 11, ox + 29, oy + 21, RED, 3);
        r.line(ox + 29, oy + 11, ox + 21, oy + 21, RED, 3);
      }
      return;
    case 'hand':
      r.rect(ox + 9, oy + 14, 14, 13, hex('#f0c8a0'));
      for (let i = 0; i < 4; i++) r.rect(ox + 9 + i * 4, oy + 5 + (i === 0 || i === 3 ? 3 : 0), 3, 11, hex('#f0c8a0'));
      r.line(ox + 6, oy + 15, ox + 10, oy + 21, hex('#f0c8a0'), 3);
      return;
    case 'eye':
      r.ellipse(ox + 16, oy + 16, 13, 8, W);
      r.ellipse(ox + 16, oy + 16, 6, 6, hex('#ff2626'));
      r.ellipse(ox + 16, oy + 16, 2.5, 2.5, INK);
      return;
    case 'ear':
      r.ellipse(ox + 16, oy + 15, 8, 11, hex('#f0c8a0'));
      r.ellipse(ox + 17, oy + 14, 4, 6, shade(hex('#f0c8a0'), -0.3));
      r.ellipse(ox + 19, oy + 15, 3, 5, hex('#f0c8a0'));
      return;
    case 'arrow':
      r.line(ox + 6, oy + 16, ox + 24, oy + 16, W, 4);
      for (let i = 0; i < 8; i++) r.rect(ox + 18 + i, oy + 8 + i, 2, 16 - i * 2, W);
      return;
    case 'boltCutters':
      // Two long red handles in a V, steel jaws meeting at the top, a pivot bolt.
      r.line(ox + 8, oy + 29, ox + 14, oy + 13, RED, 4);
      r.line(ox + 24, oy + 29, ox + 18, oy + 13, RED, 4);
      r.line(ox + 14, oy + 13, ox + 15, oy + 3, G, 3);
      r.line(ox + 18, oy + 13, ox + 17, oy + 3, G, 3);
      r.ellipse(ox + 16, oy + 13, 3, 3, hex('#c9ccd4'));
      r.rect(ox + 15, oy + 12, 2, 2, INK);
      return;
    case 'mopHandle':
      // A long wooden pole lying diagonally, a grey cord mop head at its foot, a red hang loop at the top.
      r.line(ox + 25, oy + 3, ox + 9, oy + 23, hex('#c8924e'), 3);
      r.line(ox + 24, oy + 4, ox + 10, oy + 21, hex('#e0b070'), 1);
      r.ellipse(ox + 8, oy + 25, 6, 4, hex('#b8b4a8'));
      for (let i = 0; i < 5; i++) r.line(ox + 4 + i * 2, oy + 26, ox + 3 + i * 2.5, oy + 30, hex('#9c978a'), 1);
      r.ellipse(ox + 26, oy + 3, 2, 2, RED);
      return;
    case 'tape':
      // A roll of silver duct tape: a ring with a cardboard core, a torn tongue hanging off.
      r.ellipse(ox + 15, oy + 15, 11, 11, hex('#a9adb5'));
      r.ellipse(ox + 15, oy + 15, 8, 8, hex('#c9ccd4'));
      r.ellipse(ox + 15, oy + 15, 6, 6, hex('#c89a5e'));
      r.ellipse(ox + 15, oy + 15, 4, 4, INK);
      r.rect(ox + 22, oy + 17, 6, 11, hex('#a9adb5'));
      r.line(ox + 22, oy + 28, ox + 28, oy + 26, hex('#8b909b'), 1);
      return;
  }
}

export function buildIconSheet(): Raster {
  const rows = Math.ceil(ICONS.length / ICON_COLUMNS);
  const out = new Raster(ICON_COLUMNS * ICON_SIZE, rows * ICON_SIZE);
  ICONS.forEach((name, i) => {
    const ox = (i % ICON_COLUMNS) * ICON_SIZE;
    const oy = Math.floor(i / ICON_COLUMNS) * ICON_SIZE;
    icon(out, ox, oy, name);
    out.outline(ox, oy, ICON_SIZE, ICON_SIZE, INK, 100);
  });
  return out;
}

/** A 9-slice HUD frame (48x48, 16 px corners): dark glass panel with a pink rim. */
export function buildHudFrame(): Raster {
  const out = new Raster(48, 48);
  out.rect(2, 2, 44, 44, hex('#18141ccc'));
  out.rect(0, 2, 2, 44, hex('#e8588a'));
  out.rect(46, 2, 2, 44, hex('#e8588a'));
  out.rect(2, 0, 44, 2, hex('#e8588a'));
  out.rect(2, 46, 44, 2, hex('#e8588a'));
  out.rect(2, 2, 44, 1, hex('#ffffff30'));
  for (const [x, y] of [[1, 1], [46, 1], [1, 46], [46, 46]] as const) out.rect(x, y, 1, 1, hex('#e8588a'));
  return out;
}

// ------------------------------------------------------------------ title + app icon

/** Draws a character at `scale` by rendering one 32 px frame and scaling it up (nearest). */
function bigSprite(out: Raster, x: number, y: number, scale: number, draw: (r: Raster) => void, flip = false): void {
  const s = new Raster(32, 32);
  draw(s);
  s.outline(0, 0, 32, 32, INK, 200);
  for (let yy = 0; yy < 32 * scale; yy++) {
    for (let xx = 0; xx < 32 * scale; xx++) {
      const sx = Math.floor(xx / scale);
      out.px(x + xx, y + yy, s.get(flip ? 31 - sx : sx, Math.floor(yy / scale)));
    }
  }
}

export function buildTitleArt(): Raster {
  const W = 480;
  const H = 270;
  const out = new Raster(W, H);
  // Dusk sky: strawberry to bruise purple.
  for (let y = 0; y < H; y++) out.rect(0, y, W, 1, mix(hex('#f08aa8'), hex('#2a1f3d'), Math.min(1, y / 150)));
  out.glow(360, 120, 60, hex('#ffd6a0c0'), 1.2);
  // The city behind.
  const rng = new Rng(2024);
  for (let x = 0; x < W; x += 14 + rng.int(10)) {
    const h = 30 + rng.int(50);
    out.rect(x, 150 - h, 16 + rng.int(8), h + 20, hex('#3a2d4f'));
  }
  // Daon High: a long block with rows of windows, a few with red eyes.
  out.rect(40, 110, 400, 120, hex('#514a5e'));
  out.rect(40, 104, 400, 8, hex('#6b6478'));
  out.rect(210, 80, 60, 30, hex('#5b546a'));
  out.ellipse(240, 94, 9, 9, hex('#f4f1ec'));
  out.line(240, 94, 240, 88, INK, 1);
  out.line(240, 94, 245, 94, INK, 1);
  for (let row = 0; row < 3; row++) {
    for (let c = 0; c < 14; c++) {
      const wx = 52 + c * 28;
      const wy = 120 + row * 34;
      const lit = rng.next() < 0.3;
      out.rect(wx, wy, 18, 20, lit ? hex('#f6d48a') : hex('#221c2c'));
      if (!lit && rng.next() < 0.45) {
        const ex = wx + 4 + rng.int(8);
        const ey = wy + 6 + rng.int(8);
        out.glow(ex + 1, ey + 1, 4, hex('#ff2020a0'), 1.5);
        out.glow(ex + 6, ey + 1, 4, hex('#ff2020a0'), 1.5);
        out.rect(ex, ey, 2, 2, hex('#ff4040'));
        out.rect(ex + 5, ey, 2, 2, hex('#ff4040'));
      }
    }
  }
  // Rooftop in front: parapet and a water tank.
  out.rect(0, 226, W, 44, hex('#6e716c'));
  out.rect(0, 222, W, 6, hex('#a9aca6'));
  out.ellipse(430, 208, 34, 26, hex('#2f6fa3'));
  out.ellipse(430, 196, 30, 14, hex('#4a8fc4'));
  // Joon with an extinguisher, infected climbing over the parapet.
  bigSprite(out, 150, 130, 4, (s) => drawCharacter({ r: s, ox: 0, oy: 0 }, CAST_LOOKS.joon, castPose(7), 0));
  out.rect(214, 210, 14, 30, hex('#d42a36'));
  out.rect(216, 202, 10, 8, hex('#2b2b33'));
  for (let i = 0; i < 12; i++) out.glow(240 + i * 8, 206 - i * 3, 10 + i, withAlpha(hex('#f4f8ff'), 200 - i * 12), 0.9);
  bigSprite(out, 300, 150, 3, (s) => drawCharacter({ r: s, ox: 0, oy: 0 }, infectedLook('sprinter', 0), infectedPose('sprinter', 13), 0));
  bigSprite(out, 20, 160, 3, (s) => drawCharacter({ r: s, ox: 0, oy: 0 }, infectedLook('climber', 1), infectedPose('climber', 14), 3));
  bigSprite(out, 360, 170, 3, (s) => drawCharacter({ r: s, ox: 0, oy: 0 }, infectedLook('cheerleader', 0), infectedPose('cheerleader', 0), 0));
  // Vignette.
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const d = Math.hypot((x - W / 2) / (W / 2), (y - H / 2) / (H / 2));
      if (d > 0.75) out.px(x, y, withAlpha(INK, Math.min(200, (d - 0.75) * 400)));
    }
  return out;
}

/** App icon designed at 32 px (an extinguisher and two red eyes on a pink disc), scaled to `size`. */
export function buildAppIcon(size: number, maskable: boolean): Raster {
  const base = new Raster(32, 32);
  base.rect(0, 0, 32, 32, hex('#1d1824'));
  const disc: Rgba = hex('#e8588a');
  base.ellipse(16, 16, maskable ? 11 : 14, maskable ? 11 : 14, disc);
  base.rect(13, 9, 6, 15, hex('#d42a36'));
  base.rect(14, 10, 1, 12, hex('#ff8080'));
  base.rect(14, 6, 4, 3, INK);
  base.line(17, 7, 22, 5, INK, 1);
  base.rect(13, 15, 6, 2, hex('#f4f1ec'));
  base.rect(7, 12, 2, 2, hex('#ff2626'));
  base.rect(23, 12, 2, 2, hex('#ff2626'));
  base.outline(0, 0, 32, 32, INK);
  const out = new Raster(size, size);
  const k = size / 32;
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) out.put(x, y, base.get(Math.floor(x / k), Math.floor(y / k)));
  void shade;
  return out;
}
