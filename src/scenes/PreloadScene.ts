import * as Phaser from 'phaser';
import { IMAGES, SHEETS } from '../assets/manifest';
import { gameAudio } from '../audio';
import { showFatalError } from '../ui/errorPanel';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';

/** Loads every asset in the manifest behind a progress bar; a failed file is a clear error. */
export class PreloadScene extends Phaser.Scene {
  private failed: string[] = [];

  constructor() {
    super(SceneKey.Preload);
  }

  preload(): void {
    this.failed = [];
    const { width, height } = this.scale;
    const barW = Math.min(360, width * 0.7);
    const x = (width - barW) / 2;
    const y = height / 2;
    this.add.text(width / 2, y - 40, 'LAST PERIOD', { fontFamily: FONT, fontSize: '28px', color: COLORS.text, fontStyle: 'bold' }).setOrigin(0.5);
    const label = this.add.text(width / 2, y + 34, 'Loading 0%', { fontFamily: FONT, fontSize: '14px', color: COLORS.dim }).setOrigin(0.5);
    this.add.rectangle(x, y, barW, 14).setOrigin(0, 0.5).setStrokeStyle(2, 0xffffff, 0.6);
    const fill = this.add.rectangle(x + 3, y, 0, 8, COLORS.accentHex).setOrigin(0, 0.5);

    this.load.on(Phaser.Loader.Events.PROGRESS, (value: number) => {
      fill.width = (barW - 6) * value;
      label.setText(`Loading ${Math.round(value * 100)}%`);
    });
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      this.failed.push(`${file.key} (${String(file.url)})`);
    });
    for (const [key, path] of Object.entries(IMAGES)) this.load.image(key, path);
    // sprite sheets with fixed-size frames (cast, infected, effects, icons).
    for (const [key, sheet] of Object.entries(SHEETS)) {
      this.load.spritesheet(key, sheet.url, { frameWidth: sheet.frameWidth, frameHeight: sheet.frameHeight });
    }
  }

  create(): void {
    if (this.failed.length > 0) {
      showFatalError(
        'Some game files could not be loaded',
        `Missing or unreadable:\n${this.failed.join('\n')}\n\nCheck your connection and reload. If you host the game yourself, make sure the assets/ folder was uploaded next to index.html.`,
      );
      return;
    }
    gameAudio(); // start fetching the sfx sprite now; audio never blocks the game
    this.scene.start(SceneKey.Title);
  }
}
