import { SIEGE } from '../sim/tuning';

/** How a pile at the wall is ringed: not at all, amber nearly at the top, red at the crest. */
export type PileRing = 'none' | 'rising' | 'crest';

/** The rings' colours: amber says "this wall is next", red "they come over here". */
export const PILE_RING_COLOR: Record<Exclude<PileRing, 'none'>, number> = { rising: 0xf0a030, crest: 0xe04040 };

/**
 * The ring a pile of this many bodies wears: amber from SIEGE.warnBodies (where the sim
 * warns with `pileRising` and the caption names the wall), red from SIEGE.crestBodies.
 */
export function pileRing(pile: number): PileRing {
  if (pile >= SIEGE.crestBodies) return 'crest';
  if (pile >= SIEGE.warnBodies) return 'rising';
  return 'none';
}
