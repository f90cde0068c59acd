/**
 * Bootstraps chapter 1's Tiled map (src/levels/maps/hallway.tmj), its logic tileset
 * (logic.tsj) and the tileset's editor image (logic-tiles.png) from the ASCII plan below.
 *
 *   npx tsx assets/scripts/buildHallwayMap.ts
 *
 *   npx tsx assets/scripts/buildHallwayMap.ts --force   (overwrite the committed map)
 *
 * The plan below is the source of chapter 1's floor: change it here and regenerate (the
 * .tmj it writes is committed). Edits made in Tiled are lost on the next run, which is why
 * it refuses to overwrite an existing .tmj without --force.
 *
 * Plan legend (tiles as in src/levels/ascii.ts, plus object markers):
 *   #  wall   =  window   .  floor   ~  atrium void   L  lockers   E  extinguisher cabinet
 *   T  table  D  door     K  locked door
 *   H  hideable locker    Q  locker with the classmate inside
 *   P  player start       s  director spawn point     N  Mr. Baek's lab note
 *   b  decoy (a can)      !  notice board (on a wall)
 *   c  the bolt cutters (a key: unlocks the stairwell back door)
 *   k  the spare keys (a key: unlocks the toilets)
 *   z  sprinter           Z  sleeping sprinter         C  cheerleader     B  heavy   W  sleeping heavy
 * Rectangles (exit, checkpoints, safe zone, dark areas, triggers) and door names are in tables below.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bool, createObjects, int, readPlan, str, tiledMapText, writeMap, type Rect } from './tiledWriter';
import { writeLogicTileset, type Kind } from './logicTileset';

const PLAN = `
##======###======###======###======###==========####==========####==========####============###======###======###===========##
#........#........#........#......s.#.............#.............#.TTTTT.TTTTT.#............Z.#........#........#.............#
#........D....z...#......P.D........#.TTT.....TTT.#..TT.....TT..#.............#..TTT...TTT...#........#...z....#..TT...TTT...#
#........#........D........#.....b..D......Z......D..TT..b..TT..D.TTTTT.TTTTT.D......N.......#........D........#.W...........#
#........#........#........#........#.TTT.....TTT.#.............#.............#............c.#........#........#...........k.#
##=#D#=!###=D#=#D###==#DE=####=#D#=####=###D#=######=####D#==E#####=###D#=######!#D######D######=D#=!###=#D#=########D########
#LL.....LL.........LH.......LL.....LLLL.......LH.LL....LL..LL....LL..LL.......L......LH......LLTT....LH.......LL.LL...TT...s.#
#..s......b.........................z..........b..........z...............................C...zTT................Z....TT.....#
#.LL....LH............................LL..LL.....LLLH.......LL......LL....LH..........Z........TT...........LL..LL....TT.....#
##############......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......##########!###.....#
#..TTT.......#......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......E#############.....#
#.......Z....#...Z..#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......#............K.....#
#............D......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......#............#######
#........TT..#TTTTTT#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......K.....Z...s..#######
#............#.z....#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......#............#######
######D######E......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......#.......H....#######
#...LH.......#......################################################################################......####################
#........TT..#........LL....LH....LL...LL....LH....LL....LL....LH....LL....LL.....LL....LH....LL..........####################
#.LL.........D................b..........................b............................................b...####################
#............#..s.....Z..LL.................LL...........Z.....LL..........LL...LQ....Z...................####################
##############################################################################################################################
`;


const KIND_BY_CHAR: Record<string, Kind> = {
  '#': 'Wall', '!': 'Wall', '=': 'Window', '~': 'Void', L: 'Locker', H: 'Locker', Q: 'Locker',
  E: 'Cabinet', T: 'Table', D: 'Door', K: 'Door',
};

const EXIT: Rect = [121, 10, 4, 2];
const SAFE_ZONES: [string, Rect][] = [['2-6 (barricaded)', [94, 1, 8, 4]]];
/** Unlit areas: the south corridor (the long way round), the music room's store and the toilets before the back door. */
const DARK: [string, Rect][] = [
  ['south corridor', [14, 17, 92, 3]],
  ['toilets', [107, 11, 12, 5]],
  ['music store', [1, 16, 12, 4]],
];
const CHECKPOINTS: [string, Rect][] = [
  ['start', [23, 1, 4, 3]],
  ['2-6', [94, 1, 8, 4]],
  ['south corridor', [80, 17, 3, 3]],
  // Just before the way splits to the teachers' room and the toilets (taking each key is one too).
  ['east link', [100, 15, 6, 2]],
];
const TRIGGERS: [string, Rect][] = [
  ['bell', [23, 1, 4, 2]],
  ['scream_2_2', [19, 3, 8, 2]],
  ['burst_2_2', [10, 6, 18, 3]],
  ['desks_2_6', [91, 6, 4, 3]],
  ['barricade', [112, 6, 5, 3]],
  // Inside the toilets (locked until the spare keys): the rush never fires on the way to the teachers' room.
  ['stairwell_rush', [107, 11, 3, 5]],
  // The chairs stacked across the west link: said before the player walks into them.
  ['chairs_west', [14, 9, 6, 3]],
];
const DOOR_NAMES: Record<string, string> = {
  '4,5': '2-1', '12,5': '2-2 front', '16,5': '2-2 back', '23,5': '2-3', '32,5': '2-4',
  '43,5': 'library', '57,5': 'art room', '71,5': 'computer room',
  '82,5': 'lab west', '89,5': 'lab east', '97,5': '2-6', '106,5': '2-7',
  '117,5': "teachers' room", '13,12': 'music room', '6,15': 'music store', '13,18': 'music store corridor',
  '106,13': 'toilets', '119,11': 'stairwell back door',
  '9,2': '2-1 / 2-2', '18,3': '2-2 / 2-3', '27,2': '2-3 / 2-4', '50,3': 'library / art room',
  '64,3': 'art room / computer room', '36,3': '2-4 / library', '78,3': 'computer room / lab', '102,3': '2-6 / 2-7',
};
const CABINET_NAMES: Record<string, string> = { '24,5': 'first cabinet', '13,15': 'west link cabinet', '106,10': 'east link cabinet', '61,5': 'art room cabinet' };
const NOTICES: Record<string, string> = {
  '7,5': 'Sports day sign-up: ask your class rep.',
  '80,5': 'SCIENCE LAB - goggles on, bags off the benches. - Mr. Baek',
  '100,5': "Lost & found: see the teachers' room.",
  '116,9': 'STAIRWELL BARRICADED. Use the back door through the toilets. - Mr. Baek',
};
/** Room plaques on the wall beside each door (the cell they hang on). */
const PLAQUES: [x: number, y: number, text: string][] = [
  [5, 5, '2-1'], [13, 5, '2-2'], [22, 5, '2-3'], [33, 5, '2-4'],
  [44, 5, 'Library'], [58, 5, 'Art Room'], [72, 5, 'Computer Room'],
  [83, 5, 'Science Lab'], [88, 5, 'Science Lab'], [98, 5, '2-6'], [107, 5, '2-7'],
  [116, 5, "Teachers' Room"], [13, 11, 'Music Room'], [106, 12, 'Toilets'], [125, 10, 'Stairs'],
  [20, 9, 'South corridor'], [99, 9, 'South corridor'],
];
/**
 * The director's total spawns on Normal (two waves; DIRECTOR.budget is 40): the floor is
 * long, and with 9 or more its waves met a newcomer walking back west from the lab
 * (screen bot 6/10 at 9, 8/10 at 6 on Normal).
 */
const DIRECTOR_BUDGET = 6;
const CLASSMATE = 'Da-som';
/** The stairwell back door is chained; Mr. Baek's bolt cutters in the lab cut the chain. */
const KEY = { item: 'bolt cutters', unlocks: 'stairwell back door' };
/** The toilets are locked after school; the spare keys hang in the teachers' room. */
const SPARE_KEYS = { item: 'spare keys', unlocks: 'toilets' };
const NOTE_ID = 'baek-1';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'src', 'levels', 'maps');

function build(): void {
  const { layers, point, rect, nextId } = createObjects();

  const { width, height, data } = readPlan('hallway', PLAN, KIND_BY_CHAR, (x, y, c) => {
    const key = `${x},${y}`;
    switch (c) {
      case 'P': point('markers', 'player_start', x, y, 'Joon'); break;
      case 's': point('markers', 'spawn', x, y); break;
      case 'D':
      case 'K':
        point('props', 'door', x, y, DOOR_NAMES[key] ?? '', c === 'K' ? [bool('locked', true)] : undefined);
        break;
      case 'H': point('props', 'locker', x, y); break;
      case 'Q': point('props', 'locker', x, y, `${CLASSMATE}'s locker`, [str('classmate', CLASSMATE)]); break;
      case 'E': point('props', 'cabinet', x, y, CABINET_NAMES[key] ?? ''); break;
      case 'N': point('props', 'note', x, y, "Mr. Baek's first note", [str('note', NOTE_ID)]); break;
      case 'b': point('props', 'decoy', x, y, '', [str('item', 'can')]); break;
      case 'c': point('props', 'key', x, y, KEY.item, [str('item', KEY.item), str('unlocks', KEY.unlocks)]); break;
      case 'k': point('props', 'key', x, y, SPARE_KEYS.item, [str('item', SPARE_KEYS.item), str('unlocks', SPARE_KEYS.unlocks)]); break;
      case '!': point('props', 'notice', x, y, '', [str('text', NOTICES[key] ?? '')]); break;
      case 'z': point('infected', 'infected', x, y, '', [str('variant', 'sprinter')]); break;
      case 'Z': point('infected', 'infected', x, y, '', [str('variant', 'sprinter'), bool('asleep', true)]); break;
      case 'C': point('infected', 'infected', x, y, '', [str('variant', 'cheerleader')]); break;
      case 'B': point('infected', 'infected', x, y, '', [str('variant', 'heavy')]); break;
      case 'W': point('infected', 'infected', x, y, '', [str('variant', 'heavy'), bool('asleep', true)]); break;
      default: return false;
    }
  });
  rect('markers', 'exit', EXIT, 'east stairwell');
  for (const [name, r] of SAFE_ZONES) rect('markers', 'safe_zone', r, name);
  for (const [name, r] of CHECKPOINTS) rect('markers', 'checkpoint', r, name);
  for (const [name, r] of TRIGGERS) rect('triggers', 'trigger', r, name);
  // Added after the rest so the older objects keep their ids.
  for (const [name, r] of DARK) rect('markers', 'dark', r, name);
  for (const [x, y, text] of PLAQUES) point('props', 'plaque', x, y, '', [str('text', text)]);

  const text = tiledMapText({ width, height, data, properties: [str('name', 'The Bell'), int('directorBudget', DIRECTOR_BUDGET)], layers, nextObjectId: nextId() });

  const tmjPath = join(outDir, 'hallway.tmj');
  writeMap(tmjPath, text);
  writeLogicTileset(outDir);
  console.log(`wrote ${tmjPath} (${width}x${height}, ${nextId() - 1} objects), logic.tsj, logic-tiles.png`);
}


build();
