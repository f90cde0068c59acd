import type { AllySpec, World, WorldOptions } from '../sim/world';
import type { RunState } from '../campaign/runState';
import { LOOT, SNACK_RAID, TAE_MIN, TICK_RATE } from '../sim/tuning';
import type { LevelPoint } from '../sim/level';
import { ItemState } from '../sim/objects';
import { SurvivorState } from '../sim/survivors';
import type { ChapterBeats } from './beats';
import type { ChapterDefinition } from './definition';
import { standardResultLines } from './results';
import { allyAlive, armsFull, barricadeDoor, doorNamed, openDoor, pushingTable, biteAlly, caption, findAlly, flag, hallAwake, handLootToAlly, lootCarried, lootCarriedByAllies, makeNoise, objectiveProgress, refillExtinguisher, restoreGrab, setFlag, setTurnTime, settleOne } from './script';

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
  'Tae-min: "Lunch lady rule one: no running in the cafeteria. We can bend it."',
  'Tae-min: "Do you think the wax pudding is vegan?"',
];
/** What he says on the stairs while the hall settles, bitten (a line every TAE_MIN.waitJokeEverySeconds of the wait). */
export const TAE_MIN_WAIT_JOKES = [
  'Tae-min, limping: "Good news: I am still only hungry for snacks. I checked."',
  'Tae-min: "Look at them. Heads on the tables. Same as third period, honestly."',
  'Tae-min: "If I start moaning, it is the ankle. Probably. Watch me anyway."',
  'Tae-min: "Somebody sat down. Two more. Come on, you can do it, nap time."',
];
/** The joke he never finishes. */
export const TAE_MIN_LAST_JOKE = 'Tae-min: "Last one. Why did the zombie skip lunch? Because he was already—"';

/**
 * Where the hall stirs as each load is handed in on the stairs (SNACK_RAID.stirLoudness):
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
 * Where the ones the stir got up are counted and settle: the serving line and the hall,
 * the service passage's two legs, and the stairs' landing (one up there is up too).
 */
const STIRRED_AREAS = [
  { x: 1, y: 8, w: 58, h: 17 },
  { x: 16, y: 26, w: 47, h: 2 },
  { x: 61, y: 8, w: 2, h: 18 },
  { x: 1, y: 26, w: 14, h: 3 },
] as const;

/**
 * A load handed in: below, a tray slides off a table and clatters (deeper into the hall each
 * trip: HALL_STIRS) and the sleepers near it get up. The hall is "up" until they have all
 * sat down again (settleHall); the marker and the HUD line say wait on the stairs meanwhile.
 */
function stirHall(world: World): void {
  const n = Number(flag(world, 'stirs') ?? 0);
  setFlag(world, 'stirs', n + 1);
  setFlag(world, 'hallUpAt', world.tick);
  setFlag(world, 'quietSince', world.tick);
  // Tae-min's first line a few seconds into the wait, after Seo-yeon's.
  setFlag(world, 'waitJokeAt', world.tick + TAE_MIN.firstWaitJokeSeconds * TICK_RATE);
  const at = HALL_STIRS[n % HALL_STIRS.length]!;
  makeNoise(world, at.x, at.y, SNACK_RAID.stirLoudness, 'throw');
  caption(world, 'hallStirs', 'A tray clatters below. Every head comes up. Wait on the stairs till they settle.', { ...at, sfx: 'trayClatter' });
}

/** The stairs' landing (the delivery area), and its two doors: onto the hall and into the service passage. */
const LANDING = { x: 1, y: 26, w: 14, h: 3 };
const LANDING_DOORS = ['stairs', 'service passage'] as const;

/** Everyone still with the group (Tae-min, Ji-an) is on the landing: the door can be shut. */
function groupOnLanding(world: World): boolean {
  const s = world.survivors;
  for (let k = 1; k < s.count; k++) {
    if (s.state[k]! > SurvivorState.Bitten) continue;
    if (s.x[k]! < LANDING.x || s.y[k]! < LANDING.y || s.x[k]! >= LANDING.x + LANDING.w || s.y[k]! >= LANDING.y + LANDING.h) return false;
  }
  return true;
}

/**
 * While the hall is up, the group on the stairs holds the landing's doors shut behind the
 * player (SNACK_RAID.heldDoorHp: what comes after you hammers on them, and cannot see you).
 * The player may open one and go anyway (the group lets them: until they come back); when the
 * hall is quiet the group lets go (releaseLanding).
 */
function holdLanding(world: World): void {
  const onLanding = area(world.player.x, world.player.y) === 'stairs';
  if (flag(world, 'letOut') === true) {
    if (!onLanding) setFlag(world, 'letOut', false);
    return;
  }
  const held = flag(world, 'doorsHeld') === true;
  if (held) {
    // A landing door opened while held: the player's own choice to go.
    for (const e of world.events) {
      if (e.type !== 'doorOpened') continue;
      const name = world.level.doors[e.door]?.name;
      if (name === LANDING_DOORS[0] || name === LANDING_DOORS[1]) {
        setFlag(world, 'letOut', true);
        setFlag(world, 'doorsHeld', false);
        return;
      }
    }
  }
  if (!hallUp(world) || stillUp(world) === 0 || !onLanding || !groupOnLanding(world)) return;
  let shut = 0;
  for (const name of LANDING_DOORS) {
    const d = doorNamed(world, name);
    if (!d || d.broken) continue;
    if (!d.open || barricadeDoor(world, name, SNACK_RAID.heldDoorHp)) shut++;
  }
  if (shut === LANDING_DOORS.length && !held) {
    setFlag(world, 'doorsHeld', true);
    caption(world, 'doorsHeld', 'Seo-yeon shuts the doors behind you and leans on them: "Wait. Let them settle."', { sfx: 'doorClose' });
  }
}

/**
 * The hall is quiet: the group lets go of the doors and opens the passage's (nobody sleeps
 * behind it). The hall's stays shut: the ones that gave up on it sleep right behind it, and a
 * door opening wakes whoever is that close; opening it is the player's call.
 */
function releaseLanding(world: World): void {
  if (flag(world, 'doorsHeld') !== true) return;
  setFlag(world, 'doorsHeld', false);
  // Eased open, without a sound: those that hammered on it may sleep right behind it.
  openDoor(world, LANDING_DOORS[1], true);
}

/** Whether the hall is up after a stir: someone the clatter woke is still on their feet. */
export function hallUp(w: World): boolean {
  return typeof flag(w, 'hallUpAt') === 'number';
}

/** How many are up in the hall now (the HUD line's count while it settles). */
export function stillUp(w: World): number {
  return hallAwake(w, STIRRED_AREAS).up;
}

/**
 * A hall that is up settles back a few at a time: once none of them has seen the player for
 * SNACK_RAID.settleQuietSeconds, every SNACK_RAID.settleEverySeconds one in settleShare of
 * those up sits down (nearest the player first, so they see it); anyone seeing the player
 * starts the quiet over. When the last is down the hall is quiet again (a caption says go).
 */
function settleHall(world: World): void {
  const upAt = flag(world, 'hallUpAt');
  if (typeof upAt !== 'number') return;
  const { up, seen } = hallAwake(world, STIRRED_AREAS);
  if (seen) setFlag(world, 'quietSince', world.tick);
  // The clatter is heard on the tick after it was made: the count means something from then on.
  if (up === 0 && world.tick - upAt > TICK_RATE) {
    setFlag(world, 'hallUpAt', false);
    releaseLanding(world);
    caption(world, 'hallQuiet', 'Seo-yeon opens the passage door: "Go. Not the hall door: they sleep behind it."', { sfx: 'doorOpen' });
    return;
  }
  const quietFor = world.tick - Number(flag(world, 'quietSince'));
  const lastSettle = Number(flag(world, 'lastSettle') ?? -Infinity);
  if (quietFor < SNACK_RAID.settleQuietSeconds * TICK_RATE || world.tick - lastSettle < SNACK_RAID.settleEverySeconds * TICK_RATE) return;
  // A few at a time while many are up, so even a hall the raid woke is quiet within a minute or so.
  const now = Math.max(1, Math.round(up / SNACK_RAID.settleShare));
  let sat = 0;
  for (let k = 0; k < now; k++) if (settleOne(world, STIRRED_AREAS, world.player.x, world.player.y) >= 0) sat++;
  if (sat > 0) setFlag(world, 'lastSettle', world.tick);
}

/** Whether the raid should wait on the stairs now: the hall is up and the load is not yet enough. */
export function waitForHall(w: World): boolean {
  return hallUp(w) && !homeward(w);
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
  if (world.tick === 1) caption(world, 'start', 'Seo-yeon: "Six snacks from the cafeteria, Joon. Enough for the night. Quietly."', { sfx: 'phoneBuzz' });
  const count = world.events.length;
  for (let k = 0; k < count; k++) {
    const e = world.events[k]!;
    if (e.type === 'lootPicked') {
      // Tae-min takes what he can carry while he is close and still himself.
      if (!flag(world, 'bitten') && handLootToAlly(world, 'tae-min', TAE_MIN.carries, TAE_MIN.handReach) && !flag(world, 'taeMinCarries')) {
        setFlag(world, 'taeMinCarries');
        const t = findAlly(world, 'tae-min');
        caption(world, 'taeMinCarries', `Tae-min: "Give me that. I'll carry ${TAE_MIN.carries}. I am basically a tray now."`, t ? { x: t.x, y: t.y } : undefined);
      } else if (!flag(world, 'firstSnack')) {
        setFlag(world, 'firstSnack');
        caption(world, 'weight', 'A snack. Each one you carry slows you and makes you louder. Drop one to run.');
      }
    }
    if (e.type === 'objectiveProgress' && e.id === 'snacks' && e.progress < CAFETERIA_NEEDED) {
      // A load is on the stairs: a fresh extinguisher for the next trip, and the hall below stirs.
      refillExtinguisher(world);
      restoreGrab(world);
      caption(world, 'loadIn', `Seo-yeon takes them: "${e.progress} of ${CAFETERIA_NEEDED}. Here, a full extinguisher."`, { sfx: 'phoneBuzz' });
      stirHall(world);
    }
    if (e.type === 'vendingUsed') caption(world, 'vended', 'CLUNK. CLUNK. CLUNK. The machine empties into your arms. Every head comes up.', { sfx: 'doorBash' });
    if (e.type === 'decoyPicked' && !flag(world, 'firstTray')) {
      setFlag(world, 'firstTray');
      caption(world, 'tray', 'Throw it (Q): the clatter pulls them off. A tray knocks over the one it hits.');
    }
    if (e.type !== 'trigger') continue;
    switch (e.name) {
      case 'hall':
        caption(world, 'hall', 'The dining hall. Heads down on the tables, as if lunch never ended. Sneak past.');
        break;
      case 'syrup':
        caption(world, 'syrup', 'Red puddles under the tables. Strawberry syrup from the dessert bar. Mostly.');
        break;
      case 'counters':
        caption(world, 'counters', 'Serving line. The display food is wax. Real snacks: the trays here, the kitchen.');
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
        caption(world, 'passage', 'The service passage: the long way to the kitchen. Nobody eats down here. Quiet.');
        break;
      case 'vending':
        caption(world, 'vending', 'The vending machine: a row of snacks in one go. The whole hall will hear it.');
        break;
      default:
        break;
    }
  }
  if (!flag(world, 'tableTip') && pushingTable(world)) {
    setFlag(world, 'tableTip');
    caption(world, 'tableTip', 'Hold toward the table to slide over it: slow and loud. They cannot follow you.');
  }
  if (!flag(world, 'armsFull') && armsFull(world)) {
    setFlag(world, 'armsFull');
    caption(world, 'armsFull', `Arms full: ${LOOT.armsFull} boxes is all you can hold. Up to the stairs with them, then back.`);
  }
  if (!flag(world, 'loadedAt') && (armsFull(world) || found(world) >= CAFETERIA_NEEDED)) setFlag(world, 'loadedAt', world.tick);
  if (!flag(world, 'enough') && found(world) >= CAFETERIA_NEEDED) {
    setFlag(world, 'enough');
    setFlag(world, 'enoughAt', world.tick);
    caption(world, 'enough', `Seo-yeon: "That's enough. Back to the stairs. ${CAFETERIA_BONUS} if you dare. Don't be greedy."`, { sfx: 'phoneBuzz' });
  }
  settleHall(world);
  holdLanding(world);
  wayRound(world);
  taeMinBeats(world);
};

/**
 * Remembers that the way round by the passage reached its east leg (cafeteriaTarget), until
 * the player is in the hall or the kitchen or hands a load in: turned back from the leg (two
 * awake at the service door), the plan no longer sends them round again.
 */
function wayRound(world: World): void {
  const at = area(world.player.x, world.player.y);
  const round = flag(world, 'roundEast') === true;
  const handedIn = world.events.some((e) => e.type === 'objectiveProgress' && e.id === 'snacks');
  if (at === 'east' && !round) setFlag(world, 'roundEast', true);
  else if (round && (at === 'hall' || at === 'kitchen' || handedIn)) setFlag(world, 'roundEast', false);
}

/**
 * Tae-min's part: a joke now and then while all is well; then, on the way back with the
 * first full load (the serving line or the stairs end of the hall once the player's arms
 * are full, or at the latest TAE_MIN.biteLatestSeconds after), his last joke and,
 * mid-joke, the bite. The player can put it off (stay in the kitchen) but not stop it: the
 * story needs it. He then follows, bitten, holding what he carried but taking no more (a
 * horde bite before the beat counts as his bite); the end of the chapter records it for the vote.
 */
function taeMinBeats(world: World): void {
  if (!allyAlive(world, 'tae-min')) return;
  const t = findAlly(world, 'tae-min')!;
  const at = { x: t.x, y: t.y };
  if (flag(world, 'bitten')) {
    // Bitten, he still fills the wait on the stairs (unbitten, his usual jokes do).
    const due = flag(world, 'waitJokeAt');
    if (typeof due === 'number' && world.tick >= due && waitForHall(world) && area(world.player.x, world.player.y) === 'stairs') {
      const n = Number(flag(world, 'waitJokes') ?? 0);
      setFlag(world, 'waitJokes', n + 1);
      setFlag(world, 'waitJokeAt', world.tick + TAE_MIN.waitJokeEverySeconds * TICK_RATE);
      caption(world, 'taeMinWaitJoke', TAE_MIN_WAIT_JOKES[n % TAE_MIN_WAIT_JOKES.length]!, at);
    }
    return;
  }
  // Bitten by the horde before the story's beat: that is his bite (he turns in the closet, as
  // the story says, not 30 s later on the stairs).
  if (world.events.some((e) => e.type === 'allyBitten' && e.ally === 'tae-min')) {
    setTurnTime(world, 'tae-min', TAE_MIN.turnSeconds);
    taeMinBitten(world, at, 'A hand closes on his arm. Tae-min screams: bitten.');
    return;
  }
  const lastJoke = flag(world, 'lastJokeAt');
  if (typeof lastJoke === 'number') {
    if (world.tick - lastJoke >= TAE_MIN.biteMidJokeSeconds * TICK_RATE) {
      biteAlly(world, 'tae-min', TAE_MIN.turnSeconds);
      taeMinBitten(world, at, 'A hand from under the counter. Tae-min screams: bitten.');
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

/** Tae-min is bitten: he hugs what he carries (still delivered with the group) and takes no more. */
function taeMinBitten(world: World, at: LevelPoint, how: string): void {
  setFlag(world, 'bitten');
  caption(world, 'taeMinBitten', `${how} He can carry no more.`, { ...at, sfx: 'allyBitten' });
}

/** Snacks found: in the player's hands, Tae-min's, and already on the stairs. */
function found(w: World): number {
  return lootCarried(w) + lootCarriedByAllies(w) + delivered(w);
}

/** Whether a point is in the dining hall (among the tables, between the serving line and the stairs' wall). */
function inHall(x: number, y: number): boolean {
  return x >= HALL.x && y >= HALL.y && x < HALL.x + HALL.w && y < HALL.y + HALL.h;
}

/** Whether level item i is loot lying on the floor (where it was, or dropped). */
function snackOnFloor(w: World, i: number): boolean {
  const state = w.objects.itemTaken[i];
  return w.level.items[i]?.kind === 'loot' && (state === ItemState.OnFloor || state === ItemState.Dropped);
}

/** The index of the nearest snack lying on the floor, or -1; `offHall`: not one among the tables. */
function nearestSnackIndex(w: World, offHall: boolean): number {
  const o = w.objects;
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < w.level.items.length; i++) {
    if (!snackOnFloor(w, i)) continue;
    if (offHall && inHall(o.itemX[i]!, o.itemY[i]!)) continue;
    const dx = o.itemX[i]! - w.player.x;
    const dy = o.itemY[i]! - w.player.y;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/**
 * The nearest snack lying on the floor (level spot, seeded spot this run, or dropped), or
 * null; `offHall`: not one among the tables (the marker's plan: the hall's are the player's gamble).
 */
export function nearestSnack(w: World, offHall = false): LevelPoint | null {
  const i = nearestSnackIndex(w, offHall);
  return i < 0 ? null : { x: w.objects.itemX[i]!, y: w.objects.itemY[i]! };
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
  // The hall is up after a load: the marker holds on the stairs (going anyway is the player's risk).
  if (at === 'stairs' && waitForHall(w)) return stairs(w);
  if (!homeward(w)) {
    const snack = nearestSnack(w, true) ?? nearestSnack(w);
    if (!snack) return stairs(w);
    const deep = area(snack.x, snack.y) === 'kitchen';
    // Once the way round has reached its east leg, it leads to the snack itself (wayRound): a
    // step back into the long leg, or back to the stairs, round two awake at the service door,
    // no longer flips the plan back to the foot (it stood on the boundary for minutes).
    return deep && (at === 'stairs' || at === 'under') && !flag(w, 'roundEast') ? PASSAGE.foot : snack;
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
  const load = inHand > 0 ? ` Carrying ${inHand}.` : '';
  if (found(w) < CAFETERIA_NEEDED) {
    if (armsFull(w)) return `Arms full: take them up to the stairs (${onStairs}/${CAFETERIA_NEEDED} there).`;
    if (hallUp(w)) {
      if (area(w.player.x, w.player.y) !== 'stairs') return `The hall is awake: wait on the stairs, or sneak. Found ${found(w)}/${CAFETERIA_NEEDED}.`;
      return `The hall is awake: wait on the stairs (${stillUp(w)} up). ${onStairs}/${CAFETERIA_NEEDED} there.`;
    }
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
    sprinter: 'At the tables, heads down. Asleep, until something clatters or stomps past.',
    cheerleader: 'The cheerleader, twirling by the tables. If she sees you, she wakes the hall.',
    heavy: 'The coach raids the kitchen. Foam barely slows him: keep a counter between you.',
  },
  worldOptions: cafeteriaWorldOptions,
  // Nightmare's hunters: Normal's two waves (3 and 1), not the scaled 6 (SNACK_RAID.nightmareDirectorBudget).
  directorBudget: { nightmare: SNACK_RAID.nightmareDirectorBudget },
  objective: cafeteriaObjective,
  // The line counts the snacks (found, and on the stairs): the HUD shows only the bonus under it.
  objectiveCounts: ['snacks'],
  objectiveTarget: cafeteriaTarget,
  // The survivor bot goes round by the service passage too: the marker's plan, the exit (null) for the stairs.
  botGoal: (w) => {
    const t = cafeteriaTarget(w);
    return homeward(w) && t === stairs(w) ? null : t;
  },
  // While the hall is up after a load, the plan waits on the stairs (as the marker and the HUD line say).
  botWait: (w) => (waitForHall(w) && area(w.player.x, w.player.y) === 'stairs' ? stairs(w) : null),
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
