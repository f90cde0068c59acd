import type { AllySpec, World, WorldOptions } from '../sim/world';
import type { RunState } from '../campaign/runState';
import { LOOT, SNACK_RAID, TAE_MIN, TICK_RATE } from '../sim/tuning';
import type { LevelPoint } from '../sim/level';
import { ItemState } from '../sim/objects';
import type { ChapterBeats } from './beats';
import type { ChapterDefinition } from './definition';
import { standardResultLines } from './results';
import { allyAlive, armsFull, pushingTable, biteAlly, caption, findAlly, flag, handLootToAlly, lootCarried, lootCarriedByAllies, makeNoise, objectiveProgress, refillExtinguisher, restoreGrab, setFlag, settleHall } from './script';

/** Snacks that finish the chapter, and the bonus (the map's `snacks` and `bonus` objectives say the same). */
export const CAFETERIA_NEEDED = 6;
export const CAFETERIA_BONUS = 10;

/**
 * Chapter 2 keeps what chapter 1 gave: the player comes down from the music room with the
 * extinguisher in hand (the default) and Tae-min, who carries two snacks and jokes. Ji-an
 * comes too when the group opened the door to her (the 'door' vote: she is with the group).
 * The player's arms hold LOOT.armsFull snacks, so the raid is several trips to the stairs.
 */
export function cafeteriaWorldOptions(run: Readonly<RunState>): WorldOptions {
  const allies: AllySpec[] = [];
  if (run.cast['tae-min']?.alive !== false) allies.push({ id: 'tae-min', role: 'follower' });
  const jiAn = run.cast['ji-an'];
  if (jiAn?.alive && jiAn.withGroup) allies.push({ id: 'ji-an', role: 'halfInfected' });
  // The dining hall's tables can be slid over, slowly (VAULT in tuning.ts); two boxes fill your arms.
  const options: WorldOptions = { tableVault: true, armsFull: LOOT.armsFull };
  return allies.length > 0 ? { allies, ...options } : options;
}

/** Tae-min's jokes, in order, while all is well (a caption every TAE_MIN.jokeEverySeconds). */
export const TAE_MIN_JOKES = [
  'Tae-min: "Table for one? Sorry, they are all taken. Permanently."',
  'Tae-min: "Five stars for the service. Zero for the customers."',
  'Tae-min: "If I die here, tell them it was the mystery meat."',
  'Tae-min: "Strawberry syrup. I am telling myself it is strawberry syrup."',
  'Tae-min: "Lunch lady rule one: no running in the cafeteria. I think we can bend it."',
  'Tae-min: "Do you think the wax pudding is vegan?"',
];
/** The joke he never finishes. */
export const TAE_MIN_LAST_JOKE = 'Tae-min: "Okay, last one. Why did the zombie skip lunch? Because he was already—"';

/**
 * Where the hall stirs after each load handed in on the stairs (SNACK_RAID.stirLoudness):
 * among the tables, deeper each time, so the next trip down meets sleepers that got up.
 */
export const HALL_STIRS: readonly LevelPoint[] = [
  { x: 36.5, y: 15.5 },
  { x: 47.5, y: 19.5 },
  { x: 20.5, y: 12.5 },
  { x: 30.5, y: 22.5 },
];

/** The dining hall (rows between the serving counters and the stairs' wall), where the seated ones settle. */
const HALL = { x: 1, y: 9, w: 58, h: 16 };

/**
 * Back down after a load: something in the hall clatters (deeper each trip: HALL_STIRS)
 * and wakes the sleepers near it, so each trip crosses a hall that is stirring again.
 */
function stirHall(world: World): void {
  const due = Number(flag(world, 'stirDue') ?? 0);
  const n = Number(flag(world, 'stirs') ?? 0);
  const p = world.player;
  if (due <= n || p.x < HALL.x || p.y < HALL.y || p.x >= HALL.x + HALL.w || p.y >= HALL.y + HALL.h) return;
  setFlag(world, 'stirs', n + 1);
  settleHall(world, HALL);
  const at = HALL_STIRS[n % HALL_STIRS.length]!;
  makeNoise(world, at.x, at.y, SNACK_RAID.stirLoudness, 'throw');
  caption(world, 'hallStirs', 'The hall had gone quiet, heads back on the tables. Then a tray slides off one and clatters. Heads come up.', at);
}

/** Snacks handed in on the stairs so far. */
function delivered(w: World): number {
  return objectiveProgress(w, 'snacks');
}

/**
 * Chapter 2, "Snack Raid": the scripted moments of the cafeteria, keyed by the trigger
 * names authored in src/levels/maps/cafeteria.tmj (assets/scripts/buildCafeteriaMap.ts):
 *   hall         down the stairs into the dining hall: the seated infected
 *   syrup        the middle aisle: strawberry-syrup "blood" under the tables
 *   counters     behind the serving counters: the wax display food
 *   kitchen      the kitchen and the coach among the stoves
 *   pantry       the dark pantry
 *   loading_bay  the locked loading door, and what bangs on it
 *   vending      the vending machine (the greedy option)
 *   passage      the service passage round the hall (the quiet way)
 * and on events: the first snack (what weight does), arms full (take them to the stairs),
 * a load handed in (the hall stirs), the machine emptied (every head in the hall comes
 * up), enough snacks found (go back; more for the bonus).
 */
export const cafeteriaBeats: ChapterBeats = (world: World) => {
  if (world.tick === 1) caption(world, 'start', 'Seo-yeon: "Six snacks from the cafeteria, Joon. That gets us through the night. Quietly."', { sfx: 'phoneBuzz' });
  const count = world.events.length;
  for (let k = 0; k < count; k++) {
    const e = world.events[k]!;
    if (e.type === 'lootPicked') {
      // Tae-min takes what he can carry while he is close and still himself.
      if (!flag(world, 'bitten') && handLootToAlly(world, 'tae-min', TAE_MIN.carries, TAE_MIN.handReach) && !flag(world, 'taeMinCarries')) {
        setFlag(world, 'taeMinCarries');
        const t = findAlly(world, 'tae-min');
        caption(world, 'taeMinCarries', `Tae-min: "Give me that. I've got ${TAE_MIN.carries} hands. Well, two. Same thing."`, t ? { x: t.x, y: t.y } : undefined);
      } else if (!flag(world, 'firstSnack')) {
        setFlag(world, 'firstSnack');
        caption(world, 'weight', 'A snack. Every one you carry slows you and makes your steps louder. Drop one to run lighter.');
      }
    }
    if (e.type === 'objectiveProgress' && e.id === 'snacks' && e.progress < CAFETERIA_NEEDED) {
      // A load is on the stairs: a fresh extinguisher for the next trip, and the hall that lost you settles.
      refillExtinguisher(world);
      restoreGrab(world);
      setFlag(world, 'stirDue', Number(flag(world, 'stirs') ?? 0) + 1);
      caption(world, 'loadIn', `Seo-yeon takes them: "${e.progress} of ${CAFETERIA_NEEDED}. Here, a full extinguisher." Below, the hall goes quiet.`, { sfx: 'phoneBuzz' });
    }
    if (e.type === 'vendingUsed') caption(world, 'vended', 'CLUNK. CLUNK. CLUNK. The machine empties into your arms, and every head in the hall comes up.', { sfx: 'doorBash' });
    if (e.type === 'decoyPicked' && !flag(world, 'firstTray')) {
      setFlag(world, 'firstTray');
      caption(world, 'tray', 'Throw it (Q) to pull them away with the clatter. A tray also knocks over the one it hits.');
    }
    if (e.type !== 'trigger') continue;
    switch (e.name) {
      case 'hall':
        caption(world, 'hall', 'The dining hall. They are still at the tables, heads down, as if lunch never ended. Sneak past.');
        break;
      case 'syrup':
        caption(world, 'syrup', 'Red puddles under the tables. Strawberry syrup from the dessert bar. Mostly.');
        break;
      case 'counters':
        caption(world, 'counters', 'The serving line. The display food is wax. The real snacks are on the trays back here, and in the kitchen.');
        break;
      case 'kitchen':
        caption(world, 'kitchen', 'The kitchen. Counters, stoves, fridges, and a door to the pantry.');
        break;
      case 'pantry':
        caption(world, 'pantry', 'The pantry is dark: they see you late in here, and you see them late too.');
        break;
      case 'loading_bay':
        caption(world, 'loadingBay', 'Something bangs on the loading door. It is locked, and it holds. For now.', { sfx: 'doorBash' });
        break;
      case 'passage':
        caption(world, 'passage', 'The service passage: the long way round the hall to the kitchen. Nobody eats down here. Slower, but quiet.');
        break;
      case 'vending':
        caption(world, 'vending', 'The vending machine: a whole row of snacks in one go. It will ring out over the whole hall.');
        break;
      default:
        break;
    }
  }
  if (!flag(world, 'tableTip') && pushingTable(world)) {
    setFlag(world, 'tableTip');
    caption(world, 'tableTip', 'Hold toward the table to slide over it: slowly, and loudly. They cannot follow you across.');
  }
  if (!flag(world, 'armsFull') && armsFull(world)) {
    setFlag(world, 'armsFull');
    caption(world, 'armsFull', `Your arms are full: ${LOOT.armsFull} boxes is all you can hold. Take them up to the stairs, then come back for more.`);
  }
  if (!flag(world, 'loadedAt') && (armsFull(world) || found(world) >= CAFETERIA_NEEDED)) setFlag(world, 'loadedAt', world.tick);
  if (!flag(world, 'enough') && found(world) >= CAFETERIA_NEEDED) {
    setFlag(world, 'enough');
    setFlag(world, 'enoughAt', world.tick);
    caption(world, 'enough', `Seo-yeon: "That's enough. Come back up to the stairs. ${CAFETERIA_BONUS} if you dare, but don't be greedy."`, { sfx: 'phoneBuzz' });
  }
  stirHall(world);
  taeMinBeats(world);
};

/**
 * Tae-min's part: a joke now and then while all is well; then, on the way back with the
 * first full load (the serving line or the stairs end of the hall once the player's arms
 * are full, or at the latest TAE_MIN.biteLatestSeconds after), his last joke and,
 * mid-joke, the bite. The player can put it off (stay in the kitchen) but not stop it: the
 * story needs it. He then follows, bitten, holding what he carried but taking no more;
 * the end of the chapter records it for the vote.
 */
function taeMinBeats(world: World): void {
  if (!allyAlive(world, 'tae-min')) return;
  const t = findAlly(world, 'tae-min')!;
  const at = { x: t.x, y: t.y };
  const lastJoke = flag(world, 'lastJokeAt');
  if (typeof lastJoke === 'number') {
    if (!flag(world, 'bitten') && world.tick - lastJoke >= TAE_MIN.biteMidJokeSeconds * TICK_RATE) {
      setFlag(world, 'bitten');
      biteAlly(world, 'tae-min', TAE_MIN.turnSeconds);
      caption(world, 'taeMinBitten', 'A hand from under the counter closes on his ankle. Tae-min screams. He pulls free, bleeding: bitten. He hugs what he carries; he can take no more.', { ...at, sfx: 'allyBitten' });
    }
    return;
  }
  const loadedAt = flag(world, 'loadedAt');
  if (typeof loadedAt === 'number') {
    let onTheWayBack = world.tick - loadedAt >= TAE_MIN.biteLatestSeconds * TICK_RATE;
    for (const e of world.events) if (e.type === 'trigger' && (e.name === 'way_back_counters' || e.name === 'way_back_stairs' || e.name === 'way_back_passage')) onTheWayBack = true;
    if (onTheWayBack) {
      setFlag(world, 'lastJokeAt', world.tick);
      caption(world, 'taeMinLastJoke', TAE_MIN_LAST_JOKE, at);
      return;
    }
  }
  // A joke every so often, the first a little after the start.
  if (world.tick > 0 && world.tick % (TAE_MIN.jokeEverySeconds * TICK_RATE) === 0) {
    const n = Number(flag(world, 'jokes') ?? 0);
    setFlag(world, 'jokes', n + 1);
    caption(world, 'taeMinJoke', TAE_MIN_JOKES[n % TAE_MIN_JOKES.length]!, at);
  }
}

/** Snacks found: in the player's hands, Tae-min's, and already on the stairs. */
function found(w: World): number {
  return lootCarried(w) + lootCarriedByAllies(w) + delivered(w);
}

/** Whether a point is in the dining hall (among the tables, between the serving line and the stairs' wall). */
function inHall(x: number, y: number): boolean {
  return x >= HALL.x && y >= HALL.y && x < HALL.x + HALL.w && y < HALL.y + HALL.h;
}

/**
 * The nearest snack lying on the floor (level spot, seeded spot this run, or dropped), or
 * null; `offHall`: not one among the tables (the marker's plan: the hall's are the player's gamble).
 */
export function nearestSnack(w: World, offHall = false): LevelPoint | null {
  const items = w.level.items;
  const o = w.objects;
  let best: LevelPoint | null = null;
  let bestD = Infinity;
  for (let i = 0; i < items.length; i++) {
    const state = o.itemTaken[i];
    if (items[i]!.kind !== 'loot' || (state !== ItemState.OnFloor && state !== ItemState.Dropped)) continue;
    if (offHall && inHall(o.itemX[i]!, o.itemY[i]!)) continue;
    const dx = o.itemX[i]! - w.player.x;
    const dy = o.itemY[i]! - w.player.y;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = { x: o.itemX[i]!, y: o.itemY[i]! };
    }
  }
  return best;
}

/** The stairs up to the music room (the delivery area's centre). */
function stairs(w: World): LevelPoint | null {
  const spec = w.objectives.specs.find((s) => s.id === 'snacks');
  if (spec?.kind === 'collect' && spec.deliver) return { x: spec.deliver.x + spec.deliver.w / 2, y: spec.deliver.y + spec.deliver.h / 2 };
  return null;
}

/** Whether the raid should head for the stairs now: arms full, or enough found. */
function homeward(w: World): boolean {
  return armsFull(w) || found(w) >= CAFETERIA_NEEDED;
}

/**
 * The service passage round the dining hall (the map's quiet way, two cells wide): from the
 * stairs east under the hall, then north up its east side to the service door on the serving line.
 */
const PASSAGE = {
  /** Its long leg under the hall starts at the stairs' side door (x 15) and runs along these rows. */
  bottomY: 26,
  /** Its leg up the hall's east side, from the service door's column on. */
  eastX: 60,
  /** The foot of the east leg: the turn between the two legs. */
  foot: { x: 61.5, y: 25.5 },
  /** The turn at the bottom, heading home. */
  corner: { x: 61.5, y: 26.5 },
  /** The service door onto the serving line, heading home from the kitchen side. */
  serviceDoor: { x: 60.5, y: 8.5 },
};

/**
 * Where the player is on the way round: 'stairs' (the stairs' landing), 'under' (the passage's
 * long leg), 'east' (its east leg), 'kitchen' (the serving line and the rooms behind it) or 'hall'.
 */
function area(x: number, y: number): 'stairs' | 'under' | 'east' | 'kitchen' | 'hall' {
  if (y >= PASSAGE.bottomY) return x < 15 ? 'stairs' : 'under';
  if (x >= PASSAGE.eastX) return 'east';
  return y < HALL.y ? 'kitchen' : 'hall';
}

/**
 * Where chapter 2's marker leads: to the nearest snack off the hall floor until the player's
 * arms are full or enough are found, then back to the stairs, both by the service passage
 * round the hall (the quiet way; the quick way among the tables is the player's choice, and
 * from inside the hall the marker takes the shortest way). Never to the vending machine:
 * that is the player's own gamble.
 */
export function cafeteriaTarget(w: World): LevelPoint | null {
  const at = area(w.player.x, w.player.y);
  if (!homeward(w)) {
    const snack = nearestSnack(w, true) ?? nearestSnack(w);
    if (!snack) return stairs(w);
    const deep = area(snack.x, snack.y) === 'kitchen';
    return deep && (at === 'stairs' || at === 'under') ? PASSAGE.foot : snack;
  }
  if (at === 'kitchen') return PASSAGE.serviceDoor;
  if (at === 'east') return PASSAGE.corner;
  return stairs(w);
}

/** The HUD's objective line: what is in hand, what is on the stairs, and what the load does. */
export function cafeteriaObjective(w: World): string {
  if (w.status === 'won') return 'Back up the stairs with the food.';
  if (w.objects.hidingIn >= 0) return 'Hiding. Step out when it is quiet.';
  const inHand = lootCarried(w);
  const onStairs = delivered(w);
  const load = inHand > 0 ? ` Carrying ${inHand}: slower and louder.` : '';
  if (found(w) < CAFETERIA_NEEDED) {
    if (armsFull(w)) return `Arms full: take them up to the stairs (${onStairs}/${CAFETERIA_NEEDED} there).`;
    return `Find snacks: ${found(w)}/${CAFETERIA_NEEDED}.${load}`;
  }
  return `Bring them back to the stairs (${onStairs}/${CAFETERIA_NEEDED} there).${load}`;
}

/** Chapter 2, "Snack Raid": food from the cafeteria back up to the music room (src/levels/maps/cafeteria.tmj). */
export const CAFETERIA: ChapterDefinition = {
  id: 'cafeteria',
  number: 2,
  place: 'Cafeteria',
  title: 'Snack Raid',
  map: 'cafeteria',
  theme: 'cafeteria',
  music: 'exploreCafeteria',
  assetPack: 'cafeteria',
  seed: 0xcafe,
  beats: cafeteriaBeats,
  sightings: {
    sprinter: 'Seated at the tables, heads down. Asleep, until something clatters or stomps past.',
    cheerleader: 'The cheerleader, twirling by the tables. If she sees you, she cheers the whole hall awake.',
    heavy: 'The coach raids the kitchen too. Foam barely slows him: keep a counter between you.',
  },
  worldOptions: cafeteriaWorldOptions,
  objective: cafeteriaObjective,
  // The line counts the snacks (found, and on the stairs): the HUD shows only the bonus under it.
  objectiveCounts: ['snacks'],
  objectiveTarget: cafeteriaTarget,
  // The survivor bot goes round by the service passage too: the marker's plan, the exit (null) for the stairs.
  botGoal: (w) => {
    const t = cafeteriaTarget(w);
    return homeward(w) && t === stairs(w) ? null : t;
  },
  lossTips: {
    sprinter: 'A sprinter ran you down. A full bag is slow and loud: drop a snack to run, and sneak past the tables.',
    cheerleader: 'The cheerleader got you. Her cheer wakes the hall: keep tables and counters between you and her.',
    heavy: 'The coach got you. He barely feels the foam: keep a counter or a door between you.',
    climber: 'A climber got you. Foam knocks them off the wall.',
  },
  resultLines: (world, summary) => {
    const lines = standardResultLines(world, summary);
    lines.splice(2, 0, `Snacks brought back ${delivered(world)}${delivered(world) >= CAFETERIA_BONUS ? ' (bonus!)' : ''}`);
    return lines;
  },
  usesPhone: false,
};
