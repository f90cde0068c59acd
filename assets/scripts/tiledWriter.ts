/**
 * What every chapter's map script (build<Name>Map.ts) does the same way: reads its ASCII
 * plan into the logic layer (readPlan), places Tiled objects in the four object layers the
 * loader reads, with their custom properties, and writes the .tmj text itself (one tile row
 * per line, so diffs of the tile layer stay readable) without overwriting Tiled edits (writeMap).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { KINDS, type Kind } from './logicTileset';

export const TILE = 32;

export type Rect = [x: number, y: number, w: number, h: number];
export type Prop = { name: string; type: 'string' | 'bool' | 'int' | 'float'; value: string | boolean | number };
export const str = (name: string, value: string): Prop => ({ name, type: 'string', value });
export const bool = (name: string, value: boolean): Prop => ({ name, type: 'bool', value });
export const int = (name: string, value: number): Prop => ({ name, type: 'int', value });
export const float = (name: string, value: number): Prop => ({ name, type: 'float', value });

export interface TiledObject {
  id: number; name: string; type: string; x: number; y: number; width: number; height: number;
  rotation: 0; visible: true; point?: true; properties?: Prop[];
}
export type LayerName = 'markers' | 'infected' | 'props' | 'triggers';

/** The object layers being filled, with Tiled's running object ids. */
export function createObjects() {
  let nextId = 1;
  const layers: Record<LayerName, TiledObject[]> = { markers: [], infected: [], props: [], triggers: [] };
  /** A point object at the centre of cell (x, y). */
  const point = (layer: LayerName, type: string, x: number, y: number, name = '', properties?: Prop[]) => {
    layers[layer].push({
      id: nextId++, name, type, x: (x + 0.5) * TILE, y: (y + 0.5) * TILE, width: 0, height: 0,
      rotation: 0, visible: true, point: true, ...(properties ? { properties } : {}),
    });
  };
  /** A rectangle object over whole cells. */
  const rect = (layer: LayerName, type: string, [x, y, w, h]: Rect, name = '', properties?: Prop[]) => {
    layers[layer].push({
      id: nextId++, name, type, x: x * TILE, y: y * TILE, width: w * TILE, height: h * TILE, rotation: 0, visible: true,
      ...(properties ? { properties } : {}),
    });
  };
  return { layers, point, rect, nextId: () => nextId };
}

/** The .tmj text of a map: `data` is the logic layer's tile ids row by row, `properties` the map's own. */
export function tiledMapText(o: {
  width: number; height: number; data: readonly number[]; properties: Prop[];
  layers: Record<LayerName, TiledObject[]>; nextObjectId: number;
}): string {
  const { width, height } = o;
  const objectLayer = (id: number, name: LayerName, color: string) => ({
    id, name, type: 'objectgroup', draworder: 'topdown', color, opacity: 1, visible: true, x: 0, y: 0, objects: o.layers[name],
  });
  const map = {
    type: 'map', version: '1.10', tiledversion: '1.10.2', orientation: 'orthogonal', renderorder: 'right-down',
    width, height, tilewidth: TILE, tileheight: TILE, infinite: false, compressionlevel: -1,
    nextlayerid: 6, nextobjectid: o.nextObjectId,
    properties: o.properties,
    tilesets: [{ firstgid: 1, source: 'logic.tsj' }],
    layers: [
      { id: 1, name: 'logic', type: 'tilelayer', width, height, x: 0, y: 0, opacity: 1, visible: true, data: [0] },
      objectLayer(2, 'markers', '#ffd400'),
      objectLayer(3, 'infected', '#e03030'),
      objectLayer(4, 'props', '#30a0ff'),
      objectLayer(5, 'triggers', '#b040ff'),
    ],
  };
  const rows = Array.from({ length: height }, (_, y) => '    ' + o.data.slice(y * width, (y + 1) * width).join(','));
  return JSON.stringify(map, null, 1).replace(/"data": \[\n\s*0\n\s*\]/, `"data": [\n${rows.join(',\n')}\n   ]`) + '\n';
}

/**
 * The rows of an ASCII plan (a template string, one row a line; blank lines are dropped),
 * every one as wide as the first: a short or long row would shift every cell after it, so
 * it stops the build, naming the map and the row.
 */
export function planRows(map: string, plan: string | readonly string[]): string[] {
  const rows = typeof plan === 'string' ? plan.split('\n').filter((r) => r.length > 0) : [...plan];
  if (rows.length === 0) throw new Error(`${map} plan: no rows`);
  const width = rows[0]!.length;
  rows.forEach((row, y) => {
    if (row.length !== width) throw new Error(`${map} plan: row ${y} has ${row.length} cells, expected ${width} (the first row's)`);
  });
  return rows;
}

/** A plan read into the logic layer: its size and the tile ids row by row (tiledMapText's `data`). */
export interface ReadPlan { width: number; height: number; data: number[] }

/**
 * Reads a map's ASCII plan cell by cell: each character's logic tile is `tiles[c]` (Floor
 * where it has none), and `marker(x, y, c)` places the objects the character stands for,
 * returning false where it has none (its switch's default). A character that is neither
 * '.', a tile nor a marker is a typo: it stops the build, naming the map, row, column and
 * character.
 */
export function readPlan(
  map: string,
  plan: string | readonly string[],
  tiles: Readonly<Record<string, Kind>>,
  marker: (x: number, y: number, c: string) => boolean | void,
): ReadPlan {
  const rows = planRows(map, plan);
  const width = rows[0]!.length;
  const data: number[] = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < width; x++) {
      const c = row[x]!;
      data.push(KINDS.indexOf(tiles[c] ?? 'Floor') + 1);
      if (marker(x, y, c) === false && !(c in tiles) && c !== '.') {
        throw new Error(`${map} plan: unknown character '${c}' in row ${y}, column ${x}`);
      }
    }
  });
  return { width, height: rows.length, data };
}

/**
 * Writes a map's .tmj; an existing one may hold edits made in Tiled, which a run would
 * lose, so it is overwritten only when the script was given --force.
 */
export function writeMap(tmjPath: string, text: string, argv: readonly string[] = process.argv): void {
  if (existsSync(tmjPath) && !argv.includes('--force')) {
    throw new Error(`${tmjPath} exists (it may hold Tiled edits); pass --force to overwrite`);
  }
  mkdirSync(dirname(tmjPath), { recursive: true });
  writeFileSync(tmjPath, text);
}
