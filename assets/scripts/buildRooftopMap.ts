/**
 * Bootstraps chapter 4's Tiled map (src/levels/maps/rooftop.tmj) from the plan below, and
 * writes the shared logic tileset (logicTileset.ts).
 *
 *   npx tsx assets/scripts/buildRooftopMap.ts [--force]
 *
 * The committed .tmj is the source of truth once written (open it in Tiled); the script
 * refuses to overwrite it without --force.
 *
 * The roof: ROOF is the part you walk on; round it the script lays the parapet over the
 * facade (FACADE_CELLS of Facade: the infected climb it, piles heap against it) and the
 * drop to the street (VOID_CELLS of Void: the crowd below is drawn there).
 * Plan legend (as buildHallwayMap.ts):
 *   #  wall   .  floor   L  vent / AC unit (cover: solid, opaque)   T  water tank (solid, see over)
 *   E  extinguisher cabinet   D  door (the stair door)   P  player start (in the stairwell)
 *   s  director spawn point (the stairs down: the director's waves come up the stairs)
 *   a  a bundle of arrows for Da-som (loot; hidden when she is not with the group)
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bool, createObjects, float, int, planRows, readPlan, str, tiledMapText, writeMap, type Rect } from './tiledWriter';
import { writeLogicTileset, type Kind } from './logicTileset';

const ROOF = `
......................########......
...TT.................#.s..s.#......
...TT........LL.......#......#......
......................#.N....#......
......................E......E......
......................#..P...#......
......................#......#......
......L...............#E#D####......
......L.a...........................
....................................
........#......................LL...
....................................
..............................a.....
.....a..............................
.###................................
.##E..................LL............
.#E#............................TT..
................................TT..
....................................
.................TTT................
.................TTT........LL......
....................................
`;
const VOID_CELLS = 3;
/** Infected the director may send up the stairs on Normal (x0.5 Story, x1.6 Nightmare). */
const DIRECTOR_BUDGET = 4;
const FACADE_CELLS = 3;
/** Where ROOF's (0, 0) lies on the map. */
const O = VOID_CELLS + FACADE_CELLS;

const KIND_BY_CHAR: Record<string, Kind> = { '#': 'Wall', L: 'Locker', T: 'Table', E: 'Cabinet', D: 'Door', '^': 'Facade', '~': 'Void' };

/** Map rectangles (map cells, not ROOF's). */
const HELIPAD: Rect = [15, 17, 8, 7];
const STAIR_DOOR_FRONT: Rect = [29, 14, 5, 2];
/** The stairs down inside the stair house: where the waves up the stairs come from (a trigger the beats read). */
const STAIRS_DOWN: Rect = [29, 7, 6, 2];
const CHECKPOINTS: [string, Rect][] = [
  ['roof', STAIR_DOOR_FRONT],
  ['helipad', HELIPAD],
];
const DOOR_NAMES: Record<string, string> = { '31,13': 'stair door' };
const CABINET_NAMES: Record<string, string> = {
  '28,10': 'stair house west cabinet', '35,10': 'stair house east cabinet', '29,13': 'stair door cabinet',
  '9,21': 'spares shed east', '8,22': 'spares shed south',
};
const PLAQUES: [x: number, y: number, text: string][] = [
  [32, 13, 'Stair door'],
  [14, 16, 'Helipad'],
  [7, 21, 'Spares'],
];
const NOTICES: [x: number, y: number, text: string][] = [[30, 13, 'ROOF ACCESS - KEEP SHUT. Extinguishers: stair house and spares shed.']];
/** Objectives (in map order; see docs/architecture.md "Chapter 4"). */
const BARRICADE_TEXT = 'Barricade the stair door behind you.';
const RESCUE_TEXT = 'Hold the roof until the helicopter comes.';
const BOARD_TEXT = 'The helicopter is down: get on board!';
const ROOFTOP_OBJECTIVES = { barricade: 'barricade', rescue: 'rescue', board: 'board' } as const;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'src', 'levels', 'maps');

/** The whole map as rows of plan characters: the drop, the facade, then the roof. */
function mapRows(): string[] {
  const roof = planRows('rooftop', ROOF);
  const rw = roof[0]!.length;
  const width = rw + 2 * O;
  const height = roof.length + 2 * O;
  const rows: string[] = [];
  for (let y = 0; y < height; y++) {
    let row = '';
    for (let x = 0; x < width; x++) {
      const ring = Math.min(x, y, width - 1 - x, height - 1 - y);
      if (ring < VOID_CELLS) row += '~';
      else if (ring < O) row += '^';
      else row += roof[y - O]![x - O]!;
    }
    rows.push(row);
  }
  return rows;
}

function build(): void {
  const { layers, point, rect, nextId } = createObjects();

  const { width, height, data } = readPlan('rooftop', mapRows(), KIND_BY_CHAR, (x, y, c) => {
    const key = `${x},${y}`;
    switch (c) {
      case 'P': point('markers', 'player_start', x, y, 'Joon'); break;
      case 's': point('markers', 'spawn', x, y, 'stairs down'); break;
      case 'D': point('props', 'door', x, y, DOOR_NAMES[key] ?? ''); break;
      case 'E': point('props', 'cabinet', x, y, CABINET_NAMES[key] ?? ''); break;
      // A bundle of arrows for Da-som (loot: carried to her, src/chapters/rooftop.ts).
      case 'a': point('props', 'loot', x, y, '', [str('item', 'arrows')]); break;
      // Mr. Baek's last note, left in the stair house (src/campaign/notes.ts).
      case 'N': point('props', 'note', x, y, "Mr. Baek's note", [str('note', 'note-rooftop-1')]); break;
      default: return false;
    }
  });
  for (const [x, y, text] of PLAQUES) point('props', 'plaque', x, y, text, [str('text', text)]);
  for (const [x, y, text] of NOTICES) point('props', 'notice', x, y, '', [str('text', text)]);
  // The helipad is where the bots head (an exit means nothing by itself once objectives are authored).
  rect('markers', 'exit', HELIPAD, 'helipad');
  for (const [name, r] of CHECKPOINTS) rect('markers', 'checkpoint', r, name);
  rect('triggers', 'trigger', STAIRS_DOWN, 'stairs_down');
  rect('triggers', 'objective', STAIR_DOOR_FRONT, ROOFTOP_OBJECTIVES.barricade, [str('kind', 'reach'), str('text', BARRICADE_TEXT), bool('optional', true)]);
  // Optional so its end is not the win: the chapter's beats then land the helicopter (board).
  rect('triggers', 'objective', HELIPAD, ROOFTOP_OBJECTIVES.rescue, [str('kind', 'holdOut'), str('text', RESCUE_TEXT), bool('optional', true), float('seconds', 150)]);
  rect('triggers', 'objective', HELIPAD, ROOFTOP_OBJECTIVES.board, [str('kind', 'reach'), str('text', BOARD_TEXT), bool('startsActive', false), float('timeLimit', 30)]);

  const text = tiledMapText({ width, height, data, properties: [str('name', 'Wall Climbers'), int('directorBudget', DIRECTOR_BUDGET)], layers, nextObjectId: nextId() });
  const tmjPath = join(outDir, 'rooftop.tmj');
  writeMap(tmjPath, text);
  writeLogicTileset(outDir);
  console.log(`wrote ${tmjPath} (${width}x${height}, ${nextId() - 1} objects), logic.tsj, logic-tiles.png`);
}

build();
