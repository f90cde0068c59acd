import { breakDoor } from '../sim/hordeUpdate';
import { emitNoise } from '../sim/noise';
import { trySpawnWave } from '../sim/director';
import { NOISE } from '../sim/tuning';
import type { World } from '../sim/world';
import { beat, type ChapterBeats } from './beats';

/**
 * Chapter 1, "The Bell": the scripted moments of the hallway, keyed by the trigger names
 * authored in src/levels/maps/hallway.tmj.
 *   bell            the last bell, as the player leaves 2-3's corner of the room
 *   scream_2_2      a scream from the next classroom
 *   burst_2_2       the first infected bursts through 2-2's front door and charges
 *   stairwell_rush  the director's final rush from the stairwell side
 */
export const hallwayBeats: ChapterBeats = (world: World) => {
  const count = world.events.length;
  for (let k = 0; k < count; k++) {
    const e = world.events[k]!;
    if (e.type !== 'trigger') continue;
    const p = world.player;
    switch (e.name) {
      case 'bell':
        beat(world, 'bell', 'The last bell rings. Chairs scrape. Then someone screams.');
        break;
      case 'scream_2_2': {
        const door = world.doors[doorIndexNamed(world, '2-2 back')] ?? world.doors[doorIndexNamed(world, '2-2 front')];
        const x = door ? door.x + 0.5 : p.x;
        const y = door ? door.y - 1.5 : p.y;
        beat(world, 'scream', 'A scream from 2-2!', { x, y, sfx: 'snarl' });
        break;
      }
      case 'burst_2_2': {
        const index = doorIndexNamed(world, '2-2 front');
        if (index >= 0) {
          breakDoor(world, index);
          const d = world.doors[index]!;
          beat(world, 'burst', 'Something smashes through the door of 2-2. Run!', { x: d.x + 0.5, y: d.y + 0.5, sfx: 'doorBreak' });
        }
        // The crash and the player's footsteps: everything in 2-2 hears where you are.
        emitNoise(world, p.x, p.y, NOISE.run * 1.5, 'bash');
        break;
      }
      case 'stairwell_rush':
        beat(world, 'rush', 'Feet pound up the stairwell. They are coming from the stairs!', { x: p.x, y: p.y, sfx: 'doorBash' });
        trySpawnWave(world);
        trySpawnWave(world);
        break;
      default:
        break;
    }
  }
};

/** Doors are indexed like the level's door list, where the authored names live. */
function doorIndexNamed(world: World, name: string): number {
  return world.level.doors.findIndex((d) => d.name === name);
}
