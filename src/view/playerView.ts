import * as Phaser from 'phaser';
import { TILE_SIZE } from '../assets/manifest';
import type { World } from '../sim/world';

/** The player's sprite, drawn between the last two sim states (alpha) for smooth motion. */
export class PlayerView {
  readonly sprite: Phaser.GameObjects.Image;

  constructor(scene: Phaser.Scene, world: World) {
    this.sprite = scene.add.image(world.player.x * TILE_SIZE, world.player.y * TILE_SIZE, 'player').setDepth(10);
  }

  update(world: World, alpha: number): void {
    const p = world.player;
    const x = p.prevX + (p.x - p.prevX) * alpha;
    const y = p.prevY + (p.y - p.prevY) * alpha;
    this.sprite.setPosition(x * TILE_SIZE, y * TILE_SIZE).setRotation(p.facing);
  }

  destroy(): void {
    this.sprite.destroy();
  }
}
