import * as Phaser from 'phaser';
import { services } from '../game/services';
import type { UiAction, UiSource } from '../input/inputRouter';
import { Menu } from '../ui/menu';
import type { NotesData } from './NotesScene';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';
import type { SettingsData } from './SettingsScene';
import type { Replay } from '../replay/format';
import { saveReplay } from '../ui/replayFiles';
import { drawFloorPlan, type FloorPlan } from '../ui/floorPlan';

export interface PauseData {
  /** The chapter scene that was paused. */
  from: string;
  /** 'away': the tab was hidden or the window lost focus; 'player': the player paused. */
  reason?: 'player' | 'away';
  /** The run so far as a replay, for "Download replay" (absent or null: no button). */
  replay?: () => Replay | null;
  /** The floor plan: what the player has seen of the level, where they are, where to go. */
  floorPlan?: () => FloorPlan;
  /** Lab notes picked up in this chapter so far (the run gets them when it is won), for the Notes screen. */
  notesFound?: () => string[];
}

/**
 * An overlay over the paused chapter: resume (the pause key, Enter, or tap), settings, or
 * quit to the title. It never resumes by itself: after an automatic pause (hidden tab,
 * lost focus) the game waits for the player.
 */
export class PauseScene extends Phaser.Scene {
  private from = '';
  private reason: 'player' | 'away' = 'player';
  private replay: PauseData['replay'] = undefined;
  private floorPlan: PauseData['floorPlan'] = undefined;
  private notesFound: PauseData['notesFound'] = undefined;

  constructor() {
    super(SceneKey.Pause);
  }

  init(data: PauseData): void {
    this.from = data.from;
    this.reason = data.reason ?? 'player';
    this.replay = data.replay;
    this.floorPlan = data.floorPlan;
    this.notesFound = data.notesFound;
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.rectangle(0, 0, width, height, 0x000000, 0.8).setOrigin(0).setInteractive();
    // With a floor plan: side by side on a wide screen (menu left), stacked on a tall one (plan on top).
    const plan = this.floorPlan?.();
    const wide = width >= height * 1.2;
    const menuX = plan && wide ? width * 0.25 : width / 2;
    const titleY = plan && !wide ? height * 0.06 : height * 0.26;
    this.add.text(menuX, titleY, 'PAUSED', { fontFamily: FONT, fontSize: '40px', color: COLORS.text, fontStyle: 'bold' }).setOrigin(0.5);
    if (this.reason === 'away') {
      this.add
        .text(menuX, titleY + 42, 'The game paused while you were away.', { fontFamily: FONT, fontSize: '16px', color: COLORS.dim, align: 'center', wordWrap: { width: (plan && wide ? width * 0.45 : width) * 0.9 } })
        .setOrigin(0.5);
    }
    if (plan) {
      const box = wide ? { x: width * 0.5, y: height * 0.2, w: width * 0.47, h: height * 0.6 } : { x: width * 0.04, y: height * 0.13, w: width * 0.92, h: height * 0.36 };
      drawFloorPlan(this, this.add.graphics(), plan, box.x, box.y, box.w, box.h);
    }
    const menu = new Menu(
      this,
      [
        { label: 'Resume', onSelect: () => this.resume() },
        { label: 'Settings', onSelect: () => this.openSettings() },
        { label: 'Quit to title', onSelect: () => this.quit() },
        { label: 'Lab notes', onSelect: () => this.openNotes() },
        // Last, so the menu's other rows stay where keys and pads expect them.
        ...(this.replay ? [{ label: 'Download replay', onSelect: () => saveReplay(this.replay!) }] : []),
      ],
      menuX,
      plan && !wide ? height * 0.58 : height * 0.46,
      Math.min(260, (plan && wide ? width * 0.45 : width) * 0.8),
      54,
      () => this.resume(),
    );
    // Back from Settings, Enter resumes the game again (it used to reopen Settings).
    const refocus = (): void => menu.focusFirst();
    this.events.on(Phaser.Scenes.Events.RESUME, refocus);
    const stop = services().router.onUi(this.onUi);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      stop();
      this.events.off(Phaser.Scenes.Events.RESUME, refocus);
    });
  }

  /** The pause action (Esc/P or rebound, Start, the touch pause button) resumes. */
  private readonly onUi = (action: UiAction, source: UiSource): void => {
    if (action !== 'pause' || !this.scene.isActive()) return;
    if (source === 'hidden' || source === 'blur') return;
    this.resume();
  };

  private resume(): void {
    this.scene.resume(this.from);
    this.scene.stop();
  }

  private openNotes(): void {
    const data: NotesData = { from: SceneKey.Pause, extra: this.notesFound?.() ?? [] };
    this.scene.pause();
    this.scene.launch(SceneKey.Notes, data);
  }

  private openSettings(): void {
    const data: SettingsData = { from: SceneKey.Pause };
    this.scene.pause();
    this.scene.launch(SceneKey.Settings, data);
  }

  private quit(): void {
    this.scene.stop(this.from);
    this.scene.start(SceneKey.Title);
  }
}
