/**
 * Generates chapter 2's Tiled map (src/levels/maps/cafeteria.tmj) from the ASCII plan below,
 * as buildHallwayMap.ts did for chapter 1 (it also wrote the shared logic tileset).
 *
 *   npx tsx assets/scripts/buildCafeteriaMap.ts [--force]
 *
 * The committed .tmj is what the game loads; this script is its source until someone edits
 * the map in Tiled (then pass --force only to start over from the plan).
 *
 * Plan legend (tiles as in src/levels/ascii.ts, plus object markers):
 *   #  wall   .  floor   T  table (dining tables, serving counters, kitchen counters, shelves)
 *   D  door   O  open door   K  locked door   E  extinguisher cabinet
 *   V  the vending machine (a Locker tile: its goods come out all at once, loudly)
 *   P  player start   s  director spawn point   !  notice board (on a wall)
 *   l  a snack (loot)   ?  a seeded snack spot (the seed fills half of them)
 *   t  a tray (a decoy that staggers)   b  a can (a decoy)
 *   N  Mr. Baek's lab note in the kitchen   n  his note in the pantry
 *   z  sprinter   Z  sleeping sprinter ("seated" at the tables)   C  cheerleader   B  heavy
 * Tae-min is not on the map: he comes with the player (the chapter's world options).
 * The service passage (two cells wide) runs from the stairs' side door under the hall and up
 * its east side to the service door at the serving line's east end: the long, quiet way
 * round, while the quick way is through the hall. The counters close the serving line off
 * from the hall but for the gaps at its west end, the middle and the east end.
 * Rectangles (exit, checkpoints, safe zone, the dark pantry, triggers, objectives), door
 * names and plaques are in the tables below.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bool, createObjects, int, readPlan, str, tiledMapText, writeMap, type Rect } from './tiledWriter';
// Logic tiles in Tile order (src/sim/grid.ts): the tileset the hallway and rooftop scripts write.
import type { Kind } from './logicTileset';

const PLAN = `
###############E################################################
#.TTTT...TTTTT...TTTTT...TTTT.#.TTTTTTTTT.#.............#..#####
#..?.......l...............ls.#..l.....l..#..TT..?....l.#.s#####
#................TTTTT...Z....D......Z....#..TT.........K..#####
#.......TTTTT.................#..TTTTTTT..#........TT...#..#####
#..............B...l..........#...l.....l.#....Z...TT.l.#.s#####
#..N..........................#.........n.#.............#..#####
######D###############D#################!########D##############
#...........................?.......?........b......l.......D..#
#..TTTTTTTTTTTTTTTTTT...TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT.##..#
#.........................Z................................##..#
#.t...Z........Z....t............Z....t....Z........Z......##..#
#s..TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT.?..##..#
#...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT....##..#
#.......................Z....C........Z....................##..#
#.......................................................t..##..#
#...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT....V#..#
#...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT....##..#
E.......Z....................Z................Z............##..#
#..........?................t.....................z........##..#
#...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT....##..#
#...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT...TTTTTT....##..#
#...............Z..................Z.................Z.....##..#
#.b.......t........?......Z...?............................##..#
#........................................................s.##..#
#######O####!################################################..#
#..............#...............................................#
#...P..........O...............................................#
#..............#################################################
################################################################
`;


const KIND_BY_CHAR: Record<string, Kind> = {
  '#': 'Wall', '!': 'Wall', '=': 'Window', L: 'Locker', V: 'Locker', E: 'Cabinet', T: 'Table', D: 'Door', O: 'Door', K: 'Door',
};

/** The stairs up to the music room: where the snacks go, the way out and the safe room's landing. */
const STAIRS: Rect = [1, 26, 14, 3];
const SAFE_ZONES: [string, Rect][] = [['stairs to the music room', STAIRS]];
const DARK: [string, Rect][] = [['pantry', [31, 1, 11, 6]]];
const CHECKPOINTS: [string, Rect][] = [
  ['start', STAIRS],
  ['service passage', [61, 9, 2, 17]],
  ['serving line', [1, 8, 58, 1]],
];
const TRIGGERS: [string, Rect][] = [
  ['hall', [1, 22, 20, 3]],
  ['syrup', [22, 14, 15, 2]],
  ['counters', [1, 8, 58, 1]],
  ['kitchen', [1, 1, 29, 6]],
  ['pantry', [31, 1, 11, 6]],
  ['loading_bay', [43, 1, 13, 6]],
  ['vending', [54, 14, 5, 5]],
  ['passage', [16, 26, 47, 2]],
];
/** Fired on every entry (`once: false`): the way back, where Tae-min's bite comes. */
const REPEATING_TRIGGERS: [string, Rect][] = [
  ['way_back_counters', [1, 8, 58, 1]],
  ['way_back_stairs', [1, 22, 20, 3]],
  ['way_back_passage', [61, 9, 2, 17]],
];
/** Snacks to bring back: eight to finish, twelve for the bonus (all delivered on the stairs). */
const NEEDED = 6;
const BONUS = 10;
const DOOR_NAMES: Record<string, string> = {
  '6,7': 'kitchen west', '22,7': 'kitchen east', '30,3': 'pantry', '49,7': 'loading bay', '56,3': 'loading door', '7,25': 'stairs',
  '60,8': 'service door', '15,27': 'service passage',
};
const PLAQUES: [x: number, y: number, text: string][] = [
  [5, 7, 'Kitchen'],
  [21, 7, 'Kitchen'],
  [30, 2, 'Pantry'],
  [48, 7, 'Loading bay'],
  [56, 2, 'Loading door'],
  [6, 25, 'Stairs: music room'],
  [59, 15, 'Vending machine'],
  [30, 7, 'Serving line'],
  [15, 26, 'Service passage: kitchen (the quiet way)'],
  [60, 7, 'Service passage: stairs (the quiet way)'],
];
const CABINET_NAMES: Record<string, string> = { '0,18': 'dining hall cabinet', '15,0': 'kitchen cabinet' };
const NOTICES: Record<string, string> = {
  '40,7': 'DISPLAY FOOD IS WAX. DO NOT EAT IT. (This means you, Tae-min.)',
  '12,25': "Dessert: strawberry surprise. The surprise is the syrup. Everywhere.",
};
const VENDING = { item: 'snack', count: 4 };
/**
 * The director's spawns on Normal: the raid is several trips (arms full at three), and the
 * long way round takes twice as long; with 12 its spawns ran the player down in the passage.
 */
const DIRECTOR_BUDGET = 4;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outPath = join(root, 'src', 'levels', 'maps', 'cafeteria.tmj');

function build(): void {
  const { layers, point, rect, nextId } = createObjects();

  const { width, height, data } = readPlan('cafeteria', PLAN, KIND_BY_CHAR, (x, y, c) => {
    const key = `${x},${y}`;
    switch (c) {
      case 'P': point('markers', 'player_start', x, y, 'Joon'); break;
      case 's': point('markers', 'spawn', x, y); break;
      case 'D':
      case 'O':
      case 'K':
        point('props', 'door', x, y, DOOR_NAMES[key] ?? '', c === 'K' ? [bool('locked', true)] : c === 'O' ? [bool('open', true)] : undefined);
        break;
      case 'E': point('props', 'cabinet', x, y, CABINET_NAMES[key] ?? ''); break;
      case 'V': point('props', 'vending', x, y, 'vending machine', [str('item', VENDING.item), int('count', VENDING.count)]); break;
      case 'l': point('props', 'loot', x, y, '', [str('item', 'snack')]); break;
      case 'N': point('props', 'note', x, y, "Mr. Baek's note", [str('note', 'note-cafeteria-1')]); break;
      case 'n': point('props', 'note', x, y, "Mr. Baek's note", [str('note', 'note-cafeteria-2')]); break;
      case '?': point('props', 'loot', x, y, '', [str('item', 'snack'), bool('seeded', true)]); break;
      case 't': point('props', 'decoy', x, y, '', [str('item', 'tray')]); break;
      case 'b': point('props', 'decoy', x, y, '', [str('item', 'can')]); break;
      case '!': point('props', 'notice', x, y, '', [str('text', NOTICES[key] ?? '')]); break;
      case 'z': point('infected', 'infected', x, y, '', [str('variant', 'sprinter')]); break;
      case 'Z': point('infected', 'infected', x, y, '', [str('variant', 'sprinter'), bool('asleep', true)]); break;
      case 'C': point('infected', 'infected', x, y, '', [str('variant', 'cheerleader')]); break;
      case 'B': point('infected', 'infected', x, y, '', [str('variant', 'heavy')]); break;
      default: return false;
    }
  });
  for (const [x, y, text] of PLAQUES) point('props', 'plaque', x, y, '', [str('text', text)]);
  rect('markers', 'exit', STAIRS, 'stairs to the music room');
  for (const [name, r] of SAFE_ZONES) rect('markers', 'safe_zone', r, name);
  for (const [name, r] of CHECKPOINTS) rect('markers', 'checkpoint', r, name);
  for (const [name, r] of DARK) rect('markers', 'dark', r, name);
  for (const [name, r] of TRIGGERS) rect('triggers', 'trigger', r, name);
  for (const [name, r] of REPEATING_TRIGGERS) rect('triggers', 'trigger', r, name, [bool('once', false)]);
  rect('triggers', 'objective', STAIRS, 'snacks', [
    str('kind', 'collect'), str('text', `Bring ${NEEDED} snacks back to the stairs.`), str('item', 'snack'), int('count', NEEDED), bool('deliver', true),
  ]);
  rect('triggers', 'objective', STAIRS, 'bonus', [
    str('kind', 'collect'), str('text', `Bonus: bring back ${BONUS}.`), str('item', 'snack'), int('count', BONUS), bool('deliver', true), bool('optional', true),
  ]);

  const text = tiledMapText({ width, height, data, properties: [str('name', 'Snack Raid'), int('directorBudget', DIRECTOR_BUDGET)], layers, nextObjectId: nextId() });
  writeMap(outPath, text);
  console.log(`wrote ${outPath} (${width}x${height}, ${nextId() - 1} objects)`);
}

build();
