import type { World } from './world';
import { hasLineOfSight } from './grid';
import { queryBox } from './spatialHash';
import { HORDE, PHONE, SIGHTING, VARIANT_NAMES } from './tuning';

/** The seen mask with every variant's bit set: nothing left to look for. */
const ALL_SEEN = (1 << VARIANT_NAMES.length) - 1;
const candidates = new Int32Array(1024);

/**
 * First sightings: the first time the player can see an infected of a variant, that
 * variant's bit is set in `world.variantsSeen` and a `variantSighted` event names it (the
 * chapter turns it into a one-time caption). Seeing is the player's view, not the
 * infected's: within SIGHTING.range tiles with no wall or closed door in between; an
 * infected standing in the dark only within HORDE.darkSightRange (what the player's light
 * shows), or within PHONE.beamReach in the flashlight's beam. Foam does not hide them from the player (the view draws them through it).
 * Reads the spatial hash as the horde left it this tick, so it runs after the horde.
 */
export function updateSightings(world: World): void {
  if (world.variantsSeen === ALL_SEEN) return;
  const p = world.player;
  const h = world.horde;
  const r = SIGHTING.range;
  const n = queryBox(world.hash, p.x - r, p.y - r, p.x + r, p.y + r, candidates);
  const w = world.grid.width;
  const dark2 = HORDE.darkSightRange * HORDE.darkSightRange;
  for (let k = 0; k < n; k++) {
    const i = candidates[k]!;
    if (i >= h.count) continue;
    const bit = 1 << h.variant[i]!;
    if ((world.variantsSeen & bit) !== 0) continue;
    const x = h.x[i]!;
    const y = h.y[i]!;
    const dx = x - p.x;
    const dy = y - p.y;
    const d2 = dx * dx + dy * dy;
    if (d2 > r * r) continue;
    if (world.dark[Math.floor(y) * w + Math.floor(x)] === 1 && d2 > dark2 && !inBeam(world, dx, dy, d2)) continue;
    if (!hasLineOfSight(world.grid, p.x, p.y, x, y)) continue;
    world.variantsSeen |= bit;
    world.events.push({ type: 'variantSighted', variant: VARIANT_NAMES[h.variant[i]!]!, agent: h.id[i]!, x, y });
  }
}

/** Whether (dx, dy) from the player lies in the phone flashlight's beam (on, in reach, within its cone). */
export function inBeam(world: World, dx: number, dy: number, d2: number): boolean {
  const ph = world.phone;
  if (ph === null || !ph.flashlight || d2 > PHONE.beamReach * PHONE.beamReach) return false;
  const d = Math.sqrt(d2);
  if (d < 1e-9) return true;
  const p = world.player;
  return (p.facingX * dx + p.facingY * dy) / d >= PHONE.beamCos;
}
