import * as Phaser from 'phaser';
import { loadCommonArt, startCommonSounds } from './loadPack';
import { SceneKey } from './keys';

/**
 * Loads the common asset pack's art (src/assets/packs.ts) behind a progress bar, then
 * the title; a failed file shows the error panel naming it (and the title never starts).
 * Each chapter loads its own pack when it starts (loadChapterPack).
 */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preload);
  }

  preload(): void {
    loadCommonArt(this);
  }

  create(): void {
    startCommonSounds(); // the sfx sprite and stinger; audio never blocks the title
    this.scene.start(SceneKey.Title);
  }
}
