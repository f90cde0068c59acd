import * as Phaser from 'phaser';
import type { Caption, GameAudio } from '../audio';
import { FONT } from '../ui/theme';

const SHOW_MS = 2600;
const MAX_LINES = 3;

/** Captions are on by default on touch devices (no headphones assumed, often muted). */
export function captionsDefault(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/**
 * Captions for important sounds, bottom centre of the screen, each with a direction
 * marker from the player toward the sound. Pools its text lines; fades them after a few
 * seconds. View only.
 */
export class CaptionView {
  private readonly lines: Phaser.GameObjects.Text[] = [];
  private readonly shown: { caption: Caption; bornMs: number }[] = [];
  private readonly unsubscribe: () => void;
  private clockMs = 0;
  enabled: boolean;

  constructor(
    private readonly scene: Phaser.Scene,
    audio: GameAudio,
    enabled = captionsDefault(),
  ) {
    this.enabled = enabled;
    for (let i = 0; i < MAX_LINES; i++) {
      this.lines.push(
        scene.add
          .text(0, 0, '', { fontFamily: FONT, fontSize: '16px', color: '#ffffff', backgroundColor: '#000000b0', padding: { x: 8, y: 3 } })
          .setOrigin(0.5, 1)
          .setScrollFactor(0)
          .setDepth(1900)
          .setVisible(false),
      );
    }
    this.unsubscribe = audio.onCaption((c) => {
      if (!this.enabled) return;
      this.shown.push({ caption: c, bornMs: this.clockMs });
      if (this.shown.length > MAX_LINES) this.shown.shift();
    });
  }

  update(_world: unknown, _alpha: number, deltaMs = 16): void {
    this.clockMs += deltaMs;
    while (this.shown.length > 0 && this.clockMs - this.shown[0]!.bornMs > SHOW_MS) this.shown.shift();
    const cam = this.scene.cameras.main;
    // Texts with scrollFactor 0 still scale with camera zoom: undo it so captions stay a fixed size.
    const zoom = cam.zoom || 1;
    const cx = cam.width / 2;
    const bottom = cam.height - 24;
    this.lines.forEach((line, i) => {
      const entry = this.shown[this.shown.length - 1 - i];
      if (!entry) {
        line.setVisible(false);
        return;
      }
      const age = this.clockMs - entry.bornMs;
      line.setText(`${entry.caption.arrow}  ${entry.caption.text}`);
      line.setScale(1 / zoom);
      // Screen point -> camera-space position that lands there after zoom around the centre.
      const sx = cx;
      const sy = bottom - i * 26;
      line.setPosition(cx + (sx - cx) / zoom, cam.height / 2 + (sy - cam.height / 2) / zoom);
      line.setAlpha(age > SHOW_MS - 500 ? (SHOW_MS - age) / 500 : 1);
      line.setVisible(true);
    });
  }

  destroy(): void {
    this.unsubscribe();
    for (const l of this.lines) l.destroy();
    this.lines.length = 0;
  }
}
