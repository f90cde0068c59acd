import * as Phaser from 'phaser';
import { FixedStepper } from '../game/fixedStep';
import { setAudioPaused } from '../audio/audioSettings';
import { services } from '../game/services';
import type { InputRouter, UiAction, UiSource } from '../input/inputRouter';
import { emptyIntent } from '../sim/intent';
import type { LevelData } from '../sim/level';
import type { World } from '../sim/world';
import { worldOptionsFor } from '../game/worldOptions';
import { crowdFor, spawnCrowd } from '../game/crowd';
import { timeScaleFor } from '../game/timeScale';
import { hashWorld } from '../sim/worldHash';
import { cloneWorld } from '../sim/snapshot';
import { retryFrom } from '../sim/retry';
import { chapterById, FIRST_CHAPTER, nextChapterId } from '../chapters/registry';
import { lossHeading, lossLine, type ChapterDefinition, type LossCause } from '../chapters/definition';
import { newRunState, type RunState } from '../campaign/runState';
import { loadChapterMap } from '../levels/chapterMaps';
import { progressStore } from '../save/progressStore';
import { runStore } from '../save/runStore';
import { startStep } from './campaignFlow';
import { endScreenShown, type ChapterEndData } from './ChapterEndScene';
import { setSnapshotProvider, surroundings, type StateSnapshot } from '../testApi';
import { showFatalError } from '../ui/errorPanel';
import { hudModel, type HudModel } from '../ui/hudModel';
import { formatTicks } from '../ui/format';
import { COLORS } from '../ui/theme';
import { gameAudio } from '../audio';
import { CaptionView } from '../view/captionView';
import { PromptView } from '../view/promptView';
import { PlaqueView } from '../view/plaqueView';
import { ObjectiveMarkerView } from '../view/objectiveMarkerView';
import { objectiveTarget } from '../chapters/wayfinding';
import { markSeen } from '../ui/floorPlan';
import { TILE_SIZE } from '../assets/manifest';
import { buttonName } from '../ui/prompts';
import { cameraBounds, hudBand, zoomFor } from '../view/camera';
import { LevelView } from '../view/levelView';
import { PlayerView } from '../view/playerView';
import { SprayView } from '../view/sprayView';
import { FeedbackView } from '../view/feedbackView';
import { ObjectsView } from '../view/objectsView';
import { stepChapter } from '../chapters/beats';
import { chapterFinds } from '../sim/objects';
import { chapterWinOf } from '../chapters/results';
import { createChapterWorld } from '../chapters/chapterWorld';
import type { Replay } from '../replay/format';
import { ReplayCursor, replayStartWorld } from '../replay/player';
import { ReplayRecorder, recordedOptions } from '../replay/recorder';
import { quantiseIntent } from '../replay/quantise';
import { WatchControls } from '../ui/watchControls';
import { PhonePanel } from '../ui/phonePanel';
import { Heartbeat } from '../audio/heartbeat';
import { ChatLog, phoneModel } from '../ui/phoneModel';
import type { ReplayEndData } from './ReplayEndScene';
import { GRAB } from '../sim/tuning';
import { HordeView } from '../view/hordeView';
import { AllyView } from '../view/allyView';
import { allyDrawing, groupOrder, survivorsOf, ALLY_STATE } from '../view/allyLook';
import { Barks } from '../audio/barks';
import { DarknessView } from '../view/darknessView';
import { SiegeView } from '../view/siegeView';
import { skipAhead } from '../bots/skipAhead';
import { DebugOverlay } from '../view/debugOverlay';
import { SceneKey } from './keys';
import { loadChapterPack } from './loadPack';
import type { HudData, HudScene } from './HudScene';
import type { ScreenRect } from '../ui/markerLabel';
import type { PauseData } from './PauseScene';

/** What starts a chapter: which one, and the run it is played in. */
export interface ChapterStartData {
  chapterId: string;
  /** The campaign run's state (world options come from it); a fresh run when absent. */
  run?: RunState;
  /** Watch mode: play this replay (its intents instead of the player's, no progress saved). */
  replay?: Replay;
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
  /** `?timeScale=N` (e2e only): N frames' worth of ticks per frame; 1 in normal play. */
  private timeScale = 1;
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
  /** The player's allies (world.survivors) and their lines (barks, shown as captions). */
  private allyView: AllyView | null = null;
  private readonly barks = new Barks();
  // The level's dark areas, the player's light in them and the infected's eyes.
  private darknessView: DarknessView | null = null;
  /** A roof's siege (the crowd below, piles, the finale), for levels with climbable walls. */
  private siegeView: SiegeView | null = null;
  /** The phone over the game (chapters that use it) and the chat it shows. */
  private phonePanel: PhonePanel | null = null;
  private readonly chatLog = new ChatLog();
  /** The heartbeat layer in the phone chapter's silence (null elsewhere). */
  private heartbeat: Heartbeat | null = null;
  private debugOverlay: DebugOverlay | null = null;
  // Captions for important sounds (audio itself is the gameAudio() singleton).
  private captionView: CaptionView | null = null;
  /** "E Open": what the use button would do now. */
  private promptView: PromptView | null = null;
  private plaqueView: PlaqueView | null = null;
  /** The arrow toward the next waypoint on the way to the objective. */
  private markerView: ObjectiveMarkerView | null = null;
  /** The world as it was at the last checkpoint (the chapter start at first). */
  private checkpointWorld!: World;
  /** A checkpoint past the chapter start has been reached (the end screen says "Retry from checkpoint"). */
  private pastStart = false;
  /** The story's last caption, and the one that was showing at the last checkpoint. */
  private lastBeatCaption = '';
  /** Per cell: 1 once it has been on screen (the pause screen's floor plan draws only those). */
  private seenCells = new Uint8Array(0);
  private checkpointCaption = '';
  /** Ticks played in this chapter across every attempt (the finishing time). */
  private elapsedTicks = 0;
  private retries = 0;
  /** Screen px the touch controls' band covers at the bottom (0 without touch): the camera's bounds reach that far below the map. */
  private thumbBand = 0;
  /** The HUD's band at the top the camera bounds make room for (screen px; portrait only: hudBand). */
  private hudTopBand = 0;
  /** Set once the attempt has ended (won or lost) until the player picks what next. */
  private ended = false;
  private stopListeningUi: (() => void) | null = null;
  private stopListeningSettings: (() => void) | null = null;
  private readonly aimOrigin = { x: 0, y: 0 };
  /** Records the run being played (null in watch mode). */
  private recorder: ReplayRecorder | null = null;
  /** Watch mode: the replay being played and its controls (null when a player plays). */
  private watch: { replay: Replay; cursor: ReplayCursor; controls: WatchControls | null } | null = null;

  constructor() {
    super(SceneKey.Chapter);
  }

  init(data: Partial<ChapterStartData>): void {
    const def = chapterById(data?.chapterId ?? FIRST_CHAPTER);
    if (!def) throw new Error(`no chapter with id '${String(data?.chapterId)}'`);
    this.def = def;
    this.run = data?.replay?.run ?? data?.run ?? newRunState();
    this.watch = data?.replay ? { replay: data.replay, cursor: new ReplayCursor(data.replay), controls: null } : null;
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

  /** Loads the chapter's asset pack behind a progress bar (at once when it is already loaded). */
  preload(): void {
    loadChapterPack(this, this.def.assetPack, `Chapter ${this.def.number}: ${this.def.title}`);
  }

  create(): void {
    let level: LevelData;
    try {
      level = loadChapterMap(this.def.map);
    } catch (err) {
      showFatalError(`The level for "${this.def.title}" could not be loaded`, err instanceof Error ? err.message : String(err));
      return;
    }
    if (this.watch) {
      this.world = replayStartWorld(this.def, level, this.watch.replay);
      this.recorder = null;
    } else {
      // The settings' difficulty (or `?difficulty=`); `?peaceful=1` leaves the infected out.
      const overrides = worldOptionsFor(location.search, services().settings.get().difficulty);
      const seed = this.seed();
      this.world = createChapterWorld(this.def, level, { seed, run: this.run, overrides });
      spawnCrowd(this.world, crowdFor(location.search)); // `?crowd=N`: benchmarks only
      this.recorder = new ReplayRecorder({ gameVersion: __APP_VERSION__, chapterId: this.def.id, seed, options: recordedOptions(overrides), run: this.run });
      // `?skip=N` (tests, benchmarks, play-testers): the survivor bot plays the first N seconds,
      // unbitable, so a late moment (the rooftop's peak) opens at once. Not a replay from the start.
      const params = new URLSearchParams(location.search);
      const skip = Number(params.get('skip'));
      if (skip > 0) {
        skipAhead(this.def, this.world, skip);
        this.recorder = null;
        // `&hold=1` (benchmarks): the player stays ungrabbable after the skip, so a peak is
        // measured while it is played, not behind the end screen of a loss.
        if (params.get('hold') === '1') this.world.player.grabImmunity = Infinity;
      }
    }
    this.checkpointWorld = cloneWorld(this.world);
    this.pastStart = false;
    this.seenCells = new Uint8Array(this.world.level.width * this.world.level.height);
    this.lastBeatCaption = this.checkpointCaption = '';
    this.elapsedTicks = 0;
    this.retries = 0;
    this.ended = false;
    this.stepper.reset();
    this.timeScale = timeScaleFor(location.search);
    this.cameras.main.setBackgroundColor(COLORS.background);

    this.levelView = new LevelView(this, this.world, this.def.theme);
    this.playerView = new PlayerView(this, this.world);
    this.sprayView = new SprayView(this, this.world);
    this.feedback = new FeedbackView(this);
    this.objectsView = new ObjectsView(this, this.world);
    this.plaqueView = new PlaqueView(this, this.world);
    this.markerView = new ObjectiveMarkerView(this, this.world, (w) => objectiveTarget(this.def, w), { controlsTop: () => services().touch.controlsTop(), keepOut: () => this.coveredScreen(), hud: () => this.hudBoxes() });
    this.hordeView = new HordeView(this);
    this.allyView = new AllyView(this);
    this.barks.reset();
    this.darknessView = new DarknessView(this, this.world);
    if (this.world.siege.crowd.length > 0) this.siegeView = new SiegeView(this, this.world, this.def.finale ?? {});
    this.debugOverlay = new DebugOverlay(this);
    // Exploration music with the chase stems; captions (on/off from the settings).
    gameAudio().setMusic(this.def.music);
    const touch = services().touch;
    this.captionView = new CaptionView(this, gameAudio(), undefined, { insets: () => touch.safeInsets(), controlsTop: () => touch.controlsTop() });
    this.router = services().router;
    this.chatLog.clear();
    this.phonePanel = this.def.usesPhone ? new PhonePanel(this.router) : null;
    this.heartbeat = this.def.usesPhone ? new Heartbeat() : null;
    this.promptView = new PromptView(this, { device: () => this.router.lastDevice, bindings: () => services().settings.get().bindings });
    this.router.aimOrigin = () => this.playerOnScreen();
    this.stopListeningUi = this.router.onUi(this.onUi);
    this.stopListeningSettings = services().settings.subscribe((st) => {
      if (this.captionView) this.captionView.enabled = st.captions;
      if (this.markerView) this.markerView.enabled = st.objectiveMarker;
      if (this.feedback) this.feedback.enabled = st.screenShake;
      if (this.hordeView) this.hordeView.highContrast = st.highContrast;
      if (this.playerView) this.playerView.highContrast = st.highContrast;
      if (this.allyView) this.allyView.highContrast = st.highContrast;
    });
    services().touch.setGameplay(!this.watch);
    if (this.watch) this.startWatching();
    this.events.on(Phaser.Scenes.Events.RESUME, this.onResume, this);
    const hud: HudData = { model: () => this.hud(), orderButton: () => (this.router.lastDevice === 'touch' ? '' : buttonName('order', this.router.lastDevice, services().settings.get().bindings)) };
    // The touch radial asks how far the group's order is from the one picked.
    this.router.groupOrder = () => groupOrder(this.world);
    this.router.phoneAsking = () => (this.world.phone?.question ?? '') !== '' && (this.world.phone?.battery ?? 0) > 0;
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
    // Watch mode runs 0 (paused), 1, 2 or 4 frames' worth of ticks per frame; `?timeScale=N` N times that.
    const rate = (this.watch ? (this.watch.controls?.rate ?? 0) : 1) * this.timeScale;
    for (let r = 0; r < rate && !held; r++) {
      this.stepper.advance(delta, () => {
        if (this.ended || !this.nextIntent()) return;
        stepChapter(this.world, this.intent, this.def.beats, this.def.sightings);
        this.recorder?.tick(this.intent, this.world);
        this.watch?.cursor.afterStep(this.world);
        gameAudio().playEventsFor(this.world); // events are cleared every step
        this.speakBarks();
        this.chatLog.push(this.world.events);
        this.elapsedTicks++;
        for (const e of this.world.events) {
          if (e.type === 'checkpointReached') this.saveCheckpoint(e.checkpoint, e.reason);
          else if (e.type === 'beat') this.lastBeatCaption = e.caption;
          else if (e.type === 'bitten') this.lossCause = e.variant;
          else if (e.type === 'chapterLost') this.lossCause = e.cause;
        }
        this.feedback?.onTick(this.world);
        // Watch mode: the replay says what came next (a retry, or its end: see nextIntent).
        if (this.world.status !== 'playing' && !this.watch) this.endAttempt();
      });
    }
    this.watch?.controls?.showTick(this.watch.cursor.tick);
    gameAudio().setSpraying(this.world.extinguisher.spraying);
    this.levelView?.update(this.world);
    this.playerView?.update(this.world, this.stepper.alpha, delta / 1000);
    this.sprayView?.update(this.world, this.stepper.alpha);
    this.objectsView?.update(this.world, delta / 1000);
    this.hordeView?.update(this.world, this.stepper.alpha, delta / 1000);
    this.allyView?.update(this.world, this.stepper.alpha, delta / 1000, this.cameras.main.zoom, this.plaqueView?.boxes, [...(this.captionView?.onScreen ?? []), ...this.hudBoxes()].map((b) => this.inWorld(b)));
    // ORDERS shows on touch only while the player has someone to give orders to.
    services().touch.setOrders(this.watch ? null : groupOrder(this.world));
    services().touch.setDrop(this.world.carryWeight && this.world.level.items.some((it) => it.kind === 'loot'));
    this.darknessView?.update(this.world, this.stepper.alpha, delta / 1000);
    this.siegeView?.update(this.world, delta / 1000);
    this.debugOverlay?.update(this.world, delta / 1000);
    gameAudio().update(delta / 1000); // stem crossfade
    this.keepPlayerAboveControls();
    // The end screen is over the game: the chapter's captions go with the play (one fading
    // under its last button read as part of the menu). A retry starts them afresh.
    if (this.ended) this.captionView?.clear();
    else this.captionView?.update(this.world, this.stepper.alpha, delta);
    this.promptView?.update(this.world, this.cameras.main.zoom);
    this.plaqueView?.update(this.cameras.main.zoom, this.darknessView?.areas);
    this.markerView?.update(this.world, delta / 1000);
    // Not over the end screen: the attempt is over.
    this.phonePanel?.update(this.ended ? null : phoneModel(this.world, this.chatLog));
    if (!this.ended && this.heartbeat?.update(delta / 1000, this.world)) gameAudio().play('heartbeat');
    const view = this.cameras.main.worldView;
    markSeen(this.seenCells, this.world.level.width, this.world.level.height, view.x / TILE_SIZE, view.y / TILE_SIZE, view.right / TILE_SIZE, view.bottom / TILE_SIZE);
  }

  /** This tick's ally lines, as captions pointing at whoever says them. */
  private speakBarks(): void {
    const p = this.world.player;
    for (const b of this.barks.take(this.world)) this.captionView?.say(b.name, b.text, b.x - p.x, b.y - p.y);
  }

  private endAttempt(): void {
    this.ended = true;
    // The end screen is over the game: the phone goes away with the rest of the play.
    this.phonePanel?.update(null);
    const def = this.def;
    const won = this.world.status === 'won';
    let inRun = false;
    if (won) {
      const finds = chapterFinds(this.world);
      progressStore().complete({ chapterId: def.id, ticks: this.elapsedTicks, notesFound: finds.notes, rescues: finds.rescues, unlocks: nextChapterId(def.id) });
      // The run advances (and is saved) at the win, so quitting on the end screen keeps it.
      inRun = runStore().chapterWon(chapterWinOf(def.id, this.world));
    }
    const data: ChapterEndData = {
      from: this.scene.key,
      outcome: won ? 'won' : 'lost',
      heading: won ? `Chapter ${def.number} complete: ${def.title}` : lossHeading(this.lossCause),
      lines: def.resultLines(this.world, { elapsedTicks: this.elapsedTicks, retries: this.retries }),
      cause: won ? undefined : lossLine(def, this.lossCause),
      replay: () => this.recordedReplay(),
      onRetry: won ? undefined : () => this.restoreCheckpoint(),
      // Before any checkpoint past the start, the retry is honestly a restart.
      retryLabel: this.pastStart ? 'Retry from checkpoint' : 'Restart chapter',
      onRestart: () => this.scene.restart({ chapterId: def.id, run: this.run } satisfies ChapterStartData),
      onContinue: inRun ? () => startStep(this, runStore().run) : undefined,
    };
    this.router.releaseAll();
    services().touch.setGameplay(false);
    // The end screen replaces the HUD (its objective line would talk over the results).
    this.scene.sleep(SceneKey.Hud);
    this.scene.launch(SceneKey.ChapterEnd, data);
  }

  /**
   * A checkpoint: a copy of the world now, and the story's last caption before it (shown
   * again on a retry, so the player knows where they are). The chapter start (checkpoint
   * 0, the first area) does not count as one for the end screen's button.
   */
  private saveCheckpoint(index: number, reason: 'area' | 'item'): void {
    this.checkpointWorld = cloneWorld(this.world);
    this.checkpointCaption = this.lastBeatCaption;
    if (reason === 'item' || index > 0) this.pastStart = true;
  }

  /** Back to the last checkpoint after a bite: the world there, made playable (retryFrom). */
  private restoreCheckpoint(): void {
    this.world = retryFrom(this.checkpointWorld);
    this.lossCause = null;
    this.barks.reset();
    this.captionView?.clear();
    if (this.checkpointCaption) this.captionView?.show(this.checkpointCaption);
    this.retries++;
    this.stepper.reset();
    this.router.releaseAll();
    services().touch.setGameplay(true);
    this.scene.wake(SceneKey.Hud);
    this.ended = false;
    this.recorder?.retry();
  }

  /** Pauses the sim, the touch controls and the audio, and opens the pause menu. */
  protected pauseGame(source: UiSource = 'keyboard'): void {
    this.phonePanel?.update(null);
    if (this.ended || this.scene.isPaused() || !this.scene.isActive()) return;
    this.scene.pause();
    // The pause screen has the floor, the objective and the menu: the HUD would only show through it.
    this.scene.setVisible(false, SceneKey.Hud);
    services().touch.setGameplay(false);
    setAudioPaused(true);
    const data: PauseData = {
      from: this.scene.key,
      reason: source === 'hidden' || source === 'blur' ? 'away' : 'player',
      replay: () => this.recordedReplay(),
      notesFound: () => chapterFinds(this.world).notes,
      floorPlan: () => ({
        level: this.world.level,
        seen: this.seenCells,
        player: { x: this.world.player.x, y: this.world.player.y },
        target: objectiveTarget(this.def, this.world),
        doorsOpen: this.world.doors.map((d) => d.open || d.broken),
      }),
    };
    this.scene.launch(SceneKey.Pause, data);
  }

  private readonly onUi = (action: UiAction, source: UiSource): void => {
    if (action !== 'pause') return;
    const controls = this.watch?.controls;
    if (!controls) this.pauseGame(source);
    else if (source === 'hidden' || source === 'blur') controls.pause();
    else controls.togglePause();
  };

  /**
   * The Intent for the coming tick, from the intent source: the player's devices (through
   * the router, quantised as replays store it), or in watch mode the replay, which also says
   * where the recorded player retried from the checkpoint. False when the replay is over.
   */
  private nextIntent(): boolean {
    const watch = this.watch;
    if (!watch) {
      quantiseIntent(this.router.sample(this.intent));
      return true;
    }
    if (watch.cursor.takeRetry()) {
      // Where the recorded player retried: the checkpoint copy, mid-tick (nothing had stopped).
      this.world = retryFrom(this.checkpointWorld);
      this.lossCause = null;
      this.barks.reset();
      this.retries++;
    }
    if (watch.cursor.done || this.world.status !== 'playing') {
      this.endWatching();
      return false;
    }
    watch.cursor.next(this.intent);
    return true;
  }

  /** The run so far as a replay file's contents (pause menu and end screen: "Download replay"). */
  private recordedReplay(): Replay | null {
    return this.recorder ? this.recorder.replay(this.world, new Date()) : null;
  }

  private startWatching(): void {
    const watch = this.watch!;
    this.router.releaseAll();
    watch.controls = new WatchControls(watch.replay.ticks, () => this.scene.start(SceneKey.Title));
  }

  /** The replay has been played out: say whether it matched, over the last frame. */
  private endWatching(): void {
    const watch = this.watch!;
    this.ended = true;
    watch.controls?.destroy();
    watch.controls = null;
    const result = watch.cursor.result(this.world);
    const r = watch.replay;
    const outcome = r.outcome === 'won' ? 'reached the exit' : r.outcome === 'lost' ? 'was bitten' : 'was still playing';
    const data: ReplayEndData = {
      from: this.scene.key,
      matched: result.matched,
      summary: result.summary,
      lines: [
        `Chapter ${this.def.number}: ${this.def.title} · ${r.options.difficulty[0]!.toUpperCase()}${r.options.difficulty.slice(1)}${r.options.peaceful ? ' (peaceful)' : ''}`,
        `The recorded player ${outcome} after ${formatTicks(r.ticks)}${r.retries.length ? `, ${r.retries.length} retr${r.retries.length === 1 ? 'y' : 'ies'}` : ''}.`,
      ],
      onWatchAgain: () => this.scene.restart({ chapterId: this.def.id, replay: r } satisfies ChapterStartData),
    };
    this.scene.sleep(SceneKey.Hud);
    this.scene.launch(SceneKey.ReplayEnd, data);
  }

  private onResume(): void {
    services().touch.setGameplay(!this.watch);
    setAudioPaused(false);
  }

  /** What the HUD shows now. */
  protected hud(): HudModel {
    // A grab overrides the objective: the one thing to do now is break free.
    const p = this.world.player;
    const objective =
      p.grabbedBy >= 0
        ? `GRABBED! Mash ${buttonName('interact', this.router.lastDevice, services().settings.get().bindings)} (${p.grabPresses}/${GRAB.breakPresses}) or wiggle to break free!`
        : this.def.objective?.(this.world);
    // The chapter's own counts are not repeated under a grab's line either: only while the chapter's words show.
    const counted = p.grabbedBy >= 0 ? undefined : this.def.objectiveCounts;
    return hudModel(this.world, { objective, usesPhone: this.def.usesPhone, ...(counted ? { counted } : {}) });
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
      // Watch mode: where the playback is; null while a player plays.
      replay: this.watch
        ? { tick: this.watch.cursor.tick, ticks: this.watch.replay.ticks, speed: this.watch.controls?.speed ?? null, paused: this.watch.controls?.paused ?? null, divergedAtSecond: this.watch.cursor.divergedAtSecond }
        : null,
      chapterId: this.def.id,
      // `?timeScale=N`: game time runs N times real time (1 in normal play).
      timeScale: this.timeScale,
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
      // Infected bodies drawn in the last frame (the crowd culling: off camera, under a pile).
      infectedDrawn: this.hordeView?.drawnCount ?? 0,
      // The crowd below the rooftop's walls: heads drawn, and how (null without a siege view).
      crowdBelow: this.siegeView ? { heads: this.siegeView.headsDrawn, path: this.siegeView.crowdPath } : null,
      debugOverlay: this.debugOverlay?.shown ?? false,
      // Captions on screen now, with their boxes in game px (the canvas fills the page).
      captions: this.captionView?.onScreen.map((c) => ({ ...c })) ?? [],
      // The allies (world.survivors past the player): where, how, and the group's order.
      allies: this.alliesSnapshot(),
      // Name tags showing now (an ally's first appearance), and whether the touch orders radial is open.
      allyTags: this.allyView?.tags.map((t) => ({ ...t, box: this.onScreen(t.box) })) ?? [],
      // The room signs' boxes on screen (game px), those in view.
      plaques: this.plaquesOnScreen(),
      // Once the attempt is over: the end screen's text boxes (game px) and its menu's bottom edge.
      endScreen: this.ended ? structuredClone(endScreenShown) : null,
      ordersOpen: services().touch.ordersOpen,
      // The context prompt over what the use button would act on ('' when none).
      prompt: this.promptView?.wording ?? '',
      // The objective marker: where it is on screen (game px), which way it points, the distance, its label's box.
      marker: this.markerView ? { ...this.markerView.shown } : null,
      // The HUD's boxes on screen (the meters' panel, the objective line and the one under it) and the objective's line count.
      hudLayout: this.hudScene() ? structuredClone(this.hudScene()!.covered) : null,
      // The phone (chapter 3): battery %, flashlight, the open question and its replies; the breath held.
      phone: w.phone ? { battery: w.phone.battery, flashlight: w.phone.flashlight, question: w.phone.question, replies: [...w.phone.replies] } : null,
      breathHeld: w.breath?.held ?? false,
      // The chapter's script flags (chapter 3's plan: diverted, divertAt, ...).
      flags: { ...w.script.flags },
    };
  }

  /** The HUD overlay while it runs (null before it starts and after it stops). */
  private hudScene(): HudScene | null {
    const hud = this.scene.get(SceneKey.Hud) as HudScene | null;
    return hud && hud.sys.isActive() && hud.covered ? hud : null;
  }

  /** The HUD's boxes on screen (screen px): the meters' panel, the objective line and the one under it. */
  private hudBoxes(): ScreenRect[] {
    const hud = this.hudScene()?.covered;
    if (!hud) return [];
    return [hud.panel, hud.objective, hud.progress].filter((b): b is ScreenRect => b !== null);
  }

  /**
   * What the marker's label must not hide (screen px): the captions shown, the HUD's boxes,
   * and the player and the allies (a bitten Tae-min under "27 m" at 360x640).
   */
  private coveredScreen(): ScreenRect[] {
    // The room signs and the allies' name tags too ("59 m" sat on "Service passage" at 360x640).
    const out: ScreenRect[] = [...(this.captionView?.onScreen ?? []), ...this.hudBoxes(), ...this.plaquesOnScreen(), ...(this.allyView?.tags.map((t) => this.onScreen(t.box)) ?? [])];
    const cam = this.cameras.main;
    const px = TILE_SIZE * (cam.zoom || 1);
    const s = this.world.survivors;
    for (let k = 0; k < s.count; k++) {
      if (k > 0 && s.state[k]! >= ALLY_STATE.Turned) continue;
      // The body as drawn: a tile wide, from a tile above the feet to under them (sprites stand at 0.72 of their height).
      const x = (s.x[k]! * TILE_SIZE - cam.worldView.x) * (cam.zoom || 1);
      const y = (s.y[k]! * TILE_SIZE - cam.worldView.y) * (cam.zoom || 1);
      out.push({ left: x - px * 0.5, top: y - px * 1.1, right: x + px * 0.5, bottom: y + px * 0.4 });
    }
    return out;
  }

  /** A box in world px as it is on screen (game px). */
  private onScreen(r: ScreenRect): ScreenRect {
    const cam = this.cameras.main;
    const z = cam.zoom || 1;
    return { left: (r.left - cam.worldView.x) * z, top: (r.top - cam.worldView.y) * z, right: (r.right - cam.worldView.x) * z, bottom: (r.bottom - cam.worldView.y) * z };
  }

  /** A box on screen (game px) as it is in the world (world px). */
  private inWorld(r: ScreenRect): ScreenRect {
    const cam = this.cameras.main;
    const z = cam.zoom || 1;
    return { left: r.left / z + cam.worldView.x, top: r.top / z + cam.worldView.y, right: r.right / z + cam.worldView.x, bottom: r.bottom / z + cam.worldView.y };
  }

  /** The room signs in view, in screen px. */
  private plaquesOnScreen(): ScreenRect[] {
    const cam = this.cameras.main;
    return (this.plaqueView?.boxes ?? []).map((b) => this.onScreen(b)).filter((b) => b.right > 0 && b.left < cam.width && b.bottom > 0 && b.top < cam.height);
  }

  private alliesSnapshot(): { id: string; x: number; y: number; state: string; order: number; hidden: boolean; eyesGlow: boolean }[] {
    const s = survivorsOf(this.world);
    const names = Object.keys(ALLY_STATE).map((n) => n.toLowerCase());
    const out = [];
    for (let k = 1; k < s.count; k++) {
      const look = allyDrawing(this.world, s, k, 1);
      out.push({ id: s.castId[k] ?? '', x: s.x[k]!, y: s.y[k]!, state: names[s.state[k]!] ?? 'ok', order: s.order[k]!, hidden: s.hidden[k] === 1, eyesGlow: look?.eyesGlow ?? false });
    }
    return out;
  }

  /**
   * With the touch controls showing, the camera follows the player from lower down, and
   * in portrait (the HUD across the top) from higher up, so the player (and what is ahead)
   * sits in the middle of the part of the screen the thumbs and the HUD do not cover.
   */
  private keepPlayerAboveControls(): void {
    const cam = this.cameras.main;
    const top = services().touch.controlsTop();
    const band = top === null ? 0 : Math.max(0, cam.height - top);
    const hudBoxes = this.hudBoxes();
    const hud = hudBand(cam.width, cam.height, hudBoxes.length > 0 ? Math.max(...hudBoxes.map((b) => b.bottom)) : 0);
    const offsetY = (hud - band) / 2 / (cam.zoom || 1);
    if (cam.followOffset.y !== offsetY) cam.setFollowOffset(0, offsetY);
    // The bounds reach below the map by the thumbs' band and above it by the HUD's, or the offset is lost at the map's edges.
    if (band !== this.thumbBand || hud !== this.hudTopBand) {
      this.thumbBand = band;
      this.hudTopBand = hud;
      this.fitCamera();
    }
  }

  /**
   * Zoom for the screen, and camera bounds around the map. Where the map is smaller than
   * the view (a tall phone in portrait), the bounds grow evenly so the map sits centred
   * in the dark instead of stuck to the top edge.
   */
  private fitCamera(): void {
    if (!this.levelView) return;
    const { width, height } = this.scale;
    const zoom = zoomFor(width, height, this.def.camera);
    const cam = this.cameras.main;
    cam.setZoom(zoom);
    const b = cameraBounds(this.levelView.widthPx, this.levelView.heightPx, width, height, zoom, this.thumbBand, this.hudTopBand);
    cam.setBounds(b.x, b.y, b.w, b.h);
  }

  private teardown(): void {
    setSnapshotProvider(null);
    this.phonePanel?.destroy();
    this.phonePanel = null;
    this.watch?.controls?.destroy();
    this.watch = null;
    this.recorder = null;
    this.scale.off(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.stopListeningUi?.();
    this.stopListeningUi = null;
    this.stopListeningSettings?.();
    this.stopListeningSettings = null;
    if (this.router) {
      this.router.aimOrigin = null;
      this.router.groupOrder = null;
      this.router.phoneAsking = null;
    }
    services().touch.setOrders(null);
    this.events.off(Phaser.Scenes.Events.RESUME, this.onResume, this);
    services().touch.setGameplay(false);
    this.scene.stop(SceneKey.Hud);
    this.levelView?.destroy();
    this.playerView?.destroy();
    this.objectsView?.destroy();
    this.objectsView = null;
    this.sprayView?.destroy();
    this.hordeView?.destroy();
    this.allyView?.destroy();
    this.allyView = null;
    this.debugOverlay?.destroy();
    this.hordeView = null;
    this.darknessView?.destroy();
    this.darknessView = null;
    this.siegeView?.destroy();
    this.siegeView = null;
    this.debugOverlay = null;
    this.captionView?.destroy();
    this.captionView = null;
    this.promptView?.destroy();
    this.promptView = null;
    this.plaqueView?.destroy();
    this.plaqueView = null;
    this.markerView?.destroy();
    this.markerView = null;
    gameAudio().setMusic('none');
    this.levelView = null;
    this.playerView = null;
    this.sprayView = null;
    this.feedback = null;
  }
}
