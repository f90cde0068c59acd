import * as Phaser from 'phaser';
import { IMAGES, SHEETS, audioSources, type AudioKey } from '../assets/manifest';
import { COMMON_PACK, chapterFiles, missingFiles, type AssetPack, type ChapterPackId } from '../assets/packs';
import { gameAudio } from '../audio';
import { showFatalError } from '../ui/errorPanel';
import { COLORS, FONT } from '../ui/theme';

/**
 * Loading asset packs (src/assets/packs.ts) from a scene's preload(): images and sheets
 * through Phaser's loader, sounds through Howler, behind one progress bar. Only what is
 * not loaded yet is asked for, so a pack that is already in loads at once (no bar).
 */

/**
 * How long a chapter waits for a sound before it starts anyway. Music that arrives later
 * still starts (GameAudio.setMusic waits for it); the bar must never hang on audio.
 */
const SOUND_WAIT_MS = 10_000;

/** A sound as a loader file: it completes when Howler can play it, fails to load, or the wait runs out. */
class SoundFile extends Phaser.Loader.File {
  constructor(
    loader: Phaser.Loader.LoaderPlugin,
    private readonly sound: AudioKey,
  ) {
    super(loader, { type: 'sound', key: `sound:${sound}`, url: audioSources(sound)[0], cache: false });
  }

  override load(): void {
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      // A sound that failed is in gameAudio().failures; the game plays on without it.
      this.loader.nextFile(this, true);
    };
    const timer = setTimeout(finish, SOUND_WAIT_MS);
    // Never complete inside load(): the loader is still walking its queue then.
    gameAudio().load(this.sound, () => void Promise.resolve().then(finish));
  }
}

/**
 * Loads the common pack's images and sheets before the title, behind the bar. Its
 * sounds are left to startCommonSounds.
 */
export function loadCommonArt(scene: Phaser.Scene): void {
  loadPack(scene, { ...COMMON_PACK, audio: [] }, 'LAST PERIOD');
}

/**
 * Asks for the common sounds without waiting: the title does not need them, the first
 * chapter waits for them. They are fetched on the player's first gesture (gameAudio's
 * startOnGesture), or when a chapter waits on them, whichever comes first.
 */
export function startCommonSounds(): void {
  for (const k of COMMON_PACK.audio) gameAudio().load(k);
}

/**
 * Loads what a chapter needs and is not loaded yet (its own pack and anything of the
 * common one still on its way, sounds included) behind the bar, headed by the chapter's
 * name. Call it from the chapter scene's preload(); create() runs when it is done.
 */
export function loadChapterPack(scene: Phaser.Scene, pack: ChapterPackId, heading: string): void {
  loadPack(scene, chapterFiles(pack), heading);
}

/**
 * Queues what of `pack` is missing on the scene's loader, with the bar. When an image or
 * sheet fails, the error panel names it and the scene's create() is skipped: a scene
 * built without its art would only add errors under the one that explains it.
 */
function loadPack(scene: Phaser.Scene, pack: AssetPack, heading: string): void {
  const failed: string[] = [];
  const settled = (key: AudioKey) => ['loaded', 'failed'].includes(gameAudio().loadState(key));
  const todo = missingFiles(pack, (kind, key) => (kind === 'texture' ? scene.textures.exists(key) : settled(key as AudioKey)));
  const count = todo.images.length + todo.sheets.length + todo.audio.length;
  if (count === 0) return;

  const load = scene.load;
  for (const key of todo.images) load.image(key, IMAGES[key]);
  for (const key of todo.sheets) {
    const sheet = SHEETS[key];
    load.spritesheet(key, sheet.url, { frameWidth: sheet.frameWidth, frameHeight: sheet.frameHeight });
  }
  for (const key of todo.audio) load.addFile(new SoundFile(load, key));

  const bar = drawLoadingBar(scene, heading);
  const onProgress = (value: number) => bar.set(value);
  const onError = (file: Phaser.Loader.File) => failed.push(`${file.key} (${String(file.url)})`);
  load.on(Phaser.Loader.Events.PROGRESS, onProgress);
  load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
  load.once(Phaser.Loader.Events.COMPLETE, () => {
    load.off(Phaser.Loader.Events.PROGRESS, onProgress);
    load.off(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
    bar.destroy();
    if (failed.length > 0) {
      showFatalError(
        'Some game files could not be loaded',
        `Missing or unreadable:\n${failed.join('\n')}\n\nCheck your connection and reload. If you host the game yourself, make sure the assets/ folder was uploaded next to index.html.`,
      );
      // Phaser calls create() right after this event; this scene instance is done for (the panel offers a reload).
      (scene as { create?: () => void }).create = () => undefined;
    }
  });
}

/** The loading screen: a heading, a bar and a percentage, centred (the look of the first load). */
function drawLoadingBar(scene: Phaser.Scene, heading: string): { set(value: number): void; destroy(): void } {
  const { width, height } = scene.scale;
  const barW = Math.min(360, width * 0.7);
  const x = (width - barW) / 2;
  const y = height / 2;
  // The heading shrinks to fit a phone's width (chapter names are longer than the title).
  const title = scene.add
    .text(width / 2, y - 40, heading, { fontFamily: FONT, fontSize: '28px', color: COLORS.text, fontStyle: 'bold' })
    .setOrigin(0.5);
  if (title.width > width * 0.9) title.setScale((width * 0.9) / title.width);
  const label = scene.add.text(width / 2, y + 34, 'Loading 0%', { fontFamily: FONT, fontSize: '14px', color: COLORS.dim }).setOrigin(0.5);
  const frame = scene.add.rectangle(x, y, barW, 14).setOrigin(0, 0.5).setStrokeStyle(2, 0xffffff, 0.6);
  const fill = scene.add.rectangle(x + 3, y, 0, 8, COLORS.accentHex).setOrigin(0, 0.5);
  const parts = [title, label, frame, fill];
  // Drawn where the camera looks now (a restarted chapter's camera may have moved).
  for (const p of parts) p.setScrollFactor(0);
  return {
    set(value: number) {
      fill.width = (barW - 6) * value;
      label.setText(`Loading ${Math.round(value * 100)}%`);
    },
    destroy() {
      for (const p of parts) p.destroy();
    },
  };
}
