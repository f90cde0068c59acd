import { emitNoise } from './noise';
import { setDoorCell } from './grid';
import type { World } from './world';
import { PLAYER, NOISE } from './tuning';

/** The point in front of the player that interactions (doors, cabinets) reach for. */
export function interactProbeX(world: World): number {
  return world.player.x + world.player.facingX * PLAYER.interactReach * 0.6;
}

export function interactProbeY(world: World): number {
  return world.player.y + world.player.facingY * PLAYER.interactReach * 0.6;
}

/** Squared distance from the interact probe to the centre of cell (x, y). */
export function probeDistanceSq(world: World, x: number, y: number): number {
  const dx = x + 0.5 - interactProbeX(world);
  const dy = y + 0.5 - interactProbeY(world);
  return dx * dx + dy * dy;
}

/**
 * Index of the cell in `cells` whose centre is nearest the interact probe, within
 * `reach` tiles, skipping those `usable` rejects; -1 when none. Doors and cabinets both
 * pick their target this way.
 */
export function nearestToProbe<T extends { x: number; y: number }>(world: World, cells: readonly T[], reach: number, usable?: (cell: T) => boolean): number {
  let best = -1;
  let bestD = reach * reach;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (usable && !usable(c)) continue;
    const dist = probeDistanceSq(world, c.x, c.y);
    if (dist < bestD) {
      bestD = dist;
      best = i;
    }
  }
  return best;
}

/** The door the player is facing within reach (broken doors are gone), or -1. */
export function doorInReach(world: World): number {
  return nearestToProbe(world, world.doors, PLAYER.interactReach, (d) => !d.broken);
}

/** True when a body of half-size r centred at (x, y) overlaps the door's cell. */
function overlapsCell(x: number, y: number, r: number, cx: number, cy: number): boolean {
  return x + r > cx && x - r < cx + 1 && y + r > cy && y - r < cy + 1;
}

export function setDoorOpen(world: World, index: number, open: boolean): void {
  const door = world.doors[index]!;
  if (door.open === open || door.broken) return;
  door.open = open;
  setDoorCell(world.grid, door.x, door.y, open);
  world.events.push({ type: open ? 'doorOpened' : 'doorClosed', door: index });
  emitNoise(world, door.x + 0.5, door.y + 0.5, NOISE.door, 'door');
}

/** The player's interact press: toggles the door in reach (locked doors refuse). */
export function interactWithDoor(world: World): boolean {
  const index = doorInReach(world);
  if (index < 0) return false;
  const door = world.doors[index]!;
  if (door.locked && !door.open) {
    world.events.push({ type: 'doorLocked', door: index });
    return true;
  }
  if (door.open) {
    // Nobody can be standing in the doorway when it shuts.
    if (overlapsCell(world.player.x, world.player.y, PLAYER.radius, door.x, door.y)) return true;
    // ...and no infected either (a door never shuts on a body).
    const h = world.horde;
    for (let i = 0; i < h.count; i++) {
      if (overlapsCell(h.x[i]!, h.y[i]!, 0.45, door.x, door.y)) return true;
    }
    setDoorOpen(world, index, false);
  } else {
    setDoorOpen(world, index, true);
  }
  return true;
}
