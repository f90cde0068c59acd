import * as Phaser from 'phaser';
import { services } from '../game/services';
import { ACTIONS, ACTION_LABELS, KEYS_PER_ACTION, defaultBindings, keyLabel, rebind, unbind, type Action } from '../input/bindings';
import type { UiAction } from '../input/inputRouter';
import { DIFFICULTIES, VOLUME_BUSES, type Difficulty, type Settings, type VolumeBus } from '../save/settings';
import { COLORS, FONT } from '../ui/theme';
import { difficultySummary } from '../ui/difficultyText';
import { SceneKey } from './keys';

export interface SettingsData {
  /** The scene to resume on Back (Title or Pause). */
  from: string;
}

const VOLUME_LABELS: Record<VolumeBus, string> = { master: 'Master volume', music: 'Music', sfx: 'Sound effects', ui: 'Interface sounds' };
const DIFFICULTY_LABELS: Record<Difficulty, string> = { story: 'Story', normal: 'Normal', nightmare: 'Nightmare' };
type Toggle = 'screenShake' | 'captions' | 'highContrast' | 'objectiveMarker' | 'voteTimer';
const TOGGLE_LABELS: Record<Toggle, string> = { screenShake: 'Screen shake', captions: 'Captions', highContrast: 'High-contrast outlines', objectiveMarker: 'Objective marker', voteTimer: 'Vote timer' };

/** One focusable cell of the list: a label on the left, a value (or a key slot) on the right. */
interface Cell {
  row: number;
  /** Left/right on this cell: -1 or +1 (volume, difficulty, toggles); undefined moves between cells. */
  adjust?: (dir: number) => void;
  press: () => void;
  /** Delete/Backspace (unbind a key slot). */
  clear?: () => void;
  box: Phaser.GameObjects.Rectangle;
  text: Phaser.GameObjects.Text;
  value: () => string;
}

/**
 * Settings: volumes, difficulty, screen shake, captions, high contrast and key bindings.
 * Keyboard: arrows/Tab move, Left/Right change, Enter picks, Delete clears a key, Esc goes
 * back. Mouse and touch: tap a value to change it (drag or wheel to scroll). Rebinding
 * takes the next key press through the InputRouter; conflicts are reported at the bottom.
 * Every change is saved at once.
 */
export class SettingsScene extends Phaser.Scene {
  private from = '';
  private cells: Cell[] = [];
  private focus = 0;
  private content!: Phaser.GameObjects.Container;
  private scroll = 0;
  private maxScroll = 0;
  private viewTop = 0;
  private viewHeight = 0;
  private rowH = 44;
  private message!: Phaser.GameObjects.Text;
  /** The footer's message, kept across a relayout. */
  private messageText = '';
  private dragStartY: number | null = null;
  private dragScroll = 0;
  private dragged = false;
  private capturingCell: Cell | null = null;
  private stops: Array<() => void> = [];
  /** Everything build() makes, destroyed whole on a resize (the display list's removeAll does not destroy). */
  private root: Phaser.GameObjects.Container | null = null;
  /** The line under Difficulty that says what it changes. */
  private difficultyNote: Phaser.GameObjects.Text | null = null;

  constructor() {
    super(SceneKey.Settings);
  }

  init(data: SettingsData): void {
    this.from = data.from;
    this.root = null;
    this.difficultyNote = null;
    this.messageText = '';
    this.focus = 0;
    this.scroll = 0;
    this.capturingCell = null;
  }

  create(): void {
    this.build();
    const onResize = (): void => this.build();
    this.listenForScroll();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    window.addEventListener('keydown', this.onKey, { capture: true });
    this.stops = [
      services().router.onUi(this.onUi),
      services().settings.subscribe(() => this.refresh()),
      () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize),
      () => window.removeEventListener('keydown', this.onKey, { capture: true }),
      () => services().router.captureNextKey(null),
    ];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const s of this.stops) s();
      this.stops = [];
    });
  }

  private get settings(): Readonly<Settings> {
    return services().settings.get();
  }

  private change(fn: (d: Settings) => void): void {
    services().settings.update(fn);
  }

  /** Touch-only devices (no hover, a coarse pointer, no key pressed yet) have no use for key bindings. */
  private keyboardLikely(): boolean {
    const touchOnly = typeof matchMedia === 'function' && matchMedia('(hover: none) and (pointer: coarse)').matches;
    return !touchOnly || services().router.lastDevice === 'keyboard';
  }

  private build(): void {
    this.root?.destroy();
    this.root = this.add.container(0, 0);
    const root = this.root;
    const { width, height } = this.scale;
    const k = Math.max(1, Math.min(1.3, Math.min(width, height) / 480));
    this.rowH = Math.round(44 * k);
    const font = Math.round(16 * k);
    const panelW = Math.min(width - 16, 600 * k);
    const left = (width - panelW) / 2;
    const headerH = Math.round(56 * k);
    const footerH = Math.round(96 * k);
    this.viewTop = headerH;
    this.viewHeight = height - headerH - footerH;
    this.cells = [];

    root.add(this.add.rectangle(0, 0, width, height, 0x0b0b0e, 1).setOrigin(0).setInteractive());
    this.content = this.add.container(0, this.viewTop);
    root.add(this.content);

    const valueW = Math.min(190 * k, panelW * 0.42);
    const slotW = Math.min(88 * k, (panelW * 0.5 - 8) / 2);
    let row = 0;
    const addLabel = (text: string, y: number, heading = false): void => {
      this.content.add(
        this.add.text(left + 6, y + this.rowH / 2, text, { fontFamily: FONT, fontSize: `${heading ? Math.round(font * 1.05) : font}px`, color: heading ? COLORS.accent : COLORS.text, fontStyle: heading ? 'bold' : 'normal' }).setOrigin(0, 0.5),
      );
    };
    const addCell = (x: number, y: number, w: number, cell: Omit<Cell, 'box' | 'text' | 'row'>): void => {
      const box = this.add.rectangle(x + w / 2, y + this.rowH / 2, w, this.rowH - 8, COLORS.panel).setStrokeStyle(2, 0x555058).setInteractive({ useHandCursor: true });
      const text = this.add.text(x + w / 2, y + this.rowH / 2, '', { fontFamily: FONT, fontSize: `${font}px`, color: COLORS.text }).setOrigin(0.5);
      const full: Cell = { ...cell, row, box, text };
      const index = this.cells.length;
      this.cells.push(full);
      box.on('pointerup', (p: Phaser.Input.Pointer) => {
        if (this.dragged) return;
        this.setFocus(index);
        // Volume cells: the left third lowers, the right third raises, the middle raises too.
        if (full.adjust) full.adjust(p.x - box.getBounds().centerX < -box.width / 6 ? -1 : 1);
        else full.press();
      });
      this.content.add([box, text]);
    };

    const section = (title: string): void => {
      addLabel(title, row * this.rowH, true);
      row++;
    };

    section('Sound');
    for (const bus of VOLUME_BUSES) {
      const y = row * this.rowH;
      addLabel(VOLUME_LABELS[bus], y);
      const step = (dir: number): void => this.change((d) => void (d.volume[bus] = Math.round(Math.max(0, Math.min(1, d.volume[bus] + dir * 0.1)) * 10) / 10));
      addCell(left + panelW - valueW, y, valueW, { adjust: step, press: () => step(1), value: () => `\u25c2  ${Math.round(this.settings.volume[bus] * 100)}%  \u25b8` });
      row++;
    }
    section('Game');
    {
      const y = row * this.rowH;
      addLabel('Difficulty', y);
      const cycle = (dir: number): void =>
        this.change((d) => void (d.difficulty = DIFFICULTIES[(DIFFICULTIES.indexOf(d.difficulty) + dir + DIFFICULTIES.length) % DIFFICULTIES.length]));
      addCell(left + panelW - valueW, y, valueW, { adjust: cycle, press: () => cycle(1), value: () => `\u25c2  ${DIFFICULTY_LABELS[this.settings.difficulty]}  \u25b8` });
      row++;
      // What the choice changes, on the two rows under it.
      this.difficultyNote = this.add
        .text(left + 6, row * this.rowH + 2, '', { fontFamily: FONT, fontSize: `${Math.max(14, Math.round(14 * k))}px`, color: COLORS.dim, wordWrap: { width: panelW - 12 }, lineSpacing: 2 })
        .setOrigin(0, 0);
      this.content.add(this.difficultyNote);
      row += 2;
    }
    for (const t of Object.keys(TOGGLE_LABELS) as Toggle[]) {
      const y = row * this.rowH;
      addLabel(TOGGLE_LABELS[t], y);
      const flip = (): void => this.change((d) => void (d[t] = !d[t]));
      addCell(left + panelW - valueW, y, valueW, { adjust: flip, press: flip, value: () => (this.settings[t] ? 'On' : 'Off') });
      row++;
    }
    const keys = this.keyboardLikely();
    if (keys) section('Keys');
    for (const action of keys ? ACTIONS : []) {
      const y = row * this.rowH;
      addLabel(ACTION_LABELS[action], y);
      for (let slot = 0; slot < KEYS_PER_ACTION; slot++) {
        const x = left + panelW - (KEYS_PER_ACTION - slot) * (slotW + 6);
        addCell(x, y, slotW, {
          press: () => this.startCapture(action, slot),
          clear: () => this.change((d) => void (d.bindings = unbind(d.bindings, action, slot))),
          value: () => {
            const code = this.settings.bindings[action][slot];
            return code ? keyLabel(code) : '\u2014';
          },
        });
      }
      row++;
    }
    if (keys) {
      const y = row * this.rowH;
      addCell(left, y, panelW, {
        press: () => {
          this.change((d) => void (d.bindings = defaultBindings()));
          this.say('Keys reset to the defaults.');
        },
        value: () => 'Reset keys to defaults',
      });
      row++;
    }
    const contentH = row * this.rowH + 8;
    this.maxScroll = Math.max(0, contentH - this.viewHeight);

    // Header and footer are drawn over the scrolling list (no masks: same in Canvas and WebGL).
    const header = this.add.rectangle(0, 0, width, headerH, 0x0b0b0e).setOrigin(0).setInteractive();
    const title = this.add.text(width / 2, headerH / 2, 'SETTINGS', { fontFamily: FONT, fontSize: `${Math.round(26 * k)}px`, color: COLORS.text, fontStyle: 'bold' }).setOrigin(0.5);
    const footer = this.add.rectangle(0, height - footerH, width, footerH, 0x0b0b0e).setOrigin(0).setInteractive();
    this.message = this.add
      .text(width / 2, height - footerH + 6, this.messageText, { fontFamily: FONT, fontSize: `${Math.max(14, Math.round(14 * k))}px`, color: COLORS.accent, align: 'center', wordWrap: { width: width - 24 } })
      .setOrigin(0.5, 0);
    const backW = Math.min(200 * k, width * 0.6);
    const back = this.add.rectangle(width / 2, height - footerH * 0.32, backW, Math.round(44 * k), COLORS.panel).setStrokeStyle(2, COLORS.accentHex).setInteractive({ useHandCursor: true });
    const backText = this.add.text(width / 2, height - footerH * 0.32, 'Back', { fontFamily: FONT, fontSize: `${font + 2}px`, color: COLORS.text }).setOrigin(0.5);
    back.on('pointerup', () => this.close());
    root.add([header, title, footer, this.message, back, backText]);

    this.scrollTo(this.scroll);
    this.refresh();
    this.setFocus(Math.min(this.focus, this.cells.length - 1));
  }

  /** Scroll by wheel and by dragging the list (a drag is not a tap). Registered once, not per layout. */
  private listenForScroll(): void {
    this.input.on('wheel', (_p: unknown, _o: unknown, _dx: number, dy: number) => this.scrollTo(this.scroll + dy));
    this.input.on('pointerdown', (p: Phaser.Input.Pointer) => {
      this.dragStartY = p.y;
      this.dragScroll = this.scroll;
      this.dragged = false;
    });
    this.input.on('pointermove', (p: Phaser.Input.Pointer) => {
      if (this.dragStartY === null || !p.isDown) return;
      if (Math.abs(p.y - this.dragStartY) > 10) this.dragged = true;
      if (this.dragged) this.scrollTo(this.dragScroll - (p.y - this.dragStartY));
    });
    this.input.on('pointerup', () => {
      this.dragStartY = null;
      // Let the buttons see `dragged` first; reset on the next press.
    });
  }

  private scrollTo(y: number): void {
    this.scroll = Math.max(0, Math.min(this.maxScroll, y));
    this.content.y = this.viewTop - this.scroll;
  }

  private refresh(): void {
    if (!this.message) return;
    for (const c of this.cells) {
      const v = c === this.capturingCell ? 'press a key\u2026' : c.value();
      if (c.text.text === v) continue;
      c.text.setText(v).setScale(1);
      // A long value ("press a key…" in a narrow key slot at 360 px) shrinks to fit its box.
      const room = c.box.width - 10;
      if (c.text.width > room) c.text.setScale(room / c.text.width);
    }
    this.difficultyNote?.setText(difficultySummary(this.settings.difficulty));
  }

  private setFocus(i: number): void {
    this.focus = i;
    this.cells.forEach((c, j) => c.box.setStrokeStyle(j === i ? 4 : 2, j === i ? 0xffffff : 0x555058));
    const c = this.cells[i];
    if (!c) return;
    const top = c.row * this.rowH;
    if (top < this.scroll) this.scrollTo(top - this.rowH);
    else if (top + this.rowH > this.scroll + this.viewHeight) this.scrollTo(top + this.rowH * 2 - this.viewHeight);
  }

  private say(text: string): void {
    this.messageText = text;
    this.message.setText(text);
  }

  private startCapture(action: Action, slot: number): void {
    const cell = this.cells[this.focus];
    this.capturingCell = cell ?? null;
    this.say(`Press a key for ${ACTION_LABELS[action]} (Esc cancels).`);
    this.refresh();
    services().router.captureNextKey((code) => {
      this.capturingCell = null;
      if (code === 'Escape') {
        this.say('');
        this.refresh();
        return;
      }
      const result = rebind(this.settings.bindings, action, slot, code);
      this.change((d) => void (d.bindings = result.bindings));
      this.say(result.message || `${ACTION_LABELS[action]}: ${keyLabel(code)}`);
    });
  }

  /** Capture phase: runs before the router's own listener (which feeds a pending rebind). */
  private readonly onKey = (e: KeyboardEvent): void => {
    if (!this.scene.isActive() || services().router.capturing) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const n = this.cells.length;
    const c = this.cells[this.focus];
    let handled = true;
    switch (e.code) {
      case 'ArrowDown':
        this.setFocus(this.nextRow(1));
        break;
      case 'ArrowUp':
        this.setFocus(this.nextRow(-1));
        break;
      case 'Tab':
        this.setFocus((this.focus + (e.shiftKey ? n - 1 : 1)) % n);
        break;
      case 'ArrowLeft':
      case 'ArrowRight': {
        const dir = e.code === 'ArrowLeft' ? -1 : 1;
        if (c?.adjust) c.adjust(dir);
        else {
          const j = this.focus + dir;
          if (this.cells[j] && this.cells[j].row === c?.row) this.setFocus(j);
        }
        break;
      }
      case 'Enter':
      case 'NumpadEnter':
      case 'Space':
        if (!e.repeat) c?.press();
        break;
      case 'Delete':
      case 'Backspace':
        c?.clear?.();
        break;
      case 'Escape':
        if (!e.repeat) this.close();
        break;
      default:
        handled = false;
    }
    if (handled) {
      e.preventDefault();
      // The game keys (Escape = pause, Space = spray ...) must not also act under the menu.
      e.stopImmediatePropagation();
    }
  };

  /** The first cell of the next/previous row (keeps the column when the row has slots). */
  private nextRow(dir: number): number {
    const cur = this.cells[this.focus];
    if (!cur) return 0;
    const col = this.focus - this.cells.findIndex((c) => c.row === cur.row);
    let i = this.focus;
    do i = (i + dir + this.cells.length) % this.cells.length;
    while (this.cells[i].row === cur.row && i !== this.focus);
    const row = this.cells[i].row;
    const first = this.cells.findIndex((c) => c.row === row);
    const j = first + col;
    return this.cells[j]?.row === row ? j : first;
  }

  /** A pause action from a gamepad (Start) or the touch pause button closes the screen too. */
  private readonly onUi = (action: UiAction): void => {
    if (action === 'pause' && this.scene.isActive() && !services().router.capturing) this.close();
  };

  private close(): void {
    services().router.captureNextKey(null);
    this.scene.resume(this.from);
    this.scene.stop();
  }
}
