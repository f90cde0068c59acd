import * as Phaser from 'phaser';
import { LAB_NOTES, type LabNote } from '../campaign/notes';
import { chapterById } from '../chapters/registry';
import { progressStore } from '../save/progressStore';
import { runStore } from '../save/runStore';
import { Menu, type MenuItem } from '../ui/menu';
import { destroyChildren } from '../ui/destroyChildren';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';

export interface NotesData {
  /** The scene to resume on Back (Title or Pause). */
  from: string;
  /** Notes found but not in the run yet (picked up in the chapter being played). */
  extra?: readonly string[];
}

/** Every note found: in the run in progress, or ever (the progress save keeps them per chapter). */
export function foundNoteIds(extra: readonly string[] = []): Set<string> {
  const found = new Set([...(runStore().run?.notesFound ?? []), ...extra]);
  for (const record of Object.values(progressStore().progress.chapters)) for (const id of record?.notesFound ?? []) found.add(id);
  return found;
}

/**
 * Mr. Baek's lab notes (src/campaign/notes.ts), over the title or the pause menu: the
 * list (notes not found yet say in which chapter to look), and a found note's text.
 * Back (or Esc, or B on a pad) returns to the list, then to the scene it came from.
 */
export class NotesScene extends Phaser.Scene {
  private from = '';
  private extra: readonly string[] = [];
  private reading: LabNote | null = null;
  private menu: Menu | null = null;

  constructor() {
    super(SceneKey.Notes);
  }

  init(data: NotesData): void {
    this.from = data.from;
    this.extra = data.extra ?? [];
    this.reading = null;
  }

  create(): void {
    this.draw();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.draw, this);
    window.addEventListener('keydown', this.onKey);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.draw, this);
      window.removeEventListener('keydown', this.onKey);
      this.menu = null;
    });
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.code === 'Escape' && this.scene.isActive()) {
      e.preventDefault();
      this.back();
    }
  };

  private back(): void {
    if (this.reading) {
      this.reading = null;
      this.draw();
      return;
    }
    this.scene.resume(this.from);
    this.scene.stop();
  }

  private draw(): void {
    this.menu?.destroy();
    destroyChildren(this);
    const { width, height } = this.scale;
    const k = Math.max(0.8, Math.min(1.2, Math.min(width, height) / 560));
    const size = Math.round(17 * k);
    const column = Math.min(640, width * 0.9);
    this.add.rectangle(0, 0, width, height, 0x0e0c10, 0.96).setOrigin(0).setInteractive();
    const heading = this.add.text(width / 2, 18, "Mr. Baek's lab notes", { fontFamily: FONT, fontSize: `${Math.round(size * 1.4)}px`, color: COLORS.text, fontStyle: 'bold' }).setOrigin(0.5, 0);
    let y = heading.y + heading.height + size;
    const buttonH = Math.round(46 * Math.max(0.9, k));
    if (this.reading) {
      const note = this.reading;
      const title = this.add.text(width / 2, y, note.title, { fontFamily: FONT, fontSize: `${Math.round(size * 1.1)}px`, color: '#ffd7dc', fontStyle: 'bold', align: 'center', wordWrap: { width: column } }).setOrigin(0.5, 0);
      const top = title.y + title.height + size;
      for (let s = size; s >= 12; s--) {
        y = top;
        const made = note.paragraphs.map((p) => {
          const t = this.add.text(width / 2 - column / 2, y, p, { fontFamily: 'Georgia, serif', fontSize: `${s}px`, color: '#e8e0d0', fontStyle: 'italic', lineSpacing: Math.round(s * 0.35), wordWrap: { width: column } });
          y += t.height + s;
          return t;
        });
        if (y + buttonH + 20 <= height || s === 12) break;
        made.forEach((t) => t.destroy());
      }
      this.menu = new Menu(this, [{ label: 'Back to the list', onSelect: () => this.back() }], width / 2, Math.min(height - 12 - buttonH / 2, y + buttonH / 2), Math.min(280, width * 0.8), buttonH, () => this.back());
      return;
    }
    const found = foundNoteIds(this.extra);
    const count = LAB_NOTES.filter((n) => found.has(n.id)).length;
    const line = this.add.text(width / 2, y, `Found: ${count} of ${LAB_NOTES.length}.`, { fontFamily: FONT, fontSize: `${size}px`, color: COLORS.dim }).setOrigin(0.5, 0);
    y = line.y + line.height + size;
    const items: MenuItem[] = LAB_NOTES.map((n) => {
      const where = chapterById(n.chapter)?.place ?? n.chapter.charAt(0).toUpperCase() + n.chapter.slice(1);
      return found.has(n.id) ? { label: n.title, onSelect: () => this.read(n) } : { label: `Not found yet (${where})`, enabled: false, onSelect: () => undefined };
    });
    items.push({ label: 'Back', onSelect: () => this.back() });
    const rowH = Math.min(buttonH, Math.floor((height - y - 12) / items.length) - 10);
    this.menu = new Menu(this, items, width / 2, y + rowH / 2, Math.min(460, width * 0.92), rowH, () => this.back());
  }

  private read(note: LabNote): void {
    this.reading = note;
    this.draw();
  }
}
