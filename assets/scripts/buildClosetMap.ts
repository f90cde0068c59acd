/**
 * Bootstraps chapter 3's Tiled map (src/levels/maps/closet.tmj) from the ASCII plan below,
 * the way buildHallwayMap.ts made chapter 1's (it also wrote the shared logic.tsj).
 *
 *   npx tsx assets/scripts/buildClosetMap.ts [--force]
 *
 * The committed .tmj is the source of truth once it exists: edit it in Tiled, or change
 * this plan and re-run with --force (which overwrites Tiled edits).
 *
 * The floor: the supply closet (shelves, the mop handle and the tape, the vent to bang on), the dark
 * corridor outside it, the science lab next door (a lab note, a cabinet, a sleeper), the
 * janitor's room, the locked west stairs (where the group's fire bell rings) and, at the
 * corridor's east end, the roof stairs: the exit.
 *
 * Plan legend (tiles as in src/levels/ascii.ts, plus object markers):
 *   #  wall   .  floor   T  table / shelf / sink   D  door   K  locked door
 *   E  extinguisher cabinet   !  notice (on a wall)
 *   P  player start   N  Mr. Baek's lab note   m  mop handle   t  tape (door braces)
 *   z  sprinter   Z  sleeping sprinter   B  heavy
 * Rectangles (exit, checkpoints, dark areas, triggers, the objective), door names and
 * plaques are in the tables below.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bool, createObjects, float, readPlan, str, tiledMapText, writeMap, type Rect } from './tiledWriter';
// Logic tiles in Tile order (src/sim/grid.ts): the tileset the hallway and rooftop scripts write.
import type { Kind } from './logicTileset';

const PLAN = `
##############################E##############
#....#.............................#........#
#....#..TTT....TTT....TTT......N...#........#
#....#.......................Z.....#........#
#....#.............................#........#
##K#####D#######################D###........#
#..........z.......................D........#
#..........................z...B...##########
################D########D###################
#############.......#.........###############
#############.P.....#.........###############
#############TT.m.tT#TTT......###############
################!############################
`;

/** Logic tiles in Tile order (src/sim/grid.ts); the tileset's tile id = index (logic.tsj). */
const KIND_BY_CHAR: Record<string, Kind> = { '#': 'Wall', '!': 'Wall', '=': 'Window', L: 'Locker', E: 'Cabinet', T: 'Table', D: 'Door', K: 'Door' };

/** The roof stairs: lit (a skylight), the chapter's one way out. */
const EXIT: Rect = [37, 1, 6, 5];
/** Everything but the roof stairs is unlit: the power is out on this floor. */
const DARK: [string, Rect][] = [
  ['closet', [13, 9, 7, 3]],
  ['corridor', [1, 6, 34, 2]],
  ['janitor', [21, 9, 9, 3]],
  ['science lab', [6, 1, 29, 4]],
  ['west stairs', [1, 1, 4, 4]],
];
const CHECKPOINTS: [string, Rect][] = [
  ['closet', [13, 9, 7, 3]],
  ['east corridor', [28, 6, 7, 2]],
];
const TRIGGERS: [string, Rect][] = [
  ['out_of_closet', [13, 6, 7, 2]],
  ['lab', [6, 1, 29, 4]],
  ['stairs_door', [30, 6, 5, 2]],
];
/** The one objective: waiting until the group's diversion has started (a beat activates it). */
const OBJECTIVES: [string, Rect, string][] = [['roof', [36, 1, 8, 6], 'Reach the roof stairs.']];
const DOOR_NAMES: Record<string, string> = {
  '2,5': 'west stairs', '8,5': 'lab west', '32,5': 'lab east', '35,6': 'roof stairs', '16,8': 'closet', '25,8': 'janitor',
};
const LOCKED = new Set(['2,5']);
const CABINET_NAMES: Record<string, string> = { '30,0': 'lab cabinet' };
const NOTICES: Record<string, string> = {
  '16,12': 'The vent. Too small to crawl in. Bang it: it booms at the west stairs.',
};
/** The closet's vent (on the notice's wall cell): banged with the use key, it booms at the duct's far end, by the west stairs. */
const VENTS: Record<string, { name: string; far: [number, number] }> = {
  '16,12': { name: 'closet vent', far: [3.5, 6.5] },
};
/** Room signs on the walls (every place the objective lines and captions name). */
const PLAQUES: [x: number, y: number, text: string][] = [
  [15, 8, 'Supply closet'],
  [24, 8, 'Janitor'],
  [7, 5, 'Science lab'],
  [35, 5, 'Roof stairs'],
  [3, 5, 'West stairs'],
];
const BRACES: Record<string, string> = { m: 'mop handle', t: 'tape' };
/** Its id in src/campaign/notes.ts (the text the Notes screen shows). */
const NOTE_ID = 'note-closet-1';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'src', 'levels', 'maps');

function build(): void {
  const { layers, point, rect, nextId } = createObjects();

  const { width, height, data } = readPlan('closet', PLAN, KIND_BY_CHAR, (x, y, c) => {
    const key = `${x},${y}`;
    switch (c) {
      case 'P': point('markers', 'player_start', x, y, 'Joon'); break;
      case 'D':
      case 'K':
        point('props', 'door', x, y, DOOR_NAMES[key] ?? '', LOCKED.has(key) ? [bool('locked', true)] : undefined);
        break;
      case 'E': point('props', 'cabinet', x, y, CABINET_NAMES[key] ?? ''); break;
      case 'N': point('props', 'note', x, y, "Mr. Baek's third note", [str('note', NOTE_ID)]); break;
      case 'm':
      case 't': point('props', 'brace', x, y, BRACES[c]!, [str('item', BRACES[c]!)]); break;
      case '!': {
        point('props', 'notice', x, y, '', [str('text', NOTICES[key] ?? '')]);
        const vent = VENTS[key];
        if (vent) point('props', 'vent', x, y, vent.name, [float('farX', vent.far[0]), float('farY', vent.far[1])]);
        break;
      }
      case 'z': point('infected', 'infected', x, y, '', [str('variant', 'sprinter')]); break;
      case 'Z': point('infected', 'infected', x, y, '', [str('variant', 'sprinter'), bool('asleep', true)]); break;
      case 'B': point('infected', 'infected', x, y, '', [str('variant', 'heavy')]); break;
      default: return false;
    }
  });
  rect('markers', 'exit', EXIT, 'roof stairs');
  for (const [name, r] of CHECKPOINTS) rect('markers', 'checkpoint', r, name);
  for (const [name, r] of DARK) rect('markers', 'dark', r, name);
  for (const [name, r] of TRIGGERS) rect('triggers', 'trigger', r, name);
  for (const [id, r, text] of OBJECTIVES) {
    rect('triggers', 'objective', r, id, [str('kind', 'reach'), str('text', text), bool('startsActive', false)]);
  }
  for (const [x, y, text] of PLAQUES) point('props', 'plaque', x, y, text, [str('text', text)]);

  const text = tiledMapText({ width, height, data, properties: [str('name', 'Low Battery')], layers, nextObjectId: nextId() });
  const tmjPath = join(outDir, 'closet.tmj');
  writeMap(tmjPath, text);
  console.log(`wrote ${tmjPath} (${width}x${height}, ${nextId() - 1} objects)`);
}

build();
