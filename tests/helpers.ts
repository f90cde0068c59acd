import { parseAsciiLevel } from '../src/levels/ascii';
import { createWorld, type World } from '../src/sim/world';
import { emptyIntent, type Intent } from '../src/sim/intent';
import { step } from '../src/sim/step';

/** A world from an ASCII map (see src/levels/ascii.ts for the legend). */
export function worldFromAscii(text: string, seed = 1): World {
  return createWorld(parseAsciiLevel('test', 'test', text.trim()), seed);
}

export function intent(partial: Partial<Intent> = {}): Intent {
  return { ...emptyIntent(), ...partial };
}

/** Steps the world `ticks` times with the same intent. */
export function run(world: World, ticks: number, i: Intent = emptyIntent()): World {
  for (let t = 0; t < ticks; t++) step(world, i);
  return world;
}

/**
 * A small roof for siege tests: the drop (~), three cells of facade (^) round a floor, the
 * player in the middle. A spawn point keeps the director (and so the siege) enabled.
 */
export const SMALL_ROOF = `
~~~~~~~~~~~~~~~~~~~~~~
~^^^^^^^^^^^^^^^^^^^^~
~^^^^^^^^^^^^^^^^^^^^~
~^^^^^^^^^^^^^^^^^^^^~
~^^^..............^^^~
~^^^..............^^^~
~^^^.......P......^^^~
~^^^..............^^^~
~^^^.............s^^^~
~^^^^^^^^^^^^^^^^^^^^~
~^^^^^^^^^^^^^^^^^^^^~
~^^^^^^^^^^^^^^^^^^^^~
~~~~~~~~~~~~~~~~~~~~~~
`;
