import * as Phaser from 'phaser';
import { CAST, CAST_ANIMS, CAST_COLUMNS, DIRECTIONS, directionFor, type CastMember } from '../assets/frames';
import { TILE_SIZE } from '../assets/manifest';
import type { World } from '../sim/world';
import { makeRingTexture } from './hordeView';
import { PLAYER_DEPTH } from './depths';

/**
 * The player's sprite (Joon, from the cast sheet), drawn between the last two sim states
 * (alpha) for smooth motion. Facing picks the sheet row (4 directions); gait picks the
 * animation (idle, walk, run; sneaking walks at half rate). View-only: reads the world.
 */
export class PlayerView {
  readonly sprite: Phaser.GameObjects.Sprite;
  /** The high-contrast ring (cyan) under the player, shown when the setting is on. */
  private readonly ring: Phaser.GameObjects.Image;
  highContrast = false;
  private animTime = 0;
  private lastAnim = '';

  constructor(
    scene: Phaser.Scene,
    world: World,
    private readonly member: CastMember = 'joon',
  ) {
    this.sprite = scene.add.sprite(world.player.x * TILE_SIZE, world.player.y * TILE_SIZE, 'cast', castFrame(member, 0, 'idle', 0)).setDepth(PLAYER_DEPTH);
    // Feet sit near the bottom of the 32 px frame; the body centre is the sim position.
    this.sprite.setOrigin(0.5, 0.72);
    makeRingTexture(scene, 'hcRingPlayer', 0x35e0ff);
    this.ring = scene.add.image(0, 0, 'hcRingPlayer').setDepth(8).setVisible(false);
  }

  update(world: World, alpha: number, deltaSeconds = 1 / 60): void {
    const p = world.player;
    const x = p.prevX + (p.x - p.prevX) * alpha;
    const y = p.prevY + (p.y - p.prevY) * alpha;
    const anim = p.gait >= 3 ? 'run' : p.gait >= 1 ? 'walk' : 'idle';
    if (anim !== this.lastAnim) {
      this.lastAnim = anim;
      this.animTime = 0;
    }
    this.animTime += deltaSeconds * (p.gait === 1 ? 0.5 : 1);
    // Hidden in a locker: nothing to see.
    this.sprite.setVisible(world.objects.hidingIn < 0);
    this.sprite.setPosition(x * TILE_SIZE, y * TILE_SIZE);
    this.ring.setVisible(this.highContrast && world.objects.hidingIn < 0).setPosition(x * TILE_SIZE, y * TILE_SIZE + 6);
    this.sprite.setFrame(castFrame(this.member, directionFor(Math.atan2(p.facingY, p.facingX)), anim, this.animTime));
  }

  destroy(): void {
    this.ring.destroy();
    this.sprite.destroy();
  }
}

/** Frame index in the cast sheet for a member, direction row, animation and time. */
export function castFrame(member: CastMember, dir: number, anim: keyof typeof CAST_ANIMS, time: number): number {
  const a = CAST_ANIMS[anim];
  const row = CAST.indexOf(member) * DIRECTIONS.length + dir;
  return row * CAST_COLUMNS + a.start + (Math.floor(time * a.fps) % a.count);
}
