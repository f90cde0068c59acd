import type { World } from '../world';
import * as tuning from '../tuning';

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { HORDE, TICK_SECONDS } = tuning;

/**
 * Piles at climbable walls (Tile.Facade): bodies blocked against one press at its base
 * (integrate.ts counts them into world.pilePressing during the pass); after the pass
 * each pile grows toward the bodies pressing and opens the cell to everyone when it
 * crests the wall (pileOpened), closing again when it sinks (pileClosed).
 */
const DT = TICK_SECONDS;
const CLOSE_BELOW = HORDE.wallHeightBodies - HORDE.pileCloseMarginBodies;

/** Piles grow toward the number of bodies pressing at each climbable cell, and crest at the wall height. */
export function updatePiles(world: World): void {
  const cells = world.climbableCells;
  const w = world.grid.width;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k]!;
    // Bodies pressing at this cell, and some of those at the neighbouring cells (a pile spreads).
    const pp = world.pilePressing;
    const pressing = pp[c]! + HORDE.pileSpread * (pp[c - 1]! + pp[c + 1]! + (pp[c - w] ?? 0) + (pp[c + w] ?? 0));
    let pile = world.pile[c]!;
    if (pressing > pile) pile = Math.min(pressing, pile + HORDE.pileGrowPerSecond * DT);
    else pile = Math.max(pressing, pile - HORDE.pileDecayPerSecond * DT);
    world.pile[c] = pile;
    if (world.pileOpen[c] === 0 && pile >= HORDE.wallHeightBodies) {
      world.pileOpen[c] = 1;
      world.events.push({ type: 'pileOpened', x: (c % w) + 0.5, y: Math.floor(c / w) + 0.5 });
    } else if (world.pileOpen[c] === 1 && pile < CLOSE_BELOW) {
      world.pileOpen[c] = 0;
      world.events.push({ type: 'pileClosed', x: (c % w) + 0.5, y: Math.floor(c / w) + 0.5 });
    }
  }
  for (let k = 0; k < cells.length; k++) world.pilePressing[cells[k]!] = 0;
}

/** Knocks the pile at a climbable cell down (the way over closes). */
export function knockDownPile(world: World, cell: number): void {
  world.pile[cell] = 0;
  if (world.pileOpen[cell] === 1) {
    world.pileOpen[cell] = 0;
    const w = world.grid.width;
    world.events.push({ type: 'pileClosed', x: (cell % w) + 0.5, y: Math.floor(cell / w) + 0.5 });
  }
}
