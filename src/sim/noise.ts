import type { World } from './world';
import type { NoiseSource } from './events';
import { NOISE } from './tuning';
import { Tile, crossedCells, walkSegment, type Grid } from './grid';

/**
 * Noises the horde (and the director) have yet to hear. Anything that makes a sound
 * calls emitNoise: it is announced as a `noise` event (view, audio) and queued here,
 * because world.events is cleared each step and the horde must also hear noises made
 * after its own update (a cheer, a bash) on the next tick.
 */
export const NOISE_QUEUE_CAPACITY = 64;

export interface NoiseQueue {
  count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly loudness: Float64Array;
}

export function createNoiseQueue(): NoiseQueue {
  return {
    count: 0,
    x: new Float64Array(NOISE_QUEUE_CAPACITY),
    y: new Float64Array(NOISE_QUEUE_CAPACITY),
    loudness: new Float64Array(NOISE_QUEUE_CAPACITY),
  };
}

export function emitNoise(world: World, x: number, y: number, loudness: number, source: NoiseSource): void {
  world.events.push({ type: 'noise', x, y, loudness, source });
  const q = world.noises;
  if (q.count >= NOISE_QUEUE_CAPACITY) {
    // Full: keep the louder of the quietest queued noise and this one.
    let quiet = 0;
    for (let k = 1; k < q.count; k++) if (q.loudness[k]! < q.loudness[quiet]!) quiet = k;
    if (q.loudness[quiet]! >= loudness) return;
    q.x[quiet] = x;
    q.y[quiet] = y;
    q.loudness[quiet] = loudness;
    return;
  }
  q.x[q.count] = x;
  q.y[q.count] = y;
  q.loudness[q.count] = loudness;
  q.count++;
}

/** Drops the first n queued noises (heard this tick), keeping any queued after them. */
export function consumeNoises(q: NoiseQueue, n: number): void {
  const rest = q.count - n;
  for (let k = 0; k < rest; k++) {
    q.x[k] = q.x[n + k]!;
    q.y[k] = q.y[n + k]!;
    q.loudness[k] = q.loudness[n + k]!;
  }
  q.count = rest;
}

/**
 * How much of a sound survives from (x0, y0) to (x1, y1): multiplied by
 * (1 - wallDamping) per wall cell crossed and (1 - doorDamping) per closed door.
 * Windows, tables and the atrium void let sound through. Same DDA walk as line of sight.
 */
export function soundTransmission(grid: Grid, x0: number, y0: number, x1: number, y1: number): number {
  const n = walkSegment(grid, x0, y0, x1, y1);
  if (n < 0) return 0;
  const cells = crossedCells();
  let factor = 1;
  for (let k = 0; k < n; k++) {
    const c = cells[k]!;
    if (grid.opaque[c] === 1) {
      if (grid.doorAt[c]! >= 0) factor *= 1 - NOISE.doorDamping;
      else if (grid.tiles[c] !== Tile.Window) factor *= 1 - NOISE.wallDamping;
    }
  }
  return factor;
}
