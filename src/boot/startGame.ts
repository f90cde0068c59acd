import * as Phaser from 'phaser';
import { decideRenderer, probeRenderer } from './renderer';
import { installTestApi, recordFatal } from '../testApi';
import { graphicsRestored, onFatalError, onHaltChange, showFatalError } from '../ui/errorPanel';
import { COLORS } from '../ui/theme';
import { CrispTextPlugin } from '../ui/crispText';
import { BootScene } from '../scenes/BootScene';
import { PreloadScene } from '../scenes/PreloadScene';
import { TitleScene } from '../scenes/TitleScene';
import { ChapterScene } from '../scenes/ChapterScene';
import { PauseScene } from '../scenes/PauseScene';
import { ReplayEndScene } from '../scenes/ReplayEndScene';
import { HudScene } from '../scenes/HudScene';
import { SettingsScene } from '../scenes/SettingsScene';
import { initServices } from '../game/services';
import { ChapterEndScene } from '../scenes/ChapterEndScene';
import { InterludeScene } from '../scenes/InterludeScene';
import { StoryCardScene } from '../scenes/StoryCardScene';
import { NotesScene } from '../scenes/NotesScene';
import { installPwa } from '../pwa';

/**
 * The parts of Phaser the game's own entry (phaser.cjs) leaves out, loaded before the game
 * starts when the URL asks for them: `?mapDraw=tiles` draws the map as Phaser's tilemap
 * layer (the crowd bench's comparison), which needs Phaser's tilemaps. Resolves at once
 * otherwise.
 */
export async function loadPhaserExtras(search: string): Promise<void> {
  if (new URLSearchParams(search).get('mapDraw') === 'tiles') await import('./phaserTilemaps.cjs');
}

/** Creates the Phaser game: renderer choice, scenes, services, the PWA hooks and the test API. */
export function startGame(): void {
  onFatalError(recordFatal);
  const decision = decideRenderer(location.search, probeRenderer());
  console.info(`[Last Period] renderer: ${decision.kind} (${decision.reason})`);

  const game = new Phaser.Game({
    type: decision.kind === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: 'game',
    backgroundColor: COLORS.background,
    pixelArt: true,
    roundPixels: true,
    scale: {
      mode: Phaser.Scale.RESIZE,
      width: window.innerWidth,
      height: window.innerHeight,
    },
    // Howler plays all sound; one AudioContext only.
    audio: { noAudio: true },
    // No Phaser gamepad plugin: src/input polls navigator.getGamepads() once per frame
    // itself (services.ts); the plugin would poll it again in every running scene.
    input: { activePointers: 3, gamepad: false },
    disableContextMenu: true,
    // Every Text is drawn at the screen's pixel ratio (sharp on phones).
    plugins: { scene: [{ key: 'CrispText', plugin: CrispTextPlugin, mapping: 'crispText' }] },
    banner: false,
    // Order is draw order: the HUD over the chapter, menus over both.
    scene: [BootScene, PreloadScene, TitleScene, ChapterScene, HudScene, PauseScene, ChapterEndScene, InterludeScene, StoryCardScene, NotesScene, ReplayEndScene, SettingsScene],
  });

  initServices(game);
  installPwa(game);
  // The error panel stops the game: no frame, so no tick, input or bite behind it. An
  // error thrown inside a frame already ended Phaser's loop; sleep() marks it stopped so a
  // Continue (after a restored context) can wake it.
  onHaltChange((halted) => (halted ? game.loop.sleep() : game.loop.wake()));

  game.events.once(Phaser.Core.Events.READY, () => {
    // The canvas is up and the Preload scene draws its own progress: the HTML loading
    // screen (index.html, painted before any script) has done its job.
    document.getElementById('loading')?.classList.add('done');
    const canvas = game.canvas;
    canvas.addEventListener('webglcontextlost', (e) => {
      e.preventDefault();
      showFatalError(
        'The graphics context was lost',
        'The browser took the GPU away from the game (a driver reset, or too many tabs using graphics). The game is paused where it was: if the graphics come back you can continue, otherwise reload; ?renderer=canvas avoids WebGL entirely.',
        'contextLost',
      );
    });
    canvas.addEventListener('webglcontextrestored', () => graphicsRestored());
  });

  installTestApi(game, decision.kind);
}
