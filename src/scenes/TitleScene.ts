import * as Phaser from 'phaser';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';

/** Title: the game's name and "press any key / tap to start" (keyboard, mouse or touch). */
export class TitleScene extends Phaser.Scene {
  private started = false;

  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    this.started = false;
    const draw = (): void => {
      this.children.removeAll(true);
      const { width, height } = this.scale;
      const big = Math.max(30, Math.min(width / 9, 84));
      this.add.text(width / 2, height * 0.36, 'LAST PERIOD', {
        fontFamily: FONT, fontSize: `${Math.round(big)}px`, color: COLORS.text, fontStyle: 'bold',
      }).setOrigin(0.5).setShadow(0, 4, '#5a0010', 0, false, true);
      this.add.text(width / 2, height * 0.36 + big * 0.8, 'Daon High · 3:50 pm · the last class of the day', {
        fontFamily: FONT, fontSize: `${Math.round(Math.max(13, big * 0.22))}px`, color: COLORS.dim,
      }).setOrigin(0.5);
      const prompt = this.add.text(width / 2, height * 0.7, 'Press any key or tap to start', {
        fontFamily: FONT, fontSize: `${Math.round(Math.max(16, big * 0.3))}px`, color: COLORS.accent,
      }).setOrigin(0.5);
      this.tweens.add({ targets: prompt, alpha: 0.35, duration: 900, yoyo: true, repeat: -1 });
    };
    draw();
    this.scale.on(Phaser.Scale.Events.RESIZE, draw);
    window.addEventListener('keydown', this.onKey);
    this.input.on('pointerdown', this.start);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, draw);
      window.removeEventListener('keydown', this.onKey);
      this.input.off('pointerdown', this.start);
    });
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.repeat || e.metaKey || e.ctrlKey || e.altKey) return;
    this.start();
  };

  private readonly start = (): void => {
    if (this.started) return;
    this.started = true;
    this.scene.start(SceneKey.Hallway);
  };
}
