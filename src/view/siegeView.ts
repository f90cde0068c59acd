import type * as Phaser from 'phaser';
import { TILE_SIZE } from '../assets/frames';
import { siegeSegments, type SiegeSegments } from '../sim/siege';
import { SIEGE } from '../sim/tuning';
import type { World } from '../sim/world';

const T = TILE_SIZE;
const CROWD_DEPTH = 1;
const PILE_DEPTH = 2;
const HELI_DEPTH = 12;
const JET_DEPTH = 16;
/** Crowd drawn at full strength from this many bodies at a segment's foot. */
const FULL_CROWD = 400;
/** How far (tiles) the crowd layer reaches out from the wall over the drop. */
const CROWD_REACH = 3;
const CROWD_TEXTURES = ['siegeCrowd0', 'siegeCrowd1', 'siegeCrowd2'] as const;

export interface SiegeViewOptions {
  /** Seconds until the helicopter is down (<= 0: on the pad), or null while it is not coming yet. */
  landingIn?(world: World): number | null;
  /** Where it lands (tiles): the helipad's centre. */
  pad?: { x: number; y: number } | null;
}

/**
 * A roof under siege, drawn cheaply (the same in Canvas and WebGL): the crowd at the foot
 * of every wall as three pre-rendered layers of heads (canvas textures made once) tiled
 * over the drop, each segment's strength following its count and swaying as one; the piles
 * as heaps of bodies against the wall (one Graphics, redrawn only when a pile changes by a
 * tenth of a body), red at the crest; the jets' flash and the helicopter coming down. The
 * infected on the walls and the roof are HordeView's full sprites. Reads the world, never
 * changes it.
 */
export class SiegeView {
  private readonly seg: SiegeSegments;
  private readonly layers: Phaser.GameObjects.TileSprite[][] = [];
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
    makeCrowdTextures(scene);
    for (let k = 0; k < this.seg.count; k++) {
      const r = this.crowdRect(world, k);
      this.layers.push(
        CROWD_TEXTURES.map((key, layer) =>
          scene.add
            .tileSprite(r.x * T, r.y * T, r.w * T, r.h * T, key)
            .setOrigin(0, 0)
            .setDepth(CROWD_DEPTH + layer * 0.01)
            .setAlpha(0),
        ),
      );
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

  /** The drop beyond segment k's outer cells, CROWD_REACH tiles out, clipped to the map. */
  private crowdRect(world: World, k: number): { x: number; y: number; w: number; h: number } {
    const w = world.level.width;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let c = this.seg.start[k]!; c < this.seg.start[k + 1]!; c++) {
      const cell = this.seg.cells[c]!;
      const x = cell % w;
      const y = (cell - x) / w;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x + 1);
      y1 = Math.max(y1, y + 1);
    }
    const ox = this.seg.outX[k]!;
    const oy = this.seg.outY[k]!;
    if (ox < -0.3) x0 -= CROWD_REACH;
    if (ox > 0.3) x1 += CROWD_REACH;
    if (oy < -0.3) y0 -= CROWD_REACH;
    if (oy > 0.3) y1 += CROWD_REACH;
    // Only the drop, not the wall itself.
    if (ox < -0.3) x1 = Math.min(x1, x0 + CROWD_REACH);
    if (ox > 0.3) x0 = Math.max(x0, x1 - CROWD_REACH);
    if (oy < -0.3) y1 = Math.min(y1, y0 + CROWD_REACH);
    if (oy > 0.3) y0 = Math.max(y0, y1 - CROWD_REACH);
    x0 = Math.max(0, x0);
    y0 = Math.max(0, y0);
    x1 = Math.min(world.level.width, x1);
    y1 = Math.min(world.level.height, y1);
    return { x: x0, y: y0, w: Math.max(0, x1 - x0), h: Math.max(0, y1 - y0) };
  }

  update(world: World, deltaSeconds: number): void {
    this.time += deltaSeconds;
    const s = world.siege;
    for (let k = 0; k < this.seg.count; k++) {
      const strength = s.running ? Math.min(1, s.crowd[k]! / FULL_CROWD) : 0;
      const layers = this.layers[k]!;
      for (let l = 0; l < layers.length; l++) {
        const sprite = layers[l]!;
        // Layer l shows once the crowd passes l thirds: a thin crowd, then a packed one.
        sprite.setAlpha(Math.max(0, Math.min(1, strength * 3 - l)) * 0.95);
        sprite.tilePositionX = Math.sin(this.time * (0.9 + l * 0.3) + k) * (2 + l);
        sprite.tilePositionY = Math.cos(this.time * (0.7 + l * 0.2) + k * 1.7) * (1.5 + l);
      }
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
      const crested = pile >= SIEGE.crestBodies;
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
        if (crested) {
          g.lineStyle(2, 0xe04040, 0.9);
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
    for (const layers of this.layers) for (const l of layers) l.destroy();
    this.piles.destroy();
    this.heli.destroy();
    this.jets.destroy();
    this.padMark?.destroy();
  }
}

/** Three layers of heads seen from far above, made once per game (thin, mid, packed). */
function makeCrowdTextures(scene: Phaser.Scene): void {
  const size = 64;
  CROWD_TEXTURES.forEach((key, layer) => {
    if (scene.textures.exists(key)) return;
    const tex = scene.textures.createCanvas(key, size, size);
    if (!tex) return;
    const ctx = tex.getContext();
    // A fixed pattern (no Math.random: the same crowd every game).
    let seed = 977 + layer * 131;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const heads = 40 + layer * 45;
    // Hair and skin, light enough to read against the dark street far below.
    const tones = ['#6b5548', '#8a6a55', '#4a3a34', '#a0806a', '#7a8a6a', '#9a5a5a'];
    for (let i = 0; i < heads; i++) {
      const x = rnd() * size;
      const y = rnd() * size;
      ctx.fillStyle = 'rgba(0,0,0,0.35)';
      ctx.fillRect(x + 1, y + 1, 3, 3);
      ctx.fillStyle = tones[Math.floor(rnd() * tones.length)]!;
      ctx.fillRect(x, y, 3, 3);
      // Arms raised toward the wall, in the packed layer.
      if (layer === 2 && rnd() < 0.4) {
        ctx.fillStyle = '#7a6656';
        ctx.fillRect(x + 1, y - 2, 1, 2);
      }
    }
    tex.refresh();
  });
}
