import type * as Phaser from 'phaser';
import type { RendererKind } from './boot/renderer';
import { services } from './game/services';
import type { Settings } from './save/settings';
import type { HudScene } from './scenes/HudScene';
import type { HudModel } from './ui/hudModel';

/**
 * A small read-only handle for end-to-end tests: `window.__LP__`. Present in every
 * build (it costs a few hundred bytes and lets anyone script the real game), documented
 * in the README, and never read by game code. It only reports; it changes nothing.
 */
export interface StateSnapshot {
  levelId: string;
  tick: number;
  status: string;
  hash: string;
  player: { x: number; y: number; facing: number; stamina: number; gait: number };
  doorsOpen: number;
  [extra: string]: unknown;
}

export interface LpTestApi {
  readonly version: string;
  /** Key of the top-most running scene ('Title', 'Hallway', 'Pause', ...), not counting the HUD overlay. */
  scene(): string | null;
  /** Keys of every running scene, bottom first. */
  scenes(): string[];
  renderer(): RendererKind;
  /** The current chapter's sim state, or null outside a chapter. */
  state(): StateSnapshot | null;
  /** The fatal error shown to the player, if any. */
  fatal(): string | null;
  /** What the HUD shows now, or null when no HUD runs. */
  hud(): HudModel | null;
  /** The live settings (a copy). */
  settings(): Settings;
  /** Whether the on-screen touch controls are showing. */
  touchControls(): boolean;
}

type SnapshotProvider = () => StateSnapshot;
let snapshotProvider: SnapshotProvider | null = null;
let fatalMessage: string | null = null;

/** Chapter scenes register what `state()` returns while they run. */
export function setSnapshotProvider(provider: SnapshotProvider | null): void {
  snapshotProvider = provider;
}

export function recordFatal(title: string, detail: string): void {
  fatalMessage ??= `${title}: ${detail.split('\n')[0]}`;
}

export function installTestApi(game: Phaser.Game, renderer: RendererKind): LpTestApi {
  const api: LpTestApi = {
    version: __APP_VERSION__,
    scene: () => {
      // The HUD is an overlay on the chapter, not a place the player is in.
      const top = game.scene.getScenes(true, true).find((sc) => sc.sys.settings.key !== 'Hud');
      return top ? top.sys.settings.key : null;
    },
    scenes: () => game.scene.getScenes(true).map((s) => s.sys.settings.key),
    renderer: () => renderer,
    state: () => (snapshotProvider ? snapshotProvider() : null),
    fatal: () => fatalMessage,
    hud: () => {
      const hud = game.scene.getScene('Hud') as HudScene | null;
      return hud && hud.sys.isActive() ? hud.shown : null;
    },
    settings: () => JSON.parse(JSON.stringify(services().settings.get())) as Settings,
    touchControls: () => services().touch.visible,
  };
  Object.defineProperty(window, '__LP__', { value: Object.freeze(api), configurable: true });
  return api;
}

declare global {
  interface Window {
    __LP__?: LpTestApi;
  }
  const __APP_VERSION__: string;
}
