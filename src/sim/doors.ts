import { emitNoise } from './noise';
import { setDoorCell } from './grid';
import type { World } from './world';
import { PLAYER, NOISE } from './tuning';

/**
 * Finds the door the player is facing within reach: the door cell whose centre is
 * nearest to a probe point in front of the player. Returns -1 when none.
 */
export function doorInReach(world: World): number {
  const p = world.player;
  const probeX = p.x + Math.cos(p.facing) * PLAYER.interactReach * 0.6;
  const probeY = p.y + Math.sin(p.facing) * PLAYER.interactReach * 0.6;
  let best = -1;
  let bestD = PLAYER.interactReach * PLAYER.interactReach;
  for (let i = 0; i < world.doors.length; i++) {
    const d = world.doors[i]!;
    if (d.broken) continue;
    const dx = d.x + 0.5 - probeX;
    const dy = d.y + 0.5 - probeY;
    const dist = dx * dx + dy * dy;
    if (dist < bestD) {
      bestD = dist;
      best = i;
    }
  }
  return best;
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
