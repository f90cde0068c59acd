import * as Phaser from 'phaser';
import { MenuButton } from '../ui/menuButton';
import { COLORS, FONT } from '../ui/theme';
import { SceneKey } from './keys';
import type { SettingsData } from './SettingsScene';

/**
 * Title: the game's name, "press any key / tap to start" (keyboard, mouse or touch) and a
 * Settings button (click/tap it, or Tab / arrow keys to focus it and Enter).
 */
export class TitleScene extends Phaser.Scene {
  private started = false;
  private settingsButton: MenuButton | null = null;
  private settingsFocused = false;

  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    this.started = false;
    this.settingsFocused = false;
    const draw = (): void => {
      this.children.removeAll(true);
      const { width, height } = this.scale;
      const big = Math.max(30, Math.min(width / 9, 84));
      this.add.text(width / 2, height * 0.36, 'LAST PERIOD', {
        fontFamily: FONT, fontSize: `${Math.round(big)}px`, color: COLORS.text, fontStyle: 'bold',
      }).setOrigin(0.5).setShadow(0, 4, '#5a0010', 0, false, true);
      this.add.text(width / 2, height * 0.36 + big * 0.8, 'Daon High · 3:50 pm · the last class of the day', {
        fontFamily: FONT, fontSize: `${Math.round(Math.max(13, big * 0.22))}px`, color: COLORS.dim,
      }).setOrigin(0.5);
      const prompt = this.add.text(width / 2, height * 0.66, 'Press any key or tap to start', {
        fontFamily: FONT, fontSize: `${Math.round(Math.max(16, big * 0.3))}px`, color: COLORS.accent,
      }).setOrigin(0.5);
      this.tweens.add({ targets: prompt, alpha: 0.35, duration: 900, yoyo: true, repeat: -1 });
      this.settingsButton = new MenuButton(this, width / 2, height * 0.82, Math.min(200, width * 0.6), 48, 'Settings', () => this.openSettings());
      this.settingsButton.setFocused(this.settingsFocused);
    };
    draw();
    this.scale.on(Phaser.Scale.Events.RESIZE, draw);
    window.addEventListener('keydown', this.onKey);
    this.input.on('pointerdown', this.onPointerDown);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, draw);
      window.removeEventListener('keydown', this.onKey);
      this.input.off('pointerdown', this.onPointerDown);
    });
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.repeat || e.metaKey || e.ctrlKey || e.altKey || !this.scene.isActive()) return;
    if (e.code === 'Tab' || e.code === 'ArrowDown' || e.code === 'ArrowUp') {
      e.preventDefault();
      this.settingsFocused = !this.settingsFocused;
      this.settingsButton?.setFocused(this.settingsFocused);
      return;
    }
    if (this.settingsFocused && (e.code === 'Enter' || e.code === 'Space' || e.code === 'NumpadEnter')) {
      e.preventDefault();
      this.openSettings();
      return;
    }
    this.start();
  };

  /** A tap anywhere but on the Settings button starts. */
  private readonly onPointerDown = (_p: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]): void => {
    if (over.length > 0 || !this.scene.isActive()) return;
    this.start();
  };

  private openSettings(): void {
    if (this.started) return;
    const data: SettingsData = { from: SceneKey.Title };
    this.scene.pause();
    this.scene.launch(SceneKey.Settings, data);
  }

  private readonly start = (): void => {
    if (this.started) return;
    this.started = true;
    this.scene.start(SceneKey.Hallway);
  };
}
