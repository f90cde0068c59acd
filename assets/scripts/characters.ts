/**
 * Characters as paper dolls described in code: a body model (legs, torso, arms, head,
 * hair, face) posed per animation frame and drawn with thick strokes, then outlined so
 * silhouettes read at phone size. The cast wear Daon High's pink-and-grey uniform; the
 * infected reuse the same model with grey skin, veins, red eyes and broken poses.
 */
import {
  CAST,
  CAST_COLUMNS,
  CHARACTER_FRAME,
  DIRECTIONS,
  INFECTED_ANIMS,
  INFECTED_COLUMNS,
  INFECTED_KINDS,
  type CastMember,
  type InfectedKind,
} from '../../src/assets/frames';
import { Raster, hex, shade, withAlpha, type Rgba } from './raster';

const F = CHARACTER_FRAME;
const OUTLINE = hex('#18141c');

type HairStyle = 'messy' | 'ponytail' | 'bob' | 'spiky' | 'buzz' | 'highTail' | 'long' | 'bald';

export interface Look {
  skin: Rgba;
  hair: Rgba;
  hairStyle: HairStyle;
  top: Rgba; // jacket / blazer
  inner: Rgba; // shirt / hoodie front
  tie: Rgba;
  bottom: Rgba;
  skirt: boolean;
  shoes: Rgba;
  width: number; // torso half-width in the front view
  eyes: Rgba;
  infected?: boolean;
  glasses?: boolean;
  armband?: Rgba;
  headphones?: Rgba;
  quiver?: boolean;
  chain?: boolean;
  pompoms?: Rgba;
  whistle?: boolean;
  blood?: number; // 0..1 how much strawberry syrup
  hood?: Rgba; // a hoodie's hood, up (the climber)
  stripe?: Rgba; // track-suit stripes down the sleeves and legs (the coach)
  shoulders?: number; // extra half-width at the shoulders (a broad build)
}

/** Pose of one frame; offsets in px, arm/leg angles in radians from hanging straight down. */
export interface Pose {
  bob: number;
  legSwing: number; // -1..1
  legLift: number;
  armL: number;
  armR: number;
  armLen?: number;
  armsUp?: boolean;
  reach?: number; // arms forward (toward the facing direction), 0..1
  armSpread?: number; // front view: how far an arm's angle swings it out sideways (0.5; the dance opens it to 1)
  headDx: number;
  headDy: number;
  lean: number;
  mouth?: boolean;
  crouch?: number;
  tilt?: number; // whole body sideways shift of the upper half (stagger)
  pomUp?: number; // pom-pom twirl phase
  eyesClosed?: boolean; // asleep
  noShadow?: boolean; // drawn lying down: the caller adds its own shadow
}

const BASE_UNIFORM = {
  top: hex('#8b909b'),
  inner: hex('#f4f1ec'),
  tie: hex('#e4668f'),
  bottom: hex('#5d616c'),
  shoes: hex('#2b2a30'),
  eyes: hex('#1f1a24'),
};

export const CAST_LOOKS: Record<CastMember, Look> = {
  joon: { ...BASE_UNIFORM, skin: hex('#f0c8a0'), hair: hex('#23202a'), hairStyle: 'messy', inner: hex('#e8588a'), tie: hex('#e8588a'), skirt: false, width: 6, shoes: hex('#f4f4f4') },
  seoyeon: { ...BASE_UNIFORM, skin: hex('#f3cfae'), hair: hex('#1c1a22'), hairStyle: 'ponytail', bottom: hex('#d9739a'), skirt: true, width: 5, armband: hex('#f2c53d') },
  jian: { ...BASE_UNIFORM, skin: hex('#f6dcc4'), hair: hex('#3a2a24'), hairStyle: 'bob', top: hex('#6f7480'), skirt: true, bottom: hex('#5d616c'), width: 5, glasses: true },
  taemin: { ...BASE_UNIFORM, skin: hex('#e9bd92'), hair: hex('#c8743a'), hairStyle: 'spiky', top: hex('#9aa0ab'), skirt: false, width: 6, headphones: hex('#4fc28a') },
  guho: { ...BASE_UNIFORM, skin: hex('#dcae86'), hair: hex('#2a2622'), hairStyle: 'buzz', top: hex('#4f535d'), inner: hex('#1e1e22'), tie: hex('#1e1e22'), skirt: false, width: 7, chain: true },
  dasom: { ...BASE_UNIFORM, skin: hex('#efc49c'), hair: hex('#5a3522'), hairStyle: 'highTail', top: hex('#e47aa0'), inner: hex('#f4f1ec'), skirt: false, bottom: hex('#6b6f7a'), width: 5, quiver: true },
};

// ------------------------------------------------------------------ body model

interface Frame {
  r: Raster;
  ox: number;
  oy: number;
}

function p(fr: Frame, x: number, y: number, c: Rgba): void {
  fr.r.px(fr.ox + x, fr.oy + y, c);
}
function rect(fr: Frame, x: number, y: number, w: number, h: number, c: Rgba): void {
  fr.r.rect(fr.ox + x, fr.oy + y, w, h, c);
}
function ell(fr: Frame, x: number, y: number, rx: number, ry: number, c: Rgba): void {
  fr.r.ellipse(fr.ox + x, fr.oy + y, rx, ry, c);
}
function line(fr: Frame, x0: number, y0: number, x1: number, y1: number, c: Rgba, t: number): void {
  fr.r.line(fr.ox + x0, fr.oy + y0, fr.ox + x1, fr.oy + y1, c, t);
}

/** Draws one character frame; `dir` 0 down, 1 left, 3 up (right is mirrored from left by the caller). */
export function drawCharacter(fr: Frame, look: Look, pose: Pose, dir: number): void {
  const cx = 16;
  const crouch = pose.crouch ?? 0;
  const groundY = 29;
  const hipY = 21 + pose.bob + crouch;
  const shoulderY = 13 + pose.bob + crouch * 1.5;
  const tilt = pose.tilt ?? 0;
  const bodyX = cx + pose.lean * (dir === 1 ? -1 : 0) + tilt;
  const side = dir === 1;
  const back = dir === 3;
  const w = side ? Math.max(3, look.width - 2) : look.width;

  // Ground shadow.
  if (!pose.noShadow) fr.r.ellipse(fr.ox + cx, fr.oy + groundY, 8 + (look.width - 5), 2.6, withAlpha(hex('#000000'), 90));

  const armLen = pose.armLen ?? 8;
  const drawArm = (sx: number, angle: number, front: boolean) => {
    let hx: number;
    let hy: number;
    if (pose.armsUp) {
      hx = sx + Math.sin(angle) * armLen * 0.6;
      hy = shoulderY - armLen * 0.9;
    } else if (side) {
      // Angle swings the arm forward (-x for a left-facing character) and back.
      const reach = pose.reach ?? 0;
      hx = sx - Math.sin(angle) * armLen - reach * armLen * 0.9;
      hy = shoulderY + Math.cos(angle) * armLen * (1 - reach * 0.8);
    } else {
      const reach = pose.reach ?? 0;
      hx = sx + Math.sin(angle) * armLen * (pose.armSpread ?? 0.5);
      hy = shoulderY + Math.cos(angle) * armLen * (1 - reach * 0.5) + (back ? -reach * 3 : reach * 2);
    }
    const sleeve = look.top;
    const thick = 3.2 + (look.shoulders ?? 0) * 0.5;
    line(fr, sx, shoulderY + 1, (sx + hx) / 2, (shoulderY + 1 + hy) / 2, sleeve, thick);
    if (look.stripe) line(fr, sx, shoulderY + 1, (sx + hx) / 2, (shoulderY + 1 + hy) / 2, look.stripe, 1);
    line(fr, (sx + hx) / 2, (shoulderY + 1 + hy) / 2, hx, hy, look.infected ? look.skin : sleeve, 3);
    ell(fr, hx, hy, 1.8, 1.8, look.skin);
    if (look.pompoms) {
      const k = pose.pomUp ?? 0;
      ell(fr, hx + (front ? 0 : 0), hy - k, 3.6, 3.2, look.pompoms);
      p(fr, hx - 1, hy - 1 - k, shade(look.pompoms, 0.4));
      p(fr, hx + 1, hy + 1 - k, shade(look.pompoms, -0.25));
    }
  };

  // Quiver on the back: behind the body except from the back.
  if (look.quiver && !back) {
    rect(fr, bodyX + (side ? 3 : 3), shoulderY - 3, 3, 9, hex('#7a4b2a'));
    rect(fr, bodyX + (side ? 3 : 3), shoulderY - 5, 1, 3, hex('#e8e0d0'));
    rect(fr, bodyX + (side ? 5 : 5), shoulderY - 5, 1, 3, hex('#e85d5d'));
  }

  // Far arm (side view) is drawn before the body.
  if (side) drawArm(bodyX + 1, -pose.armL, false);

  // Legs.
  const legSpread = side ? 0 : 2.5;
  for (const s of [-1, 1]) {
    const swing = pose.legSwing * s;
    const hx = bodyX + (side ? 0 : s * legSpread);
    let fx = hx;
    let fy = groundY - 1;
    if (side) fx = hx + swing * 4;
    else fy = groundY - 1 - Math.max(0, swing) * pose.legLift;
    const legColour = look.skirt ? look.skin : look.bottom;
    line(fr, hx, hipY, fx, fy - 1, legColour, side ? 3 : 3.4);
    if (look.stripe) line(fr, hx + (side ? 0 : s), hipY, fx + (side ? 0 : s), fy - 2, look.stripe, 1);
    if (look.skirt) line(fr, hx, fy - 3, fx, fy - 1, hex('#f0f0f0'), 3); // socks
    rect(fr, fx - 1.5 - (side ? 1 : 0), fy - 1, side ? 4 : 3, 2, look.shoes);
  }

  // Torso: jacket with a shirt/hoodie front, tie, hem.
  const torsoTop = shoulderY - 1;
  const torsoH = hipY - torsoTop + 1;
  rect(fr, bodyX - w, torsoTop, w * 2 + 1, torsoH, look.top);
  const sh = side ? Math.floor((look.shoulders ?? 0) / 2) : (look.shoulders ?? 0);
  if (sh > 0) ell(fr, bodyX, torsoTop + 2, w + sh, 3, look.top);
  if (!back && !side) {
    rect(fr, bodyX - 2, torsoTop, 5, torsoH - 2, look.inner);
    rect(fr, bodyX, torsoTop + 1, 1, Math.min(5, torsoH - 3), look.tie);
  }
  if (side) rect(fr, bodyX - w, torsoTop, 2, torsoH - 2, look.inner);
  if (look.skirt) {
    rect(fr, bodyX - w - 1, hipY - 2, w * 2 + 3, 5, look.bottom);
    for (let x = -w; x <= w; x += 2) p(fr, bodyX + x, hipY + 2, shade(look.bottom, -0.25));
  } else {
    rect(fr, bodyX - w, hipY - 1, w * 2 + 1, 2, look.bottom);
  }
  if (look.armband) rect(fr, bodyX + w - 1, shoulderY + 2, 2, 2, look.armband);
  if (look.chain && !back) {
    p(fr, bodyX - 1, torsoTop + 2, hex('#f2c53d'));
    p(fr, bodyX, torsoTop + 3, hex('#f2c53d'));
    p(fr, bodyX + 1, torsoTop + 2, hex('#f2c53d'));
  }
  if (look.whistle && !back) {
    rect(fr, bodyX + 2, torsoTop + 4, 2, 2, hex('#d9dde3'));
  }
  if (look.quiver && back) {
    rect(fr, bodyX - 1, shoulderY - 4, 3, 10, hex('#7a4b2a'));
    rect(fr, bodyX - 1, shoulderY - 6, 1, 3, hex('#e8e0d0'));
    rect(fr, bodyX + 1, shoulderY - 6, 1, 3, hex('#e85d5d'));
  }
  if (look.infected && look.blood) {
    // Torn, syrup-stained uniform.
    rect(fr, bodyX - 1, torsoTop + 3, 3, 3, hex('#c0183a'));
    if (look.blood > 0.5) rect(fr, bodyX + w - 2, hipY - 4, 2, 3, hex('#a3142f'));
    p(fr, bodyX - w + 1, hipY - 2, look.skin);
  }

  // Arms in front.
  if (side) drawArm(bodyX - 1, pose.armR, true);
  else {
    drawArm(bodyX - w - 1 - sh, pose.armL, true);
    drawArm(bodyX + w + 1 + sh, -pose.armR, true);
  }

  // Head.
  const hx = bodyX + pose.headDx + (side ? -1 : 0);
  const hy = 8 + pose.bob + pose.headDy + crouch * 1.5;
  ell(fr, hx, hy, 6.2, 5.8, look.skin);
  if (look.hood) {
    // The hood frames the face: a dark ring round the head, open at the front.
    ell(fr, hx + (side ? 1 : 0), hy - 0.5, 7.4, 6.8, look.hood);
    if (!back) ell(fr, hx - (side ? 1.5 : 0), hy + 1, side ? 4 : 4.8, 4.4, look.skin);
    p(fr, hx - 3, hy - 6, shade(look.hood, 0.25));
  } else drawHair(fr, look, hx, hy, dir);
  if (look.headphones) {
    if (side) rect(fr, hx - 1, hy + 5, 5, 2, look.headphones);
    else rect(fr, hx - 5, hy + 5, 11, 2, look.headphones);
  }
  if (back) return;
  // Face.
  const eyeY = Math.round(hy + 1);
  const eyes = look.eyes;
  if (pose.eyesClosed) {
    // Shut eyes: dark lids, no red.
    if (side) rect(fr, hx - 5, eyeY, 2, 1, hex('#3c3a52'));
    else {
      rect(fr, hx - 3, eyeY, 2, 1, hex('#3c3a52'));
      rect(fr, hx + 2, eyeY, 2, 1, hex('#3c3a52'));
    }
  } else if (side) {
    if (look.infected) {
      rect(fr, hx - 5, eyeY - 1, 2, 2, eyes);
      p(fr, hx - 5, eyeY - 1, hex('#ffd0d0'));
    } else rect(fr, hx - 4, eyeY, 1, 2, eyes);
    if (pose.mouth) rect(fr, hx - 5, eyeY + 3, 2, 2, hex('#3a0a14'));
    if (look.glasses) rect(fr, hx - 5, eyeY, 3, 1, hex('#2b2b33'));
  } else {
    if (look.infected) {
      rect(fr, hx - 3, eyeY - 1, 2, 2, eyes);
      rect(fr, hx + 2, eyeY - 1, 2, 2, eyes);
      p(fr, hx - 3, eyeY - 1, hex('#ffd0d0'));
      p(fr, hx + 2, eyeY - 1, hex('#ffd0d0'));
    } else {
      rect(fr, hx - 3, eyeY, 1, 2, eyes);
      rect(fr, hx + 3, eyeY, 1, 2, eyes);
    }
    if (look.glasses) {
      rect(fr, hx - 4, eyeY - 1, 3, 3, withAlpha(hex('#2b2b33'), 200));
      rect(fr, hx + 2, eyeY - 1, 3, 3, withAlpha(hex('#2b2b33'), 200));
      rect(fr, hx - 3, eyeY, 1, 1, hex('#cfe6f2'));
      rect(fr, hx + 3, eyeY, 1, 1, hex('#cfe6f2'));
    }
    if (pose.mouth) rect(fr, hx - 1, eyeY + 3, 3, 2, hex('#3a0a14'));
    else if (!look.infected) p(fr, hx, eyeY + 3, shade(look.skin, -0.25));
  }
  if (look.infected) {
    // Dark veins on the face.
    p(fr, hx - 5, hy + 3, hex('#3c3a52'));
    p(fr, hx - 4, hy + 4, hex('#3c3a52'));
    p(fr, hx + 4, hy - 1, hex('#3c3a52'));
  }
}

function drawHair(fr: Frame, look: Look, hx: number, hy: number, dir: number): void {
  const c = look.hair;
  const hi = shade(c, 0.22);
  const side = dir === 1;
  const back = dir === 3;
  switch (look.hairStyle) {
    case 'bald':
      p(fr, hx - 2, hy - 4, shade(look.skin, 0.2));
      return;
    case 'buzz':
      ell(fr, hx, hy - 2.5, 6.2, 3.8, c);
      if (back) ell(fr, hx, hy, 6.2, 5, c);
      return;
    case 'spiky':
      ell(fr, hx, hy - 2.5, 6.6, 4, c);
      for (let i = -2; i <= 2; i++) line(fr, hx + i * 2.5, hy - 4, hx + i * 3, hy - 8, c, 2);
      p(fr, hx - 2, hy - 5, hi);
      if (back) ell(fr, hx, hy, 6.4, 5.2, c);
      return;
    default:
  }
  // Fringed styles: cap of hair, then the tail/length.
  ell(fr, hx + (side ? 1 : 0), hy - 3, 6.8, 3.8, c);
  if (!back && !side) {
    rect(fr, hx - 6, hy - 2, 3, 3, c);
    rect(fr, hx + 4, hy - 2, 3, 3, c);
    if (look.hairStyle === 'messy') {
      p(fr, hx - 1, hy - 1, c);
      p(fr, hx + 2, hy - 1, c);
    }
  }
  if (side) rect(fr, hx + 2, hy - 3, 5, 6, c);
  if (back) ell(fr, hx, hy, 6.6, 5.6, c);
  p(fr, hx - 2, hy - 5, hi);
  p(fr, hx - 1, hy - 5, hi);
  switch (look.hairStyle) {
    case 'ponytail':
      if (back) line(fr, hx, hy + 2, hx + 1, hy + 8, c, 3);
      else if (side) line(fr, hx + 6, hy, hx + 8, hy + 6, c, 3);
      else {
        rect(fr, hx - 7, hy, 2, 5, c);
        rect(fr, hx + 6, hy, 2, 5, c);
      }
      return;
    case 'long':
      if (!side && !back) {
        rect(fr, hx - 7, hy - 1, 2, 9, c);
        rect(fr, hx + 6, hy - 1, 2, 9, c);
      } else ell(fr, hx + (side ? 3 : 0), hy + 3, 5, 5, c);
      return;
    case 'bob':
      if (!side && !back) {
        rect(fr, hx - 7, hy - 1, 3, 6, c);
        rect(fr, hx + 5, hy - 1, 3, 6, c);
      } else rect(fr, hx - (side ? -1 : 6), hy, side ? 6 : 13, 4, c);
      return;
    case 'highTail':
      if (side) line(fr, hx + 5, hy - 5, hx + 9, hy - 1, c, 3);
      else if (back) line(fr, hx, hy - 5, hx, hy + 2, c, 3.5);
      else ell(fr, hx, hy - 7, 3, 2, c);
      p(fr, hx + 3, hy - 5, hex('#e8588a'));
      return;
    default:
  }
}

// ------------------------------------------------------------------ animations

const still: Pose = { bob: 0, legSwing: 0, legLift: 0, armL: 0.15, armR: 0.15, headDx: 0, headDy: 0, lean: 0 };

export function castPose(column: number): Pose {
  if (column < 2) return { ...still, bob: column === 1 ? 1 : 0 };
  if (column < 6) {
    const ph = ((column - 2) / 4) * Math.PI * 2;
    const s = Math.sin(ph);
    return { ...still, bob: Math.abs(Math.cos(ph)) > 0.7 ? 0 : 1, legSwing: s, legLift: 2, armL: 0.15 + s * 0.5, armR: 0.15 - s * 0.5 };
  }
  const ph = ((column - 6) / 4) * Math.PI * 2 + 0.4;
  const s = Math.sin(ph);
  return { ...still, bob: Math.abs(s) > 0.7 ? 1 : -1, legSwing: s * 1.3, legLift: 3, armL: 0.2 + s * 0.9, armR: 0.2 - s * 0.9, lean: 1 };
}

export function infectedPose(kind: InfectedKind, column: number): Pose {
  const hunch: Pose = { ...still, headDx: 1, headDy: 1, armL: 0.5, armR: -0.1, armLen: kind === 'climber' ? 10 : 8 };
  if (column < 2) {
    // Idle twitch (cheerleader: pom-pom twirl).
    if (kind === 'cheerleader') return { ...still, armsUp: true, armL: column ? 0.8 : -0.8, armR: column ? -0.8 : 0.8, pomUp: column ? 2 : 0, headDx: column ? 1 : -1 };
    return column === 0 ? hunch : { ...hunch, headDx: -2, headDy: 2, armL: -0.3, armR: 0.7, tilt: 1 };
  }
  if (column < 4) {
    // Telegraph: head snaps up, mouth opens.
    return column === 2 ? { ...still, headDy: -2, headDx: 0, mouth: true, armL: 0.9, armR: 0.9 } : { ...still, headDy: 1, headDx: 0, mouth: true, lean: 2, reach: 0.6, armL: 0.6, armR: 0.6 };
  }
  if (column < 8) {
    const ph = ((column - 4) / 4) * Math.PI * 2;
    const s = Math.sin(ph);
    return { ...still, bob: Math.abs(s) > 0.7 ? 1 : -1, legSwing: s * 1.5, legLift: 3, armL: 1.2 + s * 0.5, armR: -0.4 - s * 0.5, lean: 2, headDx: s > 0 ? 1 : 0, headDy: 1, mouth: true, reach: 0.5 };
  }
  if (column < 10) {
    // Stagger after a wall slam or the extinguisher: reeling upright, arms flailing (never a
    // crouch: that is the wind-up; a long stagger is drawn knocked down instead).
    return column === 8 ? { ...still, tilt: 3, headDx: 3, headDy: 1, armL: 1.8, armR: -1.6, legSwing: 0.6, legLift: 1 } : { ...still, tilt: -3, headDx: -3, headDy: 0, armsUp: true, armL: -0.9, armR: 0.9, legSwing: -0.8, legLift: 2, mouth: true };
  }
  if (column < 12) {
    // Bash a door: arms overhead, then down.
    return column === 10 ? { ...still, armsUp: true, armL: 0.2, armR: -0.2, headDy: -1, mouth: true } : { ...still, reach: 1, armL: 0.4, armR: 0.4, lean: 2, headDy: 1, mouth: true, crouch: 1 };
  }
  if (column < 14) {
    // Grab: both arms forward, then a pull.
    return column === 12 ? { ...still, reach: 1, armL: 0.3, armR: 0.3, lean: 2, mouth: true } : { ...still, reach: 0.7, armL: 0.6, armR: 0.6, lean: 3, headDx: 1, headDy: 2, mouth: true };
  }
  if (column < 16) {
    // Climb: arms up alternating.
    return { ...still, armsUp: true, armL: column === 14 ? 0.9 : -0.3, armR: column === 14 ? 0.3 : -0.9, legSwing: column === 14 ? 0.8 : -0.8, legLift: 3, crouch: 1 };
  }
  if (column < 18) {
    // Wind-up before a sprint: a deep crouch, arms flung back, head up at the player, jaw open.
    return { ...still, crouch: column === 16 ? 4 : 5, bob: column === 16 ? 0 : 1, headDy: -1, headDx: 0, mouth: true, lean: 3, armL: -1.3, armR: -1.3, legSwing: 0.5, legLift: 0 };
  }
  if (column === 18) {
    // Asleep: drawn standing, eyes shut, arms at the sides; the sheet lays it down.
    return { ...still, armL: 0.05, armR: 0.05, eyesClosed: true, noShadow: true };
  }
  if (column < 21) {
    // Winded after a sprint: bent over, head hanging, hands on the knees, panting.
    return { ...still, crouch: 1, headDy: 4 + (column === 20 ? 1 : 0), headDx: 1, lean: 1, reach: 0.5, armL: 0.2, armR: 0.2, armLen: 7, mouth: column === 20 };
  }
  // Knocked down: sprawled, limbs flung out; the sheet lays it down.
  return { ...still, armsUp: true, armL: 1.1, armR: -1.1, legSwing: 0.9, legLift: 2, headDx: 1, mouth: true, noShadow: true };
}

const INFECTED_SKINS = [hex('#9aa39a'), hex('#a7a59b'), hex('#8f9aa3'), hex('#b0a6a0')];
const INFECTED_EYES = hex('#ff2626');

export function infectedLook(kind: InfectedKind, variant: number): Look {
  const skin = INFECTED_SKINS[variant % INFECTED_SKINS.length]!;
  const common = { skin, eyes: INFECTED_EYES, infected: true, shoes: hex('#2b2a30'), blood: (variant % 3) / 2 } as const;
  if (kind === 'cheerleader') {
    const tops = [hex('#e8588a'), hex('#f0f0f0')];
    const poms = [hex('#f6d44a'), hex('#e8588a')];
    return { ...common, hair: variant ? hex('#6b3b24') : hex('#1f1a1a'), hairStyle: variant ? 'ponytail' : 'highTail', top: tops[variant % 2]!, inner: hex('#f0f0f0'), tie: hex('#f6d44a'), bottom: hex('#e8588a'), skirt: true, width: 5, pompoms: poms[variant % 2]! };
  }
  if (kind === 'heavy') {
    // A former coach: track suit, whistle.
    // Broad shoulders and white track-suit stripes: the biggest, squarest shape on the floor.
    return { ...common, skin: variant ? hex('#a19a8e') : hex('#959e96'), hair: hex('#3a3530'), hairStyle: variant ? 'bald' : 'buzz', top: variant ? hex('#2f4a7a') : hex('#7a2430'), inner: hex('#e6e6e6'), tie: hex('#e6e6e6'), bottom: variant ? hex('#2f4a7a') : hex('#7a2430'), skirt: false, width: 8, whistle: true, stripe: hex('#f4f4f4'), shoulders: 2 };
  }
  if (kind === 'climber') {
    // A dark green hoodie with the hood up: a dark head on a low, long-armed body.
    const hoodies = [hex('#3c5a3a'), hex('#4a4030')];
    return { ...common, hair: hex('#1f1c22'), hairStyle: 'messy', top: hoodies[variant % 2]!, inner: shade(hoodies[variant % 2]!, 0.15), tie: shade(hoodies[variant % 2]!, 0.15), bottom: hex('#33363d'), skirt: false, width: 4, hood: shade(hoodies[variant % 2]!, -0.2) };
  }
  // Sprinters: ex-students in a mix of uniform pieces so a crowd is not clones.
  const hairs = [hex('#1f1c22'), hex('#4a2e20'), hex('#2a2a30'), hex('#7a4a2a')];
  const styles: HairStyle[] = ['messy', 'long', 'spiky', 'bob'];
  const tops = [hex('#8b909b'), hex('#7c818c'), hex('#e4a0b8'), hex('#f0ece4')];
  return {
    ...common,
    hair: hairs[variant % 4]!,
    hairStyle: styles[variant % 4]!,
    top: tops[variant % 4]!,
    inner: hex('#ece8e0'),
    tie: hex('#c2456e'),
    bottom: variant % 2 ? hex('#c8628a') : hex('#5d616c'),
    skirt: variant % 2 === 1,
    // Lean: the sprinters are the thinnest shapes, so the coach and the climber stand apart.
    width: 4,
  };
}

function renderSheetCell(out: Raster, col: number, row: number, look: Look, pose: Pose, dir: number, lying: 0 | 1 | -1 = 0): void {
  const scratch = new Raster(F, F);
  const fr = { r: scratch, ox: 0, oy: 0 };
  drawCharacter(fr, look, pose, dir === 2 ? 1 : dir);
  if (lying !== 0) {
    // Lying on the floor: the standing figure turned a quarter (head east for 1, west for -1),
    // lowered onto its own flat shadow. Wide and low: nothing else in the sheet has that shape.
    const flat = new Raster(F, F);
    flat.ellipse(16, 25, 13, 3.4, withAlpha(hex('#000000'), 100));
    for (let y = 0; y < F; y++) {
      for (let x = 0; x < F; x++) {
        const c = scratch.get(x, y);
        if (c[3] === 0) continue;
        // (x, y) of the standing figure -> lying: its feet (y = 29) go west or east.
        const lx = lying === 1 ? F - 1 - y : y;
        const ly = (lying === 1 ? x : F - 1 - x) + 6;
        flat.px(lx, ly, c);
      }
    }
    flat.outline(0, 0, F, F, OUTLINE, 200);
    out.blit(flat, 0, 0, F, F, col * F, row * F, dir === 2);
    return;
  }
  scratch.outline(0, 0, F, F, OUTLINE, 200);
  out.blit(scratch, 0, 0, F, F, col * F, row * F, dir === 2);
}

/** Cast sheet: rows = member x direction (down, left, right, up), columns = CAST_ANIMS. */
export function buildCastSheet(): Raster {
  const out = new Raster(CAST_COLUMNS * F, CAST.length * DIRECTIONS.length * F);
  CAST.forEach((member, m) => {
    for (let d = 0; d < DIRECTIONS.length; d++) {
      for (let c = 0; c < CAST_COLUMNS; c++) renderSheetCell(out, c, m * DIRECTIONS.length + d, CAST_LOOKS[member], castPose(c), d);
    }
  });
  return out;
}

/** Infected sheet: rows = kind x variant x direction (see infectedRow), columns = INFECTED_ANIMS. */
export function buildInfectedSheet(): Raster {
  let rows = 0;
  for (const k of Object.keys(INFECTED_KINDS) as InfectedKind[]) rows += INFECTED_KINDS[k] * DIRECTIONS.length;
  const out = new Raster(INFECTED_COLUMNS * F, rows * F);
  let row = 0;
  for (const kind of Object.keys(INFECTED_KINDS) as InfectedKind[]) {
    for (let v = 0; v < INFECTED_KINDS[kind]; v++) {
      const look = infectedLook(kind, v);
      for (let d = 0; d < DIRECTIONS.length; d++) {
        for (let c = 0; c < INFECTED_COLUMNS; c++) {
          let pose = infectedPose(kind, c);
          const lying = c === INFECTED_ANIMS.asleep.start ? 1 : c === INFECTED_ANIMS.knocked.start ? -1 : 0;
          // The climber goes about bent low, long arms hanging to the floor; the coach is big and upright.
          if (kind === 'climber' && lying === 0) pose = { ...pose, crouch: (pose.crouch ?? 0) + 3, headDy: pose.headDy + 1, armLen: 12 };
          if (kind === 'heavy') pose = { ...pose, armLen: 9 };
          // Lying figures are drawn from the front (down), whatever way they face.
          renderSheetCell(out, c, row, look, pose, lying === 0 ? d : 0, lying as 0 | 1 | -1);
        }
        row++;
      }
    }
  }
  return out;
}
