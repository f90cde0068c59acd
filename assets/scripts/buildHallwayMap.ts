/**
 * Bootstraps chapter 1's Tiled map (src/levels/maps/hallway.tmj), its logic tileset
 * (logic.tsj) and the tileset's editor image (logic-tiles.png) from the ASCII plan below.
 *
 *   npx tsx assets/scripts/buildHallwayMap.ts
 *
 * The committed .tmj is the source of truth: open it in Tiled and edit it there. Re-run
 * this script only to start over from the plan (it overwrites Tiled edits); it refuses
 * to overwrite unless given --force when the .tmj already exists.
 *
 * Plan legend (tiles as in src/levels/ascii.ts, plus object markers):
 *   #  wall   =  window   .  floor   ~  atrium void   L  lockers   E  extinguisher cabinet
 *   T  table  D  door     K  locked door
 *   H  hideable locker    Q  locker with the classmate inside
 *   P  player start       s  director spawn point     N  Mr. Baek's lab note
 *   b  decoy (a can)      !  notice board (on a wall)
 *   c  the bolt cutters (a key: unlocks the stairwell back door)
 *   z  sprinter           Z  sleeping sprinter         C  cheerleader     B  heavy
 * Rectangles (exit, checkpoints, safe zone, dark areas, triggers) and door names are in tables below.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, writeLogicTileset, type Kind } from './logicTileset';

const PLAN = `
##======###======###======###======###============###======###======###===========##
#........#........#........#......s.#............Z.#........#........#.............#
#........D....z...#......P.D........#..TTT...TTT...#........#...z....#..........s..#
#........#........D........#.....b..#......N.......#........D........#.............#
#........#........#........#........#............c.#........#........#.............#
##=#D#=!###=D#=#D###==#DE=####=#D#=###!#D######D######=D#=!###=#D#=########K########
#LL.....LL.........LH.......LL.....LL......LH......LLTT....LH.......LL.LL...TT...s.#
#..s......b.........................z...........C...zTT................Z....TT.....#
#.LL....LH..................................Z........TT...........LL..LL....TT.....#
##############......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......##########!###.....#
#............#......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......E#############.....#
#............#...Z..#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......#............K.....#
#..s.........K......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......#............#######
#............#......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......D.....Z...s..#######
#............#.z....#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#......#............#######
#############E......#~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~#.B....#.......H....#######
##############......######################################......####################
##############........LL....LH....LL....LL....LH....LL..........####################
##############................b.............................b...####################
##############..s.....Z..LL...........LQ....Z...................####################
####################################################################################
`;

const TILE = 32;

const KIND_BY_CHAR: Record<string, Kind> = {
  '#': 'Wall', '!': 'Wall', '=': 'Window', '~': 'Void', L: 'Locker', H: 'Locker', Q: 'Locker',
  E: 'Cabinet', T: 'Table', D: 'Door', K: 'Door',
};

type Rect = [x: number, y: number, w: number, h: number];
const EXIT: Rect = [79, 10, 4, 2];
const SAFE_ZONES: [string, Rect][] = [['2-6 (barricaded)', [52, 1, 8, 4]]];
/** Unlit areas: the south corridor (the long way round) and the toilets before the back door. */
const DARK: [string, Rect][] = [
  ['south corridor', [14, 17, 50, 3]],
  ['toilets', [65, 11, 12, 5]],
];
const CHECKPOINTS: [string, Rect][] = [
  ['start', [23, 1, 4, 3]],
  ['2-6', [52, 1, 8, 4]],
  ['south corridor', [38, 17, 3, 3]],
];
const TRIGGERS: [string, Rect][] = [
  ['bell', [23, 1, 4, 2]],
  ['scream_2_2', [19, 3, 8, 2]],
  ['burst_2_2', [10, 6, 18, 3]],
  ['desks_2_6', [49, 6, 4, 3]],
  ['barricade', [70, 6, 5, 3]],
  ['stairwell_rush', [58, 12, 6, 3]],
];
const DOOR_NAMES: Record<string, string> = {
  '4,5': '2-1', '12,5': '2-2 front', '16,5': '2-2 back', '23,5': '2-3', '32,5': '2-4',
  '40,5': 'lab west', '47,5': 'lab east', '55,5': '2-6', '64,5': '2-7',
  '75,5': "teachers' room", '13,12': 'music room', '64,13': 'toilets',
  '77,11': 'stairwell back door',
  '9,2': '2-1 / 2-2', '18,3': '2-2 / 2-3', '27,2': '2-3 / 2-4', '60,3': '2-6 / 2-7',
};
const CABINET_NAMES: Record<string, string> = { '24,5': 'first cabinet', '13,15': 'west link cabinet', '64,10': 'east link cabinet' };
const NOTICES: Record<string, string> = {
  '7,5': 'Sports day sign-up: ask your class rep.',
  '38,5': 'SCIENCE LAB - goggles on, bags off the benches. - Mr. Baek',
  '58,5': "Lost & found: see the teachers' room.",
  '74,9': 'STAIRWELL DOORS BARRICADED. Use the back door through the toilets. - Mr. Baek',
};
const CLASSMATE = 'Da-som';
/** The stairwell back door is chained; Mr. Baek's bolt cutters in the lab cut the chain. */
const KEY = { item: 'bolt cutters', unlocks: 'stairwell back door' };
const NOTE_ID = 'baek-1';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'src', 'levels', 'maps');

type Prop = { name: string; type: 'string' | 'bool'; value: string | boolean };
interface TiledObject {
  id: number; name: string; type: string; x: number; y: number; width: number; height: number;
  rotation: 0; visible: true; point?: true; properties?: Prop[];
}

function build(): void {
  const rows = PLAN.split('\n').filter((r) => r.length > 0);
  const width = rows[0]!.length;
  const height = rows.length;
  const data: number[] = [];
  let nextId = 1;
  const layers: Record<'markers' | 'infected' | 'props' | 'triggers', TiledObject[]> = {
    markers: [], infected: [], props: [], triggers: [],
  };
  const point = (layer: keyof typeof layers, type: string, x: number, y: number, name = '', properties?: Prop[]) => {
    layers[layer].push({
      id: nextId++, name, type, x: (x + 0.5) * TILE, y: (y + 0.5) * TILE, width: 0, height: 0,
      rotation: 0, visible: true, point: true, ...(properties ? { properties } : {}),
    });
  };
  const rect = (layer: keyof typeof layers, type: string, [x, y, w, h]: Rect, name = '') => {
    layers[layer].push({
      id: nextId++, name, type, x: x * TILE, y: y * TILE, width: w * TILE, height: h * TILE, rotation: 0, visible: true,
    });
  };
  const str = (name: string, value: string): Prop => ({ name, type: 'string', value });
  const bool = (name: string, value: boolean): Prop => ({ name, type: 'bool', value });

  rows.forEach((row, y) => {
    if (row.length !== width) throw new Error(`plan row ${y} has ${row.length} cells, expected ${width}`);
    for (let x = 0; x < width; x++) {
      const c = row[x]!;
      const kind = KIND_BY_CHAR[c] ?? 'Floor';
      data.push(KINDS.indexOf(kind) + 1);
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
        case '!': point('props', 'notice', x, y, '', [str('text', NOTICES[key] ?? '')]); break;
        case 'z': point('infected', 'infected', x, y, '', [str('variant', 'sprinter')]); break;
        case 'Z': point('infected', 'infected', x, y, '', [str('variant', 'sprinter'), bool('asleep', true)]); break;
        case 'C': point('infected', 'infected', x, y, '', [str('variant', 'cheerleader')]); break;
        case 'B': point('infected', 'infected', x, y, '', [str('variant', 'heavy')]); break;
        default:
          if (!(c in KIND_BY_CHAR) && c !== '.') throw new Error(`plan: unknown cell '${c}' at (${x}, ${y})`);
      }
    }
  });
  rect('markers', 'exit', EXIT, 'east stairwell');
  for (const [name, r] of SAFE_ZONES) rect('markers', 'safe_zone', r, name);
  for (const [name, r] of CHECKPOINTS) rect('markers', 'checkpoint', r, name);
  for (const [name, r] of TRIGGERS) rect('triggers', 'trigger', r, name);
  // Added after the rest so the older objects keep their ids.
  for (const [name, r] of DARK) rect('markers', 'dark', r, name);

  const objectLayer = (id: number, name: keyof typeof layers, color: string) => ({
    id, name, type: 'objectgroup', draworder: 'topdown', color, opacity: 1, visible: true, x: 0, y: 0,
    objects: layers[name],
  });
  const map = {
    type: 'map', version: '1.10', tiledversion: '1.10.2', orientation: 'orthogonal', renderorder: 'right-down',
    width, height, tilewidth: TILE, tileheight: TILE, infinite: false, compressionlevel: -1,
    nextlayerid: 6, nextobjectid: nextId,
    properties: [str('name', 'The Bell')],
    tilesets: [{ firstgid: 1, source: 'logic.tsj' }],
    layers: [
      { id: 1, name: 'logic', type: 'tilelayer', width, height, x: 0, y: 0, opacity: 1, visible: true, data: [0] },
      objectLayer(2, 'markers', '#ffd400'),
      objectLayer(3, 'infected', '#e03030'),
      objectLayer(4, 'props', '#30a0ff'),
      objectLayer(5, 'triggers', '#b040ff'),
    ],
  };
  // One map row per line keeps diffs of the tile layer readable.
  const dataText = rows
    .map((_, y) => '    ' + data.slice(y * width, (y + 1) * width).join(','))
    .join(',\n');
  const text = JSON.stringify(map, null, 1).replace(/"data": \[\n\s*0\n\s*\]/, `"data": [\n${dataText}\n   ]`);

  const tmjPath = join(outDir, 'hallway.tmj');
  if (existsSync(tmjPath) && !process.argv.includes('--force')) {
    throw new Error(`${tmjPath} exists (it may hold Tiled edits); pass --force to overwrite`);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(tmjPath, text + '\n');
  writeLogicTileset(outDir);
  console.log(`wrote ${tmjPath} (${width}x${height}, ${nextId - 1} objects), logic.tsj, logic-tiles.png`);
}


build();
