import * as Phaser from 'phaser';
import { applyAudioSettings } from '../audio/audioSettings';
import { attachDomInput, pollGamepad } from '../input/domInput';
import { InputRouter } from '../input/inputRouter';
import { TouchControls } from '../input/touchControls';
import { NOT_KEPT_NOTICE, browserStorage, watchOtherTabs } from '../save/storage';
import { SETTINGS_KEY } from '../save/settings';
import { SettingsStore } from '../save/settingsStore';
import { showNotice } from '../ui/notice';

/**
 * Game-wide services that outlive scenes: the live settings, the input router with its
 * browser adapters, and the touch overlay. Created once in src/boot/startGame.ts; scenes reach them
 * through `services()`.
 */
export interface Services {
  settings: SettingsStore;
  router: InputRouter;
  touch: TouchControls;
}

let current: Services | null = null;

export function services(): Services {
  if (!current) throw new Error('services() called before initServices()');
  return current;
}

export function initServices(game: Phaser.Game): Services {
  const storage = browserStorage();
  const settings = new SettingsStore(storage);
  // Another tab's settings change shows up here; full or blocked storage is told once.
  watchOtherTabs(SETTINGS_KEY, () => settings.syncFromStorage());
  const router = new InputRouter(settings.get().bindings);
  const touch = new TouchControls(router);
  settings.subscribe((s) => {
    router.setBindings(s.bindings);
    applyAudioSettings(s);
    document.documentElement.classList.toggle('high-contrast', s.highContrast);
  });
  router.onUi((action) => {
    if (action === 'mute') settings.update((d) => void (d.muted = !d.muted));
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    attachDomInput(router, game.canvas);
    // Gamepads are polled once per frame, even while a chapter is paused (Start resumes).
    game.events.on(Phaser.Core.Events.PRE_STEP, () => router.gamepad(pollGamepad()));
  });
  if (settings.notice) showNotice(settings.notice);
  storage.onNotKept(() => showNotice(NOT_KEPT_NOTICE, 12000));
  current = { settings, router, touch };
  return current;
}
