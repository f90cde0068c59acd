import * as Phaser from 'phaser';
import { CHAPTERS } from '../chapters/registry';
import { progressStore } from '../save/progressStore';
import { runStore } from '../save/runStore';
import { currentStep, stepLabel } from '../campaign/campaign';
import { newRunState } from '../campaign/runState';
import { showNotice } from '../ui/notice';
import { startStep } from './campaignFlow';
import { formatTicks } from '../ui/format';
import { Menu, type MenuItem } from '../ui/menu';
import { destroyChildren } from '../ui/destroyChildren';
import { gameAudio } from '../audio';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';
import { PadNav } from '../input/padNav';
import { pollGamepad } from '../input/domInput';
import type { SettingsData } from './SettingsScene';
import type { NotesData } from './NotesScene';
import type { StoryCardData } from './StoryCardScene';
import { ENDING_IDS, runForEnding, type EndingId } from '../campaign/endings';
import type { ChapterStartData } from './ChapterScene';
import { ReplayFilePicker } from '../ui/replayFiles';

/** `?ending=` shows its ending once a visit; the title after it is the ordinary one. */
let endingShown = false;

/**
 * Title: the game's name and "press any key / tap to start" (keyboard, mouse or touch),
 * then the menu: Continue (a run in progress, at its step), New run, the chapters that
 * exist (locked ones greyed out; a replay with the run in progress) and Settings.
 */
export class TitleScene extends Phaser.Scene {
  private mode: 'attract' | 'menu' = 'attract';
  private menu: Menu | null = null;

  constructor() {
    super(SceneKey.Title);
  }

  /** "Press any button" on a gamepad opens the menu too (the menu then reads the pad itself). */
  private readonly pad = new PadNav();
  /** "Watch a replay" (above Settings in the menu): a replay file the player downloaded (src/replay). */
  private replayPicker: ReplayFilePicker | null = null;

  override update(): void {
    if (this.mode === 'attract' && this.pad.read(pollGamepad()) === 'select') this.openMenu();
  }

  create(): void {
    // The test entry point to the endings: ?ending=helicopter|dawn|alone shows that ending
    // once, on the first title of the visit, with a finished run made for it (not saved).
    const ending = new URLSearchParams(location.search).get('ending') as EndingId | null;
    if (ending && !endingShown && (ENDING_IDS as readonly string[]).includes(ending)) {
      endingShown = true;
      this.scene.start(SceneKey.StoryCard, { card: 'ending', run: runForEnding(ending) } satisfies StoryCardData);
      return;
    }
    this.mode = 'attract';
    this.menu = null;
    const runNotice = runStore().takeNotice();
    if (runNotice) showNotice(runNotice);
    this.draw();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.draw, this);
    window.addEventListener('keydown', this.onKey);
    this.input.on('pointerup', this.onPointer);
    // "Watch a replay": a refused file says why in a notice and the title stays.
    this.replayPicker = new ReplayFilePicker((replay) => {
      if (this.scene.isActive()) this.scene.start(SceneKey.Chapter, { chapterId: replay.chapterId, replay } satisfies ChapterStartData);
    });
    // A chapter finished in another tab shows its best time here.
    const stopProgress = progressStore().onChange(() => this.draw());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stopProgress();
      this.replayPicker?.destroy();
      this.replayPicker = null;
      this.scale.off(Phaser.Scale.Events.RESIZE, this.draw, this);
      window.removeEventListener('keydown', this.onKey);
      this.input.off('pointerup', this.onPointer);
    });
  }

  private draw(): void {
    // A resize redraws: the old menu must stop listening to keys and the pad, and every
    // old object must go (removeAll would only unlink them); the focus stays where it was.
    const focus = this.menu?.focused ?? null;
    this.menu?.destroy();
    this.menu = null;
    destroyChildren(this);
    const { width, height } = this.scale;
    // the title illustration. Landscape: cover the screen. Portrait: fit the width
    // (a little cropped) at the bottom, dusk colour above; darkened under the text.
    const art = this.add.image(width / 2, height, 'title').setOrigin(0.5, 1);
    const portrait = height > width * 1.2;
    art.setScale(portrait ? (width / art.width) * 1.3 : Math.max(width / art.width, height / art.height));
    if (portrait) {
      const top = height - art.displayHeight;
      this.add.rectangle(0, 0, width, top + 2, 0x2e2233).setOrigin(0, 0);
      // Fade the art's top edge into the plain sky so there is no hard seam.
      const band = art.displayHeight * 0.3;
      for (let i = 0; i < 12; i++) this.add.rectangle(0, top + (band * i) / 12, width, band / 12 + 1, 0x2e2233, 1 - i / 12).setOrigin(0, 0);
    }
    this.add.rectangle(0, 0, width, height, 0x101014, this.mode === 'attract' ? 0.35 : 0.6).setOrigin(0, 0);
    const big = Math.max(30, Math.min(width / 9, 84));
    const titleY = this.mode === 'attract' ? height * 0.36 : height * 0.18;
    this.add
      .text(width / 2, titleY, 'LAST PERIOD', { fontFamily: FONT, fontSize: `${Math.round(big)}px`, color: COLORS.text, fontStyle: 'bold' })
      .setOrigin(0.5)
      .setShadow(0, 4, '#5a0010', 0, false, true);
    this.add
      .text(width / 2, titleY + big * 0.8, 'Daon High · 3:50 pm · the last class of the day', {
        fontFamily: FONT, fontSize: `${Math.round(Math.max(13, big * 0.22))}px`, color: '#e6dde2', align: 'center', wordWrap: { width: width * 0.9 },
        backgroundColor: '#12060a99', padding: { x: 10, y: 4 },
      })
      .setOrigin(0.5);

    const store = progressStore();
    if (store.notice) {
      this.add
        .text(width / 2, height - 24, store.notice, { fontFamily: FONT, fontSize: '14px', color: COLORS.accent, align: 'center', wordWrap: { width: width * 0.9 } })
        .setOrigin(0.5, 1);
    }

    if (this.mode === 'attract') {
      const prompt = this.add
        .text(width / 2, height * 0.86, 'Press any key or tap to start', {
          fontFamily: FONT, fontSize: `${Math.round(Math.max(16, big * 0.3))}px`, color: '#ffd7dc', fontStyle: 'bold',
          backgroundColor: '#12060acc', padding: { x: 18, y: 10 },
        })
        .setOrigin(0.5);
      // Pulse between full and dim, but never so faint it is lost over the illustration.
      this.tweens.add({ targets: prompt, alpha: 0.6, duration: 900, yoyo: true, repeat: -1 });
      return;
    }

    // The campaign first: Continue the run in progress at its step, or begin a new one.
    const runs = runStore();
    const run = runs.run;
    const step = run ? currentStep(run) : null;
    const items: MenuItem[] = [];
    if (run && step) items.push({ label: `Continue: ${stepLabel(step)}`, onSelect: () => startStep(this, run) });
    items.push({ label: 'New run', onSelect: () => startStep(this, runs.startNew()) });
    // The chapter list replays a chapter with the run in progress (world options come from it).
    for (const c of CHAPTERS) {
      const unlocked = store.isUnlocked(c.id);
      const record = store.progress.chapters[c.id];
      const best = record?.bestTicks != null ? `  ·  best ${formatTicks(record.bestTicks)}` : '';
      items.push({
        label: unlocked ? `${c.number}. ${c.place}: ${c.title}${best}` : `${c.number}. ${c.place} (locked)`,
        enabled: unlocked,
        onSelect: () => this.scene.start(SceneKey.Chapter, { chapterId: c.id, run: run ?? newRunState() } satisfies ChapterStartData),
      });
    }
    items.push({ label: 'Lab notes', onSelect: () => this.openNotes() });
    items.push({ label: 'Watch a replay', onSelect: () => this.replayPicker?.open() });
    items.push({ label: 'Settings', onSelect: () => this.openSettings() });
    // Rows as tall as fit under the title (a landscape phone is 390 px high): 56 px, down to 32.
    const firstY = height * 0.36 + 50;
    const rowH = Math.max(32, Math.min(56, Math.floor((height - 8 - firstY - 10 * (items.length - 1)) / (items.length - 0.5))));
    this.menu = new Menu(this, items, width / 2, firstY, Math.min(420, width * 0.9), rowH);
    if (focus !== null) this.menu.focusAt(focus);
  }

  /** Mr. Baek's lab notes over the title (it waits, paused, like Settings). */
  private openNotes(): void {
    const data: NotesData = { from: SceneKey.Title };
    this.scene.pause();
    this.scene.launch(SceneKey.Notes, data);
  }

  /** Settings over the title (the title waits, paused, and resumes on Back). */
  private openSettings(): void {
    const data: SettingsData = { from: SceneKey.Title };
    this.scene.pause();
    this.scene.launch(SceneKey.Settings, data);
  }

  private openMenu(): void {
    if (this.mode === 'menu') return;
    this.mode = 'menu';
    gameAudio().ui('uiClick'); // also the first gesture that unlocks audio
    this.draw();
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.repeat || e.metaKey || e.ctrlKey || e.altKey || !this.scene.isActive()) return;
    if (this.mode === 'attract') {
      e.preventDefault();
      this.openMenu();
    }
  };

  private readonly onPointer = (): void => {
    if (this.scene.isActive()) this.openMenu();
  };
}
