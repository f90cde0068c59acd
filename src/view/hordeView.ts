import * as Phaser from 'phaser';
import { INFECTED_ANIMS, INFECTED_COLUMNS, INFECTED_KINDS, directionFor, infectedRow, type InfectedKind } from '../assets/frames';
import { TILE_SIZE } from '../assets/manifest';
import { InfectedState } from '../sim/horde';
import { VARIANT_NAMES } from '../sim/tuning';
import type { World } from '../sim/world';

type InfectedAnim = keyof typeof INFECTED_ANIMS;

/** Animation for each sim state (index = InfectedState id). */
const ANIM_BY_STATE: readonly InfectedAnim[] = ['idle', 'telegraph', 'sprint', 'sprint', 'sprint', 'grab', 'stagger', 'bash', 'climb', 'telegraph'];

/**
 * The one bridge from the horde's typed arrays to game objects. Sprite k draws agent k
 * (the sim swap-removes, and moves prevX/prevY with the agent, so interpolation stays
 * right). The pool only grows to the largest count seen; unused sprites are hidden, never
 * destroyed and recreated, and all of them are destroyed with the scene. Facing picks the
 * sheet row, state the animation (telegraph = head-snap + gurgle, sprint, stagger...).
 */
export class HordeView {
  private readonly pool: Phaser.GameObjects.Sprite[] = [];
  /** High-contrast rings under each infected (the accessibility setting), pooled alike. */
  private readonly rings: Phaser.GameObjects.Image[] = [];
  private time = 0;
  /** From the settings: a bold red ring under every infected so the crowd reads at a glance. */
  highContrast = false;

  constructor(private readonly scene: Phaser.Scene) {
    makeRingTexture(scene, RING_TEXTURE, 0xff2a3a);
  }

  /** Sprites created so far (for tests: it must not grow beyond the peak horde). */
  get poolSize(): number {
    return this.pool.length;
  }

  update(world: World, alpha: number, deltaSeconds = 1 / 60): void {
    this.time += deltaSeconds;
    const h = world.horde;
    while (this.pool.length < h.count) {
      const s = this.scene.add.sprite(0, 0, 'infected', 0).setDepth(9).setOrigin(0.5, 0.72);
      this.pool.push(s);
      this.rings.push(this.scene.add.image(0, 0, RING_TEXTURE).setDepth(8).setVisible(false));
    }
    for (let i = 0; i < this.pool.length; i++) {
      const sprite = this.pool[i]!;
      const ring = this.rings[i]!;
      if (i >= h.count) {
        if (sprite.visible) sprite.setVisible(false);
        if (ring.visible) ring.setVisible(false);
        continue;
      }
      if (!sprite.visible) sprite.setVisible(true);
      const x = h.prevX[i]! + (h.x[i]! - h.prevX[i]!) * alpha;
      const y = h.prevY[i]! + (h.y[i]! - h.prevY[i]!) * alpha;
      sprite.setPosition(x * TILE_SIZE, y * TILE_SIZE);
      if (ring.visible !== this.highContrast) ring.setVisible(this.highContrast);
      if (this.highContrast) ring.setPosition(x * TILE_SIZE, y * TILE_SIZE + 6);
      const kind = VARIANT_NAMES[h.variant[i]!]! as InfectedKind;
      const colour = h.id[i]! % INFECTED_KINDS[kind];
      const dir = directionFor(Math.atan2(h.headingY[i]!, h.headingX[i]!));
      const state = h.state[i]!;
      let anim: InfectedAnim = ANIM_BY_STATE[state] ?? 'idle';
      const moving = Math.abs(h.vx[i]!) + Math.abs(h.vy[i]!) > 0.2;
      if ((state === InfectedState.Idle || state === InfectedState.Search) && !moving) anim = 'idle';
      const a = INFECTED_ANIMS[anim];
      // Offset each agent's animation clock by its id so a crowd does not move in step.
      const frameInAnim = Math.floor((this.time + (h.id[i]! % 17) * 0.13) * a.fps) % a.count;
      sprite.setFrame(infectedRow(kind, colour, dir) * INFECTED_COLUMNS + a.start + frameInAnim);
    }
  }

  destroy(): void {
    for (const s of this.pool) s.destroy();
    for (const r of this.rings) r.destroy();
    this.pool.length = 0;
    this.rings.length = 0;
  }
}

const RING_TEXTURE = 'hcRingInfected';

/** A flat elliptical ring drawn once into a texture (works in Canvas and WebGL). */
export function makeRingTexture(scene: Phaser.Scene, key: string, colour: number): void {
  if (scene.textures.exists(key)) return;
  const g = scene.make.graphics({ x: 0, y: 0 }, false);
  g.lineStyle(3, 0x000000, 1).strokeEllipse(14, 8, 24, 12);
  g.lineStyle(2, colour, 1).strokeEllipse(14, 8, 24, 12);
  g.generateTexture(key, 28, 16);
  g.destroy();
}
