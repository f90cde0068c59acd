import * as Phaser from 'phaser';
import { pollGamepad } from '../input/domInput';
import { PadNav } from '../input/padNav';
import { MenuButton } from './menuButton';

/**
 * A vertical list of MenuButtons usable with the keyboard (arrows/W/S/Tab + Enter/Space),
 * the mouse, touch and a gamepad (d-pad/stick + A; B calls `onBack` when given).
 * Disabled items are greyed out and skipped by keyboard and pad focus.
 */
export interface MenuItem {
  label: string;
  enabled?: boolean;
  onSelect: () => void;
}

export interface MenuOptions {
  /**
   * Presses (keys, pad, pointer) in this many ms after the menu opens are ignored: an end
   * screen that opens under a player mashing spray or use must not be skipped by it.
   */
  ignoreInputMs?: number;
}

/** A menu row as the test API reports it: its words and where it is on the page (CSS px). */
export interface MenuRow {
  label: string;
  enabled: boolean;
  focused: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every menu alive now, newest last (the test API reports the one in the top-most running scene). */
const liveMenus: Menu[] = [];

/** The rows of the newest menu whose scene is running (for e2e taps that must not guess layouts), or null. */
export function liveMenuRows(): MenuRow[] | null {
  for (let k = liveMenus.length - 1; k >= 0; k--) {
    const m = liveMenus[k]!;
    if (m.sceneActive()) return m.rows();
  }
  return null;
}

export class Menu {
  private readonly buttons: MenuButton[] = [];
  private readonly pad = new PadNav();
  private focus = 0;
  private readonly openedAt: number;
  private readonly ignoreInputMs: number;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly items: MenuItem[],
    x: number,
    y: number,
    width: number,
    rowHeight = 56,
    private readonly onBack: (() => void) | null = null,
    options: MenuOptions = {},
  ) {
    this.openedAt = performance.now();
    this.ignoreInputMs = options.ignoreInputMs ?? 0;
    items.forEach((item, i) => {
      const button = new MenuButton(scene, x, y + i * (rowHeight + 10), width, rowHeight, item.label, () => this.press(i));
      if (item.enabled === false) button.setDisabled();
      else button.box.on('pointerover', () => this.setFocus(i));
      this.buttons.push(button);
    });
    this.focusFirst();
    liveMenus.push(this);
    window.addEventListener('keydown', this.onKey);
    scene.events.on(Phaser.Scenes.Events.UPDATE, this.pollPad);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, this.destroy, this);
  }

  destroy(): void {
    const k = liveMenus.indexOf(this);
    if (k >= 0) liveMenus.splice(k, 1);
    window.removeEventListener('keydown', this.onKey);
    this.scene.events.off(Phaser.Scenes.Events.UPDATE, this.pollPad);
    this.scene.events.off(Phaser.Scenes.Events.SHUTDOWN, this.destroy, this);
    for (const b of this.buttons) {
      b.box.destroy();
      b.label.destroy();
    }
    this.buttons.length = 0;
  }

  sceneActive(): boolean {
    return this.scene.scene.isActive();
  }

  /** The rows with their boxes (scene px, which are CSS px: the canvas fills the page unscaled). */
  rows(): MenuRow[] {
    return this.buttons.map((b, i) => {
      const r = b.box.getBounds();
      return { label: this.items[i]!.label, enabled: this.enabled(i), focused: i === this.focus, x: r.x, y: r.y, w: r.width, h: r.height };
    });
  }

  /** The focused item's index (a menu rebuilt on a resize keeps it). */
  get focused(): number {
    return this.focus;
  }

  /** Focuses item `i` if it exists and is enabled. */
  focusAt(i: number): void {
    if (i >= 0 && i < this.items.length && this.enabled(i)) this.setFocus(i);
  }

  /** Puts the focus back on the first item (a menu returned to starts from its top). */
  focusFirst(): void {
    this.setFocus(Math.max(0, this.items.findIndex((it) => it.enabled !== false)));
  }

  private enabled(i: number): boolean {
    return this.items[i]?.enabled !== false;
  }

  /** Still inside the opening grace period (see MenuOptions.ignoreInputMs). */
  private settling(): boolean {
    return performance.now() - this.openedAt < this.ignoreInputMs;
  }

  private press(i: number): void {
    if (this.enabled(i) && !this.settling()) this.items[i]!.onSelect();
  }

  private setFocus(i: number): void {
    this.focus = i;
    this.buttons.forEach((b, j) => {
      if (this.enabled(j)) b.setFocused(j === i);
    });
  }

  private move(dir: number): void {
    const n = this.items.length;
    for (let k = 1; k <= n; k++) {
      const i = (this.focus + dir * k + n * 2) % n;
      if (this.enabled(i)) {
        this.setFocus(i);
        return;
      }
    }
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (!this.scene.scene.isActive() || e.repeat) return;
    switch (e.code) {
      case 'ArrowDown':
      case 'KeyS':
        this.move(1);
        break;
      case 'ArrowUp':
      case 'KeyW':
        this.move(-1);
        break;
      case 'Tab':
        this.move(e.shiftKey ? -1 : 1);
        break;
      case 'Enter':
      case 'NumpadEnter':
      case 'Space':
        this.press(this.focus);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  private readonly pollPad = (): void => {
    if (!this.scene.scene.isActive()) return;
    const action = this.pad.read(pollGamepad());
    if (action === 'up') this.move(-1);
    else if (action === 'down') this.move(1);
    else if (action === 'select') this.press(this.focus);
    else if (action === 'back' && !this.settling()) this.onBack?.();
  };
}
