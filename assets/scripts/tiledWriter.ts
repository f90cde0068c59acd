/**
 * What every chapter's map script (build<Name>Map.ts) writes the same way: Tiled objects
 * in the four object layers the loader reads, their custom properties, and the .tmj text
 * itself (one tile row per line, so diffs of the tile layer stay readable).
 */
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
