import * as Phaser from 'phaser';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';

export interface PauseData {
  /** The chapter scene that was paused. */
  from: string;
}

/** An overlay over the paused chapter: resume (Esc, P, Enter, or tap) or quit to the title. */
export class PauseScene extends Phaser.Scene {
  private from = '';

  constructor() {
    super(SceneKey.Pause);
  }

  init(data: PauseData): void {
    this.from = data.from;
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.rectangle(0, 0, width, height, 0x000000, 0.6).setOrigin(0).setInteractive();
    this.add.text(width / 2, height * 0.3, 'PAUSED', { fontFamily: FONT, fontSize: '40px', color: COLORS.text, fontStyle: 'bold' }).setOrigin(0.5);
    this.button(width / 2, height * 0.5, 'Resume', () => this.resume());
    this.button(width / 2, height * 0.5 + 70, 'Quit to title', () => this.quit());
    window.addEventListener('keydown', this.onKey);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => window.removeEventListener('keydown', this.onKey));
  }

  private button(x: number, y: number, label: string, onPress: () => void): void {
    const bg = this.add.rectangle(x, y, 240, 54, COLORS.panel).setStrokeStyle(2, COLORS.accentHex).setInteractive({ useHandCursor: true });
    this.add.text(x, y, label, { fontFamily: FONT, fontSize: '22px', color: COLORS.text }).setOrigin(0.5);
    bg.on('pointerup', onPress);
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.repeat) return;
    if (e.code === 'Escape' || e.code === 'KeyP' || e.code === 'Enter') {
      e.preventDefault();
      this.resume();
    }
  };

  private resume(): void {
    this.scene.resume(this.from);
    this.scene.stop();
  }

  private quit(): void {
    this.scene.stop(this.from);
    this.scene.start(SceneKey.Title);
  }
}
