import { breakDoor } from '../sim/hordeUpdate';
import { emitNoise } from '../sim/noise';
import { playerCanSee, spawnSearchingWave } from '../sim/director';
import { allKeysTaken } from '../sim/objects';
import { DIFFICULTY, DIRECTOR, NOISE } from '../sim/tuning';
import type { World, WorldOptions } from '../sim/world';
import { beat, type ChapterBeats } from './beats';
import type { ChapterDefinition } from './definition';
import type { LevelPoint } from '../sim/level';
import { nearestExit } from './wayfinding';
import { standardResultLines } from './results';

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
 *   desks_2_6       past the lab: 2-6's desks fill the corridor (the way east is round the south)
 *   barricade       the north corridor's end: desks piled against the stairwell doors
 *   stairwell_rush  entering the toilets (the back way): the final rush up the stairwell,
 *                   DIFFICULTY.rushWaves waves from the spawn point nearest the exit
 * and, on the first extinguisher taken while the back door is still chained, Seo-yeon's
 * text that sends the player to the science lab for Mr. Baek's bolt cutters.
 */
export const hallwayBeats: ChapterBeats = (world: World) => {
  const count = world.events.length;
  for (let k = 0; k < count; k++) {
    const e = world.events[k]!;
    if (e.type === 'cabinetUsed' && !allKeysTaken(world) && world.cabinets.filter((c) => c.used).length === 1) {
      beat(world, 'text', 'Seo-yeon texts: "The stairwell back door is chained. Mr. Baek keeps bolt cutters in the lab."', { sfx: 'phoneBuzz' });
    }
    if (e.type === 'notePicked') beat(world, 'note', "One of Mr. Baek's lab notes. You pocket it (the end screen counts them).");
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
      case 'desks_2_6':
        beat(world, 'desks', "2-6's desks fill the corridor. No way east here: go round by the south corridor.");
        break;
      case 'barricade':
        beat(world, 'barricade', 'Desks are piled against the stairwell doors. The back way: through the toilets.');
        break;
      case 'stairwell_rush': {
        beat(world, 'rush', 'Feet pound up the stairwell. They are coming from the stairs!', { x: p.x, y: p.y, sfx: 'doorBash' });
        // A peaceful world (tours, the walk-through e2e) has no director and no rush.
        const point = world.director.enabled ? stairwellSpawnPoint(world) : -1;
        for (let wave = 0; wave < DIFFICULTY[world.difficulty].rushWaves && point >= 0; wave++) rushWave(world, point);
        break;
      }
      default:
        break;
    }
  }
};

/** True when the level has keys (all taken, when allKeysTaken also holds). */
function hasKeys(w: World): boolean {
  return w.level.items.some((i) => i.kind === 'key');
}

/** Doors are indexed like the level's door list, where the authored names live. */
function doorIndexNamed(world: World, name: string): number {
  return world.level.doors.findIndex((d) => d.name === name);
}

/**
 * The director spawn point nearest the exit that the player cannot see and is not on top
 * of: the rush comes up the stairs, not from behind. -1 when there is none.
 */
function stairwellSpawnPoint(world: World): number {
  const exit = world.level.exits[0];
  if (!exit) return -1;
  const ex = exit.x + exit.w / 2;
  const ey = exit.y + exit.h / 2;
  const p = world.player;
  let best = -1;
  let bestD = Infinity;
  world.level.spawnPoints.forEach((sp, k) => {
    const far = (sp.x - p.x) ** 2 + (sp.y - p.y) ** 2 >= DIRECTOR.minSpawnDistance ** 2;
    const d = (sp.x - ex) ** 2 + (sp.y - ey) ** 2;
    if (far && d < bestD && !playerCanSee(world, sp.x, sp.y)) {
      bestD = d;
      best = k;
    }
  });
  return best;
}

/**
 * One scripted wave of sprinters at a spawn point, searching toward the player. A
 * chapter's final rush is scripted, so it is outside the director's budget (a player who
 * drew the director out earlier still gets the finale).
 */
function rushWave(world: World, point: number): void {
  const sp = world.level.spawnPoints[point]!;
  spawnSearchingWave(world, sp.x, sp.y, DIRECTOR.waveSize, 0.6);
}

/**
 * Where chapter 1's objective marker leads, in the order the objective lines teach: the
 * first cabinet while the player has never had an extinguisher, the bolt cutters while
 * the back door is chained, then the stairwell (the way there goes round the south
 * corridor, since 2-6's desks close the north one).
 */
export function hallwayTarget(w: World): LevelPoint | null {
  if (!w.extinguisher.hasExtinguisher && w.cabinets.every((c) => !c.used)) {
    const first = w.level.cabinets[0];
    if (first) return first.front;
  }
  const key = w.level.items.findIndex((i, k) => i.kind === 'key' && w.objects.itemTaken[k] === 0);
  if (key >= 0) return w.level.items[key]!;
  return nearestExit(w);
}

/** The HUD's objective line for chapter 1: what to do next, in the order the chapter teaches it. */
export function hallwayObjective(w: World): string {
  if (w.status === 'won') return 'You made it to the stairwell.';
  if (w.objects.hidingIn >= 0) return 'Hiding. Step out when it is quiet.';
  const fired = (name: string): boolean => {
    const t = w.level.triggers.findIndex((tr) => tr.name === name);
    return t >= 0 && w.objects.triggerFired[t] === 1;
  };
  const neverHadOne = !w.extinguisher.hasExtinguisher && w.cabinets.every((c) => !c.used);
  if (neverHadOne) return 'Grab the extinguisher from the cabinet by the door.';
  if (fired('stairwell_rush')) return 'Get through to the stairs. Foam them back or hide.';
  // The stairwell back door is chained until the bolt cutters from the science lab are taken.
  if (!allKeysTaken(w)) return 'The stairwell back door is chained. Mr. Baek kept bolt cutters in the science lab.';
  if (fired('barricade')) return 'The stairwell doors are barricaded: go round through the toilets.';
  if (hasKeys(w)) return 'Back door: round by the south corridor, through the toilets on the east side.';
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
