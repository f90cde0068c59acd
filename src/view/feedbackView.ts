import type * as Phaser from 'phaser';
import type { World } from '../sim/world';

/** Milliseconds the sim holds still when a sprinter tumbles in the foam. */
const HIT_STOP_MS = 70;

/**
 * The game's physical feedback: a small camera shake and a hit-stop (the sim holds still
 * for a few frames) on the moments that should land — a sprinter tumbling in the foam, a
 * shove, a canister hit, a grab, a door smashed in. The "Screen shake" setting turns all
 * of it off.
 */
export class FeedbackView {
  /** From the settings (screen shake on/off). */
  enabled = true;
  private hitStopLeftMs = 0;

  constructor(private readonly scene: Phaser.Scene) {}

  /** Once per sim tick, with that tick's events. */
  onTick(world: World): void {
    if (!this.enabled) return;
    const cam = this.scene.cameras.main;
    for (const e of world.events) {
      if (e.type === 'foamHit' && e.tumble) {
        this.hitStopLeftMs = HIT_STOP_MS;
        cam.shake(120, 0.004);
      } else if (e.type === 'shove' && e.agent >= 0) cam.shake(90, 0.003);
      else if (e.type === 'canisterLanded' || e.type === 'canisterHit') cam.shake(80, 0.0025);
      else if (e.type === 'grabbed') cam.shake(160, 0.006);
      else if (e.type === 'doorBroken') cam.shake(140, 0.005);
    }
  }

  /**
   * True while a hit-stop is running: the scene skips stepping the sim for these frames
   * (time stands still for a beat; nothing in the sim changes).
   */
  holdFrame(deltaMs: number): boolean {
    if (this.hitStopLeftMs <= 0) return false;
    this.hitStopLeftMs -= deltaMs;
    return true;
  }
}
