import type { World } from '../sim/world';

/**
 * The heartbeat layer (chapter 3's near silence): a beat that quickens as the nearest
 * awake infected comes closer, and stops when none is within HEARTBEAT_RANGE. Pure (the
 * chapter scene plays the `heartbeat` effect when `update` says so), so it is unit-tested.
 */
export const HEARTBEAT_RANGE = 8;
/** Seconds between beats at the edge of the range and right beside one. */
const SLOW = 1.1;
const FAST = 0.42;

/** Seconds between beats for an infected `distance` tiles away, or null beyond the range. */
export function heartbeatInterval(distance: number): number | null {
  if (!(distance <= HEARTBEAT_RANGE)) return null;
  const t = Math.max(0, distance) / HEARTBEAT_RANGE;
  return FAST + (SLOW - FAST) * t;
}

/** Distance (tiles) from the player to the nearest awake infected, Infinity when none. */
export function nearestAwake(world: World): number {
  const h = world.horde;
  const p = world.player;
  let best = Infinity;
  for (let i = 0; i < h.count; i++) {
    if (h.asleep[i] === 1) continue;
    const d = Math.hypot(h.x[i]! - p.x, h.y[i]! - p.y);
    if (d < best) best = d;
  }
  return best;
}

export class Heartbeat {
  private wait = 0;

  /** Advances by `dt` seconds; true when a beat is due now. */
  update(dt: number, world: World): boolean {
    const interval = heartbeatInterval(nearestAwake(world));
    if (interval === null) {
      this.wait = 0;
      return false;
    }
    this.wait -= dt;
    if (this.wait > 0) return false;
    this.wait = interval;
    return true;
  }
}
