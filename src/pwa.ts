/// <reference types="vite-plugin-pwa/vanillajs" />
import * as Phaser from 'phaser';
import { SceneKey } from './scenes/keys';
import { gameAudio } from './audio';
import { showNotice } from './ui/notice';
import { UPDATE_TEXT, UpdateGate, audioFailureText, type UpdateView } from './ui/updateGate';

/**
 * Offline play and updates. The service worker (vite.config.ts, Workbox via vite-plugin-pwa)
 * precaches the whole build on the first visit; from then on the game loads without a
 * network. A new version waits until the player presses Reload in a small notice that only
 * shows on the title, so an update never cuts a chapter short.
 */

/** A small DOM notice at the bottom with a Reload button (the style of src/ui/notice.ts). */
function domUpdateView(): UpdateView {
  let el: HTMLElement | null = null;
  return {
    show(onReload) {
      if (el) return;
      el = document.createElement('div');
      el.id = 'update-prompt';
      el.setAttribute('role', 'status');
      Object.assign(el.style, {
        position: 'fixed', left: '50%', bottom: 'max(12px, env(safe-area-inset-bottom))', transform: 'translateX(-50%)',
        zIndex: '8', maxWidth: 'min(92vw, 560px)', boxSizing: 'border-box', padding: '8px 10px 8px 14px',
        display: 'flex', gap: '12px', alignItems: 'center',
        background: '#12161f', color: '#f2eef0', border: '2px solid #6a8cff', borderRadius: '8px',
        font: '15px/1.35 system-ui, sans-serif', boxShadow: '0 4px 16px #000a',
      } satisfies Partial<CSSStyleDeclaration>);
      const text = document.createElement('span');
      text.textContent = UPDATE_TEXT;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Reload';
      Object.assign(button.style, {
        font: 'inherit', padding: '6px 14px', border: '0', borderRadius: '6px', background: '#6a8cff', color: '#0a0e18', cursor: 'pointer',
      } satisfies Partial<CSSStyleDeclaration>);
      // The title menu listens to window keys and taps: this button's own press must not reach it.
      for (const type of ['pointerdown', 'pointerup', 'keydown'] as const) button.addEventListener(type, (e) => e.stopPropagation());
      button.addEventListener('click', () => onReload());
      el.append(text, button);
      document.body.appendChild(el);
    },
    hide() {
      el?.remove();
      el = null;
    },
  };
}

/**
 * Registers the service worker (production builds only: the dev server has none) and
 * wires the update prompt and the sound-failure notice to the title and chapter scenes.
 */
export function installPwa(game: Phaser.Game): void {
  let toldAudio = false;
  const tellAudioFailures = () => {
    if (toldAudio || gameAudio().failures.length === 0) return;
    toldAudio = true;
    showNotice(audioFailureText(navigator.onLine), 10000);
  };

  const gate = new UpdateGate(domUpdateView(), {
    activateWaiting: () => {
      void updateSW?.();
      // Should the waiting worker be gone (another tab's update replaced it), reload anyway.
      window.setTimeout(() => gate.onControlling(), 4000);
    },
    reload: () => location.reload(),
  });
  let updateSW: ((reload?: boolean) => Promise<void>) | null = null;
  let registered = false;
  // After the title is up: the worker's precache download then never competes with the first load.
  const register = () => {
    if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    registered = true;
    void import('virtual:pwa-register')
      .then(({ registerSW }) => {
        updateSW = registerSW({
          onNeedRefresh: () => gate.updateReady(),
          // Called when the new worker controls the page; the default would reload at once.
          onNeedReload: () => gate.onControlling(),
          onRegisterError: (err: unknown) => console.warn('[Last Period] offline play unavailable:', err),
        });
      })
      .catch((err: unknown) => console.warn('[Last Period] offline play unavailable:', err));
  };

  game.events.once(Phaser.Core.Events.READY, () => {
    const title = game.scene.getScene(SceneKey.Title);
    title?.events.on(Phaser.Scenes.Events.CREATE, () => {
      gate.titleShown(true);
      tellAudioFailures();
      register();
    });
    title?.events.on(Phaser.Scenes.Events.SHUTDOWN, () => gate.titleShown(false));
    // The chapter waited for its sounds in preload(): a failed one is known by create().
    game.scene.getScene(SceneKey.Chapter)?.events.on(Phaser.Scenes.Events.CREATE, () => {
      tellAudioFailures();
      register(); // a page that opens straight into a chapter (a replay link) is saved for offline too
    });
  });
}
