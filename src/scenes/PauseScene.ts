import * as Phaser from 'phaser';
import { services } from '../game/services';
import type { UiAction, UiSource } from '../input/inputRouter';
import { Menu } from '../ui/menu';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';
import type { SettingsData } from './SettingsScene';
import type { Replay } from '../replay/format';
import { saveReplay } from '../ui/replayFiles';

export interface PauseData {
  /** The chapter scene that was paused. */
  from: string;
  /** 'away': the tab was hidden or the window lost focus; 'player': the player paused. */
  reason?: 'player' | 'away';
  /** The run so far as a replay, for "Download replay" (absent or null: no button). */
  replay?: () => Replay | null;
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

  constructor() {
    super(SceneKey.Pause);
  }

  init(data: PauseData): void {
    this.from = data.from;
    this.reason = data.reason ?? 'player';
    this.replay = data.replay;
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.rectangle(0, 0, width, height, 0x000000, 0.6).setOrigin(0).setInteractive();
    this.add.text(width / 2, height * 0.26, 'PAUSED', { fontFamily: FONT, fontSize: '40px', color: COLORS.text, fontStyle: 'bold' }).setOrigin(0.5);
    if (this.reason === 'away') {
      this.add
        .text(width / 2, height * 0.26 + 42, 'The game paused while you were away.', { fontFamily: FONT, fontSize: '16px', color: COLORS.dim, align: 'center', wordWrap: { width: width * 0.9 } })
        .setOrigin(0.5);
    }
    const menu = new Menu(
      this,
      [
        { label: 'Resume', onSelect: () => this.resume() },
        { label: 'Settings', onSelect: () => this.openSettings() },
        { label: 'Quit to title', onSelect: () => this.quit() },
        // Last, so the menu's other rows stay where keys and pads expect them.
        ...(this.replay ? [{ label: 'Download replay', onSelect: () => saveReplay(this.replay!) }] : []),
      ],
      width / 2,
      height * 0.46,
      Math.min(260, width * 0.8),
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
