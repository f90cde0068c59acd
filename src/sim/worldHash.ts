import { Hasher } from './hash';
import type { World } from './world';

/** A hash of everything that makes up the world's state (not its static level data). */
export function hashWorld(world: World): string {
  const h = new Hasher();
  h.string(world.level.id).number(world.seed).number(world.tick).number(world.rng.state).string(world.status).number(world.checkpoint);
  const p = world.player;
  h.number(p.x).number(p.y).number(p.facing).number(p.stamina).bool(p.exhausted).number(p.gait).number(p.footstepTimer);
  h.bool(p.interactHeld).bool(p.throwHeld);
  for (const d of world.doors) h.bool(d.open).bool(d.locked).number(d.hp).bool(d.broken);
  h.array(world.grid.solid).array(world.grid.opaque);
  return h.digest();
}
