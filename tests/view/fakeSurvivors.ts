import type { World } from '../../src/sim/world';
import { ALLY_ROLE, type SurvivorsSeen } from '../../src/view/allyLook';

/** Until the sim's survivor store is on this branch: the fields the view reads, slot 0 the player. */
export function giveAllies(world: World, allies: { id: string; role?: number; x: number; y: number; arrows?: number }[]): SurvivorsSeen & { [k: string]: unknown } {
  const n = allies.length + 1;
  const f = () => new Float64Array(n);
  const s = {
    count: n,
    castId: ['', ...allies.map((a) => a.id)],
    role: Uint8Array.from([ALLY_ROLE.Player, ...allies.map((a) => a.role ?? ALLY_ROLE.Follower)]),
    x: Float64Array.from([world.player.x, ...allies.map((a) => a.x)]),
    y: Float64Array.from([world.player.y, ...allies.map((a) => a.y)]),
    prevX: Float64Array.from([world.player.x, ...allies.map((a) => a.x)]),
    prevY: Float64Array.from([world.player.y, ...allies.map((a) => a.y)]),
    facingX: Float64Array.from([1, ...allies.map(() => 1)]),
    facingY: f(),
    gait: new Uint8Array(n),
    order: new Uint8Array(n),
    state: new Uint8Array(n),
    hidden: new Uint8Array(n),
    turnTimer: f(),
    arrows: Uint8Array.from([0, ...allies.map((a) => a.arrows ?? 0)]),
  };
  (world as unknown as { survivors: typeof s }).survivors = s;
  return s;
}
