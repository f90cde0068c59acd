import { setDoorCell } from '../sim/grid';
import { spawnInfected } from '../sim/horde';
import { Variant, VARIANT_NAMES, VARIANT_BY_NAME } from '../sim/tuning';
import type { World } from '../sim/world';

/** The most chasers `?crowd=` may ask for (the horde store is sized to fit them). */
export const CROWD_MAX = 4000;
/** Chasers start at least this many cells from the player, so the crowd comes at them. */
const CROWD_CLEARANCE = 3;
/** At most this many chasers share a starting cell. */
const CROWD_PER_CELL = 4;

/**
 * `?crowd=N` (benchmarks only: `npm run bench:crowd`): how many extra chasers to spawn
 * round the player. 0 when absent or not a number; clamped to CROWD_MAX.
 */
export function crowdFor(search: string): number {
  const n = Number(new URLSearchParams(search).get('crowd') ?? 0);
  return Number.isFinite(n) && n > 0 ? Math.min(CROWD_MAX, Math.floor(n)) : 0;
}

/**
 * Spawns `count` hunting infected on the floor nearest the player (breadth-first over open
 * cells and through doors, which it opens; from CROWD_CLEARANCE cells out, CROWD_PER_CELL a
 * cell), mostly sprinters with every
 * fifth one of another variant, so the whole crowd chases on screen at once. The player is
 * made ungrabbable for the rest of the chapter: the benchmark measures drawing a crowd, not
 * a game over. Returns how many were placed (fewer when the floor or the store runs out).
 */
export function spawnCrowd(world: World, count: number): number {
  if (count <= 0) return 0;
  const g = world.grid;
  const w = g.width;
  const px = Math.floor(world.player.x);
  const py = Math.floor(world.player.y);
  const seen = new Uint8Array(w * g.height);
  const queue: number[] = [py * w + px];
  seen[py * w + px] = 1;
  let placed = 0;
  for (let head = 0; head < queue.length && placed < count; head++) {
    const c = queue[head]!;
    const cx = c % w;
    const cy = (c - cx) / w;
    if (g.doorAt[c]! < 0 && Math.max(Math.abs(cx - px), Math.abs(cy - py)) >= CROWD_CLEARANCE) {
      for (let k = 0; k < CROWD_PER_CELL && placed < count; k++) {
        // A fixed spread inside the cell (no rng: the world's stream stays untouched).
        const ox = 0.25 + 0.5 * (k & 1);
        const oy = 0.25 + 0.5 * (k >> 1);
        const n = placed;
        const variant = n % 5 === 4 ? VARIANT_BY_NAME[VARIANT_NAMES[(n / 5) % VARIANT_NAMES.length | 0]!] : Variant.Sprinter;
        const i = spawnInfected(world.horde, cx + ox, cy + oy, variant);
        if (i < 0) return placed;
        world.horde.hunter[i] = 1;
        placed++;
      }
    }
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const nx = cx + dx;
      const ny = cy + dy;
      if (nx < 0 || ny < 0 || nx >= w || ny >= g.height) continue;
      const nc = ny * w + nx;
      if (seen[nc]) continue;
      const door = g.doorAt[nc]!;
      if (g.solid[nc] === 1 && door < 0) continue;
      seen[nc] = 1;
      // Doors on the way are opened, so the whole crowd can reach the player.
      if (door >= 0 && !world.doors[door]!.open) {
        world.doors[door]!.open = true;
        world.doors[door]!.locked = false;
        setDoorCell(g, nx, ny, true);
      }
      queue.push(nc);
    }
  }
  world.player.grabImmunity = Infinity;
  return placed;
}
