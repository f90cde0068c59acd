import * as Phaser from 'phaser';
import { FixedStepper } from '../game/fixedStep';
import { InputRouter } from '../input/router';
import { emptyIntent } from '../sim/intent';
import type { LevelData } from '../sim/level';
import { step } from '../sim/step';
import { createWorld, type World } from '../sim/world';
import { hashWorld } from '../sim/worldHash';
import { setSnapshotProvider, type StateSnapshot } from '../testApi';
import { showFatalError } from '../ui/errorPanel';
import { COLORS, FONT } from '../ui/theme';
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
  private banner: Phaser.GameObjects.Text | null = null;

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
    this.stepper.reset();
    this.banner = null;
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
        this.router.sample(this.intent);
        step(this.world, this.intent);
        this.sprayView?.onTick(this.world);
        this.onTick(this.world);
      });
    }
    this.levelView?.update(this.world);
    this.playerView?.update(this.world, this.stepper.alpha);
    this.sprayView?.update(this.world, this.stepper.alpha);
    if (this.world.status === 'won' && !this.banner) this.showBanner('You reached the stairwell.');
  }

  /** Called after every sim tick with that tick's events in world.events. */
  protected onTick(_world: World): void {}

  protected pauseGame(): void {
    if (this.scene.isPaused() || !this.scene.isActive()) return;
    this.scene.pause();
    const data: PauseData = { from: this.scene.key };
    this.scene.launch(SceneKey.Pause, data);
  }

  protected snapshot(): StateSnapshot {
    const w = this.world;
    const p = w.player;
    return {
      levelId: w.level.id,
      tick: w.tick,
      status: w.status,
      hash: hashWorld(w),
      player: { x: p.x, y: p.y, facing: p.facing, stamina: p.stamina, gait: p.gait },
      doorsOpen: w.doors.filter((d) => d.open).length,
      extinguisher: { has: w.extinguisher.hasExtinguisher, pressure: w.extinguisher.pressure, spraying: w.extinguisher.spraying, foamClouds: w.foamClouds.count },
    };
  }

  private showBanner(text: string): void {
    const { width, height } = this.scale;
    this.banner = this.add
      .text(width / 2, height / 2, text, { fontFamily: FONT, fontSize: '26px', color: COLORS.text, backgroundColor: '#000000aa', padding: { x: 16, y: 10 } })
      .setOrigin(0.5)
      .setScrollFactor(0)
      .setDepth(2000);
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
