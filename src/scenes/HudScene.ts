import * as Phaser from 'phaser';
import { services } from '../game/services';
import type { Settings } from '../save/settings';
import type { HudModel } from '../ui/hudModel';
import { COLORS, FONT } from '../ui/theme';
import type { ScreenRect } from '../ui/markerLabel';
import { SceneKey } from './keys';

export interface HudData {
  /** The chapter's current HUD snapshot (a pure function of its world). */
  model: () => HudModel;
  /** The orders button's name on the device in use ("R", "Y"; none on touch, where ORDERS is on screen), shown beside the group's order. */
  orderButton?: () => string;
}

/** One row of the meters' panel: its label, how wide its value is drawn (bars: the bar's width), and how to draw it. */
interface HudRow {
  label: Phaser.GameObjects.Text;
  width?: number;
  draw: (x: number, y: number) => void;
}

/** Ally state colours: fine, held by an infected (the grab's red, blinking), bitten (sick green). */
const ALLY_COLOURS = { ok: '#9fe0a8', grabbed: '#ff5a6a', bitten: '#c8d86a' } as const;

/** The load row's colours by how much it costs: unladen grey, light, heavy amber, at the most it slows red. */
const LOAD_COLOURS = ['#b8b4bc', '#e8e4ea', '#ffc14a', '#ff7a5a'] as const;

/**
 * The heads-up display, a scene running over the chapter scene with its own unzoomed
 * camera: grabs left, stamina, extinguisher pressure, phone battery, the load carried (chapter 2), the objective (with a
 * line of the open objectives' counts and clocks under it) and the
 * mouse aim reticle (sound captions are drawn by the chapter's CaptionView, switched by the
 * captions setting). Sizes follow the screen's short side, so it reads
 * at 360x640 and at desktop sizes; high-contrast mode thickens outlines.
 */
/** The smallest HUD text, in CSS px (issue 11: 11 px labels were unreadable on phones). */
const HUD_MIN_FONT_PX = 14;

/** How long the grabs row blinks when no grab is left (the next one is a bite). */
const LAST_GRAB_FLASH_SECONDS = 2.5;

export class HudScene extends Phaser.Scene {
  private model: (() => HudModel) | null = null;
  private orderButton: (() => string) | null = null;
  /** The group's rows: a name (or ORDER) and its value, pooled (allies come and go). */
  private groupNames: Phaser.GameObjects.Text[] = [];
  private groupValues: Phaser.GameObjects.Text[] = [];
  private bars!: Phaser.GameObjects.Graphics;
  private reticle!: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  /** The LOAD row's value ("3 \u00b7 15% slower"): chapter 2's carried loot, its own row so the weight reads at a glance. */
  private loadValue!: Phaser.GameObjects.Text;
  private objective!: Phaser.GameObjects.Text;
  /** Under the objective: the open objectives' counts and clocks ("Snacks 3/6   Hold out 0:42"). */
  private progress!: Phaser.GameObjects.Text;
  private settings: Readonly<Settings> | null = null;
  private unsubscribe: (() => void) | null = null;
  private last: HudModel | null = null;
  /** Seconds left of the last-grab warning flash (set when grabs left drops to one). */
  private lastGrabFlash = 0;
  /** The screen size and contrast the texts were last styled for. */
  private layout = '';
  /**
   * Where the HUD covers the screen now (screen px): the meters' panel, the objective line
   * and the line under it. The objective marker keeps its label out of them; the test API reports them.
   */
  readonly covered: { panel: ScreenRect; objective: ScreenRect | null; progress: ScreenRect | null; objectiveLines: number } = {
    panel: { left: 0, top: 0, right: 0, bottom: 0 },
    objective: null,
    progress: null,
    objectiveLines: 0,
  };
  /** The objective text the line count was taken for. */
  private countedFor = '';

  constructor() {
    super(SceneKey.Hud);
  }

  init(data: HudData): void {
    this.model = data.model;
    this.orderButton = data.orderButton ?? null;
  }

  create(): void {
    this.bars = this.add.graphics();
    this.reticle = this.add.graphics();
    this.labels = ['GRABS', 'STAMINA', 'PRESSURE', 'BATTERY', 'LOAD'].map((t) => this.add.text(0, 0, t, { fontFamily: FONT, color: COLORS.text, fontStyle: 'bold' }));
    this.loadValue = this.add.text(0, 0, '', { fontFamily: FONT, color: LOAD_COLOURS[0], fontStyle: 'bold' }).setOrigin(0, 0.5).setVisible(false);
    this.groupNames = [];
    this.groupValues = [];
    // The objective sits on a dark band of its own, so it reads over any floor and hides nothing behind a see-through panel.
    this.objective = this.add.text(0, 0, '', { fontFamily: FONT, color: COLORS.text, backgroundColor: '#07070ad0', padding: { x: 6, y: 3 } });
    this.progress = this.add.text(0, 0, '', { fontFamily: FONT, color: COLORS.text, backgroundColor: '#07070ad0', padding: { x: 6, y: 2 } });
    this.layout = '';
    this.unsubscribe = services().settings.subscribe((s) => {
      this.settings = s;
      this.last = null;
      this.layout = '';
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.model = null;
      this.last = null;
    });
  }

  /** The model last drawn (for the test API). */
  get shown(): HudModel | null {
    return this.last;
  }

  override update(_time: number, delta: number): void {
    if (!this.model) return;
    const m = this.model();
    if (this.last && m.grabsLeft === 0 && this.last.grabsLeft > 0) this.lastGrabFlash = LAST_GRAB_FLASH_SECONDS;
    this.lastGrabFlash = Math.max(0, this.lastGrabFlash - delta / 1000);
    this.draw(m);
    this.last = m;
    this.drawReticle();
  }

  private draw(m: HudModel): void {
    const { width, height } = this.scale;
    const s = this.settings;
    const contrast = s?.highContrast ?? false;
    const k = Math.max(1, Math.min(1.6, Math.min(width, height) / 420));
    const pad = Math.round(12 * k);
    // Never below 14 CSS px: the HUD must read on a 360 px phone.
    const font = Math.max(HUD_MIN_FONT_PX, Math.round(14 * k));
    const barW = Math.round(120 * k);
    const barH = Math.round(10 * k);
    const labelW = Math.round(74 * k);
    const rowH = Math.round(20 * k);
    const stroke = contrast ? 4 : 3;
    const g = this.bars;
    g.clear();

    const rows: HudRow[] = [
      {
        label: this.labels[0]!,
        draw: (x, y) => {
          const r = Math.round(6 * k);
          for (let i = 0; i < m.maxGrabs; i++) {
            const cx = x + r + i * (2 * r + Math.round(5 * k));
            const cy = y + barH / 2;
            // With no grabs left (the next is a bite) the row blinks red and white for a moment.
            const blink = this.lastGrabFlash > 0 && Math.floor(this.lastGrabFlash * 6) % 2 === 0;
            if (i < m.grabsLeft) g.fillStyle(0xff5a6a, 1).fillCircle(cx, cy, r);
            else g.fillStyle(blink ? 0xffffff : 0x000000, blink ? 0.9 : 0.5).fillCircle(cx, cy, r);
            g.lineStyle(contrast ? 3 : 1.5, contrast ? 0xffffff : 0xf2eef0, 0.9).strokeCircle(cx, cy, r);
          }
        },
      },
      { label: this.labels[1]!, draw: (x, y) => this.bar(x, y, barW, barH, m.stamina, m.exhausted ? 0xb0a040 : 0x5ad07a, contrast) },
    ];
    if (m.pressure !== null) {
      const p = m.pressure;
      rows.push({ label: this.labels[2]!, draw: (x, y) => this.bar(x, y, barW, barH, p, p < 0.2 ? 0xff5a6a : 0x6ab8ff, contrast) });
    }
    if (m.battery !== null) {
      const b = m.battery;
      rows.push({ label: this.labels[3]!, draw: (x, y) => this.bar(x, y, barW, barH, b, b < 0.2 ? 0xff5a6a : 0xe0e0e0, contrast) });
    }

    // Restyling a Text redraws its canvas: only when the screen or the contrast changes.
    const wrap = Math.min(width - 2 * pad - Math.round(90 * k), 460 * k);
    const layout = `${width}x${height}|${contrast}`;
    const restyle = layout !== this.layout;
    this.layout = layout;
    for (const l of this.labels) l.setVisible(false);
    this.loadValue.setVisible(false);
    if (m.load !== null) rows.push(this.loadRow(m.load, restyle, font, stroke, barH));
    rows.push(...this.groupRows(m, restyle, font, stroke, barH));
    if (restyle) for (const row of rows) row.label.setFontSize(Math.max(HUD_MIN_FONT_PX, Math.round(font * 0.85))).setStroke('#000000', stroke);
    // The label column fits its longest label (STAMINA, SEO-YEON at 14 px), the values their longest line.
    let labelsW = labelW;
    for (const row of rows) labelsW = Math.max(labelsW, Math.ceil(row.label.width + 6 * k));
    let valuesW = barW;
    for (const row of rows) valuesW = Math.max(valuesW, row.width ?? 0);
    const panelH = rows.length * rowH + pad * 0.6;
    // Opaque enough that the floor under it never reads as part of the HUD.
    g.fillStyle(0x07070a, contrast ? 0.92 : 0.82).fillRoundedRect(pad * 0.5, pad * 0.5, labelsW + valuesW + pad * 1.2, panelH, 6);
    this.covered.panel = { left: pad * 0.5, top: pad * 0.5, right: pad * 0.5 + labelsW + valuesW + pad * 1.2, bottom: pad * 0.5 + panelH };
    rows.forEach((row, i) => {
      const y = pad + i * rowH;
      row.label.setVisible(true).setPosition(pad, y + barH / 2).setOrigin(0, 0.5);
      row.draw(pad + labelsW, y);
    });

    const objectiveY = pad * 0.5 + panelH + Math.round(6 * k);
    const text = m.objective ? `\u25b8 ${m.objective}` : '';
    if (restyle) this.objective.setFontSize(font).setStroke('#000000', stroke).setWordWrapWidth(wrap);
    if (this.objective.text !== text) this.objective.setText(text);
    this.objective.setPosition(pad * 0.5, objectiveY).setVisible(text !== '');
    // How many lines the objective wraps to (counted again only when its text or style changes).
    const counted = `${layout}|${text}`;
    if (this.countedFor !== counted) {
      this.countedFor = counted;
      this.covered.objectiveLines = text === '' ? 0 : this.objective.getWrappedText(text).length;
    }
    this.covered.objective = text === '' ? null : boxOf(this.objective);
    this.progress.setVisible(m.progress !== '');
    this.covered.progress = null;
    if (m.progress === '') return;
    if (this.progress.text !== m.progress) this.progress.setText(m.progress);
    if (restyle) this.progress.setWordWrapWidth(wrap).setFontSize(Math.max(HUD_MIN_FONT_PX, Math.round(font * 0.9))).setStroke('#000000', stroke);
    this.progress.setPosition(pad * 0.5, objectiveY + this.objective.height + Math.round(4 * k));
    this.covered.progress = boxOf(this.progress);
  }

  /**
   * The group under the meters: the order in force with its button ("Follow  R"), then a
   * row per ally, the name and how they are ("ok", "GRABBED!" blinking, "bitten", the
   * archer's arrows). Nothing without allies.
   */
  private groupRows(m: HudModel, restyle: boolean, font: number, stroke: number, barH: number): HudRow[] {
    const rows: HudRow[] = [];
    const entries: Array<{ name: string; value: string; colour: string }> = [];
    if (m.order !== null) entries.push({ name: 'ORDER', value: `${m.order}  ${this.orderButton?.() ?? ''}`.trim(), colour: '#78dcff' });
    const blink = Math.floor(this.time.now / 250) % 2 === 0;
    for (const a of m.allies) entries.push({ name: a.name.toUpperCase(), value: a.line, colour: a.state === 'grabbed' && !blink ? '#ffffff' : ALLY_COLOURS[a.state] });
    while (this.groupNames.length < entries.length) {
      const style = { fontFamily: FONT, color: COLORS.text, fontStyle: 'bold' };
      this.groupNames.push(this.add.text(0, 0, '', style).setOrigin(0, 0.5));
      this.groupValues.push(this.add.text(0, 0, '', style).setOrigin(0, 0.5));
      this.layout = ''; // style the new texts on the next frame
    }
    const size = Math.max(HUD_MIN_FONT_PX, Math.round(font * 0.85));
    this.groupNames.forEach((name, i) => {
      const value = this.groupValues[i]!;
      const e = entries[i];
      if (restyle) {
        name.setFontSize(size).setStroke('#000000', stroke);
        value.setFontSize(size).setStroke('#000000', stroke);
      }
      if (!e) {
        name.setVisible(false);
        value.setVisible(false);
        return;
      }
      if (name.text !== e.name) name.setText(e.name);
      if (value.text !== e.value) value.setText(e.value);
      // setColor redraws the text's canvas: only on a change.
      if (value.style.color !== e.colour) value.setColor(e.colour);
      rows.push({ label: name, width: value.width, draw: (x, y) => void value.setVisible(true).setPosition(x, y + barH / 2) });
    });
    return rows;
  }

  /** The LOAD row: pieces carried and how much slower they make the player, coloured by how heavy. */
  private loadRow(load: NonNullable<HudModel['load']>, restyle: boolean, font: number, stroke: number, barH: number): HudRow {
    const value = this.loadValue;
    if (restyle) value.setFontSize(Math.max(HUD_MIN_FONT_PX, Math.round(font * 0.85))).setStroke('#000000', stroke);
    if (value.text !== load.line) value.setText(load.line);
    const colour = LOAD_COLOURS[load.level];
    // setColor redraws the text's canvas: only on a change.
    if (value.style.color !== colour) value.setColor(colour);
    return { label: this.labels[4]!, width: value.width, draw: (x, y) => void value.setVisible(true).setPosition(x, y + barH / 2) };
  }

  private bar(x: number, y: number, w: number, h: number, value: number, color: number, contrast: boolean): void {
    const g = this.bars;
    g.fillStyle(0x000000, 0.7).fillRect(x, y, w, h);
    g.fillStyle(color, 1).fillRect(x, y, Math.round(w * value), h);
    g.lineStyle(contrast ? 2 : 1, contrast ? 0xffffff : 0xf2eef0, contrast ? 1 : 0.6).strokeRect(x, y, w, h);
  }

  /** Where the mouse aims, while it aims (keyboard+mouse play). */
  private drawReticle(): void {
    const r = services().router;
    const g = this.reticle;
    g.clear();
    if (!r.mouseAiming || r.lastDevice === 'touch' || r.lastDevice === 'gamepad') return;
    const rect = this.game.canvas.getBoundingClientRect();
    const sx = rect.width > 0 ? this.scale.width / rect.width : 1;
    const x = (r.pointer.x - rect.left) * sx;
    const y = (r.pointer.y - rect.top) * sx;
    const contrast = this.settings?.highContrast ?? false;
    g.lineStyle(contrast ? 3 : 2, 0xff5a6a, 0.95).strokeCircle(x, y, 9);
    g.lineBetween(x - 14, y, x - 5, y).lineBetween(x + 5, y, x + 14, y).lineBetween(x, y - 14, x, y - 5).lineBetween(x, y + 5, x, y + 14);
  }
}

/** A HUD text's box on the screen (the HUD's camera is unzoomed: its px are screen px). */
function boxOf(t: Phaser.GameObjects.Text): ScreenRect {
  return { left: t.x, top: t.y, right: t.x + t.width, bottom: t.y + t.height };
}
