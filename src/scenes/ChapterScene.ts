import * as Phaser from 'phaser';
import { FixedStepper } from '../game/fixedStep';
import { InputRouter } from '../input/router';
import { emptyIntent } from '../sim/intent';
import type { LevelData } from '../sim/level';
import { step } from '../sim/step';
import { createWorld, type World } from '../sim/world';
import { hashWorld } from '../sim/worldHash';
import { cloneWorld } from '../sim/snapshot';
import { chapterBySceneKey } from '../chapters/registry';
import { progressStore } from '../save/progressStore';
import { formatTicks } from '../ui/format';
import type { ChapterEndData } from './ChapterEndScene';
import { setSnapshotProvider, type StateSnapshot } from '../testApi';
import { showFatalError } from '../ui/errorPanel';
import { COLORS } from '../ui/theme';
import { zoomFor } from '../view/camera';
import { LevelView } from '../view/levelView';
import { PlayerView } from '../view/playerView';
import { SprayView } from '../view/sprayView';
import { SceneKey } from './keys';
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
  /** The world as it was at the last checkpoint (the chapter start at first). */
  private checkpointWorld!: World;
  /** Ticks played in this chapter across every attempt (the finishing time). */
  private elapsedTicks = 0;
  private retries = 0;
  /** Set once the attempt has ended (won or lost) until the player picks what next. */
  private ended = false;

  /** The chapter's level data (validated). Throwing here shows the error panel. */
  protected abstract buildLevel(): LevelData;

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
    this.world = createWorld(level, this.seed());
    this.checkpointWorld = cloneWorld(this.world);
    this.elapsedTicks = 0;
    this.retries = 0;
    this.ended = false;
    this.stepper.reset();
    this.cameras.main.setBackgroundColor(COLORS.background);

    this.levelView = new LevelView(this, this.world);
    this.playerView = new PlayerView(this, this.world);
    this.sprayView = new SprayView(this, this.world);
    this.router = new InputRouter(this);
    this.router.onAction((action) => {
      if (action === 'pause') this.pauseGame();
    });

    const cam = this.cameras.main;
    cam.setBounds(0, 0, this.levelView.widthPx, this.levelView.heightPx);
    cam.startFollow(this.playerView.sprite, true, 0.2, 0.2);
    this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.fitCamera, this);

    setSnapshotProvider(() => this.snapshot());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
  }

  override update(_time: number, delta: number): void {
    if (!this.world) return;
    // A hit-stop (a sprinter tumbling in the foam) holds the sim still for a few frames.
    const held = this.sprayView?.holdFrame(delta) ?? false;
    if (!held) {
      this.stepper.advance(delta, () => {
        if (this.ended) return;
        this.router.sample(this.intent);
        step(this.world, this.intent);
        this.elapsedTicks++;
        for (const e of this.world.events) {
          if (e.type === 'checkpointReached') this.checkpointWorld = cloneWorld(this.world);
        }
        this.sprayView?.onTick(this.world);
        this.onTick(this.world);
        if (this.world.status !== 'playing') this.endAttempt();
      });
    }
    this.levelView?.update(this.world);
    this.playerView?.update(this.world, this.stepper.alpha);
    this.sprayView?.update(this.world, this.stepper.alpha);
  }

  /** Called after every sim tick with that tick's events in world.events. */
  protected onTick(_world: World): void {}

  /** The short line shown when the player is bitten ("what got you"). */
  protected causeOfLoss(_world: World): string {
    return 'You were bitten.';
  }

  /** Result lines for the end screen; chapters add their own (rescues, notes). */
  protected resultLines(): string[] {
    return [`Time ${formatTicks(this.elapsedTicks)}`, `Retries ${this.retries}`];
  }

  private endAttempt(): void {
    this.ended = true;
    const info = chapterBySceneKey(this.scene.key);
    const won = this.world.status === 'won';
    if (won && info) {
      progressStore().complete({ chapterId: info.id, ticks: this.elapsedTicks, notesFound: [], rescues: [], unlocks: info.unlocks });
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
    this.scene.launch(SceneKey.ChapterEnd, data);
  }

  /** Back to the last checkpoint after a bite: the world as it was there. */
  private restoreCheckpoint(): void {
    this.world = cloneWorld(this.checkpointWorld);
    this.retries++;
    this.stepper.reset();
    this.router.releaseAll();
    this.ended = false;
  }

  protected pauseGame(): void {
    if (this.ended || this.scene.isPaused() || !this.scene.isActive()) return;
    this.scene.pause();
    const data: PauseData = { from: this.scene.key };
    this.scene.launch(SceneKey.Pause, data);
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
      hash: hashWorld(w),
      player: { x: p.x, y: p.y, facing: p.facing, stamina: p.stamina, gait: p.gait },
      doorsOpen: w.doors.filter((d) => d.open).length,
      doors: w.doors.map((d) => ({ x: d.x, y: d.y, open: d.open || d.broken })),
      extinguisher: { has: w.extinguisher.hasExtinguisher, pressure: w.extinguisher.pressure, spraying: w.extinguisher.spraying, foamClouds: w.foamClouds.count },
    };
  }

  private fitCamera(): void {
    const { width, height } = this.scale;
    this.cameras.main.setZoom(zoomFor(width, height));
  }

  private teardown(): void {
    setSnapshotProvider(null);
    this.scale.off(Phaser.Scale.Events.RESIZE, this.fitCamera, this);
    this.router?.destroy();
    this.levelView?.destroy();
    this.playerView?.destroy();
    this.sprayView?.destroy();
    this.levelView = null;
    this.playerView = null;
    this.sprayView = null;
  }
}
