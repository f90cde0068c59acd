import * as Phaser from 'phaser';
import { loadChapterPack } from './loadPack';
import { gameAudio } from '../audio';
import { hasNextStep, leaveInterlude } from '../campaign/campaign';
import { interludeById, interludeText } from '../campaign/interludes';
import type { RunState } from '../campaign/runState';
import { runStore } from '../save/runStore';
import { Menu } from '../ui/menu';
import { destroyChildren } from '../ui/destroyChildren';
import { COLORS, FONT } from '../ui/theme';
import { startStep } from './campaignFlow';
import { SceneKey } from './keys';

/** What starts an interlude: which one, and the run it belongs to. */
export interface InterludeStartData {
  interludeId: string;
  run: RunState;
}

/**
 * A stop in the safe room between chapters, with the safe-room music: a short written
 * scene, who is with the group (from the run) and Continue (keyboard, pointer, gamepad).
 * Continue goes on to the run's next step; after the last one there is (the story so
 * far ends here) it says so and returns to the title, the run saved at this step.
 * A placeholder for the story issue's portraits, ink dialogue and votes.
 */
export class InterludeScene extends Phaser.Scene {
  private run!: RunState;
  private interludeId = '';
  private menu: Menu | null = null;

  constructor() {
    super(SceneKey.Interlude);
  }

  init(data: InterludeStartData): void {
    this.run = data.run;
    this.interludeId = data.interludeId;
  }

  preload(): void {
    loadChapterPack(this, 'interlude', 'The music room');
  }

  create(): void {
    gameAudio().setMusic('safeRoom');
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
    destroyChildren(this); // removeAll would only unlink the old texts (their canvases live on)
    const { width, height } = this.scale;
    const def = interludeById(this.interludeId);
    if (!def) {
      this.scene.start(SceneKey.Title);
      return;
    }
    const last = !hasNextStep(this.run);
    const text = interludeText(def, this.run, last);
    this.add.rectangle(0, 0, width, height, 0x1a1320).setOrigin(0);
    // A music stave across the top: the room, in five lines.
    for (let i = 0; i < 5; i++) this.add.rectangle(0, 18 + i * 7, width, 1, 0x4a3a52).setOrigin(0);

    const column = Math.min(640, width * 0.88);
    const buttonHeight = 54;
    // The largest text that fits the screen: 20 px on a desktop, down to 13 px on a small phone.
    let size = Math.round(Math.max(15, Math.min(20, Math.min(width, height) / 30)));
    let blocks: Phaser.GameObjects.Text[] = [];
    let total = 0;
    for (; size >= 13; size--) {
      blocks.forEach((b) => b.destroy());
      const style = (px: number, color: string, bold = false): Phaser.Types.GameObjects.Text.TextStyle => ({
        fontFamily: FONT, fontSize: `${px}px`, color, fontStyle: bold ? 'bold' : 'normal', align: 'center', lineSpacing: Math.round(px * 0.3), wordWrap: { width: column },
      });
      blocks = [
        this.add.text(0, 0, text.heading, style(Math.round(size * 1.6), COLORS.text, true)),
        ...text.paragraphs.map((p) => this.add.text(0, 0, p, style(size, COLORS.text))),
        this.add.text(0, 0, text.group, style(size, '#ffd7dc', true)),
        ...(text.notes ? [this.add.text(0, 0, text.notes, style(size, COLORS.dim))] : []),
        ...(text.ending ? [this.add.text(0, 0, text.ending, style(Math.max(13, size - 2), COLORS.dim))] : []),
      ];
      total = blocks.reduce((h, b) => h + b.height, 0) + size * (blocks.length - 1) + size * 1.5 + buttonHeight;
      if (total <= height - 56) break;
    }
    let y = Math.max(48, (height - total) / 2);
    for (const b of blocks) {
      b.setOrigin(0.5, 0).setPosition(width / 2, y);
      y += b.height + size;
    }
    this.menu = new Menu(this, [{ label: 'Continue', onSelect: () => this.continue() }], width / 2, y + size * 0.5 + buttonHeight / 2, Math.min(280, width * 0.8), buttonHeight);
  }

  /** The run's next step, or the title when the story so far ends here. */
  private continue(): void {
    const { run, ended } = leaveInterlude(this.run);
    if (ended) {
      this.scene.start(SceneKey.Title);
      return;
    }
    runStore().set(run);
    startStep(this, run);
  }
}
