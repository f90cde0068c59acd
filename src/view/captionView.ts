import * as Phaser from 'phaser';
import type { Caption, GameAudio } from '../audio';
import { directionArrow } from '../audio/mix';
import type { Insets } from '../input/touchLayout';
import { CAPTION_FONT_SIZES, CAPTION_MAX_LINES, CAPTION_MAX_SHOWN, captionBand, clampCaptionLines } from '../ui/captionLayout';
import { FONT } from '../ui/theme';

const SHOW_MS = 2600;
/** Longer captions stay longer: this much more per character past the first 40. */
const SHOW_MS_PER_CHAR = 40;
const GAP = 6;
const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export interface CaptionRect {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where the screen is covered: the safe-area insets and the top of the touch controls (null: hidden). */
export interface CaptionScreen {
  insets(): Insets;
  controlsTop(): number | null;
}

/** Captions are on by default on touch devices (no headphones assumed, often muted). */
export function captionsDefault(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/**
 * Captions for important sounds and story beats, stacked bottom-up above the touch
 * controls and inside the safe area (captionBand), each with a direction marker from the
 * player toward the sound, at most CAPTION_MAX_SHOWN at once and CAPTION_MAX_LINES lines
 * each (a smaller font first, then cut with an ellipsis). Pools its texts; fades them
 * after a few seconds (longer ones stay longer). View only.
 */
export class CaptionView {
  private readonly lines: Phaser.GameObjects.Text[] = [];
  /** Per pooled line: the text and width it was last fitted for (refitting redraws its canvas). */
  private readonly fitted: string[] = [];
  /** Where each shown caption is on screen (game px; the canvas fills the page), newest first. */
  readonly onScreen: CaptionRect[] = [];
  private readonly shown: { caption: Caption; bornMs: number }[] = [];
  private readonly unsubscribe: () => void;
  private clockMs = 0;
  enabled: boolean;

  constructor(
    private readonly scene: Phaser.Scene,
    audio: GameAudio,
    enabled = captionsDefault(),
    private readonly screen: CaptionScreen = { insets: () => NO_INSETS, controlsTop: () => null },
  ) {
    this.enabled = enabled;
    for (let i = 0; i < CAPTION_MAX_SHOWN; i++) {
      this.lines.push(
        scene.add
          .text(0, 0, '', { fontFamily: FONT, fontSize: `${CAPTION_FONT_SIZES[0]}px`, color: '#ffffff', backgroundColor: '#000000c8', padding: { x: 8, y: 3 }, align: 'center' })
          .setOrigin(0.5, 1)
          .setScrollFactor(0)
          .setDepth(1900)
          .setVisible(false),
      );
    }
    this.unsubscribe = audio.onCaption((c) => {
      if (!this.enabled) return;
      this.add(c);
    });
  }

  /**
   * A caption already on screen with the same words is renewed, not shown twice: a door
   * pounded over and over (the roof's stair door under its waves) must not push the warnings
   * that matter off the three lines.
   */
  private add(caption: Caption): void {
    const same = this.shown.findIndex((e) => e.caption.text === caption.text);
    if (same >= 0) this.shown.splice(same, 1);
    this.shown.push({ caption, bornMs: this.clockMs });
    if (this.shown.length > CAPTION_MAX_SHOWN) this.shown.shift();
  }

  /** Shows a caption of the game's own (not from a sound): a story line again after a retry. */
  show(text: string): void {
    if (!this.enabled) return;
    this.add({ text, arrow: '\u2022', atMs: this.clockMs });
  }

  /**
   * An ally's line (a bark), "Tae-min: Behind you!", with the arrow toward them. Shown
   * whatever the captions setting: allies have no recorded voice, so this is their voice.
   */
  say(name: string, text: string, dx: number, dy: number): void {
    this.shown.push({ caption: { text: `${name}: ${text}`, arrow: directionArrow(dx, dy), atMs: this.clockMs }, bornMs: this.clockMs });
    if (this.shown.length > CAPTION_MAX_SHOWN) this.shown.shift();
  }

  /** Drops every caption on screen (a retry starts with a clean screen; the end screen shows none). */
  clear(): void {
    this.shown.length = 0;
    this.onScreen.length = 0;
    for (const line of this.lines) line.setVisible(false);
  }

  update(_world: unknown, _alpha: number, deltaMs = 16): void {
    this.clockMs += deltaMs;
    for (let k = this.shown.length - 1; k >= 0; k--) if (this.clockMs - this.shown[k]!.bornMs > showMs(this.shown[k]!.caption)) this.shown.splice(k, 1);
    const cam = this.scene.cameras.main;
    // Texts with scrollFactor 0 still scale with camera zoom: undo it so captions stay a fixed size.
    const zoom = cam.zoom || 1;
    const band = captionBand(cam.width, cam.height, this.screen.insets(), this.screen.controlsTop());
    let bottom = band.bottom;
    this.onScreen.length = 0;
    this.lines.forEach((line, i) => {
      const entry = this.shown[this.shown.length - 1 - i];
      if (!entry) {
        line.setVisible(false);
        return;
      }
      const age = this.clockMs - entry.bornMs;
      const life = showMs(entry.caption);
      this.fit(line, `${entry.caption.arrow}  ${entry.caption.text}`, band.width);
      line.setScale(1 / zoom);
      // Screen point -> camera-space position that lands there after zoom around the centre.
      const cx = cam.width / 2;
      const cy = cam.height / 2;
      line.setPosition(cx + (band.centerX - cx) / zoom, cy + (bottom - cy) / zoom);
      this.onScreen.push({ text: entry.caption.text, left: band.centerX - line.width / 2, right: band.centerX + line.width / 2, top: bottom - line.height, bottom });
      bottom -= line.height + GAP;
      line.setAlpha(age > life - 500 ? (life - age) / 500 : 1);
      line.setVisible(true);
    });
  }

  /** Sets the text wrapped to the band: the largest font that fits the line limit, else cut. */
  private fit(line: Phaser.GameObjects.Text, text: string, width: number): void {
    const k = this.lines.indexOf(line);
    const key = `${width}|${text}`;
    if (this.fitted[k] === key) return;
    this.fitted[k] = key;
    const inner = width - 16; // the text's horizontal padding
    line.setWordWrapWidth(inner, true);
    let lines: string[] = [];
    for (const size of CAPTION_FONT_SIZES) {
      line.setFontSize(size);
      lines = line.getWrappedText(text);
      if (lines.length <= CAPTION_MAX_LINES) break;
    }
    line.setText(clampCaptionLines(lines, (t) => line.getWrappedText(t)).join('\n'));
  }

  destroy(): void {
    this.unsubscribe();
    for (const l of this.lines) l.destroy();
    this.lines.length = 0;
  }
}

function showMs(caption: Caption): number {
  return SHOW_MS + Math.max(0, caption.text.length - 40) * SHOW_MS_PER_CHAR;
}
