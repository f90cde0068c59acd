import * as Phaser from 'phaser';
import { gameAudio } from '../audio';
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
      // [art] the title illustration, scaled to cover the screen, darkened under the text.
      const art = this.add.image(width / 2, height, 'title').setOrigin(0.5, 1);
      // Landscape: cover the screen. Portrait: fit the width (a little cropped), sky above.
      const portrait = height > width * 1.2;
      art.setScale(portrait ? (width / art.width) * 1.3 : Math.max(width / art.width, height / art.height));
      if (portrait) this.add.rectangle(0, 0, width, height - art.displayHeight + 2, 0x3b2a40).setOrigin(0, 0).setDepth(-1);
      this.add.rectangle(0, 0, width, height, 0x101014, 0.35).setOrigin(0, 0);
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
    gameAudio().ui('uiClick'); // [art/audio] also the first gesture that unlocks audio
    this.scene.start(SceneKey.Hallway);
  };
}
