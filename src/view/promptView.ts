import type * as Phaser from 'phaser';
import { TILE_SIZE } from '../assets/manifest';
import type { Bindings } from '../input/bindings';
import type { Device } from '../input/inputRouter';
import { interactionInReach } from '../sim/interact';
import type { World } from '../sim/world';
import { interactionPrompt } from '../ui/prompts';
import { FONT } from '../ui/theme';

/** Where the prompt's wording comes from: the device in use and the key bindings. */
export interface PromptSource {
  device(): Device;
  bindings(): Readonly<Bindings>;
}

/**
 * The context prompt over the thing the use button would act on ("E Open", "USE Hide",
 * "A Free Da-som"), so the player knows what a press does before pressing. Drawn in the
 * world beside the target, at a constant screen size (at least 14 CSS px). One Text,
 * re-rendered only when its wording changes. View only.
 */
export class PromptView {
  private readonly text: Phaser.GameObjects.Text;
  private shown = '';

  constructor(
    scene: Phaser.Scene,
    private readonly source: PromptSource,
  ) {
    this.text = scene.add
      .text(0, 0, '', { fontFamily: FONT, fontSize: '15px', color: '#ffffff', backgroundColor: '#101018e0', padding: { x: 6, y: 3 }, fontStyle: 'bold' })
      .setOrigin(0.5, 1)
      .setDepth(1800)
      .setVisible(false);
  }

  /** What the prompt says now ('' when hidden), for the test API. */
  get wording(): string {
    return this.text.visible ? this.shown : '';
  }

  update(world: World, zoom: number): void {
    const it = world.status === 'playing' && world.player.grabbedBy < 0 ? interactionInReach(world) : null;
    if (!it) {
      this.text.setVisible(false);
      return;
    }
    const words = interactionPrompt(it, world, this.source.device(), this.source.bindings());
    if (words !== this.shown) {
      this.shown = words;
      this.text.setText(words);
    }
    // Above the target's cell; the player is drawn over the cell, so go a little higher.
    this.text.setPosition((it.x + 0.5) * TILE_SIZE, (it.y - 0.05) * TILE_SIZE).setScale(1 / (zoom || 1)).setVisible(true);
  }

  destroy(): void {
    this.text.destroy();
  }
}
