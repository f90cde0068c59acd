import { SurvivorState, mirrorPlayer } from './survivors';
import type { World } from './world';
import { cloneWorld } from './snapshot';
import { removeInfected } from './horde';
import { rebuildSpatialHash } from './spatialHash';
import { DirectorPhase } from './director';
import { DIFFICULTY, RETRY } from './tuning';

/**
 * The world a "Retry from checkpoint" starts from: a copy of the checkpoint, made
 * playable. A checkpoint can be taken in a bad moment (a chaser on your heels, one grab
 * left, the can nearly empty); replaying that moment only kills again, so a retry:
 *  - clears the awake infected within RETRY.clearRadius of the player (sleepers stay),
 *  - leaves at least one grab, and a moment of grab immunity,
 *  - refills stamina and tops the extinguisher up to RETRY.minPressure,
 *  - lets the director go quiet for RETRY.quietSeconds.
 * Pure and deterministic: the game, its replays and the bots all retry through here.
 */
export function retryFrom(checkpoint: World): World {
  const world = cloneWorld(checkpoint);
  const p = world.player;
  p.grabbedBy = -1;
  p.grabTimer = 0;
  p.grabPresses = 0;
  p.grabsTaken = Math.min(p.grabsTaken, DIFFICULTY[world.difficulty].grabHealth - 1);
  p.grabImmunity = Math.max(p.grabImmunity, RETRY.graceSeconds);
  p.stamina = 1;
  p.exhausted = false;
  const ex = world.extinguisher;
  ex.spraying = false;
  if (ex.hasExtinguisher) ex.pressure = Math.max(ex.pressure, RETRY.minPressure);

  // A grabbed ally is let go too (its grabber is likely among the cleared).
  const s = world.survivors;
  for (let k = 1; k < s.count; k++) {
    if (s.state[k] !== SurvivorState.Grabbed) continue;
    s.state[k] = SurvivorState.Ok;
    s.grabbedBy[k] = -1;
    s.grabTimer[k] = 0;
    s.grabImmunity[k] = Math.max(s.grabImmunity[k]!, RETRY.graceSeconds);
  }
  mirrorPlayer(s, p);

  const h = world.horde;
  const r2 = RETRY.clearRadius * RETRY.clearRadius;
  for (let i = h.count - 1; i >= 0; i--) {
    if (h.asleep[i] === 1) continue;
    const dx = h.x[i]! - p.x;
    const dy = h.y[i]! - p.y;
    if (dx * dx + dy * dy <= r2) removeInfected(h, i);
  }
  rebuildSpatialHash(world.hash, h.x, h.y, h.count);
  world.noises.count = 0;
  const d = world.director;
  d.phase = DirectorPhase.Relax;
  d.phaseTimer = Math.max(d.phaseTimer, RETRY.quietSeconds);
  d.intensity = 0;
  return world;
}
