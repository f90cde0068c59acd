import * as Phaser from 'phaser';
import { CHAPTERS } from '../chapters/registry';
import { progressStore } from '../save/progressStore';
import { formatTicks } from '../ui/format';
import { Menu, type MenuItem } from '../ui/menu';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';

/**
 * Title: the game's name and "press any key / tap to start" (keyboard, mouse or touch),
 * then the menu: the chapters that exist (locked ones greyed out).
 */
export class TitleScene extends Phaser.Scene {
  private mode: 'attract' | 'menu' = 'attract';

  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    this.mode = 'attract';
    this.draw();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.draw, this);
    window.addEventListener('keydown', this.onKey);
    this.input.on('pointerup', this.onPointer);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.draw, this);
      window.removeEventListener('keydown', this.onKey);
      this.input.off('pointerup', this.onPointer);
    });
  }

  private draw(): void {
    this.children.removeAll(true);
    const { width, height } = this.scale;
    const big = Math.max(30, Math.min(width / 9, 84));
    const titleY = this.mode === 'attract' ? height * 0.36 : height * 0.18;
    this.add
      .text(width / 2, titleY, 'LAST PERIOD', { fontFamily: FONT, fontSize: `${Math.round(big)}px`, color: COLORS.text, fontStyle: 'bold' })
      .setOrigin(0.5)
      .setShadow(0, 4, '#5a0010', 0, false, true);
    this.add
      .text(width / 2, titleY + big * 0.8, 'Daon High · 3:50 pm · the last class of the day', {
        fontFamily: FONT, fontSize: `${Math.round(Math.max(13, big * 0.22))}px`, color: COLORS.dim, align: 'center', wordWrap: { width: width * 0.9 },
      })
      .setOrigin(0.5);

    const store = progressStore();
    if (store.notice) {
      this.add
        .text(width / 2, height - 24, store.notice, { fontFamily: FONT, fontSize: '14px', color: COLORS.accent, align: 'center', wordWrap: { width: width * 0.9 } })
        .setOrigin(0.5, 1);
    }

    if (this.mode === 'attract') {
      const prompt = this.add
        .text(width / 2, height * 0.7, 'Press any key or tap to start', { fontFamily: FONT, fontSize: `${Math.round(Math.max(16, big * 0.3))}px`, color: COLORS.accent })
        .setOrigin(0.5);
      this.tweens.add({ targets: prompt, alpha: 0.35, duration: 900, yoyo: true, repeat: -1 });
      return;
    }

    const items: MenuItem[] = CHAPTERS.map((c) => {
      const unlocked = store.isUnlocked(c.id);
      const record = store.progress.chapters[c.id];
      const best = record?.bestTicks != null ? `  ·  best ${formatTicks(record.bestTicks)}` : '';
      return {
        label: unlocked ? `${c.number}. ${c.place}: ${c.title}${best}` : `${c.number}. ${c.place} (locked)`,
        enabled: unlocked,
        onSelect: () => this.scene.start(c.sceneKey),
      };
    });
    this.add.text(width / 2, height * 0.36, 'Chapters', { fontFamily: FONT, fontSize: '18px', color: COLORS.dim }).setOrigin(0.5);
    new Menu(this, items, width / 2, height * 0.36 + 50, Math.min(420, width * 0.9));
  }

  private openMenu(): void {
    if (this.mode === 'menu') return;
    this.mode = 'menu';
    this.draw();
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.repeat || e.metaKey || e.ctrlKey || e.altKey) return;
    if (this.mode === 'attract') {
      e.preventDefault();
      this.openMenu();
    }
  };

  private readonly onPointer = (): void => {
    this.openMenu();
  };
}
