import * as Phaser from 'phaser';
import { COLORS, FONT } from './theme';

/**
 * A menu button that works with mouse, touch and keyboard focus: a bordered box with a
 * label; `setFocused` draws the keyboard focus ring.
 */
export class MenuButton {
  readonly box: Phaser.GameObjects.Rectangle;
  readonly label: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, x: number, y: number, w: number, h: number, text: string, readonly onPress: () => void) {
    this.box = scene.add.rectangle(x, y, w, h, COLORS.panel).setStrokeStyle(2, COLORS.accentHex).setInteractive({ useHandCursor: true });
    let size = Math.round(Math.min(22, h * 0.42));
    this.label = scene.add.text(x, y, text, { fontFamily: FONT, fontSize: `${size}px`, color: COLORS.text }).setOrigin(0.5);
    // A long label on a narrow screen (a chapter with its best time at 360 px) shrinks to fit the box.
    while (this.label.width > w - 16 && size > 12) this.label.setFontSize(--size);
    this.box.on('pointerup', () => onPress());
  }

  /** Greyed out and not clickable (a locked chapter). */
  setDisabled(): this {
    this.box.disableInteractive().setStrokeStyle(2, 0x2c2a30);
    this.label.setColor('#5d5860');
    return this;
  }

  setFocused(on: boolean): this {
    this.box.setStrokeStyle(on ? 4 : 2, on ? 0xffffff : COLORS.accentHex);
    this.box.setFillStyle(on ? 0x3a2028 : COLORS.panel);
    return this;
  }
}

/** Up/down (and Tab) move the focus through a list of buttons; Enter or Space presses. */
export function focusKeys(buttons: MenuButton[], getFocus: () => number, setFocus: (i: number) => void, e: KeyboardEvent): boolean {
  const n = buttons.length;
  if (n === 0) return false;
  switch (e.code) {
    case 'ArrowDown':
    case 'KeyS':
      setFocus((getFocus() + 1) % n);
      return true;
    case 'ArrowUp':
    case 'KeyW':
      setFocus((getFocus() - 1 + n) % n);
      return true;
    case 'Tab':
      setFocus((getFocus() + (e.shiftKey ? n - 1 : 1)) % n);
      return true;
    case 'Enter':
    case 'NumpadEnter':
    case 'Space':
      buttons[getFocus()]?.onPress();
      return true;
    default:
      return false;
  }
}
