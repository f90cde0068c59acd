import type { World } from '../world';
import * as gridModule from '../grid';
import * as hordeModule from '../horde';
import * as noise from '../noise';
import * as tuning from '../tuning';
import type { HordeTick } from './tick';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { InfectedState } = hordeModule;
const { HORDE, INFECTED, NOISE, TICK_SECONDS } = tuning;

/**
 * Bashing doors: the horde's flow fields cost a closed door instead of walling it off,
 * so when the way leads through one, an agent that reaches it (steer.ts) stands and
 * hits it every HORDE.bashSeconds for its variant's doorDamage; at 0 HP the door breaks
 * and stays open. A door opened or broken meanwhile sends the basher back to searching.
 */
const { setDoorCell } = gridModule;
const { emitNoise } = noise;
const S = InfectedState;
const BASH_REACH2 = HORDE.bashReach * HORDE.bashReach;

/** Breaks a door for good (open, 0 HP): a loud crash. Also used by chapter beats. */
export function breakDoor(world: World, door: number): void {
  const d = world.doors[door]!;
  if (d.broken) return;
  d.broken = true;
  d.open = true;
  d.hp = 0;
  setDoorCell(world.grid, d.x, d.y, true);
  world.events.push({ type: 'doorBroken', door });
  emitNoise(world, d.x + 0.5, d.y + 0.5, NOISE.door, 'bash');
}

/**
 * The way of agent i at (x, y) leads through `door` (closed): when the door's centre is
 * within reach, it starts bashing (returns true; the caller takes the Bash state).
 */
export function reachesDoor(t: HordeTick, i: number, door: number): boolean {
  const x = t.x[i]!;
  const y = t.y[i]!;
  const d = t.world.doors[door]!;
  const ex = d.x + 0.5 - x;
  const ey = d.y + 0.5 - y;
  if (ex * ex + ey * ey >= BASH_REACH2) return false;
  t.bashDoor[i] = door;
  t.bashTimer[i] = HORDE.bashSeconds * HORDE.firstBashFraction;
  return true;
}

/**
 * One tick of bashing for agent i of variant v at (x, y): faces the door and hits it
 * when its timer runs out. Returns the state after it: Bash, or Search when the door
 * is open or broken (someone else got through).
 */
export function bash(t: HordeTick, i: number, v: number): number {
  const x = t.x[i]!;
  const y = t.y[i]!;
  const world = t.world;
  const door = t.bashDoor[i]!;
  const d = door >= 0 ? world.doors[door] : undefined;
  if (d === undefined || d.open || d.broken) {
    t.searchLooking[i] = 0;
    t.bashDoor[i] = -1;
    return S.Search;
  }
  // Face the door and hit it.
  const fx = d.x + 0.5 - x;
  const fy = d.y + 0.5 - y;
  const fl = Math.sqrt(fx * fx + fy * fy) || 1;
  t.headingX[i] = fx / fl;
  t.headingY[i] = fy / fl;
  const bashTimer = t.bashTimer;
  bashTimer[i] = bashTimer[i]! - TICK_SECONDS;
  if (bashTimer[i]! <= 0) {
    bashTimer[i] = HORDE.bashSeconds;
    d.hp = Math.max(0, d.hp - INFECTED[v]!.doorDamage);
    world.events.push({ type: 'doorBashed', door, hp: d.hp, agent: t.id[i]! });
    emitNoise(world, d.x + 0.5, d.y + 0.5, NOISE.bashHit, 'bash');
    if (d.hp <= 0) breakDoor(world, door);
  }
  return S.Bash;
}
