import { DIFFICULTY, DIRECTOR, NOISE } from '../sim/tuning';
import type { World, WorldOptions } from '../sim/world';
import type { ChapterBeats } from './beats';
import type { ChapterDefinition } from './definition';
import type { LevelPoint } from '../sim/level';
import { nearestExit } from './wayfinding';
import { standardResultLines } from './results';
import { allKeysTaken, breakDoor, cabinetsUsed, caption, doorNamed, makeNoise, sendWave, triggerFired } from './script';

/**
 * Chapter 1's keys in the order the objectives ask for them: Mr. Baek's bolt cutters (in the
 * science lab; they cut the chain on the stairwell back door), then the spare keys (in the
 * teachers' room; the toilets, the back way to that door, are locked after school).
 */
export const HALLWAY_KEYS = ['bolt cutters', 'spare keys'] as const;

/** True once the key named `item` has been picked up (false when the level has none). */
function keyTaken(w: World, item: string): boolean {
  const k = w.level.items.findIndex((i) => i.kind === 'key' && i.item === item);
  return k >= 0 && w.objects.itemTaken[k] === 1;
}

/**
 * Chapter 1 starts empty-handed: the first cabinet, in 2-3's wall beside its door, teaches
 * the extinguisher (the HUD's objective points at it until it is taken).
 */
export const HALLWAY_WORLD_OPTIONS: WorldOptions = { startWithExtinguisher: false };

/**
 * Chapter 1, "The Bell": the scripted moments of the hallway, keyed by the trigger names
 * authored in src/levels/maps/hallway.tmj.
 *   bell            the last bell, as the player leaves 2-3's corner of the room
 *   scream_2_2      a scream from the next classroom
 *   burst_2_2       the first infected bursts through 2-2's front door and charges
 *   chairs_west     the west link: chairs stacked across it (the way south is through the music room)
 *   desks_2_6       past the lab: 2-6's desks fill the corridor (the way east is round the south)
 *   barricade       the north corridor's end: desks piled against the stairwell doors
 *   stairwell_rush  inside the toilets (the back way, locked until the spare keys): the final
 *                   rush up the stairwell, DIFFICULTY.rushWaves waves from the spawn point nearest the exit
 * and, on the first extinguisher taken while the back door is still chained, Seo-yeon's
 * text that sends the player to the science lab for Mr. Baek's bolt cutters; on the bolt
 * cutters, her text that the toilets are locked and the spare keys are in the teachers' room.
 */
export const hallwayBeats: ChapterBeats = (world: World) => {
  const count = world.events.length;
  for (let k = 0; k < count; k++) {
    const e = world.events[k]!;
    if (e.type === 'cabinetUsed' && !allKeysTaken(world) && cabinetsUsed(world) === 1) {
      caption(world, 'text', 'Seo-yeon: "The back door is chained. Mr. Baek keeps bolt cutters in the lab."', { sfx: 'phoneBuzz' });
    }
    // Said before the player can walk into the desks: the way back is west, round the south.
    if (e.type === 'keyPicked' && e.key === 'bolt cutters') {
      caption(world, 'cutters', 'Seo-yeon: "Desks block the way east. Go back west, round the south corridor."', { sfx: 'phoneBuzz' });
      caption(world, 'toilets', 'Seo-yeon: "The toilets are locked. Spare keys hang in the teachers\' room."');
    }
    if (e.type === 'keyPicked' && e.key === 'spare keys') caption(world, 'spare', 'The spare keys. Now down to the toilets, and the back door to the stairs.');
    if (e.type === 'notePicked') caption(world, 'note', "One of Mr. Baek's lab notes. You pocket it (the end screen counts them).");
    if (e.type !== 'trigger') continue;
    const p = world.player;
    switch (e.name) {
      case 'bell':
        caption(world, 'bell', 'The last bell rings. Chairs scrape. Then someone screams.');
        break;
      case 'scream_2_2': {
        const door = doorNamed(world, '2-2 back') ?? doorNamed(world, '2-2 front');
        const x = door ? door.x + 0.5 : p.x;
        const y = door ? door.y - 1.5 : p.y;
        caption(world, 'scream', 'A scream from 2-2!', { x, y, sfx: 'snarl' });
        break;
      }
      case 'burst_2_2': {
        const d = breakDoor(world, '2-2 front');
        if (d) caption(world, 'burst', 'Something smashes through the door of 2-2. Run!', { x: d.x + 0.5, y: d.y + 0.5, sfx: 'doorBreak' });
        // The crash and the player's footsteps: everything in 2-2 hears where you are.
        makeNoise(world, p.x, p.y, NOISE.run * 1.5, 'bash');
        break;
      }
      case 'chairs_west':
        caption(world, 'chairs', 'Chairs are stacked across the way south. Go through the music room.');
        break;
      case 'desks_2_6':
        caption(world, 'desks', "2-6's desks fill the corridor. No way east here: go round by the south corridor.");
        break;
      case 'barricade':
        caption(world, 'barricade', 'Desks are piled against the stairwell doors. The back way: through the toilets.');
        break;
      case 'stairwell_rush':
        caption(world, 'rush', 'Feet pound up the stairwell. They are coming from the stairs!', { x: p.x, y: p.y, sfx: 'doorBash' });
        // Waves of sprinters up the stairs, from the spawn point nearest the exit the player
        // cannot see (none in a peaceful world: tours, the walk-through e2e).
        for (let wave = 0; wave < DIFFICULTY[world.difficulty].rushWaves; wave++) sendWave(world, { at: 'nearestExit' }, DIRECTOR.waveSize);
        break;
      default:
        break;
    }
  }
};

/** True when the level has keys (all taken, when allKeysTaken also holds). */
function hasKeys(w: World): boolean {
  return w.level.items.some((i) => i.kind === 'key');
}

/**
 * Where chapter 1's objective marker leads, in the order the objective lines teach: the
 * first cabinet while the player has never had an extinguisher, then each key of
 * HALLWAY_KEYS not yet taken (the bolt cutters in the lab, the spare keys in the teachers'
 * room), then the stairwell (the way goes round the south corridor, since 2-6's desks close
 * the north one, and through the toilets).
 */
export function hallwayTarget(w: World): LevelPoint | null {
  if (!w.extinguisher.hasExtinguisher && w.cabinets.every((c) => !c.used)) {
    const first = w.level.cabinets[0];
    if (first) return first.front;
  }
  for (const item of HALLWAY_KEYS) {
    const k = w.level.items.findIndex((i) => i.kind === 'key' && i.item === item);
    if (k >= 0 && w.objects.itemTaken[k] === 0) return w.level.items[k]!;
  }
  // Any other key a map may hold (none in the chapter's own), in map order.
  const key = w.level.items.findIndex((i, k) => i.kind === 'key' && w.objects.itemTaken[k] === 0);
  if (key >= 0) return w.level.items[key]!;
  return nearestExit(w);
}

/** The HUD's objective line for chapter 1: what to do next, in the order the chapter teaches it. */
export function hallwayObjective(w: World): string {
  if (w.status === 'won') return 'You made it to the stairwell.';
  if (w.objects.hidingIn >= 0) return 'Hiding. Step out when it is quiet.';
  const fired = (name: string): boolean => triggerFired(w, name);
  const neverHadOne = !w.extinguisher.hasExtinguisher && w.cabinets.every((c) => !c.used);
  if (neverHadOne) return 'Grab the extinguisher from the cabinet by the door.';
  if (fired('stairwell_rush')) return 'Get through to the stairs. Foam them back or hide.';
  // The stairwell back door is chained until the bolt cutters from the science lab are taken.
  if (hasKeys(w) && !keyTaken(w, 'bolt cutters')) return 'The back door is chained: bolt cutters in the science lab.';
  if (hasKeys(w) && !keyTaken(w, 'spare keys')) return "The toilets are locked: spare keys in the teachers' room.";
  if (!allKeysTaken(w)) return 'Find the keys. The stairwell back door is locked.';
  if (fired('barricade')) return 'Stairwell barricaded: through the toilets to the back door.';
  if (hasKeys(w)) return 'Down the east link, through the toilets to the back door.';
  if (fired('burst_2_2')) return 'Reach the east stairwell the back way, through the toilets.';
  return 'Get out of 2-3 and reach the east stairwell.';
}

/** Chapter 1, "The Bell": from classroom 2-3 to the east stairwell (src/levels/maps/hallway.tmj). */
export const HALLWAY: ChapterDefinition = {
  id: 'hallway',
  number: 1,
  place: 'Hallway',
  title: 'The Bell',
  map: 'hallway',
  theme: 'hallway',
  music: 'explore',
  assetPack: 'hallway',
  seed: 0x1a57,
  beats: hallwayBeats,
  sightings: {
    sprinter: 'A sprinter. When it crouches, it charges: turn a corner or shut a door.',
    cheerleader: 'The cheerleader. Her cheer calls the others: stay out of her sight.',
    heavy: 'The coach: foam barely slows him. Keep a door between you.',
  },
  worldOptions: () => HALLWAY_WORLD_OPTIONS,
  objective: hallwayObjective,
  objectiveTarget: hallwayTarget,
  lossTips: {
    sprinter: 'A sprinter ran you down. In a straight line they are faster than you: turn a corner (they overshoot) or shut a door.',
    cheerleader: 'The cheerleader got you. Her cheer calls every infected in earshot: stay out of her sight, or foam her first.',
    heavy: 'The coach got you. Heavies are slow but barely feel the foam: keep a door or a corner between you.',
    climber: 'A climber got you. Foam knocks them off the wall.',
  },
  resultLines: (world, summary) => standardResultLines(world, summary, 'Lab notes'),
  usesPhone: false,
};
