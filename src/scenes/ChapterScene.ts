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
import { chapterBySceneKey } from '../chapters/registry';
import { progressStore } from '../save/progressStore';
import { formatTicks } from '../ui/format';
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
import { stepChapter, type ChapterBeats } from '../chapters/beats';
import { chapterFinds } from '../sim/objects';
import { GRAB, type VariantName } from '../sim/tuning';
import { HordeView } from '../view/hordeView';
import { DarknessView } from '../view/darknessView';
import { DebugOverlay } from '../view/debugOverlay';
import { SceneKey } from './keys';
import type { HudData } from './HudScene';
import type { PauseData } from './PauseScene';

/**
 * The base of every chapter scene. It owns the sim world and runs it at a fixed 60 Hz
 * from the frame loop (FixedStepper), feeds it one Intent per tick from the InputRouter,
 * and hands the world to view bridges that draw it. Chapter-specific logic lives in the
 * subclass (its level, its beats); everything shared lives here.
 */
export abstract class ChapterScene extends Phaser.Scene {
  protected world!: World;
  protected router!: InputRouter;
  private readonly stepper = new FixedStepper();
  private readonly intent = emptyIntent();
  private levelView: LevelView | null = null;
  private playerView: PlayerView | null = null;
  private sprayView: SprayView | null = null;
  private feedback: FeedbackView | null = null;
  private objectsView: ObjectsView | null = null;
  /** What bit the player in the attempt that just ended (for the "what got you" line). */
  private bittenBy: VariantName | null = null;
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

  /** The chapter's level data (validated). Throwing here shows the error panel. */
  protected abstract buildLevel(): LevelData;

  /** The chapter's own world options (e.g. whether the player starts with an extinguisher). */
  protected chapterWorldOptions(): WorldOptions {
    return {};
  }

  /** The current objective line for the HUD. */
  protected objective(): string {
    return '';
  }

  /** Whether this chapter uses the phone (the HUD shows its battery). */
  protected usesPhone(): boolean {
    return false;
  }

  /** The world seed; `?seed=N` overrides it for reproducing a run. */
  protected seed(): number {
    const fromUrl = Number(new URLSearchParams(location.search).get('seed'));
    return Number.isInteger(fromUrl) && fromUrl !== 0 ? fromUrl : 0x1a57;
  }

  create(): void {
    let level: LevelData;
    try {
      level = this.buildLevel();
    } catch (err) {
      showFatalError(`The level for "${this.scene.key}" could not be loaded`, err instanceof Error ? err.message : String(err));
      return;
    }
    // The settings' difficulty (or `?difficulty=`); `?peaceful=1` leaves the infected out.
    this.world = createWorld(level, this.seed(), worldOptionsFor(location.search, services().settings.get().difficulty, this.chapterWorldOptions()));
    this.checkpointWorld = cloneWorld(this.world);
    this.elapsedTicks = 0;
    this.retries = 0;
    this.ended = false;
    this.stepper.reset();
    this.cameras.main.setBackgroundColor(COLORS.background);

    this.levelView = new LevelView(this, this.world);
    this.playerView = new PlayerView(this, this.world);
    this.sprayView = new SprayView(this, this.world);
    this.feedback = new FeedbackView(this);
    this.objectsView = new ObjectsView(this, this.world);
    this.hordeView = new HordeView(this);
    this.darknessView = new DarknessView(this, this.world);
    this.debugOverlay = new DebugOverlay(this);
    // Exploration music with the chase stems; captions (on/off from the settings).
    gameAudio().setMusic('explore');
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
        stepChapter(this.world, this.intent, this.beats());
        gameAudio().playEventsFor(this.world); // events are cleared every step
        this.elapsedTicks++;
        for (const e of this.world.events) {
          if (e.type === 'checkpointReached') this.checkpointWorld = cloneWorld(this.world);
          else if (e.type === 'bitten') this.bittenBy = e.variant;
        }
        this.feedback?.onTick(this.world);
        this.onTick(this.world);
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

  /** Called after every sim tick with that tick's events in world.events. */
  protected onTick(_world: World): void {}

  /** The chapter's scripted beats (run after every sim step), if it has any. */
  protected beats(): ChapterBeats | null {
    return null;
  }

  /** The short line shown when the player is bitten ("what got you"), with a tip. */
  protected causeOfLoss(_world: World): string {
    switch (this.bittenBy) {
      case 'sprinter':
        return 'A sprinter ran you down. In a straight line they are faster than you: turn a corner (they overshoot) or shut a door.';
      case 'cheerleader':
        return "The cheerleader got you. Her cheer calls every infected in earshot: stay out of her sight, or foam her first.";
      case 'heavy':
        return 'The coach got you. Heavies are slow but barely feel the foam: keep a door or a corner between you.';
      case 'climber':
        return 'A climber got you. Foam knocks them off the wall.';
      default:
        return 'You were bitten.';
    }
  }

  /** Result lines for the end screen: time, grabs, rescues, notes, retries. */
  protected resultLines(): string[] {
    const finds = chapterFinds(this.world);
    const notes = this.world.level.items.filter((i) => i.kind === 'note').length;
    const classmates = this.world.level.lockers.filter((l) => l.classmate).length;
    const lines = [`Time ${formatTicks(this.elapsedTicks)}`, `Grabs ${this.world.player.grabsTaken}`];
    if (classmates > 0) lines.push(`Rescued ${finds.rescues.length} of ${classmates}${finds.rescues.length ? ` (${finds.rescues.join(', ')})` : ''}`);
    if (notes > 0) lines.push(`Lab notes ${finds.notes.length} of ${notes}`);
    lines.push(`Retries ${this.retries}`);
    return lines;
  }

  private endAttempt(): void {
    this.ended = true;
    const info = chapterBySceneKey(this.scene.key);
    const won = this.world.status === 'won';
    if (won && info) {
      const finds = chapterFinds(this.world);
      progressStore().complete({ chapterId: info.id, ticks: this.elapsedTicks, notesFound: finds.notes, rescues: finds.rescues, unlocks: info.unlocks });
    }
    const data: ChapterEndData = {
      from: this.scene.key,
      outcome: won ? 'won' : 'lost',
      heading: won ? `Chapter ${info?.number ?? ''} complete: ${info?.title ?? ''}` : 'Bitten',
      lines: this.resultLines(),
      cause: won ? undefined : this.causeOfLoss(this.world),
      onRetry: won ? undefined : () => this.restoreCheckpoint(),
      onRestart: () => this.scene.restart(),
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
    this.bittenBy = null;
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
        : this.objective();
    return hudModel(this.world, { objective, usesPhone: this.usesPhone() });
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
      levelId: w.level.id,
      tick: w.tick,
      status: w.status,
      difficulty: w.difficulty,
      hash: hashWorld(w),
      player: { x: p.x, y: p.y, facing: Math.atan2(p.facingY, p.facingX), facingX: p.facingX, facingY: p.facingY, stamina: p.stamina, gait: p.gait, grabbedBy: p.grabbedBy, screen: this.screenOfPlayer() },
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
