import * as Phaser from 'phaser';
import { Menu } from '../ui/menu';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';

/** What the chapter scene's watch mode tells the end screen. */
export interface ReplayEndData {
  /** The chapter scene that played the replay. */
  from: string;
  /** Whether the playback matched the recording all through. */
  matched: boolean;
  /** One sentence: it matched, or at which second it diverged. */
  summary: string;
  /** Where the recorded run ended (its outcome and time). */
  lines: string[];
  onWatchAgain: () => void;
}

/** The overlay after a watched replay: did it play out as recorded, then watch again or back to the title. */
export class ReplayEndScene extends Phaser.Scene {
  private data_!: ReplayEndData;

  constructor() {
    super(SceneKey.ReplayEnd);
  }

  init(data: ReplayEndData): void {
    this.data_ = data;
  }

  create(): void {
    const d = this.data_;
    const { width, height } = this.scale;
    this.add.rectangle(0, 0, width, height, 0x06080c, 0.8).setOrigin(0).setInteractive();
    const headSize = Math.round(Math.max(26, Math.min(width / 14, 44)));
    let y = height * 0.2;
    const heading = d.matched ? 'Replay matched' : 'Replay diverged';
    this.add
      .text(width / 2, y, heading, { fontFamily: FONT, fontSize: `${headSize}px`, color: d.matched ? COLORS.text : COLORS.accent, fontStyle: 'bold', align: 'center' })
      .setOrigin(0.5);
    y += headSize * 1.1;
    const summary = this.add
      .text(width / 2, y, d.summary, { fontFamily: FONT, fontSize: '18px', color: COLORS.text, align: 'center', wordWrap: { width: width * 0.85 } })
      .setOrigin(0.5, 0);
    y += summary.height + 16;
    for (const line of d.lines) {
      this.add.text(width / 2, y, line, { fontFamily: FONT, fontSize: '18px', color: COLORS.dim, align: 'center', wordWrap: { width: width * 0.9 } }).setOrigin(0.5, 0);
      y += 28;
    }
    new Menu(
      this,
      [
        { label: 'Watch again', onSelect: () => this.close(d.onWatchAgain) },
        { label: 'Back to title', onSelect: () => this.quit() },
      ],
      width / 2,
      Math.max(y + 44, height * 0.6),
      Math.min(320, width * 0.85),
      54,
      () => this.quit(),
    );
  }

  private close(action: () => void): void {
    this.scene.stop();
    action();
  }

  private quit(): void {
    this.scene.stop(this.data_.from);
    this.scene.stop();
    this.scene.start(SceneKey.Title);
  }
}
