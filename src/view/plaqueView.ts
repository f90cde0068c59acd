import type * as Phaser from 'phaser';
import { TILE_SIZE } from '../assets/manifest';
import type { World } from '../sim/world';
import type { ScreenRect } from '../ui/markerLabel';
import { FONT } from '../ui/theme';
import { PLAQUE_DEPTH, plaqueDepth } from './depths';

/** The plaque's text in world px before the zoom correction. */
const FONT_PX = 10;
/** Never drawn smaller than this on screen (CSS px): readable on a 360 px phone. */
const MIN_SCREEN_PX = 13;

/**
 * Room signs on the walls ("2-3", "Science Lab", "Toilets"): every place an objective line
 * names is labelled where it is. White on a dark plate, one Text per plaque made once;
 * on a zoomed-out phone they grow so they stay readable. View only.
 */
export class PlaqueView {
  private readonly signs: Phaser.GameObjects.Text[];
  private zoom = 0;

  constructor(scene: Phaser.Scene, world: World) {
    this.signs = world.level.plaques.map((p) =>
      scene.add
        .text((p.x + 0.5) * TILE_SIZE, (p.y + 0.5) * TILE_SIZE, p.text.slice(0, 24), {
          fontFamily: FONT,
          fontSize: `${FONT_PX}px`,
          color: '#f4efe4',
          backgroundColor: '#1d2a3acc',
          padding: { x: 3, y: 1 },
          fontStyle: 'bold',
        })
        .setOrigin(0.5)
        .setDepth(PLAQUE_DEPTH),
    );
  }

  /** darkAreas: the dark patches (world px); a sign over one draws above the darkness (plaqueDepth). */
  update(zoom: number, darkAreas: readonly ScreenRect[] = []): void {
    if (zoom === this.zoom) return;
    this.zoom = zoom;
    const scale = Math.max(1, MIN_SCREEN_PX / (FONT_PX * (zoom || 1)));
    for (const s of this.signs) s.setScale(scale);
    // The box grows with the scale, so whether it reaches a dark patch is decided again.
    this.boxes.forEach((box, i) => this.signs[i]!.setDepth(plaqueDepth(box, darkAreas)));
  }

  /** Each sign's box in world px, as drawn now (what the allies' name tags and the marker's label keep off). */
  get boxes(): ScreenRect[] {
    return this.signs.map((s) => ({ left: s.x - s.displayWidth / 2, top: s.y - s.displayHeight / 2, right: s.x + s.displayWidth / 2, bottom: s.y + s.displayHeight / 2 }));
  }

  destroy(): void {
    for (const s of this.signs) s.destroy();
    this.signs.length = 0;
  }
}
