import { ALLY_ROLES, DIFFICULTY, ROOFTOP, TICK_RATE } from '../sim/tuning';
import type { AllySpec, World, WorldOptions } from '../sim/world';
import { ItemState } from '../sim/objects';
import type { RunState } from '../campaign/runState';
import type { LevelPoint } from '../sim/level';
import type { ChapterBeats } from './beats';
import type { ChapterDefinition } from './definition';
import { nearestExit } from './wayfinding';
import { standardResultLines } from './results';
import {
  activateObjective,
  allyAlive,
  barricadeDoor,
  caption,
  doorNamed,
  drawCrowdTo,
  findAlly,
  flag,
  giveArrows,
  objectiveIsOpen,
  sendWave,
  setFlag,
  startSiege,
} from './script';

/** The stair door's authored name and the objectives' ids (src/levels/maps/rooftop.tmj). */
const STAIR_DOOR = 'stair door';
const BARRICADE = 'barricade';
const RESCUE = 'rescue';
const BOARD = 'board';
/** The stairs down inside the stair house (a trigger area): the waves up the stairs start there. */
const STAIRS_DOWN = 'stairs_down';

/** Da-som, the archer: the bundles of arrows on the roof are for her (loot named so in the map). */
const DA_SOM = 'da-som';
const ARROWS = 'arrows';

/**
 * Chapter 4's world, from the run (votes read here only, as the preamble's contract says):
 * Da-som (the archer, rescued from her locker in chapter 1) and Ji-an (half-infected, the
 * door vote opened) come up when they are with the group and alive; Gu-ho brought back
 * ('back') comes up as a shover, and the crowd that followed him starts the siege further along.
 */
export function rooftopWorldOptions(run: Readonly<RunState>): WorldOptions {
  const allies: AllySpec[] = [];
  const withGroup = (id: string) => run.cast[id]?.alive === true && run.cast[id]?.withGroup === true;
  if (withGroup(DA_SOM)) allies.push({ id: DA_SOM, role: 'archer' });
  if (withGroup('ji-an')) allies.push({ id: 'ji-an', role: 'halfInfected' });
  const guHo = run.votes['gu-ho'] === 'back';
  if (guHo) allies.push({ id: 'gu-ho', role: 'shover' });
  return { siegeHeadStart: guHo ? ROOFTOP.guHoHeadStart : 0, ...(allies.length > 0 ? { allies } : {}) };
}

/**
 * The arrow bundles: without Da-som they are not on the roof (nobody to use them); a
 * carried bundle goes to her once the player is within ROOFTOP.arrowHandReach of her.
 */
function arrowBundles(world: World): void {
  const items = world.level.items;
  const taken = world.objects.itemTaken;
  const dasom = findAlly(world, DA_SOM);
  const alive = dasom !== null && allyAlive(world, DA_SOM);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== 'loot' || item.item !== ARROWS) continue;
    if (!alive) {
      if (taken[i] === ItemState.OnFloor) taken[i] = ItemState.Absent;
      continue;
    }
    if (taken[i] !== ItemState.Taken || world.objectives.delivered[i] === 1) continue;
    const dx = dasom.x - world.player.x;
    const dy = dasom.y - world.player.y;
    if (dx * dx + dy * dy > ROOFTOP.arrowHandReach * ROOFTOP.arrowHandReach) continue;
    // Handed over: no longer the player's to carry or drop.
    world.objectives.delivered[i] = 1;
    giveArrows(world, DA_SOM, ROOFTOP.arrowsPerBundle);
    caption(world, `arrows_${i}`, 'Da-som: "Arrows! Keep them coming, I will keep them off the wall."', { x: dasom.x, y: dasom.y });
  }
}

/** The side of the roof a point on its walls lies on (the nearest map edge), in the player's words. */
function wallSide(world: World, x: number, y: number): 'north' | 'south' | 'west' | 'east' {
  const w = world.level.width;
  const h = world.level.height;
  const d = { west: x, east: w - x, north: y, south: h - y };
  let best: keyof typeof d = 'north';
  for (const k of ['south', 'west', 'east'] as const) if (d[k] < d[best]) best = k;
  return best;
}

/** Hit points of the stair door's brace on this world's difficulty. */
function barricadeHpOf(w: World): number {
  return Math.round(ROOFTOP.barricadeHp * ROOFTOP.barricadeScale[w.difficulty]);
}

/** The braced stair door in a word (the HUD's): holding, cracking, splintering, broken; '' before it is braced. */
export function stairDoorState(w: World): string {
  const d = doorNamed(w, STAIR_DOOR);
  if (!d || !flag(w, 'barricaded')) return '';
  if (d.broken) return 'broken';
  if (d.hp < barricadeHpOf(w) * ROOFTOP.doorSplinteringShare) return 'splintering!';
  if (d.hp < barricadeHpOf(w) * ROOFTOP.doorCrackingShare) return 'cracking';
  return 'holding';
}

/**
 * Da-som's arrows run low (ALLY_ROLES.archer.lowArrows or fewer) and a bundle is still to
 * be had: the nearest bundle on the roof, or Da-som herself while the player carries one
 * (handed over within ROOFTOP.arrowHandReach). Null otherwise, and once the helicopter is down.
 */
export function arrowsErrand(w: World): LevelPoint | null {
  if (objectiveIsOpen(w, BOARD) || !allyAlive(w, DA_SOM)) return null;
  const dasom = findAlly(w, DA_SOM);
  if (!dasom) return null;
  const items = w.level.items;
  let best: LevelPoint | null = null;
  let bestD = Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== 'loot' || item.item !== ARROWS) continue;
    const state = w.objects.itemTaken[i];
    // Carried and not handed over yet: take it to her.
    if (state === ItemState.Taken && w.objectives.delivered[i] === 0) return { x: dasom.x, y: dasom.y };
    if (state !== ItemState.OnFloor) continue;
    const dx = w.objects.itemX[i]! - w.player.x;
    const dy = w.objects.itemY[i]! - w.player.y;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = { x: w.objects.itemX[i]!, y: w.objects.itemY[i]! };
    }
  }
  return dasom.arrows <= ALLY_ROLES.archer.lowArrows ? best : null;
}

/** Seconds since the chapter's clock started: the rescue hold-out's (it runs from the first tick). */
function clockTicks(world: World): number {
  const k = world.objectives.specs.findIndex((s) => s.id === RESCUE);
  return k >= 0 ? world.objectives.ticks[k]! : world.tick;
}

/** Whether the chapter's clock reached `at` seconds on this very tick (so each timed beat fires once). */
function passed(world: World, at: number): boolean {
  return clockTicks(world) === Math.round(at * TICK_RATE);
}

/**
 * Chapter 4, "Wall Climbers": the siege of the school roof, on the rescue's clock.
 *   0 s    out of the stairwell: the siege begins (the helicopter is 150 s out)
 *   barricade reached: the stair door is shut and braced (ROOFTOP.barricadeHp x barricadeScale)
 *   25 s   the crowd is drawn to the west and east walls: their piles crest first
 *   45 s.. waves up the stairs hit the stair door (ROOFTOP.stairWavesAt)
 *   100 s  piles at every wall
 *   120 s  jets over the city: a flash and the rumble
 *   150 s  the rescue hold-out ends: the helicopter lands (board: 30 s on the pad)
 */
export const rooftopBeats: ChapterBeats = (world: World) => {
  if (!flag(world, 'started')) {
    setFlag(world, 'started');
    startSiege(world, ROOFTOP.siegeSeconds);
    caption(world, 'start', 'Seo-yeon: "The helicopter is two and a half minutes out. Shut that door!"', { sfx: 'phoneBuzz' });
  }
  const count = world.events.length;
  for (let k = 0; k < count; k++) {
    const e = world.events[k]!;
    if (e.type === 'objectiveCompleted' && e.id === BARRICADE) setFlag(world, 'barricadeDue');
    if (e.type === 'objectiveCompleted' && e.id === RESCUE) {
      activateObjective(world, BOARD);
      caption(world, 'helicopter', 'The helicopter drops onto the pad. Thirty seconds: get on board!', { sfx: 'rotor' });
    }
    if (e.type === 'doorBroken' && world.level.doors[e.door]?.name === STAIR_DOOR) {
      const d = world.doors[e.door]!;
      caption(world, 'door_broken', 'The stair door gives way! They pour out of the stairwell.', { x: d.x + 0.5, y: d.y + 0.5, sfx: 'doorBreak' });
    }
    if (e.type === 'infectedKilled' && !flag(world, 'firstDown')) {
      setFlag(world, 'firstDown');
      caption(world, 'first_down', 'It slumps to the gravel and stays down.', { x: e.x, y: e.y });
    }
    if (e.type === 'pileRising') {
      // Which wall comes next, said once per side of the roof, with the arrow pointing there.
      const side = wallSide(world, e.x, e.y);
      if (!flag(world, `rising_${side}`)) {
        setFlag(world, `rising_${side}`);
        caption(world, `rising_${side}`, `Bodies heaping up under the ${side} wall: they will come over there next.`, { x: e.x, y: e.y, sfx: 'doorScratch' });
      }
    }
    if (e.type === 'doorBashed' && world.level.doors[e.door]?.name === STAIR_DOOR && flag(world, 'barricaded') && !flag(world, 'doorSplintering')) {
      if (e.hp < barricadeHpOf(world) * ROOFTOP.doorSplinteringShare) {
        setFlag(world, 'doorSplintering');
        const d = world.doors[e.door]!;
        caption(world, 'door_splintering', "The stair door is splintering: it won't hold long. Fill up and keep clear of it!", { x: d.x + 0.5, y: d.y + 0.5, sfx: 'doorBreak' });
      }
    }
    if (e.type === 'arrowsLow' && e.ally === DA_SOM) {
      const bundle = arrowsErrand(world);
      if (bundle) caption(world, 'arrows_low', 'Da-som: "I am nearly out of arrows! Bundles on the roof: bring me one."', { x: bundle.x, y: bundle.y });
    }
    if (e.type === 'bodyOver' && !flag(world, 'firstOver')) {
      setFlag(world, 'firstOver');
      caption(world, 'first_over', 'A hand over the parapet. Foam them off the wall before they stand up!', { x: e.x, y: e.y, sfx: 'snarl' });
    }
  }
  // The door is braced once the player is out and it can be shut (never on a body).
  if (flag(world, 'barricadeDue') && !flag(world, 'barricaded') && barricadeDoor(world, STAIR_DOOR, barricadeHpOf(world))) {
    setFlag(world, 'barricaded');
    const d = doorNamed(world, STAIR_DOOR);
    caption(world, 'barricaded', "A pipe through the stair door's handles, crates piled on. It will hold a while.", { x: d ? d.x + 0.5 : undefined, y: d ? d.y + 0.5 : undefined });
  }
  arrowBundles(world);
  const w = world.level.width;
  const h = world.level.height;
  if (passed(world, ROOFTOP.pilesAt)) {
    drawCrowdTo(world, [{ x: 0, y: h / 2 }, { x: w, y: h / 3 }]);
    caption(world, 'piles', 'Below, the crowd is heaping up against the west and east walls.', { x: 2, y: h / 2 });
  }
  for (const at of ROOFTOP.stairWavesAt) {
    if (!passed(world, at)) continue;
    const size = ROOFTOP.stairWaveSize + DIFFICULTY[world.difficulty].rushWaves - 1;
    const stairs = world.level.triggers.find((t) => t.name === STAIRS_DOWN);
    if (stairs) sendWave(world, { at: { x: stairs.x + stairs.w / 2, y: stairs.y + stairs.h / 2 } }, size);
    if (at === ROOFTOP.stairWavesAt[0]) {
      const d = doorNamed(world, STAIR_DOOR);
      caption(world, 'door_hits', 'Something slams into the stair door from inside. Then again.', { x: d ? d.x + 0.5 : undefined, y: d ? d.y + 0.5 : undefined, sfx: 'doorBash' });
    }
  }
  if (passed(world, ROOFTOP.peakAt)) caption(world, 'peak', 'They are piling up at every wall now. Keep moving, keep the edges clear.');
  if (passed(world, ROOFTOP.jetsAt)) caption(world, 'jets', 'Jets scream low over the city. A white flash on the horizon, then the rumble.', { sfx: 'jetFlyover' });
};

/** Seconds until the helicopter is down: the rescue hold-out's time left (<= 0 once it landed), null before its last minute. */
export function helicopterLandingIn(w: World): number | null {
  const k = w.objectives.specs.findIndex((s) => s.id === RESCUE);
  const spec = w.objectives.specs[k];
  if (!spec || spec.kind !== 'holdOut') return null;
  const left = spec.seconds - w.objectives.ticks[k]! / TICK_RATE;
  return left > 60 ? null : left;
}

/** The stair door's front while it is not braced; a bundle of arrows (or Da-som, carrying one) while she runs low; else the helipad's centre (the level's exit). */
export function rooftopTarget(w: World): LevelPoint | null {
  if (objectiveIsOpen(w, BARRICADE)) {
    const d = doorNamed(w, STAIR_DOOR);
    if (d && !d.broken) return { x: d.x + 0.5, y: d.y + 1.5 };
  }
  return arrowsErrand(w) ?? nearestExit(w);
}

/** The HUD's line: what to do now, with the clock. */
export function rooftopObjective(w: World): string {
  if (w.status === 'won') return 'Aboard. The roof falls away below you.';
  if (objectiveIsOpen(w, BOARD)) return 'The helicopter is down: get on the helipad!';
  const k = w.objectives.specs.findIndex((s) => s.id === RESCUE);
  const spec = w.objectives.specs[k];
  const left = spec?.kind === 'holdOut' ? Math.max(0, Math.ceil(spec.seconds - w.objectives.ticks[k]! / TICK_RATE)) : 0;
  const clock = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  if (objectiveIsOpen(w, BARRICADE)) return `Barricade the stair door behind you. Helicopter in ${clock}`;
  const errand = arrowsErrand(w);
  if (errand) {
    const dasom = findAlly(w, DA_SOM);
    const toHer = dasom !== null && errand.x === dasom.x && errand.y === dasom.y;
    return `${toHer ? 'Take the arrows to Da-som' : 'Da-som is low on arrows: fetch a bundle'}. Helicopter in ${clock}`;
  }
  const door = stairDoorState(w);
  // Short enough to read in two lines on a 360 px phone with the door's state (OBJECTIVE_MAX_CHARS).
  return `Hold the roof. Helicopter in ${clock}${door ? ` \u00b7 Stair door ${door}` : ''}`;
}

/** Chapter 4, "Wall Climbers": the siege of the roof until the helicopter (src/levels/maps/rooftop.tmj). */
export const ROOFTOP_CHAPTER: ChapterDefinition = {
  id: 'rooftop',
  number: 4,
  place: 'Rooftop',
  title: 'Wall Climbers',
  map: 'rooftop',
  theme: 'rooftop',
  music: 'exploreRooftop',
  assetPack: 'rooftop',
  seed: 0x400f,
  beats: rooftopBeats,
  sightings: {
    climber: 'A climber, up the wall. Foam it while it clings: it falls, pile and all.',
    sprinter: 'Over the parapet! Keep the foam on it: soaked through, it drops. Or push it off.',
  },
  worldOptions: rooftopWorldOptions,
  objective: rooftopObjective,
  objectiveTarget: rooftopTarget,
  // The map-knowing bot runs the arrows errand too; otherwise it holds the roof to the helipad.
  botGoal: arrowsErrand,
  lossTips: {
    sprinter: 'A sprinter got you. Catch them on the wall: foam knocks a climbing body off; one up on the roof goes down if you keep the foam on it.',
    climber: 'A climber got you. They come up anywhere: foam them off the wall, or keep the foam on one that made it up until it drops.',
    heavy: 'A heavy got you. Keep away from it and let the foam push it to the edge.',
    cheerleader: 'A cheerleader got you. Her cheer brings the rest: foam her first.',
    timeUp: 'The helicopter could not wait. When it lands, get onto the helipad at once.',
  },
  resultLines: (world, summary) => [...standardResultLines(world, summary), `Knocked off the walls ${world.siege.fell}`],
  usesPhone: false,
  // From the helipad a wall and its drop (the crowd below) stay in view: 24 tiles tall shows
  // the west drop at 1280x720; 18 across (20 px a tile at 360 wide) still reads on a phone.
  camera: { tilesOnShortSide: 24, portraitTilesAcross: 18 },
  finale: {
    landingIn: helicopterLandingIn,
    // The helipad is the map's exit (where the bots head), its centre the pad.
    pad: { x: 19, y: 20.5 },
  },
};
