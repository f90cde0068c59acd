import * as Phaser from 'phaser';
import { INFECTED_ANIMS, INFECTED_COLUMNS, INFECTED_KINDS, directionFor, infectedRow, type InfectedKind } from '../assets/frames';
import { TILE_SIZE } from '../assets/manifest';
import { VARIANT_NAMES, type VariantName } from '../sim/tuning';
import type { World } from '../sim/world';
import { VARIANT_RINGS, VARIANT_SCALE, infectedDrawing, markerFrame } from './infectedLook';
import { InfectedState } from '../sim/horde';
import { CrowdCuller } from './crowdCull';
import { INFECTED_DEPTH } from './depths';

/** Depths: rings under the bodies, bodies under the foam (11), see-through copies over it, markers over the spray, under the darkness (14). */
const RING_DEPTH = 8;
const GHOST_DEPTH = 11.5;
const MARKER_DEPTH = 13.5;
/** A copy of the body over the foam, this opaque: the player sees who stands in it (the foam still blinds them). */
const GHOST_ALPHA = 0.55;
/** Markers float above the head; over a lying body they sit lower. */
const MARKER_Y = -30;
const MARKER_Y_LYING = -22;

/**
 * The one bridge from the horde's typed arrays to game objects. Sprite k draws agent k
 * (the sim swap-removes, and moves prevX/prevY with the agent, so interpolation stays
 * right). The pools only grow to the largest count seen; unused objects are hidden, never
 * destroyed and recreated, and all of them are destroyed with the scene. Facing picks the
 * sheet row, state the pose (infectedDrawing: the wind-up's crouch, a sleeper lying down,
 * reeling, knocked down, winded...) and the marker above it ("!", Zzz, stars). An
 * infected in or beside foam also gets a see-through copy drawn over the foam. Every
 * effect is a pre-made frame (Canvas has no tint).
 * A crowd is drawn economically (CrowdCuller, src/view/crowdCull.ts): nothing off camera,
 * and in a dense pile only the top bodies of each patch of floor, the nearest ones and
 * every telegraph (wind-up, grab, cheer) always in full. `?crowdDraw=full` turns that off
 * (for `npm run bench:crowd -- --compare`).
 */
export class HordeView {
  /** Images, not Sprites: the frame is set here every frame, and a Sprite's per-frame preUpdate (its animation state) over a thousand bodies cost time for nothing. */
  private readonly pool: Phaser.GameObjects.Image[] = [];
  /** High-contrast rings under each infected (the accessibility setting), pooled alike. */
  private readonly rings: Phaser.GameObjects.Image[] = [];
  private readonly ghosts: Phaser.GameObjects.Image[] = [];
  private readonly markers: Phaser.GameObjects.Image[] = [];
  private time = 0;
  private readonly culler = new CrowdCuller();
  private mustDraw = new Uint8Array(0);
  /** Drawn in the last frame (for tests and the bench). */
  drawnCount = 0;
  /** From the settings: a bold ring under every infected, its colour and shape per variant, so the crowd reads at a glance. */
  highContrast = false;

  constructor(
    private readonly scene: Phaser.Scene,
    /** Cull and thin the crowd (CrowdCuller); false draws every infected, as before issue 16. */
    private readonly economies = typeof location === 'undefined' || new URLSearchParams(location.search).get('crowdDraw') !== 'full',
  ) {
    for (const v of VARIANT_NAMES) makeVariantRingTexture(scene, v);
  }

  /** Sprites created so far (for tests: it must not grow beyond the peak horde). */
  get poolSize(): number {
    return this.pool.length;
  }

  update(world: World, alpha: number, deltaSeconds = 1 / 60): void {
    this.time += deltaSeconds;
    const h = world.horde;
    while (this.pool.length < h.count) {
      this.pool.push(this.scene.add.image(0, 0, 'infected', 0).setDepth(INFECTED_DEPTH).setOrigin(0.5, 0.72));
      this.rings.push(this.scene.add.image(0, 0, ringKey('sprinter')).setDepth(RING_DEPTH).setVisible(false));
      this.ghosts.push(this.scene.add.image(0, 0, 'infected', 0).setDepth(GHOST_DEPTH).setOrigin(0.5, 0.72).setAlpha(GHOST_ALPHA).setVisible(false));
      this.markers.push(this.scene.add.image(0, 0, 'fx', 0).setDepth(MARKER_DEPTH).setVisible(false));
    }
    const w = world.grid.width;
    const gh = world.grid.height;
    const foam = world.foam;
    const anyFoam = world.foamClouds.count > 0;
    let draw: Uint8Array | null = null;
    if (this.economies) {
      if (this.mustDraw.length < h.count) this.mustDraw = new Uint8Array(Math.max(h.count, this.mustDraw.length * 2));
      const must = this.mustDraw;
      for (let i = 0; i < h.count; i++) {
        const st = h.state[i]!;
        must[i] = st === InfectedState.Alerted || st === InfectedState.Grab || st === InfectedState.Cheer ? 1 : 0;
      }
      const v = this.scene.cameras.main.worldView;
      this.drawnCount = this.culler.cull(h.x, h.y, h.count, must, world.player.x, world.player.y, {
        left: v.x / TILE_SIZE,
        top: v.y / TILE_SIZE,
        width: v.width / TILE_SIZE,
        height: v.height / TILE_SIZE,
      });
      draw = this.culler.draw;
    } else this.drawnCount = h.count;
    for (let i = 0; i < this.pool.length; i++) {
      const sprite = this.pool[i]!;
      const ring = this.rings[i]!;
      const ghost = this.ghosts[i]!;
      const marker = this.markers[i]!;
      if (i >= h.count || (draw !== null && draw[i] === 0)) {
        if (sprite.visible) sprite.setVisible(false);
        if (ring.visible) ring.setVisible(false);
        if (ghost.visible) ghost.setVisible(false);
        if (marker.visible) marker.setVisible(false);
        continue;
      }
      if (!sprite.visible) sprite.setVisible(true);
      const x = h.prevX[i]! + (h.x[i]! - h.prevX[i]!) * alpha;
      const y = h.prevY[i]! + (h.y[i]! - h.prevY[i]!) * alpha;
      const px = x * TILE_SIZE;
      const py = y * TILE_SIZE;
      sprite.setPosition(px, py);
      const name = VARIANT_NAMES[h.variant[i]!]!;
      const kind = name as InfectedKind;
      const scale = VARIANT_SCALE[name];
      if (sprite.scaleX !== scale) sprite.setScale(scale);
      if (ring.visible !== this.highContrast) ring.setVisible(this.highContrast);
      if (this.highContrast) {
        const key = ringKey(name);
        if (ring.texture.key !== key) ring.setTexture(key);
        ring.setPosition(px, py + 6);
      }
      const colour = h.id[i]! % INFECTED_KINDS[kind];
      const dir = directionFor(Math.atan2(h.headingY[i]!, h.headingX[i]!));
      const moving = Math.abs(h.vx[i]!) + Math.abs(h.vy[i]!) > 0.2;
      const look = infectedDrawing(h.state[i]!, h.asleep[i] === 1, h.stateTimer[i]!, moving);
      const a = INFECTED_ANIMS[look.anim];
      // Offset each agent's animation clock by its id so a crowd does not move in step.
      const frameInAnim = Math.floor((this.time + (h.id[i]! % 17) * 0.13) * a.fps) % a.count;
      const frame = infectedRow(kind, colour, dir) * INFECTED_COLUMNS + a.start + frameInAnim;
      sprite.setFrame(frame);

      // Over the foam: a see-through copy while foam covers its cell or one beside it.
      let foamy = false;
      if (anyFoam) {
        const cx = Math.floor(x);
        const cy = Math.floor(y);
        for (let dy = -1; dy <= 1 && !foamy; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const fx = cx + dx;
            const fy = cy + dy;
            if (fx >= 0 && fy >= 0 && fx < w && fy < gh && foam[fy * w + fx]! > 0) {
              foamy = true;
              break;
            }
          }
        }
      }
      if (ghost.visible !== foamy) ghost.setVisible(foamy);
      if (foamy) {
        ghost.setPosition(px, py).setFrame(frame);
        if (ghost.scaleX !== scale) ghost.setScale(scale);
      }

      if (look.marker === null) {
        if (marker.visible) marker.setVisible(false);
      } else {
        if (!marker.visible) marker.setVisible(true);
        const lying = look.anim === 'asleep' || look.anim === 'knocked';
        marker.setFrame(markerFrame(look.marker, this.time + (h.id[i]! % 7) * 0.05));
        marker.setPosition(px + (look.marker === 'asleep' ? 10 : 0), py + (lying ? MARKER_Y_LYING : MARKER_Y) * scale);
      }
    }
  }

  destroy(): void {
    for (const s of this.pool) s.destroy();
    for (const r of this.rings) r.destroy();
    for (const g of this.ghosts) g.destroy();
    for (const m of this.markers) m.destroy();
    this.pool.length = 0;
    this.rings.length = 0;
    this.ghosts.length = 0;
    this.markers.length = 0;
  }
}

function ringKey(variant: VariantName): string {
  return `hcRingInfected-${variant}`;
}

/** A variant's high-contrast ring (VARIANT_RINGS), drawn once into a texture (Canvas and WebGL). */
function makeVariantRingTexture(scene: Phaser.Scene, variant: VariantName): void {
  const key = ringKey(variant);
  if (scene.textures.exists(key)) return;
  const { colour, shape } = VARIANT_RINGS[variant];
  const g = scene.make.graphics({ x: 0, y: 0 }, false);
  const W = 40;
  const H = 24;
  const cx = W / 2;
  const cy = H / 2;
  if (shape === 'double') {
    // The coach: a big thick ring inside a second one.
    g.lineStyle(6, 0x000000, 1).strokeEllipse(cx, cy, 34, 18);
    g.lineStyle(4, colour, 1).strokeEllipse(cx, cy, 34, 18);
    g.lineStyle(4, 0x000000, 1).strokeEllipse(cx, cy, 22, 10);
    g.lineStyle(2, colour, 1).strokeEllipse(cx, cy, 22, 10);
  } else if (shape === 'dashed') {
    // The climber: eight dashes round the ring.
    for (let k = 0; k < 8; k++) {
      const a0 = (k / 8) * Math.PI * 2;
      const a1 = a0 + Math.PI / 7;
      for (const [width, c] of [[5, 0x000000], [3, colour]] as const) {
        g.lineStyle(width, c, 1).beginPath();
        for (let s = 0; s <= 4; s++) {
          const a = a0 + ((a1 - a0) * s) / 4;
          const px = cx + Math.cos(a) * 12;
          const py = cy + Math.sin(a) * 6;
          if (s === 0) g.moveTo(px, py);
          else g.lineTo(px, py);
        }
        g.strokePath();
      }
    }
  } else {
    g.lineStyle(4, 0x000000, 1).strokeEllipse(cx, cy, 24, 12);
    g.lineStyle(2, colour, 1).strokeEllipse(cx, cy, 24, 12);
    if (shape === 'spiked') {
      // The cheerleader: four spikes out of the ring.
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        const x0 = cx + dx * 12;
        const y0 = cy + dy * 6;
        g.lineStyle(5, 0x000000, 1).lineBetween(x0, y0, x0 + dx * 6, y0 + dy * 5);
        g.lineStyle(3, colour, 1).lineBetween(x0, y0, x0 + dx * 6, y0 + dy * 5);
      }
    }
  }
  g.generateTexture(key, W, H);
  g.destroy();
}

/** A flat elliptical ring drawn once into a texture (works in Canvas and WebGL). */
export function makeRingTexture(scene: Phaser.Scene, key: string, colour: number): void {
  if (scene.textures.exists(key)) return;
  const g = scene.make.graphics({ x: 0, y: 0 }, false);
  g.lineStyle(3, 0x000000, 1).strokeEllipse(14, 8, 24, 12);
  g.lineStyle(2, colour, 1).strokeEllipse(14, 8, 24, 12);
  g.generateTexture(key, 28, 16);
  g.destroy();
}
