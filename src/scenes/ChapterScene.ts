import * as Phaser from 'phaser';
import { FixedStepper } from '../game/fixedStep';
import { setAudioPaused } from '../audio/audioSettings';
import { services } from '../game/services';
import type { InputRouter, UiAction, UiSource } from '../input/inputRouter';
import { emptyIntent } from '../sim/intent';
import type { LevelData } from '../sim/level';
import { createWorld, type World, type WorldOptions } from '../sim/world';
import { worldOptionsFor } from '../game/worldOptions';
import { hashWorld } from '../sim/worldHash';
import { cloneWorld } from '../sim/snapshot';
import { chapterById, FIRST_CHAPTER, nextChapterId } from '../chapters/registry';
import { lossHeading, lossLine, type ChapterDefinition, type LossCause } from '../chapters/definition';
import { newRunState, type RunState } from '../campaign/runState';
import { loadChapterMap } from '../levels/chapterMaps';
import { progressStore } from '../save/progressStore';
import type { ChapterEndData } from './ChapterEndScene';
import { setSnapshotProvider, surroundings, type StateSnapshot } from '../testApi';
import { showFatalError } from '../ui/errorPanel';
import { hudModel, type HudModel } from '../ui/hudModel';
import { COLORS } from '../ui/theme';
import { gameAudio } from '../audio';
import { CaptionView } from '../view/captionView';
import { zoomFor } from '../view/camera';
import { LevelView } from '../view/levelView';
import { PlayerView } from '../view/playerView';
import { SprayView } from '../view/sprayView';
import { FeedbackView } from '../view/feedbackView';
import { ObjectsView } from '../view/objectsView';
import { stepChapter } from '../chapters/beats';
import { chapterFinds } from '../sim/objects';
import { GRAB } from '../sim/tuning';
import { HordeView } from '../view/hordeView';
import { DarknessView } from '../view/darknessView';
import { DebugOverlay } from '../view/debugOverlay';
import { SceneKey } from './keys';
import type { HudData } from './HudScene';
import type { PauseData } from './PauseScene';

/** What starts a chapter: which one, and the run it is played in. */
export interface ChapterStartData {
  chapterId: string;
  /** The campaign run's state (world options come from it); a fresh run when absent. */
  run?: RunState;
}

/**
 * The one scene that plays every chapter. It takes a ChapterDefinition (src/chapters) and
 * owns the sim world: runs it at a fixed 60 Hz from the frame loop (FixedStepper), feeds
 * it one Intent per tick from the InputRouter, runs the definition's beats, and hands the
 * world to view bridges that draw it. Nothing chapter-specific lives here.
 */
export class ChapterScene extends Phaser.Scene {
  protected world!: World;
  protected router!: InputRouter;
  /** The chapter being played (set in init from the start data). */
  private def!: ChapterDefinition;
  private run: RunState = newRunState();
  private readonly stepper = new FixedStepper();
  private readonly intent = emptyIntent();
  private levelView: LevelView | null = null;
  private playerView: PlayerView | null = null;
  private sprayView: SprayView | null = null;
  private feedback: FeedbackView | null = null;
  private objectsView: ObjectsView | null = null;
  /** What ended the attempt that just ended (for the "what got you" line). */
  private lossCause: LossCause | null = null;
  // The infected (pooled sprites) and the F3 / backquote debug overlay.
  private hordeView: HordeView | null = null;
  // The level's dark areas, the player's light in them and the infected's eyes.
  private darknessView: DarknessView | null = null;
  private debugOverlay: DebugOverlay | null = null;
  // Captions for important sounds (audio itself is the gameAudio() singleton).
  private captionView: CaptionView | null = null;
  /** The world as it was at the last checkpoint (the chapter start at first). */
  private checkpointWorld!: World;
  /** Ticks played in this chapter across every attempt (the finishing time). */
  private elapsedTicks = 0;
  private retries = 0;
  /** Set once the attempt has ended (won or lost) until the player picks what next. */
  private ended = false;
  private stopListeningUi: (() => void) | null = null;
  private stopListeningSettings: (() => void) | null = null;
  private readonly aimOrigin = { x: 0, y: 0 };

  constructor() {
    super(SceneKey.Chapter);
  }

  init(data: Partial<ChapterStartData>): void {
    const def = chapterById(data?.chapterId ?? FIRST_CHAPTER);
    if (!def) throw new Error(`no chapter with id '${String(data?.chapterId)}'`);
    this.def = def;
    this.run = data?.run ?? newRunState();
  }

  /** The chapter being played. */
  get chapter(): ChapterDefinition {
    return this.def;
  }

  /** The world seed: the chapter's own; `?seed=N` overrides it for reproducing a run. */
  private seed(): number {
    const fromUrl = Number(new URLSearchParams(location.search).get('seed'));
    return Number.isInteger(fromUrl) && fromUrl !== 0 ? fromUrl : this.def.seed;
  }

  create(): void {
    let level: LevelData;
    try {
      level = loadChapterMap(this.def.map);
    } catch (err) {
      showFatalError(`The level for "${this.def.title}" could not be loaded`, err instanceof Error ? err.message : String(err));
      return;
    }
    // The settings' difficulty (or `?difficulty=`); `?peaceful=1` leaves the infected out.
    const options: WorldOptions = this.def.worldOptions(this.run);
    this.world = createWorld(level, this.seed(), worldOptionsFor(location.search, services().settings.get().difficulty, options));
    this.checkpointWorld = cloneWorld(this.world);
    this.elapsedTicks = 0;
    this.retries = 0;
    this.ended = false;
    this.stepper.reset();
    this.cameras.main.setBackgroundColor(COLORS.background);

    this.levelView = new LevelView(this, this.world, this.def.theme);
    this.playerView = new PlayerView(this, this.world);
    this.sprayView = new SprayView(this, this.world);
    this.feedback = new FeedbackView(this);
    this.objectsView = new ObjectsView(this, this.world);
    this.hordeView = new HordeView(this);
    this.darknessView = new DarknessView(this, this.world);
    this.debugOverlay = new DebugOverlay(this);
    // Exploration music with the chase stems; captions (on/off from the settings).
    gameAudio().setMusic(this.def.music);
    this.captionView = new CaptionView(this, gameAudio());
    this.router = services().router;
    this.router.aimOrigin = () => this.playerOnScreen();
    this.stopListeningUi = this.router.onUi(this.onUi);
    this.stopListeningSettings = services().settings.subscribe((st) => {
      if (this.captionView) this.captionView.enabled = st.captions;
      if (this.feedback) this.feedback.enabled = st.screenShake;
      if (this.hordeView) this.hordeView.highContrast = st.highContrast;
      if (this.playerView) this.playerView.highContrast = st.highContrast;
    });
    services().touch.setGameplay(true);
    this.events.on(Phaser.Scenes.Events.RESUME, this.onResume, this);
    const hud: HudData = { model: () => this.hud() };
    this.scene.launch(SceneKey.Hud, hud);

    const cam = this.cameras.main;
    cam.startFollow(this.playerView.sprite, true, 0.2, 0.2);
    this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitCamera, this);

    setSnapshotProvider(() => this.snapshot());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
  }

  override update(_time: number, delta: number): void {
    if (!this.world) return;
    // A hit-stop (a sprinter tumbling in the foam) holds the sim still for a few frames.
    const held = this.feedback?.holdFrame(delta) ?? false;
    if (!held) {
      this.stepper.advance(delta, () => {
        if (this.ended) return;
        this.router.sample(this.intent);
        stepChapter(this.world, this.intent, this.def.beats);
        gameAudio().playEventsFor(this.world); // events are cleared every step
        this.elapsedTicks++;
        for (const e of this.world.events) {
          if (e.type === 'checkpointReached') this.checkpointWorld = cloneWorld(this.world);
          else if (e.type === 'bitten') this.lossCause = e.variant;
          else if (e.type === 'chapterLost') this.lossCause = e.cause;
        }
        this.feedback?.onTick(this.world);
        if (this.world.status !== 'playing') this.endAttempt();
      });
    }
    gameAudio().setSpraying(this.world.extinguisher.spraying);
    this.levelView?.update(this.world);
    this.playerView?.update(this.world, this.stepper.alpha, delta / 1000);
    this.sprayView?.update(this.world, this.stepper.alpha);
    this.objectsView?.update(this.world, delta / 1000);
    this.hordeView?.update(this.world, this.stepper.alpha, delta / 1000);
    this.darknessView?.update(this.world, this.stepper.alpha, delta / 1000);
    this.debugOverlay?.update(this.world, delta / 1000);
    gameAudio().update(delta / 1000); // stem crossfade
    this.captionView?.update(this.world, this.stepper.alpha, delta);
  }

  private endAttempt(): void {
    this.ended = true;
    const def = this.def;
    const won = this.world.status === 'won';
    if (won) {
      const finds = chapterFinds(this.world);
      progressStore().complete({ chapterId: def.id, ticks: this.elapsedTicks, notesFound: finds.notes, rescues: finds.rescues, unlocks: nextChapterId(def.id) });
    }
    const data: ChapterEndData = {
      from: this.scene.key,
      outcome: won ? 'won' : 'lost',
      heading: won ? `Chapter ${def.number} complete: ${def.title}` : lossHeading(this.lossCause),
      lines: def.resultLines(this.world, { elapsedTicks: this.elapsedTicks, retries: this.retries }),
      cause: won ? undefined : lossLine(def, this.lossCause),
      onRetry: won ? undefined : () => this.restoreCheckpoint(),
      onRestart: () => this.scene.restart({ chapterId: def.id, run: this.run } satisfies ChapterStartData),
    };
    this.router.releaseAll();
    services().touch.setGameplay(false);
    // The end screen replaces the HUD (its objective line would talk over the results).
    this.scene.sleep(SceneKey.Hud);
    this.scene.launch(SceneKey.ChapterEnd, data);
  }

  /** Back to the last checkpoint after a bite: the world as it was there. */
  private restoreCheckpoint(): void {
    this.world = cloneWorld(this.checkpointWorld);
    this.lossCause = null;
    this.retries++;
    this.stepper.reset();
    this.router.releaseAll();
    services().touch.setGameplay(true);
    this.scene.wake(SceneKey.Hud);
    this.ended = false;
  }

  /** Pauses the sim, the touch controls and the audio, and opens the pause menu. */
  protected pauseGame(source: UiSource = 'keyboard'): void {
    if (this.ended || this.scene.isPaused() || !this.scene.isActive()) return;
    this.scene.pause();
    services().touch.setGameplay(false);
    setAudioPaused(true);
    const data: PauseData = { from: this.scene.key, reason: source === 'hidden' || source === 'blur' ? 'away' : 'player' };
    this.scene.launch(SceneKey.Pause, data);
  }

  private readonly onUi = (action: UiAction, source: UiSource): void => {
    if (action === 'pause') this.pauseGame(source);
  };

  private onResume(): void {
    services().touch.setGameplay(true);
    setAudioPaused(false);
  }

  /** What the HUD shows now. */
  protected hud(): HudModel {
    // A grab overrides the objective: the one thing to do now is break free.
    const p = this.world.player;
    const objective =
      p.grabbedBy >= 0
        ? `GRABBED! Mash use (${p.grabPresses}/${GRAB.breakPresses}) or wiggle to break free!`
        : this.def.objective?.(this.world);
    return hudModel(this.world, { objective, usesPhone: this.def.usesPhone });
  }

  /** The player's position in client (CSS) pixels, for mouse aim. */
  private playerOnScreen(): { x: number; y: number } | null {
    if (!this.world || !this.playerView) return null;
    const cam = this.cameras.main;
    const rect = this.game.canvas.getBoundingClientRect();
    const css = rect.width > 0 ? rect.width / this.scale.width : 1;
    const s = this.playerView.sprite;
    this.aimOrigin.x = rect.left + (cam.x + (s.x - cam.worldView.x) * cam.zoom) * css;
    this.aimOrigin.y = rect.top + (cam.y + (s.y - cam.worldView.y) * cam.zoom) * css;
    return this.aimOrigin;
  }

  private screenOfPlayer(): { x: number; y: number } | null {
    const at = this.playerOnScreen();
    return at ? { x: at.x, y: at.y } : null;
  }

  protected snapshot(): StateSnapshot {
    const w = this.world;
    const p = w.player;
    return {
      elapsedTicks: this.elapsedTicks,
      retries: this.retries,
      chapterId: this.def.id,
      levelId: w.level.id,
      tick: w.tick,
      status: w.status,
      difficulty: w.difficulty,
      hash: hashWorld(w),
      player: { x: p.x, y: p.y, facing: p.facing, stamina: p.stamina, gait: p.gait, grabbedBy: p.grabbedBy, screen: this.screenOfPlayer() },
      doorsOpen: w.doors.filter((d) => d.open).length,
      doors: w.doors.map((d) => ({ x: d.x, y: d.y, open: d.open || d.broken, broken: d.broken, locked: d.locked })),
      // The infected and foam around the player (scripted players in e2e read these).
      near: surroundings(w),
      // Names of the level's trigger areas that have fired (the chapter's beats so far).
      triggersFired: w.level.triggers.filter((_, i) => w.objects.triggerFired[i] === 1).map((t) => t.name),
      cabinets: w.cabinets.map((c) => ({ x: c.x, y: c.y, used: c.used })),
      // Per level.items: 1 once picked up (notes, decoys, keys such as the bolt cutters).
      itemsTaken: Array.from(w.objects.itemTaken),
      extinguisher: { has: w.extinguisher.hasExtinguisher, pressure: w.extinguisher.pressure, spraying: w.extinguisher.spraying, foamClouds: w.foamClouds.count },
      // The Intent fed to the last tick (what the input layer made of the devices).
      intent: { ...this.intent },
      infected: w.horde.count,
      infectedSprites: this.hordeView?.poolSize ?? 0,
      debugOverlay: this.debugOverlay?.shown ?? false,
    };
  }

  /**
   * Zoom for the screen, and camera bounds around the map. Where the map is smaller than
   * the view (a tall phone in portrait), the bounds grow evenly so the map sits centred
   * in the dark instead of stuck to the top edge.
   */
  private fitCamera(): void {
    if (!this.levelView) return;
    const { width, height } = this.scale;
    const zoom = zoomFor(width, height);
    const cam = this.cameras.main;
    cam.setZoom(zoom);
    const mapW = this.levelView.widthPx;
    const mapH = this.levelView.heightPx;
    const padX = Math.max(0, (width / zoom - mapW) / 2);
    const padY = Math.max(0, (height / zoom - mapH) / 2);
    cam.setBounds(-padX, -padY, mapW + padX * 2, mapH + padY * 2);
  }

  private teardown(): void {
    setSnapshotProvider(null);
    this.scale.off(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.stopListeningUi?.();
    this.stopListeningUi = null;
    this.stopListeningSettings?.();
    this.stopListeningSettings = null;
    if (this.router) this.router.aimOrigin = null;
    this.events.off(Phaser.Scenes.Events.RESUME, this.onResume, this);
    services().touch.setGameplay(false);
    this.scene.stop(SceneKey.Hud);
    this.levelView?.destroy();
    this.playerView?.destroy();
    this.objectsView?.destroy();
    this.objectsView = null;
    this.sprayView?.destroy();
    this.hordeView?.destroy();
    this.debugOverlay?.destroy();
    this.hordeView = null;
    this.darknessView?.destroy();
    this.darknessView = null;
    this.debugOverlay = null;
    this.captionView?.destroy();
    this.captionView = null;
    gameAudio().setMusic('none');
    this.levelView = null;
    this.playerView = null;
    this.sprayView = null;
    this.feedback = null;
  }
}
