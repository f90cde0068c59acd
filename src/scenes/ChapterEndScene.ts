import * as Phaser from 'phaser';
import { Menu, type MenuItem } from '../ui/menu';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';
import type { Replay } from '../replay/format';
import { saveReplay } from '../ui/replayFiles';
import { endScreenLayout } from '../ui/endScreenLayout';

/** What the chapter scene tells the end screen. */
export interface ChapterEndData {
  from: string;
  outcome: 'won' | 'lost';
  heading: string;
  /** Lines of results, e.g. ['Time 5:12', 'Grabs 2']. */
  lines: string[];
  /** For a loss: the short "what got you" line. */
  cause?: string;
  /** The run as a replay, for "Download replay" (absent: no button). */
  replay?: () => Replay | null;
  /** Called by the buttons; the chapter scene does the work. */
  onRetry?: () => void;
  /** The retry button's words: "Retry from checkpoint", or "Restart chapter" before any checkpoint. */
  retryLabel?: string;
  onRestart: () => void;
  /** For a win with a campaign run in progress: go on to the run's next step. */
  onContinue?: () => void;
}

/** The last end screen's text boxes in game px (for the test API: a tip shows whole at 360x640). */
export const endScreenShown = {
  heading: { left: 0, top: 0, right: 0, bottom: 0 },
  cause: null as { left: number; top: number; right: number; bottom: number } | null,
  lines: [] as { left: number; top: number; right: number; bottom: number }[],
  menuBottom: 0,
  width: 0,
  height: 0,
};

/** Presses this soon after the end screen opens are ignored (issue 11: a panic spray skipped the death screen). */
export const END_SCREEN_GRACE_MS = 600;

/** The overlay at the end of an attempt: chapter complete, or bitten with a retry. */
export class ChapterEndScene extends Phaser.Scene {
  private data_!: ChapterEndData;

  constructor() {
    super(SceneKey.ChapterEnd);
  }

  init(data: ChapterEndData): void {
    this.data_ = data;
  }

  create(): void {
    const d = this.data_;
    const { width, height } = this.scale;
    const won = d.outcome === 'won';
    this.add.rectangle(0, 0, width, height, won ? 0x050a08 : 0x140205, 0.78).setOrigin(0).setInteractive();
    const headSize = Math.round(Math.max(26, Math.min(width / 14, 46)));
    // Made first, placed once measured: a long tip wraps to five lines on a phone.
    const heading = this.add.text(width / 2, 0, d.heading, { fontFamily: FONT, fontSize: `${headSize}px`, color: won ? COLORS.text : COLORS.accent, fontStyle: 'bold', align: 'center', wordWrap: { width: width * 0.9 } }).setOrigin(0.5);
    const cause = d.cause ? this.add.text(width / 2, 0, d.cause, { fontFamily: FONT, fontSize: '18px', color: COLORS.text, align: 'center', wordWrap: { width: width * 0.85 } }).setOrigin(0.5, 0) : null;
    // Wrapped too: a results line naming the classmates rescued can be wider than a phone.
    const lines = d.lines.map((line) => this.add.text(width / 2, 0, line, { fontFamily: FONT, fontSize: '18px', color: COLORS.dim, align: 'center', wordWrap: { width: width * 0.9 } }).setOrigin(0.5, 0));
    const items: MenuItem[] = [];
    if (won && d.onContinue) items.push({ label: 'Continue', onSelect: () => this.close(d.onContinue!) });
    const retryLabel = d.retryLabel ?? 'Retry from checkpoint';
    if (!won && d.onRetry) items.push({ label: retryLabel, onSelect: () => this.close(d.onRetry!) });
    // Without a checkpoint the retry already is the restart: one button, not two saying the same.
    if (won || retryLabel !== 'Restart chapter') items.push({ label: won ? 'Play again' : 'Restart chapter', onSelect: () => this.close(d.onRestart) });
    items.push({ label: 'Quit to title', onSelect: () => this.quit() });
    // Last, so the rows above stay where keys and pads expect them.
    if (d.replay) items.push({ label: 'Download replay', onSelect: () => saveReplay(d.replay!) });
    const at = endScreenLayout(height, { headingHeight: heading.height, causeHeight: cause?.height ?? 0, lineHeights: lines.map((t) => t.height), items: items.length });
    heading.setY(at.headingY);
    cause?.setY(at.causeY);
    lines.forEach((t, k) => t.setY(at.lineYs[k]!));
    const box = (t: Phaser.GameObjects.Text) => {
      const b = t.getBounds();
      return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
    };
    Object.assign(endScreenShown, { heading: box(heading), cause: cause ? box(cause) : null, lines: lines.map(box), menuBottom: at.bottom, width, height });
    // A player still mashing spray or use when the attempt ends must see this screen first.
    new Menu(this, items, width / 2, at.menuY, Math.min(320, width * 0.85), at.rowHeight, null, { ignoreInputMs: END_SCREEN_GRACE_MS });
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
