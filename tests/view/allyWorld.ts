import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld, type AllySpec, type World } from '../../src/sim/world';
import type { SurvivorStore } from '../../src/sim/survivors';

/** A peaceful world from an ASCII map with these allies (slots 1.. in this order). */
export function worldWithAllies(map: string, allies: (Partial<AllySpec> & { id: string })[]): { w: World; s: SurvivorStore } {
  const w = createWorld(parseAsciiLevel('t', 't', map.trim()), 1, { peaceful: true, allies: allies.map((a) => ({ role: 'follower', ...a })) });
  return { w, s: w.survivors };
}
