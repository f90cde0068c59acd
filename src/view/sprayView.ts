import * as Phaser from 'phaser';
import { TILE_SIZE } from '../assets/manifest';
import { NOZZLE_OFFSET, ThrownKind } from '../sim/extinguisher';
import { ICONS } from '../assets/frames';
import { EXTINGUISHER } from '../sim/tuning';
import type { World } from '../sim/world';

/**
 * Draws the extinguisher from the sim: the jet (a particle emitter that flows while
 * `world.extinguisher.spraying`, its particles living as long as the spray reaches),
 * the foam clouds (one pooled image per sim cloud, fading with its life), thrown
 * canisters and emptied cabinets (the shake and hit-stop live in feedbackView.ts). Works
 * in the Canvas renderer (no tint: the
 * textures are drawn in their final colours). Reads the world, never changes it.
 */
const PUFF = 'foamPuff';
const CANISTER = 'canisterThrown';
const PX = TILE_SIZE;
/** Jet particle speed (px/s): a little faster than the foam could walk, reaching the cone's end in ~0.3 s. */
const JET_SPEED = EXTINGUISHER.coneLength * PX * 3.2;
const HALF_CONE_DEG = (EXTINGUISHER.coneAngleRadians / 2) * (180 / Math.PI);

function makeTextures(scene: Phaser.Scene): void {
  if (!scene.textures.exists(PUFF)) {
    const g = scene.make.graphics({ x: 0, y: 0 }, false);
    // A soft puff: stacked translucent discs, white with a cold edge.
    for (let r = 16; r >= 4; r -= 3) {
      g.fillStyle(r > 12 ? 0xdfe9f2 : 0xffffff, 0.22);
      g.fillCircle(16, 16, r);
    }
    g.generateTexture(PUFF, 32, 32);
    g.destroy();
  }
  if (!scene.textures.exists(CANISTER)) {
    const g = scene.make.graphics({ x: 0, y: 0 }, false);
    g.fillStyle(0xc0392b, 1);
    g.fillRoundedRect(2, 4, 16, 8, 3);
    g.fillStyle(0x222222, 1);
    g.fillRect(17, 6, 4, 4);
    g.fillStyle(0xf5f5f5, 1);
    g.fillRect(6, 6, 5, 4);
    g.generateTexture(CANISTER, 22, 16);
    g.destroy();
  }
}

export class SprayView {
  private readonly jet: Phaser.GameObjects.Particles.ParticleEmitter;
  private readonly clouds: Phaser.GameObjects.Image[] = [];
  private readonly canisters: Phaser.GameObjects.Image[] = [];
  private readonly emptyCabinets: Phaser.GameObjects.Graphics;
  private cabinetsDrawn = -1;
  private jetAngleDeg = 0;
  private jetLifespanMs = 100;

  constructor(scene: Phaser.Scene, world: World) {
    makeTextures(scene);
    this.jet = scene.add.particles(0, 0, PUFF, {
      emitting: false,
      frequency: 12,
      quantity: 2,
      speed: { min: JET_SPEED * 0.75, max: JET_SPEED },
      angle: { onEmit: () => this.jetAngleDeg + Phaser.Math.FloatBetween(-HALF_CONE_DEG, HALF_CONE_DEG) },
      lifespan: { onEmit: () => this.jetLifespanMs },
      scale: { start: 0.25, end: 1.1 },
      alpha: { start: 0.9, end: 0.15 },
      rotate: { min: 0, max: 360 },
      reserve: 120,
      maxAliveParticles: 160,
    });
    this.jet.setDepth(12);
    for (let i = 0; i < world.foamClouds.capacity; i++) {
      this.clouds.push(scene.add.image(0, 0, PUFF).setDepth(11).setVisible(false).setRotation(i * 1.7));
    }
    for (let i = 0; i < world.canisters.capacity; i++) {
      this.canisters.push(scene.add.image(0, 0, CANISTER).setDepth(13).setVisible(false));
    }
    this.emptyCabinets = scene.add.graphics().setDepth(2);
  }

  update(world: World, alpha: number): void {
    const p = world.player;
    const ex = world.extinguisher;
    const px = (p.prevX + (p.x - p.prevX) * alpha) * PX;
    const py = (p.prevY + (p.y - p.prevY) * alpha) * PX;

    // The jet.
    if (ex.spraying) {
      this.jet.setPosition(px + ex.aimX * NOZZLE_OFFSET * PX, py + ex.aimY * NOZZLE_OFFSET * PX);
      this.jetAngleDeg = Phaser.Math.RadToDeg(Math.atan2(ex.aimY, ex.aimX));
      this.jetLifespanMs = Math.max(40, ((ex.reach * PX) / JET_SPEED) * 1000);
      if (!this.jet.emitting) this.jet.start();
    } else if (this.jet.emitting) {
      this.jet.stop();
    }

    // Foam clouds, one image per sim cloud.
    const fc = world.foamClouds;
    for (let i = 0; i < this.clouds.length; i++) {
      const img = this.clouds[i]!;
      if (i >= fc.count) {
        if (img.visible) img.setVisible(false);
        continue;
      }
      const life = fc.ttl[i]! / EXTINGUISHER.foamSeconds;
      const size = (fc.radius[i]! * 2 * PX) / 32;
      img
        .setVisible(true)
        .setPosition(fc.x[i]! * PX, fc.y[i]! * PX)
        .setScale(size * (1.25 - 0.25 * life))
        .setAlpha(Math.min(0.85, life * 1.6));
    }

    // Thrown canisters, tumbling through the air.
    const cans = world.canisters;
    for (let i = 0; i < this.canisters.length; i++) {
      const img = this.canisters[i]!;
      if (i >= cans.count) {
        if (img.visible) img.setVisible(false);
        continue;
      }
      const x = cans.prevX[i]! + (cans.x[i]! - cans.prevX[i]!) * alpha;
      const y = cans.prevY[i]! + (cans.y[i]! - cans.prevY[i]!) * alpha;
      const decoy = cans.kind[i] === ThrownKind.Decoy;
      if (decoy) img.setTexture('icons', ICONS.indexOf('juice')).setScale(0.6);
      else img.setTexture(CANISTER).setScale(1);
      img.setVisible(true).setPosition(x * PX, y * PX).setRotation(cans.rangeLeft[i]! * 2.5);
    }

    // Emptied cabinets get a dark pane (redrawn only when one is used).
    let used = 0;
    for (const c of world.cabinets) if (c.used) used++;
    if (used !== this.cabinetsDrawn) {
      this.cabinetsDrawn = used;
      const g = this.emptyCabinets.clear();
      g.fillStyle(0x000000, 0.55);
      for (const c of world.cabinets) if (c.used) g.fillRect(c.x * PX + 6, c.y * PX + 6, PX - 12, PX - 12);
    }
  }

  destroy(): void {
    this.jet.destroy();
    for (const img of this.clouds) img.destroy();
    for (const img of this.canisters) img.destroy();
    this.clouds.length = 0;
    this.canisters.length = 0;
    this.emptyCabinets.destroy();
  }
}
