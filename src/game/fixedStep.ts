/**
 * Turns variable frame times into a whole number of fixed sim ticks.
 * The frame delta is clamped (a tab that slept for ten seconds does not fast-forward
 * the horde), at most `maxStepsPerFrame` ticks run per frame, and `alpha` (0..1) says
 * how far the render time lies between the last two sim states, for interpolation.
 * Pure and DOM-free so it can be unit-tested with synthetic frame times.
 */
export class FixedStepper {
  private accumulator = 0;
  alpha = 0;

  constructor(
    readonly stepMs: number = 1000 / 60,
    readonly maxFrameMs: number = 100,
    readonly maxStepsPerFrame: number = 5,
  ) {}

  /** Advances by one rendered frame; calls `tick` once per due sim step. Returns the step count. */
  advance(frameMs: number, tick: () => void): number {
    const dt = Number.isFinite(frameMs) ? Math.min(Math.max(frameMs, 0), this.maxFrameMs) : 0;
    this.accumulator += dt;
    let steps = 0;
    while (this.accumulator >= this.stepMs && steps < this.maxStepsPerFrame) {
      this.accumulator -= this.stepMs;
      tick();
      steps++;
    }
    // Still behind after the cap: drop the backlog rather than spiral.
    if (this.accumulator >= this.stepMs) this.accumulator = this.accumulator % this.stepMs;
    this.alpha = this.accumulator / this.stepMs;
    return steps;
  }

  reset(): void {
    this.accumulator = 0;
    this.alpha = 0;
  }
}
