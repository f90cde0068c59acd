import type * as Phaser from 'phaser';
import type { RendererKind } from './boot/renderer';
import { services } from './game/services';
import { gameAudio } from './audio';
import type { Settings } from './save/settings';
import type { HudScene } from './scenes/HudScene';
import type { HudModel } from './ui/hudModel';
import type { World } from './sim/world';
import { liveMenuRows, type MenuRow } from './ui/menu';
import { INFECTED_STATE_NAMES } from './sim/horde';
import { VARIANT_NAMES } from './sim/tuning';

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
  player: {
    x: number;
    y: number;
    /** Facing angle in radians (0 = east, PI/2 = south), from the sim's unit vector (facingX, facingY). */
    facing: number;
    facingX: number;
    facingY: number;
    stamina: number;
    gait: number;
    /** Id of the infected holding the player, -1 when free. */
    grabbedBy: number;
    /** The player's position on the page (client px; mouse aim is measured from it), or null. */
    screen: { x: number; y: number } | null;
  };
  doorsOpen: number;
  [extra: string]: unknown;
}

export interface LpTestApi {
  readonly version: string;
  /** Key of the top-most running scene ('Title', 'Chapter', 'Pause', ...), not counting the HUD overlay. */
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
  /** The rows of the menu on screen (labels, focus, boxes in CSS px), or null when none shows. */
  menu(): MenuRow[] | null;
  /** The music playing: 'explore' (a chapter), 'safeRoom' (an interlude) or 'none'. */
  music(): string;
}

/** One infected near the player, as `state().near.infected` lists it (tile units). */
export interface NearInfected {
  id: number;
  x: number;
  y: number;
  /** 'idle', 'alerted', 'sprint', ... (INFECTED_STATE_NAMES). */
  state: string;
  variant: string;
  /** Unit facing vector. */
  headingX: number;
  headingY: number;
  /** 1 for the director's rushers (they always know where the player is). */
  hunter: number;
  /** Where it is heading (the player when seen, a noise, a last known position), when hasTarget is 1. */
  hasTarget: number;
  targetX: number;
  targetY: number;
  /** 1 while a searcher looks around at its target. */
  searchLooking: number;
  asleep: number;
}

/** What is around the player: the infected, and cells filled with foam (they block sight). */
export interface Surroundings {
  radius: number;
  infected: NearInfected[];
  /** Cell indices (y * width + x) with foam now. */
  foamCells: number[];
}

/** Tiles around the player that `state().near` covers. */
export const NEAR_RADIUS = 15;

/**
 * The infected and foam within `radius` tiles of the player, for scripted players in e2e
 * (e2e/survivor.ts). Reads the world only. A few dozen entries, built when asked.
 */
export function surroundings(world: World, radius: number = NEAR_RADIUS): Surroundings {
  const p = world.player;
  const h = world.horde;
  const r2 = radius * radius;
  const infected: NearInfected[] = [];
  for (let i = 0; i < h.count; i++) {
    const dx = h.x[i]! - p.x;
    const dy = h.y[i]! - p.y;
    if (dx * dx + dy * dy > r2) continue;
    infected.push({
      id: h.id[i]!,
      x: h.x[i]!,
      y: h.y[i]!,
      state: INFECTED_STATE_NAMES[h.state[i]!] ?? 'idle',
      variant: VARIANT_NAMES[h.variant[i]!] ?? 'sprinter',
      headingX: h.headingX[i]!,
      headingY: h.headingY[i]!,
      hunter: h.hunter[i]!,
      hasTarget: h.hasTarget[i]!,
      targetX: h.targetX[i]!,
      targetY: h.targetY[i]!,
      searchLooking: h.searchLooking[i]!,
      asleep: h.asleep[i]!,
    });
  }
  const foamCells: number[] = [];
  const w = world.grid.width;
  const x0 = Math.max(0, Math.floor(p.x - radius));
  const x1 = Math.min(w - 1, Math.floor(p.x + radius));
  const y0 = Math.max(0, Math.floor(p.y - radius));
  const y1 = Math.min(world.grid.height - 1, Math.floor(p.y + radius));
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) if (world.foam[y * w + x]! > 0) foamCells.push(y * w + x);
  return { radius, infected, foamCells };
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
    menu: () => liveMenuRows(),
    music: () => gameAudio().getMusic(),
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
