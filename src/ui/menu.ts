import * as Phaser from 'phaser';
import { COLORS, FONT } from './theme';

/**
 * A vertical list of buttons usable with keyboard (arrows/W/S + Enter/Space), mouse and
 * touch. Disabled items are shown greyed and skipped by the keyboard.
 */
export interface MenuItem {
  label: string;
  enabled?: boolean;
  onSelect: () => void;
}

export class Menu {
  private readonly buttons: { bg: Phaser.GameObjects.Rectangle; text: Phaser.GameObjects.Text }[] = [];
  private selected = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly items: MenuItem[],
    x: number,
    y: number,
    width: number,
    rowHeight = 56,
  ) {
    const fontSize = Math.round(Math.min(24, rowHeight * 0.42));
    items.forEach((item, i) => {
      const enabled = item.enabled !== false;
      const cy = y + i * (rowHeight + 10);
      const bg = scene.add.rectangle(x, cy, width, rowHeight, COLORS.panel, 0.92).setStrokeStyle(2, enabled ? 0x55505a : 0x2c2a30);
      const text = scene.add
        .text(x, cy, item.label, { fontFamily: FONT, fontSize: `${fontSize}px`, color: enabled ? COLORS.text : '#5d5860' })
        .setOrigin(0.5);
      if (enabled) {
        bg.setInteractive({ useHandCursor: true });
        bg.on('pointerover', () => this.select(i));
        bg.on('pointerup', () => item.onSelect());
      }
      this.buttons.push({ bg, text });
    });
    this.selected = Math.max(0, items.findIndex((it) => it.enabled !== false));
    this.highlight();
    window.addEventListener('keydown', this.onKey);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.destroy());
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKey);
    for (const b of this.buttons) {
      b.bg.destroy();
      b.text.destroy();
    }
    this.buttons.length = 0;
  }

  private select(i: number): void {
    this.selected = i;
    this.highlight();
  }

  private highlight(): void {
    this.buttons.forEach((b, i) => {
      if (this.items[i]!.enabled === false) return;
      b.bg.setStrokeStyle(i === this.selected ? 3 : 2, i === this.selected ? COLORS.accentHex : 0x55505a);
    });
  }

  private move(dir: number): void {
    const n = this.items.length;
    for (let k = 1; k <= n; k++) {
      const i = (this.selected + dir * k + n * 2) % n;
      if (this.items[i]!.enabled !== false) {
        this.select(i);
        return;
      }
    }
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (!this.scene.scene.isActive()) return;
    if (e.code === 'ArrowDown' || e.code === 'KeyS') this.move(1);
    else if (e.code === 'ArrowUp' || e.code === 'KeyW') this.move(-1);
    else if ((e.code === 'Enter' || e.code === 'Space' || e.code === 'NumpadEnter') && !e.repeat) {
      const item = this.items[this.selected];
      if (item && item.enabled !== false) item.onSelect();
    } else return;
    e.preventDefault();
  };
}
