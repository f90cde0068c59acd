import * as Phaser from 'phaser';
import { gameAudio } from '../audio';
import { ENDINGS, endingFor, endingRoll, type EndingId } from '../campaign/endings';
import type { RunState } from '../campaign/runState';
import { Menu } from '../ui/menu';
import { destroyChildren } from '../ui/destroyChildren';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';
import { loadChapterPack } from './loadPack';

/**
 * A card in the campaign: the ending (`card: 'ending'`, chosen from the run by endingFor;
 * its illustration, a few lines, who made it and who was lost), or a step this build
 * cannot play (`card: 'missing'`, the text says why). Back to title either way; the run
 * stays saved where it is.
 */
export type StoryCardData = { card: 'ending'; run: RunState; ending?: EndingId } | { card: 'missing'; run: RunState; text: string };

export class StoryCardScene extends Phaser.Scene {
  private data_!: StoryCardData;
  private menu: Menu | null = null;

  constructor() {
    super(SceneKey.StoryCard);
  }

  init(data: StoryCardData): void {
    this.data_ = data;
  }

  preload(): void {
    // The ending's illustration and song come with the interludes' pack (already in after a played interlude).
    if (this.data_.card === 'ending') loadChapterPack(this, 'interlude', 'The ending');
  }

  create(): void {
    gameAudio().setMusic(this.data_.card === 'ending' ? 'safeRoom' : 'none');
    this.draw();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.draw, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.draw, this);
      this.menu = null;
      gameAudio().setMusic('none');
    });
  }

  private draw(): void {
    this.menu?.destroy();
    destroyChildren(this);
    const { width, height } = this.scale;
    const d = this.data_;
    const k = Math.max(0.8, Math.min(1.25, Math.min(width, height) / 560));
    const size = Math.round(17 * k);
    const column = Math.min(660, width * 0.9);
    this.add.rectangle(0, 0, width, height, COLORS.background).setOrigin(0);
    let y = 20;
    const add = (text: string, px: number, color: string, bold = false): Phaser.GameObjects.Text => {
      const t = this.add.text(width / 2, y, text, { fontFamily: FONT, fontSize: `${px}px`, color, fontStyle: bold ? 'bold' : 'normal', align: 'center', lineSpacing: Math.round(px * 0.3), wordWrap: { width: column } }).setOrigin(0.5, 0);
      y += t.height + px * 0.7;
      return t;
    };
    if (d.card === 'missing') {
      y = height * 0.3;
      add('Not yet', Math.round(size * 1.6), COLORS.text, true);
      add(d.text, size, COLORS.text);
    } else {
      const ending = ENDINGS[d.ending ?? endingFor(d.run)];
      // The illustration: 640x360, as wide as fits, at most 40% of the height.
      const artW = Math.min(column, 640, (height * 0.4 * 640) / 360);
      const artH = (artW * 360) / 640;
      this.drawArt(ending.image, width / 2, y, artW, artH);
      y += artH + size;
      add(`Ending: ${ending.title}`, Math.round(size * 1.5), COLORS.text, true);
      const roll = endingRoll(d.run);
      // The largest text size at which the paragraphs, the roll and the button fit under the art.
      const top = y;
      for (let s = size; s >= 12; s--) {
        y = top;
        const made = [...ending.paragraphs.map((p) => add(p, s, COLORS.text)), add(roll.madeIt, s, '#ffd7dc', true), ...(roll.lost ? [add(roll.lost, s, COLORS.dim)] : [])];
        if (y + 60 <= height || s === 12) break;
        made.forEach((t) => t.destroy());
      }
    }
    const buttonH = 50;
    this.menu = new Menu(this, [{ label: 'Back to title', onSelect: () => this.scene.start(SceneKey.Title) }], width / 2, Math.min(height - 16 - buttonH / 2, y + buttonH * 0.8), Math.min(280, width * 0.8), buttonH, null, { ignoreInputMs: 500 });
  }

  /** The ending's illustration, or (until story-art's art is in) a drawn stand-in of the same scene. */
  private drawArt(key: string, cx: number, top: number, w: number, h: number): void {
    if (this.textures.exists(key)) {
      const img = this.add.image(cx, top, key).setOrigin(0.5, 0);
      img.setScale(w / img.width);
      return;
    }
    const x = cx - w / 2;
    const sky = key === 'endingDawn' ? [0xf2a65a, 0xe07a5f, 0x8a4f6b] : key === 'endingHelicopter' ? [0x1d2a4a, 0x243660, 0x34487a] : [0x2a2a30, 0x3a3a42, 0x4a4a52];
    sky.forEach((c, i) => this.add.rectangle(x, top + (h * i) / 3, w, h / 3 + 1, c).setOrigin(0));
    if (key === 'endingDawn') this.add.circle(cx - w * 0.28, top + h * 0.7, h * 0.16, 0xffd58a);
    // The school's roof line and parapet.
    this.add.rectangle(x, top + h * 0.72, w, h * 0.28, 0x15151a).setOrigin(0);
    this.add.rectangle(x, top + h * 0.7, w, h * 0.03, 0x5a5a66).setOrigin(0);
    const figures = key === 'endingAlone' ? 1 : 4;
    for (let i = 0; i < figures; i++) {
      const fx = cx + (i - (figures - 1) / 2) * w * 0.07;
      this.add.rectangle(fx, top + h * 0.7, w * 0.025, h * 0.12, 0x0b0b0e).setOrigin(0.5, 1);
      this.add.circle(fx, top + h * 0.56, w * 0.016, 0x0b0b0e);
    }
    if (key === 'endingHelicopter' || key === 'endingAlone') {
      const hx = cx + w * 0.22;
      const hy = top + h * 0.3;
      this.add.ellipse(hx, hy, w * 0.14, h * 0.09, 0x0b0b0e);
      this.add.rectangle(hx + w * 0.1, hy - h * 0.01, w * 0.1, h * 0.02, 0x0b0b0e);
      this.add.rectangle(hx, hy - h * 0.07, w * 0.26, h * 0.012, 0x0b0b0e);
    }
    this.add.rectangle(x, top, w, h).setOrigin(0).setStrokeStyle(2, 0x4a3a52);
  }
}
