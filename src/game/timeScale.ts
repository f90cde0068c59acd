/** The fastest `?timeScale=` may run a chapter (more and a loaded machine only drops frames' ticks). */
export const TIME_SCALE_MAX = 8;

/**
 * `?timeScale=N` (end-to-end tests: see README, Test API): the chapter scene runs N
 * frames' worth of fixed 60 Hz ticks per rendered frame, so game time passes N times
 * faster than real time and a long walk takes a fraction of the wall clock. The sim is
 * fixed-step and deterministic, so the world goes through the same ticks, only more of
 * them per frame: a replay is its per-tick intents and plays to the same result at any
 * scale. Whole numbers from 1 to TIME_SCALE_MAX only, never slower than real time (a slow
 * world would make a recorded run easier than a player's). 1 (off) when absent or invalid.
 */
export function timeScaleFor(search: string): number {
  const n = Number(new URLSearchParams(search).get('timeScale') ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(TIME_SCALE_MAX, n) : 1;
}
