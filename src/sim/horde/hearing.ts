import type { World } from '../world';
import * as hordeModule from '../horde';
import * as hashModule from '../spatialHash';
import * as noise from '../noise';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { queryBox } = hashModule;
const { soundTransmission } = noise;
const { InfectedState } = hordeModule;
const S = InfectedState;
const heardScratch = new Int32Array(8192);

/**
 * Hearing, before the agents move: each of the first `heard` queued noises wakes the
 * idle, searching and recovering agents within its loudness (a spatial-hash box query,
 * then the loudness damped by the walls and closed doors on the line). They go to the
 * noise: a recovering one keeps recovering, the others search there. Hunters already
 * know where the player is.
 */
export function hear(world: World, heard: number): void {
  const h = world.horde;
  const q = world.noises;
  const grid = world.grid;
  for (let k = 0; k < heard; k++) {
    const nx = q.x[k]!;
    const ny = q.y[k]!;
    const loud = q.loudness[k]!;
    const n = queryBox(world.hash, nx - loud, ny - loud, nx + loud, ny + loud, heardScratch);
    for (let m = 0; m < n; m++) {
      const i = heardScratch[m]!;
      if (i >= h.count || h.hunter[i] === 1) continue;
      const st = h.state[i]!;
      if (st !== S.Idle && st !== S.Search && st !== S.Recover) continue;
      const dx = h.x[i]! - nx;
      const dy = h.y[i]! - ny;
      const d2 = dx * dx + dy * dy;
      if (d2 > loud * loud) continue;
      const reach = loud * soundTransmission(grid, nx, ny, h.x[i]!, h.y[i]!);
      if (d2 > reach * reach) continue;
      h.targetX[i] = nx;
      h.targetY[i] = ny;
      h.hasTarget[i] = 1;
      h.asleep[i] = 0;
      if (st !== S.Recover) {
        h.state[i] = S.Search;
        h.searchLooking[i] = 0;
      }
    }
  }
}
