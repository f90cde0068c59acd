import type { World } from '../world';
import * as gridModule from '../grid';
import type { Grid } from '../grid';
import * as hordeModule from '../horde';
import * as tuning from '../tuning';
import * as bodies from './bodies';
import * as staggerModule from './stagger';
import type { HordeTick } from './tick';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { stagger } = staggerModule;
const { InfectedState } = hordeModule;
const { HORDE, INFECTED, TICK_SECONDS, Variant } = tuning;
const { RADIUS } = bodies;
const FACADE = gridModule.Tile.Facade;
const S = InfectedState;
const DT = TICK_SECONDS;
/** Collision numerics (not gameplay): the gap kept from a wall, and the longest single-tick displacement, well under half a tile (no tunnelling). */
const EPS = 1e-6;
const MAX_STEP = 0.4;

/**
 * Moves agent i (variant v, from (x, y), state st after steering) by its velocity plus
 * the separation push (t.sx, t.sy), against the grid axis by axis (climbers and open
 * piles pass facades). Hitting a wall faster than the variant's slamSpeed while
 * sprinting is a slam (stagger, infectedSlammed); a non-climber blocked at a climbable
 * wall presses on its pile; on a facade cell the agent climbs, off it a climber
 * searches again. Writes x, y, vx, vy and the state.
 */
export function integrate(t: HordeTick, i: number, st: number, v: number): void {
  let x = t.x[i]!;
  let y = t.y[i]!;
  const world = t.world;
  const grid = t.grid;
  const pileOpen = t.pileOpen;
  const w = t.w;
  let vx = t.vx[i]!;
  let vy = t.vy[i]!;
  let mx = (vx + t.sx * HORDE.separationStrength) * DT;
  let my = (vy + t.sy * HORDE.separationStrength) * DT;
  const ml = Math.sqrt(mx * mx + my * my);
  if (ml > MAX_STEP) {
    mx *= MAX_STEP / ml;
    my *= MAX_STEP / ml;
  }
  const r = RADIUS[v]!;
  const climbs = v === Variant.Climber || st === S.Climb;
  // Speed into whatever blocked us (a graze along a wall is not a slam).
  let hitSpeed = 0;
  // Fast path: nothing solid in the 3x3 cells around us, and the step is shorter than
  // half a tile, so the body cannot touch a wall this tick.
  if (t.clearAround[Math.floor(y) * w + Math.floor(x)] === 1) {
    x += mx;
    y += my;
  } else {
    if (mx !== 0) {
      const nx = x + mx;
      if (blocked(grid, pileOpen, nx, y, r, climbs)) {
        hitSpeed = Math.abs(mx) / DT;
        let sx2 = mx > 0 ? Math.floor(nx + r) - r - EPS : Math.floor(nx - r) + 1 + r + EPS;
        if (blocked(grid, pileOpen, sx2, y, r, climbs)) sx2 = x;
        x = sx2;
        vx = 0;
      } else x = nx;
    }
    if (my !== 0) {
      const ny = y + my;
      if (blocked(grid, pileOpen, x, ny, r, climbs)) {
        hitSpeed = Math.max(hitSpeed, Math.abs(my) / DT);
        let sy2 = my > 0 ? Math.floor(ny + r) - r - EPS : Math.floor(ny - r) + 1 + r + EPS;
        if (blocked(grid, pileOpen, x, sy2, r, climbs)) sy2 = y;
        y = sy2;
        vy = 0;
      } else y = ny;
    }
  }
  if (hitSpeed > 0 && v !== Variant.Climber && st !== S.Climb) {
    // Blocked while pushing on: against a climbable wall, this body joins the pile at its base.
    const reach = r + HORDE.pileProbeReach;
    const probe = Math.floor(y + t.headingY[i]! * reach) * w + Math.floor(x + t.headingX[i]! * reach);
    if (grid.tiles[probe] === FACADE && pileOpen[probe] === 0) world.pilePressing[probe]!++;
  }
  if (st === S.Sprint && hitSpeed > INFECTED[v]!.slamSpeed) {
    t.state[i] = st;
    stagger(t.h, i, HORDE.staggerSeconds, true);
    st = S.Stagger;
    vx = -vx * HORDE.slamBounce;
    vy = -vy * HORDE.slamBounce;
    world.events.push({ type: 'infectedSlammed', agent: t.id[i]!, x, y });
  }

  // Climbing: on a facade cell the agent is climbing.
  const cell = Math.floor(y) * w + Math.floor(x);
  if (grid.tiles[cell] === FACADE) {
    if (st !== S.Climb && st !== S.Stagger) st = S.Climb;
    if (v !== Variant.Climber) world.pilePressing[cell]!++;
  } else if (st === S.Climb) {
    st = S.Search;
    t.searchLooking[i] = 0;
  }

  t.x[i] = x;
  t.y[i] = y;
  t.vx[i] = vx;
  t.vy[i] = vy;
  t.state[i] = st;
}

/** Square body of half-size r at (x, y) overlaps something it cannot enter. */
function blocked(grid: Grid, pileOpen: Uint8Array, x: number, y: number, r: number, climbs: boolean): boolean {
  const x0 = Math.floor(x - r);
  const x1 = Math.floor(x + r);
  const y0 = Math.floor(y - r);
  const y1 = Math.floor(y + r);
  const w = grid.width;
  if (x0 < 0 || y0 < 0 || x1 >= w || y1 >= grid.height) return true;
  const solid = grid.solid;
  for (let cy = y0; cy <= y1; cy++) {
    for (let cx = x0; cx <= x1; cx++) {
      const c = cy * w + cx;
      if (solid[c] === 1) {
        if (grid.tiles[c] === FACADE && (climbs || pileOpen[c] === 1)) continue;
        return true;
      }
    }
  }
  return false;
}

const openAroundCache = { revision: -1, grid: null as Grid | null, cells: new Uint8Array(0) };

/** Per cell: 1 when it and its 8 neighbours are open floor (no collision possible this tick). Cached per grid revision. */
export function openAround(world: World): Uint8Array {
  const grid = world.grid;
  const c = openAroundCache;
  if (c.grid === grid && c.revision === grid.revision) return c.cells;
  const w = grid.width;
  const hgt = grid.height;
  if (c.cells.length !== w * hgt) c.cells = new Uint8Array(w * hgt);
  const cells = c.cells;
  cells.fill(0);
  for (let y = 1; y < hgt - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      let open = 1;
      for (let dy = -1; dy <= 1 && open; dy++) for (let dx = -1; dx <= 1; dx++) if (grid.solid[(y + dy) * w + x + dx] !== 0) open = 0;
      cells[y * w + x] = open;
    }
  }
  c.grid = grid;
  c.revision = grid.revision;
  return cells;
}
