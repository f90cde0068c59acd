import * as Phaser from 'phaser';
import { TILE_SIZE } from '../assets/frames';
import { Tile } from '../sim/grid';
import { siegeSegments, type SiegeSegments } from '../sim/siege';
import { SIEGE } from '../sim/tuning';
import type { World } from '../sim/world';
import { PILE_RING_COLOR, pileRing } from './pileLook';
import { FACE_LOOKS, HEAD_LOOKS, crowdLayout, dropRect, headsShown, type CrowdLayout } from './crowdBelow';

const T = TILE_SIZE;
const CROWD_DEPTH = 1;
const PILE_DEPTH = 2;
const HELI_DEPTH = 12;
const JET_DEPTH = 16;
/** How far (tiles) the crowd reaches out from the wall over the drop. */
const CROWD_REACH = 3;
/** Canvas path: each segment's crowd is pre-drawn at this many densities (drawn on demand, then kept); two are blended between. */
const CROWD_LEVELS = 8;
/** Canvas path: two poses per density (heads bobbing, arms up and down), swapped this often a second: the crowd seethes. */
const SEETHE_HZ = 3.5;
/**
 * Behind the heads the count draws, the rest of the drop is filled by the same heads dimmed
 * (the crowd further down, in the street's dark), fading in as the count reaches this: the
 * mass behind the front rows reads as more than the bright heads alone.
 */
const FAR_FULL = 150;
/** How the far crowd is darkened: this painted over its heads. */
const FAR_DARK = 'rgba(8, 10, 18, 0.6)';
const FAR_ALPHA = 0.8;
/** Room round a segment's pre-drawn crowd for heads and arms over its edge (px). */
const PAD = 6;
/** The heads' sheet (both paths): HEAD_LOOKS looks across; rows: arms down, then arms raised up, right, down, left (toward the wall); HEAD_CELL px each. */
const HEADS_KEY = 'siegeCrowdHeads';
const HEAD_CELL = 12;

/** Hair, skin and clothes, light enough to read against the dark street far below. */
const HAIR = ['#2b2220', '#3e2f28', '#5a4232', '#1d1a1c', '#6b5548'];
const SKIN = ['#b59a80', '#9c8a74', '#a8a08a'];
const SHOULDERS = ['#3f4a58', '#5a3c3c', '#4a4a42', '#6a6a70', '#3a3040'];

export interface SiegeViewOptions {
  /** Seconds until the helicopter is down (<= 0: on the pad), or null while it is not coming yet. */
  landingIn?(world: World): number | null;
  /** Where it lands (tiles): the helipad's centre. */
  pad?: { x: number; y: number } | null;
}

/** One segment's crowd on the Canvas path: its heads pre-drawn per density and pose into one canvas, shown by two images. */
interface CanvasCrowd {
  key: string;
  texture: Phaser.Textures.CanvasTexture;
  /** The density shown, and the next one over it (its alpha: how far the count is between the two). */
  below: Phaser.GameObjects.Image;
  above: Phaser.GameObjects.Image;
  /** Per density level: 1 once drawn. */
  drawn: Uint8Array;
  left: number;
  top: number;
  frameW: number;
  frameH: number;
}

/** One segment's far crowd (both paths): every head of its drop, dimmed, drawn once into a canvas of its own. */
interface FarCrowd {
  key: string;
  texture: Phaser.Textures.CanvasTexture;
  image: Phaser.GameObjects.Image;
  left: number;
  top: number;
  drawn: boolean;
}

let crowdSerial = 0;

/**
 * A roof under siege: the crowd at the foot of every wall (src/view/crowdBelow.ts: one head
 * per body the sim counts there, the front rows looking up with their arms raised, filling
 * out to the street as the count grows). Canvas: each segment's heads pre-drawn at
 * CROWD_LEVELS densities and two poses into one canvas (a density is drawn the first time
 * the count reaches it), shown as two plain images blended by the count and swapped between
 * poses a few times a second: 48 image draws a frame at most, nothing redrawn per frame.
 * WebGL: every head is a member of one SpriteGPULayer, bobbing on the GPU; a member is
 * edited only when its segment's count passes it. Behind the heads on both paths, the far
 * crowd: every head of the drop dimmed, one image a segment drawn once. The piles are heaps of bodies against
 * the wall (one Graphics, redrawn only when a pile changes by a tenth of a body), amber
 * nearly at the top (src/view/pileLook.ts), red at the crest; the jets' flash and the helicopter coming down. The infected on the walls and
 * the roof are HordeView's full sprites. Reads the world, never changes it.
 */
export class SiegeView {
  private readonly seg: SiegeSegments;
  private readonly layouts: CrowdLayout[] = [];
  private readonly canvasCrowds: CanvasCrowd[] = [];
  private readonly farCrowds: FarCrowd[] = [];
  private readonly gpu: Phaser.GameObjects.SpriteGPULayer | null = null;
  /** WebGL: segment k's heads are members gpuStart[k] .. gpuStart[k] + its capacity - 1, in rank order. */
  private readonly gpuStart: Int32Array;
  /** Heads shown per segment (both paths), as last drawn. */
  private readonly shown: Int32Array;
  private readonly piles: Phaser.GameObjects.Graphics;
  private readonly heli: Phaser.GameObjects.Graphics;
  private readonly jets: Phaser.GameObjects.Graphics;
  private readonly drawnPile: Float32Array;
  private padMark: Phaser.GameObjects.Graphics | null = null;
  private time = 0;
  private jetsLeft = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    world: World,
    private readonly options: SiegeViewOptions = {},
  ) {
    this.seg = siegeSegments(world.level);
    makeHeadSheet(scene);
    const webgl = scene.sys.renderer.type === Phaser.WEBGL;
    this.gpuStart = new Int32Array(this.seg.count + 1);
    this.shown = new Int32Array(this.seg.count);
    const { width: lw, height: lh, tiles } = world.level;
    // A head's spot must lie over the drop (Void), not the wall or the roof.
    const isDrop = (x: number, y: number): boolean => {
      const cx = Math.floor(x);
      const cy = Math.floor(y);
      return cx >= 0 && cy >= 0 && cx < lw && cy < lh && tiles[cy * lw + cx] === Tile.Void;
    };
    for (let k = 0; k < this.seg.count; k++) {
      const r = dropRect(world.level, this.seg, k, CROWD_REACH);
      const layout = crowdLayout({ ...r, outX: this.seg.outX[k]!, outY: this.seg.outY[k]! }, k, isDrop);
      this.layouts.push(layout);
      this.gpuStart[k + 1] = this.gpuStart[k]! + layout.count;
      if (!webgl) this.canvasCrowds.push(this.makeCanvasCrowd(r));
      this.farCrowds.push(this.makeFarCrowd(r));
    }
    if (webgl) {
      const total = this.gpuStart[this.seg.count]!;
      const layer = scene.add.spriteGPULayer(HEADS_KEY, total).setDepth(CROWD_DEPTH);
      for (let k = 0; k < this.seg.count; k++) {
        const l = this.layouts[k]!;
        for (let i = 0; i < l.count; i++) layer.addMember(this.gpuMember(k, i, false));
      }
      this.gpu = layer;
    }
    this.piles = scene.add.graphics().setDepth(PILE_DEPTH);
    // The helipad's painted circle and H, drawn once on the roof.
    const pad = options.pad;
    if (pad) {
      const g = scene.add.graphics().setDepth(CROWD_DEPTH);
      g.lineStyle(6, 0xe8d25a, 0.85).strokeCircle(pad.x * T, pad.y * T, 3 * T);
      g.fillStyle(0xe8d25a, 0.85);
      g.fillRect(pad.x * T - 40, pad.y * T - 48, 16, 96).fillRect(pad.x * T + 24, pad.y * T - 48, 16, 96).fillRect(pad.x * T - 24, pad.y * T - 8, 48, 16);
      this.padMark = g;
    }
    this.heli = scene.add.graphics().setDepth(HELI_DEPTH);
    this.jets = scene.add.graphics().setDepth(JET_DEPTH);
    this.drawnPile = new Float32Array(this.seg.count).fill(-1);
  }

  /** Heads drawn below the walls in the last frame, over all segments (for tests and the bench). */
  get headsDrawn(): number {
    let n = 0;
    for (let k = 0; k < this.shown.length; k++) n += this.shown[k]!;
    return n;
  }

  /** The renderer path the crowd below takes. */
  get crowdPath(): 'gpuLayer' | 'canvasLayers' {
    return this.gpu ? 'gpuLayer' : 'canvasLayers';
  }

  /** One segment's canvas: CROWD_LEVELS x 2 frames (density, pose) in a grid, drawn on demand. */
  private makeCanvasCrowd(r: { x: number; y: number; w: number; h: number }): CanvasCrowd {
    const frameW = Math.max(1, Math.ceil(r.w * T) + PAD * 2);
    const frameH = Math.max(1, Math.ceil(r.h * T) + PAD * 2);
    const key = `siegeCrowd${crowdSerial++}`;
    const texture = this.scene.textures.createCanvas(key, frameW * 2, frameH * CROWD_LEVELS)!;
    for (let level = 0; level < CROWD_LEVELS; level++) for (let pose = 0; pose < 2; pose++) texture.add(`${level}:${pose}`, 0, pose * frameW, level * frameH, frameW, frameH);
    const left = r.x * T - PAD;
    const top = r.y * T - PAD;
    const below = this.scene.add.image(left, top, key, '0:0').setOrigin(0, 0).setDepth(CROWD_DEPTH).setVisible(false);
    const above = this.scene.add.image(left, top, key, '0:0').setOrigin(0, 0).setDepth(CROWD_DEPTH + 0.01).setVisible(false);
    return { key, texture, below, above, drawn: new Uint8Array(CROWD_LEVELS), left, top, frameW, frameH };
  }

  /** One segment's far crowd: a canvas of its own (on WebGL a small texture, uploaded once it is drawn). */
  private makeFarCrowd(r: { x: number; y: number; w: number; h: number }): FarCrowd {
    const key = `siegeFarCrowd${crowdSerial++}`;
    const texture = this.scene.textures.createCanvas(key, Math.max(1, Math.ceil(r.w * T) + PAD * 2), Math.max(1, Math.ceil(r.h * T) + PAD * 2))!;
    const left = r.x * T - PAD;
    const top = r.y * T - PAD;
    const image = this.scene.add.image(left, top, key).setOrigin(0, 0).setDepth(CROWD_DEPTH - 0.01).setVisible(false);
    return { key, texture, image, left, top, drawn: false };
  }

  /** Segment k's far crowd: every head of its drop, then darkened where drawn (drawn once, the first time it shows). */
  private drawFarCrowd(k: number): void {
    const f = this.farCrowds[k]!;
    const layout = this.layouts[k]!;
    const ctx = f.texture.getContext();
    ctx.imageSmoothingEnabled = false;
    const sheet = this.scene.textures.get(HEADS_KEY).getSourceImage() as CanvasImageSource;
    for (let i = 0; i < layout.count; i++) {
      const px = Math.round(layout.x[i]! * T - f.left - HEAD_CELL / 2);
      const py = Math.round(layout.y[i]! * T - f.top - HEAD_CELL / 2);
      ctx.drawImage(sheet, layout.look[i]! * HEAD_CELL, 0, HEAD_CELL, HEAD_CELL, px, py, HEAD_CELL, HEAD_CELL);
    }
    // Darkened toward the street's blue where heads were drawn (source-atop keeps the clear pixels clear).
    ctx.save();
    ctx.globalCompositeOperation = 'source-atop';
    ctx.fillStyle = FAR_DARK;
    ctx.fillRect(0, 0, f.texture.width, f.texture.height);
    ctx.restore();
    f.texture.refresh();
    f.drawn = true;
  }

  /** Density `level` (0-based: the first (level + 1) / CROWD_LEVELS of the ranked heads) of segment k, both poses; the one below it first. */
  private drawCrowdLevel(k: number, level: number): void {
    const c = this.canvasCrowds[k]!;
    if (c.drawn[level] === 1) return;
    if (level > 0) this.drawCrowdLevel(k, level - 1);
    const layout = this.layouts[k]!;
    const ctx = c.texture.getContext();
    ctx.imageSmoothingEnabled = false;
    const sheet = this.scene.textures.get(HEADS_KEY).getSourceImage() as CanvasImageSource;
    const from = level === 0 ? 0 : Math.round((layout.count * level) / CROWD_LEVELS);
    const to = Math.round((layout.count * (level + 1)) / CROWD_LEVELS);
    const armsRow = armsRowFor(this.seg.outX[k]!, this.seg.outY[k]!);
    for (let pose = 0; pose < 2; pose++) {
      const fx = pose * c.frameW;
      const fy = level * c.frameH;
      // The density below, then the heads it adds.
      if (level > 0) ctx.drawImage(c.texture.getSourceImage() as CanvasImageSource, fx, fy - c.frameH, c.frameW, c.frameH, fx, fy, c.frameW, c.frameH);
      for (let i = from; i < to; i++) {
        const look = layout.look[i]!;
        // Half the heads bob in one pose, half in the other; raised arms wave.
        const bob = (layout.phase[i]! < 0.5) === (pose === 0) ? -1 : 0;
        const arms = layout.armsUp[i] === 1 && (pose === 0) !== layout.phase[i]! > 0.75 ? armsRow : 0;
        const px = Math.round(layout.x[i]! * T - c.left + fx - HEAD_CELL / 2);
        const py = Math.round(layout.y[i]! * T - c.top + fy - HEAD_CELL / 2 + bob);
        ctx.drawImage(sheet, look * HEAD_CELL, arms * HEAD_CELL, HEAD_CELL, HEAD_CELL, px, py, HEAD_CELL, HEAD_CELL);
      }
    }
    c.drawn[level] = 1;
    c.texture.refresh();
  }

  /** WebGL: head i of segment k as a layer member (hidden: scale and alpha 0, no pixels), bobbing on the GPU. */
  private gpuMember(k: number, i: number, visible: boolean): Partial<Phaser.Types.GameObjects.SpriteGPULayer.Member> {
    const l = this.layouts[k]!;
    const phase = l.phase[i]!;
    const arms = l.armsUp[i] === 1;
    return {
      x: l.x[i]! * T,
      y: { base: l.y[i]! * T, amplitude: arms ? 2 : 1, duration: 260 + phase * 420, delay: phase * 900, ease: 'Sine.easeInOut' },
      frame: `${l.look[i]!}:${arms ? armsRowFor(this.seg.outX[k]!, this.seg.outY[k]!) : 0}`,
      scaleX: visible ? 1 : 0,
      scaleY: visible ? 1 : 0,
      alpha: visible ? 1 : 0,
      creationTime: 0,
    };
  }

  update(world: World, deltaSeconds: number): void {
    this.time += deltaSeconds;
    const s = world.siege;
    for (let k = 0; k < this.seg.count; k++) {
      const layout = this.layouts[k]!;
      const want = s.running ? headsShown(s.crowd[k]!, layout.count) : 0;
      // The far crowd: a dim image fading in as the count grows (quarter steps).
      const farAlpha = s.running ? (Math.round(Math.min(1, s.crowd[k]! / FAR_FULL) * 4) / 4) * FAR_ALPHA : 0;
      const f = this.farCrowds[k]!;
      if (farAlpha > 0) {
        if (!f.drawn) this.drawFarCrowd(k);
        if (!f.image.visible) f.image.setVisible(true);
        if (f.image.alpha !== farAlpha) f.image.setAlpha(farAlpha);
      } else if (f.image.visible) f.image.setVisible(false);
      if (this.gpu) {
        const was = this.shown[k]!;
        if (want !== was) {
          // Only the members the count passed change (a segment of the buffer is uploaded).
          const base = this.gpuStart[k]!;
          for (let i = Math.min(was, want); i < Math.max(was, want); i++) this.gpu.editMember(base + i, this.gpuMember(k, i, i < want));
        }
        this.shown[k] = want;
        continue;
      }
      this.shown[k] = want;
      const c = this.canvasCrowds[k]!;
      const levelF = layout.count > 0 ? (want / layout.count) * CROWD_LEVELS : 0;
      // Level j (0-based) holds (j + 1) / CROWD_LEVELS of the heads: show the one at or under the count, blend in the next.
      const under = Math.floor(levelF) - 1;
      const frac = levelF - Math.floor(levelF);
      const pose = Math.floor(this.time * SEETHE_HZ + k * 0.37) % 2;
      if (under >= 0) {
        this.drawCrowdLevel(k, under);
        setCrowdFrame(c.below, `${under}:${pose}`, 1);
      } else if (c.below.visible) c.below.setVisible(false);
      const next = under + 1;
      if (next < CROWD_LEVELS && frac > 0.02) {
        this.drawCrowdLevel(k, next);
        setCrowdFrame(c.above, `${next}:${pose}`, frac);
      } else if (c.above.visible) c.above.setVisible(false);
    }
    this.drawPiles(world);
    this.drawHelicopter(world);
    for (const e of world.events) if (e.type === 'beat' && e.name === 'jets') this.flyJets();
    this.drawJets(deltaSeconds);
  }

  private drawPiles(world: World): void {
    const s = world.siege;
    let changed = false;
    for (let k = 0; k < this.seg.count; k++) if (Math.abs(s.pile[k]! - this.drawnPile[k]!) > 0.1) changed = true;
    if (!changed) return;
    const g = this.piles.clear();
    const w = world.level.width;
    for (let k = 0; k < this.seg.count; k++) {
      const pile = s.pile[k]!;
      this.drawnPile[k] = pile;
      if (pile < 0.2) continue;
      // Amber nearly at the top (the sim's pileRising warning: that wall is next), red at the crest.
      const ring = pileRing(pile);
      const n = this.seg.start[k + 1]! - this.seg.start[k]!;
      // Bodies heaped against each outer cell, more and wider toward the crest.
      for (let c = 0; c < n; c++) {
        const cell = this.seg.cells[this.seg.start[k]! + c]!;
        const cx = ((cell % w) + 0.5 + this.seg.outX[k]! * 0.7) * T;
        const cy = (Math.floor(cell / w) + 0.5 + this.seg.outY[k]! * 0.7) * T;
        const bodies = Math.min(6, Math.ceil(pile));
        for (let b = 0; b < bodies; b++) {
          const jitter = ((cell * 7 + b * 13) % 11) - 5;
          g.fillStyle(b % 2 ? 0x5b4a44 : 0x6e5a4e, 1);
          g.fillCircle(cx + jitter, cy + (b - bodies / 2) * 2.5, 4 + (pile / SIEGE.crestBodies) * 4);
        }
        if (ring !== 'none') {
          g.lineStyle(2, PILE_RING_COLOR[ring], 0.9);
          g.strokeCircle(cx, cy, 12);
        }
      }
    }
  }

  private drawHelicopter(world: World): void {
    const g = this.heli.clear();
    const pad = this.options.pad;
    const landing = this.options.landingIn?.(world) ?? null;
    if (!pad || landing === null || landing > 6) return;
    // Coming down from the north over the last seconds, then on the pad with its rotor turning.
    const drop = Math.max(0, landing) * 2;
    const x = pad.x * T;
    const y = (pad.y - drop) * T;
    g.fillStyle(0x000000, 0.35).fillEllipse(pad.x * T, pad.y * T + 10, 90, 40);
    g.fillStyle(0x3b4a3a, 1).fillEllipse(x, y, 70, 34);
    g.fillRect(x + 30, y - 5, 60, 10);
    g.fillStyle(0x9fc6d8, 1).fillEllipse(x - 22, y, 24, 20);
    g.lineStyle(6, 0x222222, 0.85);
    const a = this.time * 18;
    for (let b = 0; b < 2; b++) {
      const ca = Math.cos(a + (b * Math.PI) / 2) * 80;
      const sa = Math.sin(a + (b * Math.PI) / 2) * 80;
      g.lineBetween(x - ca, y - sa, x + ca, y + sa);
    }
  }

  private flyJets(): void {
    this.jetsLeft = 2.5;
    const cam = this.scene.cameras.main;
    cam.flash(700, 255, 250, 230);
    cam.shake(900, 0.004);
  }

  private drawJets(deltaSeconds: number): void {
    const g = this.jets.clear();
    if (this.jetsLeft <= 0) return;
    this.jetsLeft -= deltaSeconds;
    const view = this.scene.cameras.main.worldView;
    const f = 1 - this.jetsLeft / 2.5;
    for (let j = 0; j < 3; j++) {
      const x = view.x - 100 + (view.width + 200) * f + j * 40;
      const y = view.y + view.height * (0.2 + j * 0.08);
      g.fillStyle(0x1a1f26, 0.9).fillTriangle(x + 30, y, x - 20, y - 14, x - 20, y + 14);
    }
  }

  destroy(): void {
    for (const c of this.canvasCrowds) {
      c.below.destroy();
      c.above.destroy();
      if (this.scene.textures.exists(c.key)) this.scene.textures.remove(c.key);
    }
    this.canvasCrowds.length = 0;
    for (const f of this.farCrowds) {
      f.image.destroy();
      if (this.scene.textures.exists(f.key)) this.scene.textures.remove(f.key);
    }
    this.farCrowds.length = 0;
    this.gpu?.destroy();
    this.piles.destroy();
    this.heli.destroy();
    this.jets.destroy();
    this.padMark?.destroy();
  }
}

/** The sheet's row whose arms reach toward the wall (against the segment's out vector): 1 up, 2 right, 3 down, 4 left. */
function armsRowFor(outX: number, outY: number): number {
  const wx = -outX;
  const wy = -outY;
  if (Math.abs(wy) >= Math.abs(wx)) return wy < 0 ? 1 : 3;
  return wx > 0 ? 2 : 4;
}

/** Shows an image at a frame and alpha, touching only what changed. */
function setCrowdFrame(image: Phaser.GameObjects.Image, frame: string, alpha: number): void {
  if (!image.visible) image.setVisible(true);
  if (image.frame.name !== frame) image.setFrame(frame);
  if (Math.abs(image.alpha - alpha) > 0.01) image.setAlpha(alpha);
}

/**
 * The heads' sheet, made once per game: HEAD_LOOKS looks in a row (faces turned up first,
 * then hair seen from above), arms down in the first row and raised (pointing up the
 * sheet) in the second. Each head sits on darker shoulders.
 */
function makeHeadSheet(scene: Phaser.Scene): void {
  if (scene.textures.exists(HEADS_KEY)) return;
  const tex = scene.textures.createCanvas(HEADS_KEY, HEAD_CELL * HEAD_LOOKS, HEAD_CELL * 5);
  if (!tex) return;
  const ctx = tex.getContext();
  const c = HEAD_CELL / 2;
  for (let arms = 0; arms < 5; arms++) {
    for (let look = 0; look < HEAD_LOOKS; look++) {
      const x = look * HEAD_CELL;
      const y = arms * HEAD_CELL;
      const face = look < FACE_LOOKS;
      // Shoulders: a dark oval under the head, and its shadow.
      ctx.fillStyle = 'rgba(0,0,0,0.45)';
      ctx.fillRect(x + c - 4, y + c, 9, 5);
      ctx.fillStyle = SHOULDERS[look % SHOULDERS.length]!;
      ctx.fillRect(x + c - 4, y + c - 1, 8, 4);
      if (arms > 0) {
        // Two arms reaching toward the wall: up, right, down or left of the head.
        ctx.fillStyle = face ? SKIN[look % SKIN.length]! : SHOULDERS[look % SHOULDERS.length]!;
        if (arms === 1) ctx.fillRect(x + c - 4, y + 1, 2, 5), ctx.fillRect(x + c + 2, y + 1, 2, 5);
        else if (arms === 3) ctx.fillRect(x + c - 4, y + c + 1, 2, 5), ctx.fillRect(x + c + 2, y + c + 1, 2, 5);
        else if (arms === 2) ctx.fillRect(x + c + 1, y + c - 4, 5, 2), ctx.fillRect(x + c + 1, y + c + 1, 5, 2);
        else ctx.fillRect(x + 1, y + c - 4, 5, 2), ctx.fillRect(x + 1, y + c + 1, 5, 2);
      }
      // The head.
      ctx.fillStyle = face ? SKIN[look % SKIN.length]! : HAIR[(look - FACE_LOOKS) % HAIR.length]!;
      ctx.fillRect(x + c - 2, y + c - 4, 4, 5);
      ctx.fillRect(x + c - 3, y + c - 3, 6, 3);
      if (face) {
        // Hair round the top, two dark eyes with a red glint: they are looking up at you.
        ctx.fillStyle = HAIR[look % HAIR.length]!;
        ctx.fillRect(x + c - 3, y + c - 4, 6, 1);
        ctx.fillStyle = '#5a1010';
        ctx.fillRect(x + c - 2, y + c - 2, 1, 1);
        ctx.fillRect(x + c + 1, y + c - 2, 1, 1);
      } else {
        // A lighter crown: hair catches the light.
        ctx.fillStyle = 'rgba(255,255,255,0.12)';
        ctx.fillRect(x + c - 1, y + c - 3, 2, 1);
      }
      tex.add(`${look}:${arms}`, 0, x, y, HEAD_CELL, HEAD_CELL);
    }
  }
  tex.refresh();
}
