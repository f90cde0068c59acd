import * as Phaser from 'phaser';
import { SceneKey } from './keys';

/** First scene: nothing to load yet; hands over to the preloader. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }

  create(): void {
    this.scene.start(SceneKey.Preload);
  }
}
