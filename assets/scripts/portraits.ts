/**
 * Bust portraits for the interludes: each of the cast (the looks of characters.ts
 * CAST_LOOKS, drawn large) with six expressions, in `img/portraits.png`. Flat shapes with a
 * dark outline and one shade per surface, so the silhouettes and faces read when shown
 * at 96 px on a 360x640 phone. Mr. Baek, the science teacher, has no sprite: his look is here.
 */
import { PORTRAIT_CAST, PORTRAIT_COLUMNS, PORTRAIT_EXPRESSIONS, PORTRAIT_SIZE, type PortraitCastId, type PortraitExpression } from '../../src/assets/portraits';
import { CAST_LOOKS, type Look } from './characters';
import { Raster, hex, mix, shade, withAlpha, type Rgba } from './raster';

const S = PORTRAIT_SIZE;
const OUTLINE = hex('#18141c');
const INK = hex('#1f1a24');

/** What a portrait adds to a sprite look: face details the 32 px sprite cannot show. */
export interface PortraitLook extends Look {
  /** Half-infected (Ji-an): pale skin, glowing eyes, veins creeping up the neck. */
  halfInfected?: boolean;
  /** A lab coat over the shirt (Mr. Baek). */
  labCoat?: boolean;
  /** Grey streaks in the hair and lines under the eyes (Mr. Baek). */
  older?: boolean;
  /** A small scar through one eyebrow (Gu-ho). */
  scar?: boolean;
  /** Freckles across the nose (Tae-min). */
  freckles?: boolean;
}

const MR_BAEK: PortraitLook = {
  ...CAST_LOOKS.joon,
  skin: hex('#e2b58e'),
  hair: hex('#3b3836'),
  hairStyle: 'messy',
  top: hex('#eef0ee'),
  inner: hex('#9bb3c9'),
  tie: hex('#2f3b52'),
  width: 6,
  glasses: true,
  labCoat: true,
  older: true,
};

/** Portrait looks by cast id: the sprite looks (characters.ts), plus what a close-up shows. */
export const PORTRAIT_LOOKS: Record<PortraitCastId, PortraitLook> = {
  joon: { ...CAST_LOOKS.joon },
  'seo-yeon': { ...CAST_LOOKS.seoyeon },
  'ji-an': { ...CAST_LOOKS.jian, skin: hex('#dfe3d6'), halfInfected: true },
  'tae-min': { ...CAST_LOOKS.taemin, freckles: true },
  'gu-ho': { ...CAST_LOOKS.guho, scar: true, shoulders: 3 },
  'da-som': { ...CAST_LOOKS.dasom },
  'mr-baek': MR_BAEK,
};

/** Face parts per expression: brow tilt (+ = inner ends up), eye openness, mouth kind, extras. */
interface Face {
  browTilt: number;
  browLift: number;
  eyeOpen: number;
  /** Pupils look down (sad) or are small (scared). */
  lookDown?: boolean;
  smallPupils?: boolean;
  happyEyes?: boolean;
  mouth: 'flat' | 'wavy' | 'grit' | 'frown' | 'grin' | 'gasp';
  tear?: boolean;
  sweat?: boolean;
  blush?: boolean;
}

const FACES: Record<PortraitExpression, Face> = {
  neutral: { browTilt: 0, browLift: 0, eyeOpen: 1, mouth: 'flat' },
  worried: { browTilt: 3, browLift: 1, eyeOpen: 1, mouth: 'wavy', sweat: true },
  angry: { browTilt: -4, browLift: -1, eyeOpen: 0.7, mouth: 'grit' },
  sad: { browTilt: 3.5, browLift: 0, eyeOpen: 0.65, lookDown: true, mouth: 'frown', tear: true },
  smile: { browTilt: 0, browLift: 1.5, eyeOpen: 1, happyEyes: true, mouth: 'grin', blush: true },
  scared: { browTilt: 2.5, browLift: 3, eyeOpen: 1.35, smallPupils: true, mouth: 'gasp', sweat: true },
};

/** Draws one bust at (ox, oy) in `r`. */
export function drawPortrait(r: Raster, ox: number, oy: number, look: PortraitLook, expression: PortraitExpression): void {
  const face = FACES[expression];
  const frame = new Raster(S, S);
  const px = (x: number, y: number, c: Rgba) => frame.px(x, y, c);
  const rect = (x: number, y: number, w: number, h: number, c: Rgba) => frame.rect(x, y, w, h, c);
  const ell = (x: number, y: number, rx: number, ry: number, c: Rgba) => frame.ellipse(x, y, rx, ry, c);
  const line = (x0: number, y0: number, x1: number, y1: number, c: Rgba, t: number) => frame.line(x0, y0, x1, y1, c, t);

  const cx = 48;
  const headY = 40;
  const skin = look.skin;
  const skinShade = shade(skin, -0.16);
  const hair = look.older ? mix(look.hair, hex('#b9b6b0'), 0.35) : look.hair;
  const hairHi = shade(hair, 0.25);
  const broad = (look.shoulders ?? 0) * 2;

  // ---- behind the head: long hair, tails, the quiver's arrows.
  if (look.hairStyle === 'ponytail') {
    ell(cx + 20, headY + 14, 7, 16, hair);
    ell(cx + 21, headY + 10, 3, 8, hairHi);
  }
  if (look.hairStyle === 'highTail') {
    line(cx + 14, headY - 20, cx + 28, headY - 4, hair, 9);
    line(cx + 28, headY - 4, cx + 26, headY + 18, hair, 8);
    ell(cx + 13, headY - 21, 4, 4, hex('#e47aa0'));
  }
  if (look.hairStyle === 'bob') ell(cx, headY + 4, 25, 24, hair);
  if (look.quiver) {
    for (const [dx, c] of [[-26, hex('#e8e0d0')], [-21, hex('#e85d5d')], [-31, hex('#e8e0d0')]] as const) {
      line(cx + dx, 84, cx + dx - 4, 50, hex('#7a4b2a'), 2);
      line(cx + dx - 4, 52, cx + dx - 6, 44, c, 4);
    }
  }

  // ---- shoulders and chest.
  const top = look.top;
  ell(cx, 100, 40 + broad, 30, top);
  ell(cx - 18 - broad, 84, 12, 8, shade(top, 0.12));
  // Shirt (or hoodie front) in a V, with the tie.
  const inner = look.inner;
  for (let y = 70; y < S; y++) {
    const half = Math.max(0, (y - 68) * 0.45);
    rect(cx - half, y, half * 2 + 1, 1, inner);
  }
  if (look.labCoat) {
    // Lapels of the coat over a blue shirt, a pen in the pocket.
    line(cx - 10, 72, cx - 20, 96, shade(top, -0.12), 3);
    line(cx + 10, 72, cx + 20, 96, shade(top, -0.12), 3);
    rect(cx + 22, 84, 8, 1, shade(top, -0.2));
    rect(cx + 24, 79, 2, 6, hex('#3465a4'));
  }
  line(cx, 74, cx, 90, look.tie, 4);
  ell(cx, 74, 3, 2.5, shade(look.tie, -0.15));
  if (look.armband) rect(cx + 28 + broad, 80, 10, 8, look.armband);
  if (look.chain) for (let i = -6; i <= 6; i++) px(cx + i, 72 + Math.round((i * i) / 8), hex('#f2c53d'));
  if (look.quiver) line(cx - 30, 76, cx + 26, 98, hex('#7a4b2a'), 3);
  if (look.headphones) {
    // Headphones round the neck.
    ell(cx, 70, 16, 6, look.headphones);
    ell(cx, 68, 12, 4, skinShade);
    ell(cx - 15, 70, 4, 5, shade(look.headphones, -0.2));
    ell(cx + 15, 70, 4, 5, shade(look.headphones, -0.2));
  }

  // ---- neck and head.
  rect(cx - 7, 56, 15, 14, skinShade);
  ell(cx, 68, 7, 3, skinShade);
  if (look.halfInfected) {
    // Veins from the bite, up the side of the neck.
    line(cx + 6, 68, cx + 3, 58, hex('#5c5a80'), 1);
    line(cx + 4, 63, cx + 7, 59, hex('#5c5a80'), 1);
    line(cx - 4, 69, cx - 6, 62, hex('#5c5a80'), 1);
  }
  ell(cx - 20, headY + 4, 4, 6, skinShade);
  ell(cx + 20, headY + 4, 4, 6, skinShade);
  ell(cx, headY, 19, 22, skin);
  ell(cx, headY + 10, 16, 14, skin);
  // One side of the face in shade: volume.
  ell(cx + 14, headY + 8, 4, 10, withAlpha(skinShade, 120));

  // ---- hair, front.
  drawHairFront(frame, look, hair, hairHi, cx, headY);

  // ---- face.
  const eyeY = headY + 4 - (face.eyeOpen > 1 ? 1 : 0);
  const eyes = [cx - 9, cx + 9];
  const glowEyes = look.halfInfected;
  for (const [i, ex] of eyes.entries()) {
    const side = i === 0 ? -1 : 1;
    if (face.happyEyes) {
      // Closed, upturned eyes: ^ ^.
      line(ex - 4, eyeY + 1, ex, eyeY - 2, INK, 2);
      line(ex, eyeY - 2, ex + 4, eyeY + 1, INK, 2);
    } else {
      const h = 3.4 * face.eyeOpen;
      ell(ex, eyeY, 5, h, hex('#fbf8f4'));
      const irisC = glowEyes ? hex('#ffb43c') : look.eyes;
      const pr = face.smallPupils ? 1.6 : 2.8;
      const pdy = face.lookDown ? 1.2 : 0;
      ell(ex, eyeY + pdy, pr, Math.min(h, pr + 0.6), irisC);
      if (glowEyes) {
        ell(ex, eyeY + pdy, 1.2, 1.2, hex('#fff4c8'));
        frame.glow(ex, eyeY, 9, withAlpha(hex('#ffc050'), 120));
      } else px(ex - 1, eyeY - 1 + pdy, hex('#ffffff'));
      // Upper lid: a heavy line, lowered when the eyes narrow.
      const lidY = eyeY - h + 0.5;
      line(ex - 5, lidY + 1, ex + 5, lidY, INK, 2);
      if (face.eyeOpen < 0.8) rect(ex - 5, lidY - 2, 11, 2, skin);
      if (look.older) line(ex - 3, eyeY + 5, ex + 3, eyeY + 5, skinShade, 1);
    }
    // Brows: the inner end (towards the nose) rises with browTilt.
    const by = eyeY - 8 - face.browLift;
    const inner = ex - side * 4;
    const outer = ex + side * 5;
    line(outer, by, inner, by - face.browTilt, shade(hair, -0.2), face.browTilt < 0 ? 3.6 : 3);
    if (look.scar && i === 1) line(ex + 1, by - 3, ex - 1, by + 3, shade(skin, 0.35), 1.5);
  }
  if (look.glasses) {
    for (const ex of eyes) {
      const g = hex('#2b2b33');
      rect(ex - 7, eyeY - 5, 14, 1, g);
      rect(ex - 7, eyeY + 5, 14, 1, g);
      rect(ex - 7, eyeY - 5, 1, 11, g);
      rect(ex + 6, eyeY - 5, 1, 11, g);
      px(ex + 3, eyeY - 3, hex('#cfe6f2'));
      px(ex + 4, eyeY - 4, hex('#cfe6f2'));
    }
    rect(cx - 2, eyeY - 3, 5, 1, hex('#2b2b33'));
  }
  // Nose.
  line(cx + 1, headY + 10, cx, headY + 13, skinShade, 1.5);
  if (look.freckles) for (const [dx, dy] of [[-8, 10], [-6, 12], [-10, 12], [7, 10], [9, 12], [5, 12]]) px(cx + dx!, headY + dy!, shade(skin, -0.3));
  if (face.blush) {
    ell(cx - 12, headY + 12, 4, 2, withAlpha(hex('#f07a8a'), 150));
    ell(cx + 12, headY + 12, 4, 2, withAlpha(hex('#f07a8a'), 150));
  }
  if (look.halfInfected) {
    // Grey-violet shadows round the eyes, a vein at the temple.
    ell(cx - 9, eyeY + 5, 5, 1.5, withAlpha(hex('#7a7898'), 150));
    ell(cx + 9, eyeY + 5, 5, 1.5, withAlpha(hex('#7a7898'), 150));
    line(cx + 17, headY - 4, cx + 14, headY + 2, hex('#6a6890'), 1);
  }
  // Mouth.
  const my = headY + 18;
  const lip = shade(skin, -0.45);
  const dark = hex('#4a1422');
  switch (face.mouth) {
    case 'flat':
      line(cx - 4, my, cx + 4, my, lip, 2);
      break;
    case 'wavy':
      line(cx - 5, my + 1, cx - 2, my, lip, 2);
      line(cx - 2, my, cx + 2, my + 1, lip, 2);
      line(cx + 2, my + 1, cx + 5, my, lip, 2);
      break;
    case 'grit':
      rect(cx - 6, my - 2, 13, 5, dark);
      rect(cx - 5, my - 1, 11, 3, hex('#f4f1ec'));
      rect(cx - 5, my, 11, 1, shade(hex('#f4f1ec'), -0.3));
      break;
    case 'frown':
      line(cx - 6, my + 2, cx - 2, my, lip, 2);
      line(cx - 2, my, cx + 2, my, lip, 2);
      line(cx + 2, my, cx + 6, my + 2, lip, 2);
      break;
    case 'grin':
      ell(cx, my - 1, 7, 5, dark);
      rect(cx - 8, my - 7, 17, 6, skin);
      rect(cx - 5, my - 1, 11, 2, hex('#f4f1ec'));
      ell(cx, my + 2.5, 3, 1.2, hex('#d8606e'));
      break;
    case 'gasp':
      ell(cx, my + 1, 3.5, 5, dark);
      ell(cx, my + 3, 2, 1.5, hex('#a33a4a'));
      break;
  }
  if (face.tear) {
    ell(cx - 12, eyeY + 8, 1.6, 2.5, hex('#8fd3ff'));
    px(cx - 12, eyeY + 7, hex('#e8f7ff'));
  }
  if (face.sweat) {
    ell(cx + 21, headY - 8, 2, 3, hex('#8fd3ff'));
    px(cx + 21, headY - 10, hex('#8fd3ff'));
    px(cx + 20, headY - 9, hex('#e8f7ff'));
  }
  if (look.older) {
    // Stubble along the jaw.
    for (let x = -12; x <= 12; x += 3) px(cx + x, headY + 22 - Math.abs(x) / 3, withAlpha(shade(hair, -0.2), 140));
  }

  frame.outline(0, 0, S, S, OUTLINE);
  r.blit(frame, 0, 0, S, S, ox, oy);
}

function drawHairFront(r: Raster, look: PortraitLook, c: Rgba, hi: Rgba, cx: number, hy: number): void {
  const ell = (x: number, y: number, rx: number, ry: number, col: Rgba) => r.ellipse(x, y, rx, ry, col);
  const line = (x0: number, y0: number, x1: number, y1: number, col: Rgba, t: number) => r.line(x0, y0, x1, y1, col, t);
  switch (look.hairStyle) {
    case 'buzz':
      ell(cx, hy - 10, 19, 13, c);
      // The hairline: short hair only over the top; stubble dots.
      for (let x = -14; x <= 14; x += 4) r.px(cx + x, hy - 20 + Math.abs(x) / 3, hi);
      return;
    case 'spiky':
      ell(cx, hy - 11, 21, 13, c);
      // Gelled spikes swept up and to one side, uneven lengths.
      for (const [i, len] of [[-3, 9], [-2, 14], [-1, 12], [0, 16], [1, 11], [2, 13], [3, 8]] as const) {
        const bx = cx + i * 6;
        const by = hy - 17 + Math.abs(i);
        line(bx, by, bx + 5 + i * 2, by - len, c, 5);
      }
      line(cx - 14, hy - 10, cx - 6, hy - 4, c, 6);
      line(cx + 2, hy - 10, cx + 8, hy - 3, c, 5);
      line(cx - 8, hy - 20, cx - 4, hy - 26, hi, 2);
      return;
    case 'messy':
      ell(cx, hy - 11, 21, 13, c);
      // Uneven fringe tufts over the brow.
      for (const [x0, x1, y1] of [[-16, -12, -3], [-10, -6, -1], [-3, 1, -4], [4, 9, -2], [11, 15, -5]] as const) line(cx + x0, hy - 12, cx + x1, hy + y1, c, 6);
      line(cx - 19, hy - 8, cx - 20, hy + 6, c, 5);
      line(cx + 19, hy - 8, cx + 20, hy + 6, c, 5);
      line(cx + 2, hy - 22, cx + 8, hy - 27, c, 4);
      line(cx - 10, hy - 19, cx - 4, hy - 21, hi, 2);
      // Grey at the temples, swept back.
      if (look.older) for (const sd of [-1, 1]) for (const k of [0, 3]) line(cx + sd * (20 - k), hy + 4 - k, cx + sd * (13 - k), hy - 14, hex('#d8d4cc'), 2);
      return;
    case 'bob':
      ell(cx, hy - 9, 22, 15, c);
      // Straight fringe, sides to the jaw.
      r.rect(cx - 18, hy - 10, 36, 6, c);
      r.rect(cx - 23, hy - 8, 6, 26, c);
      r.rect(cx + 18, hy - 8, 6, 26, c);
      line(cx - 12, hy - 18, cx - 2, hy - 20, hi, 2);
      return;
    case 'ponytail':
    case 'highTail':
    default:
      // Pulled back: smooth cap, a parting, a few strands at the temples.
      ell(cx, hy - 11, 21, 13, c);
      line(cx - 4, hy - 22, cx - 16, hy - 6, c, 7);
      line(cx - 4, hy - 22, cx + 14, hy - 8, c, 7);
      line(cx - 19, hy - 6, cx - 19, hy + 10, c, 3);
      line(cx + 19, hy - 6, cx + 19, hy + 10, c, 3);
      line(cx - 10, hy - 18, cx - 2, hy - 22, hi, 2);
  }
}

/** The portraits sheet: one row per PORTRAIT_CAST, one column per PORTRAIT_EXPRESSIONS. */
export function buildPortraitSheet(): Raster {
  const out = new Raster(PORTRAIT_COLUMNS * S, PORTRAIT_CAST.length * S);
  PORTRAIT_CAST.forEach((id, row) => {
    PORTRAIT_EXPRESSIONS.forEach((ex, col) => drawPortrait(out, col * S, row * S, PORTRAIT_LOOKS[id], ex));
  });
  return out;
}
