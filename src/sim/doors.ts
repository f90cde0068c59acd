import { emitNoise } from './noise';
import { setDoorCell } from './grid';
import type { World } from './world';
import { DOOR, PLAYER, NOISE, SURVIVORS } from './tuning';
import { SurvivorState } from './survivors';

/** True when a body of half-size r centred at (x, y) overlaps the door's cell. */
function overlapsCell(x: number, y: number, r: number, cx: number, cy: number): boolean {
  return x + r > cx && x - r < cx + 1 && y + r > cy && y - r < cy + 1;
}

/** Opens or shuts a door; `quiet` (a chapter's scripted, careful hand) makes no noise. */
export function setDoorOpen(world: World, index: number, open: boolean, quiet = false): void {
  const door = world.doors[index]!;
  if (door.open === open || door.broken) return;
  door.open = open;
  setDoorCell(world.grid, door.x, door.y, open);
  world.events.push({ type: open ? 'doorOpened' : 'doorClosed', door: index });
  if (!quiet) emitNoise(world, door.x + 0.5, door.y + 0.5, NOISE.door, 'door');
}

/** Someone stands in the door's cell: the player, an ally, or an infected (within DOOR.doorwayBodyRadius). */
export function doorwayOccupied(world: World, index: number): boolean {
  const door = world.doors[index]!;
  if (overlapsCell(world.player.x, world.player.y, PLAYER.radius, door.x, door.y)) return true;
  const s = world.survivors;
  for (let k = 1; k < s.count; k++) {
    if (s.state[k]! <= SurvivorState.Bitten && overlapsCell(s.x[k]!, s.y[k]!, SURVIVORS.radius, door.x, door.y)) return true;
  }
  const h = world.horde;
  for (let i = 0; i < h.count; i++) if (overlapsCell(h.x[i]!, h.y[i]!, DOOR.doorwayBodyRadius, door.x, door.y)) return true;
  return false;
}

/** The use press on a door: toggles it (a locked door rattles and refuses). */
export function useDoor(world: World, index: number): boolean {
  const door = world.doors[index]!;
  if (door.locked && !door.open) {
    world.events.push({ type: 'doorLocked', door: index });
    return true;
  }
  if (door.open) {
    // A door never shuts on a body (the press is used up all the same).
    if (!doorwayOccupied(world, index)) setDoorOpen(world, index, false);
  } else {
    setDoorOpen(world, index, true);
  }
  return true;
}
