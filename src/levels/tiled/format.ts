import { Tile, type TileKind } from '../../sim/grid';

/**
 * The raw Tiled JSON (.tmj / .tsj) checks: the map header, layers, tilesets, the logic
 * tile layer and custom properties. Everything here reads untrusted JSON and reports
 * problems as lines of text (the loader gathers them into one LevelError); nothing
 * throws for any input.
 */

/** At most this many problems are listed (the rest are counted): a panel, not a log. */
export const MAX_LISTED_PROBLEMS = 50;
/** Every listed problem is shorter than this (raw strings are truncated before that). */
export const MAX_PROBLEM_CHARS = 200;

export class LevelError extends Error {
  readonly levelId: string;
  /** The first MAX_LISTED_PROBLEMS problems, in the order found. */
  readonly problems: readonly string[];
  /** How many problems there were in all (listed or not). */
  readonly total: number;
  constructor(levelId: string, problems: readonly string[], total = problems.length) {
    const more = total - problems.length;
    super(
      `level '${levelId}' has ${total} problem${total === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        (more > 0 ? `\n  ... and ${more} more (fix these first)` : ''),
    );
    this.name = 'LevelError';
    this.levelId = levelId;
    this.problems = problems;
    this.total = total;
  }
}

/**
 * Where a load writes its problems: every one is counted, the first MAX_LISTED_PROBLEMS
 * are kept, each cut under MAX_PROBLEM_CHARS, so a malicious map cannot build megabytes
 * of text. `length` is the count (callers compare it before and after a check).
 */
export class Problems {
  private readonly listed: string[] = [];
  private count = 0;
  push(message: string): void {
    this.count++;
    if (this.listed.length >= MAX_LISTED_PROBLEMS) return;
    this.listed.push(message.length < MAX_PROBLEM_CHARS ? message : `${message.slice(0, MAX_PROBLEM_CHARS - 2)}…`);
  }
  get length(): number {
    return this.count;
  }
  /** No more problems will be listed: callers with many may `skip()` instead of building the text. */
  get full(): boolean {
    return this.listed.length >= MAX_LISTED_PROBLEMS;
  }
  /** Counts a problem without its text (only once `full`). */
  skip(): void {
    this.count++;
  }
  get shown(): readonly string[] {
    return this.listed;
  }
}

/** How many characters of a raw string a message quotes. */
const QUOTE_CHARS = 32;

/** A raw string from the map, quoted and cut to QUOTE_CHARS (control characters shown as '?'). */
export function quote(raw: string, max = QUOTE_CHARS): string {
  const cut = raw.length > max ? `${raw.slice(0, max)}…` : raw;
  // eslint-disable-next-line no-control-regex
  return `'${cut.replace(/[\u0000-\u001f\u007f]/g, '?')}'`;
}

/** Any raw JSON value, described in a few words (never its whole text). */
export function describe(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** Names for a message: the first few quoted, then how many more ('none' when empty). */
export function nameList(names: readonly string[], max = 4): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, max).map((n) => quote(n, 20)).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

export interface LoadLevelOptions {
  /**
   * External tilesets (.tsj contents) by the `source` the map names, e.g.
   * `{ 'logic.tsj': logicTileset }`. Only the file name part of `source` is matched.
   */
  tilesets?: Record<string, unknown>;
}

export const TILE_SIZE_PX = 32;
/** Larger maps are refused (a chapter is well under this; it bounds memory). */
export const MAX_MAP_CELLS = 512 * 512;
/**
 * More objects (all object layers together) are refused: a chapter holds a few hundred,
 * and with cells and objects bounded, every check being linear bounds a load's time (at
 * 131,072 the heaviest objects already took over a second: `npm run bench:loader`).
 */
export const MAX_MAP_OBJECTS = 65_536;
/** More custom properties on one object (or the map) are refused: no type takes more than 11. */
export const MAX_PROPERTIES = 64;
/** More tilesets, or more layers (group layers flattened), are refused. */
export const MAX_TILESETS = 16;
export const MAX_LAYERS = 64;

export const LAYERS = {
  logic: 'tilelayer',
  markers: 'objectgroup',
  infected: 'objectgroup',
  props: 'objectgroup',
  triggers: 'objectgroup',
} as const;
export type LayerName = keyof typeof LAYERS;
export type ObjectLayerName = Exclude<LayerName, 'logic'>;
export const OBJECT_LAYERS: readonly ObjectLayerName[] = ['markers', 'infected', 'props', 'triggers'];
const LAYER_WORDS = { tilelayer: 'a tile layer', objectgroup: 'an object layer' } as const;

export const TILE_NAMES = Object.keys(Tile) as (keyof typeof Tile)[];
const TILE_NAME_BY_KIND: string[] = [];
for (const name of TILE_NAMES) TILE_NAME_BY_KIND[Tile[name]] = name;
export const tileName = (kind: number): string => TILE_NAME_BY_KIND[kind] ?? '?';

export type Json = Record<string, unknown>;
export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const at = (x: number, y: number) => `tile (${x}, ${y})`;
/** "a spawn", "an infected": object types in messages. */
export const aType = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/**
 * Per-cell problems of one kind are reported once: the first one's text and cell, then
 * how many more cells have that problem, with the first few.
 */
export class CellProblems {
  private readonly kinds = new Map<string, { text: string; cells: string[]; count: number }>();
  /** `kind` groups the problems; `text` (default: the kind) is the first one's own words. */
  add(kind: string, cell: string, text = kind): void {
    const k = this.kinds.get(kind);
    if (!k) this.kinds.set(kind, { text, cells: [cell], count: 1 });
    else {
      if (k.cells.length < 4) k.cells.push(cell);
      k.count++;
    }
  }
  flush(into: Problems): void {
    for (const { text, cells, count } of this.kinds.values()) {
      const [first, ...rest] = cells;
      const more = count > 1 ? ` (and ${count - 1} more cells like it: ${rest.join(', ')}${count > cells.length ? ', ...' : ''})` : '';
      into.push(`${text} at ${first}${more}`);
    }
  }
}

/** The map as parsed JSON: JSON text is parsed here. Null (with a problem) when it is not an object. */
export function readMapJson(json: unknown, problems: Problems): Json | null {
  let map: unknown = json;
  if (typeof json === 'string') {
    try {
      map = JSON.parse(json);
    } catch (e) {
      problems.push(`not valid JSON: ${quote(e instanceof Error ? e.message : String(e), 100)}`);
      return null;
    }
  }
  if (!isRecord(map)) {
    problems.push('expected a Tiled map (a JSON object)');
    return null;
  }
  return map;
}

/** Checks the header; returns the size in tiles, or null when the map cannot be read further. */
export function readMapHeader(map: Json, problems: Problems): { width: number; height: number } | null {
  if (map.type !== undefined && map.type !== 'map') problems.push(`type is ${describe(map.type)}, expected 'map'`);
  if (map.orientation !== 'orthogonal') {
    problems.push(`orientation is ${describe(map.orientation)}, only 'orthogonal' maps are supported`);
  }
  if (map.infinite === true) problems.push('infinite maps are not supported (Map > Map Properties > Infinite: off)');
  if (map.tilewidth !== TILE_SIZE_PX || map.tileheight !== TILE_SIZE_PX) {
    problems.push(
      `tile size is ${describe(map.tilewidth)}x${describe(map.tileheight)} px, expected ${TILE_SIZE_PX}x${TILE_SIZE_PX}`,
    );
  }
  const width = map.width;
  const height = map.height;
  if (!isInt(width) || !isInt(height) || width < 1 || height < 1) {
    problems.push(`map size ${describe(width)}x${describe(height)} is not a positive whole number of tiles`);
    return null;
  }
  if (width * height > MAX_MAP_CELLS) {
    problems.push(`map is ${width}x${height} tiles, more than the ${MAX_MAP_CELLS} cells allowed`);
    return null;
  }
  return { width, height };
}

/** The five layers by name (group layers flattened); wrong, unknown, doubled or missing ones are problems. */
export function readLayers(map: Json, problems: Problems): Map<LayerName, Json> {
  const layers = new Map<LayerName, Json>();
  if (!Array.isArray(map.layers)) {
    problems.push('map has no layers array');
    return layers;
  }
  const leaves = flattenLayers(map.layers, problems);
  if (leaves.length > MAX_LAYERS) {
    problems.push(`map has ${leaves.length} layers, more than the ${MAX_LAYERS} allowed (it needs ${Object.keys(LAYERS).length})`);
    return layers;
  }
  for (const layer of leaves) {
    const name = layer.name;
    if (typeof name !== 'string') {
      problems.push(`layer #${describe(layer.id)} has no name`);
      continue;
    }
    // Own keys only: a layer named 'toString' or '__proto__' is unknown, not Object's.
    if (!Object.hasOwn(LAYERS, name)) {
      problems.push(`unknown layer ${quote(name)} (expected only: ${Object.keys(LAYERS).join(', ')})`);
      continue;
    }
    const expected = LAYERS[name as LayerName];
    if (layer.type !== expected) {
      problems.push(`layer '${name}' is a ${describe(layer.type)}, expected ${LAYER_WORDS[expected]}`);
      continue;
    }
    if (layers.has(name as LayerName)) {
      problems.push(`layer '${name}' appears more than once`);
      continue;
    }
    layers.set(name as LayerName, layer);
  }
  for (const name of Object.keys(LAYERS) as LayerName[]) {
    if (!layers.has(name)) problems.push(`missing layer '${name}' (${LAYER_WORDS[LAYERS[name]]})`);
  }
  return layers;
}

/** Group layers are flattened (their names do not matter); returns the leaf layers. */
function flattenLayers(layers: unknown[], problems: Problems, depth = 0): Json[] {
  const out: Json[] = [];
  layers.forEach((layer, i) => {
    if (!isRecord(layer)) {
      problems.push(`layer ${i} is not an object`);
      return;
    }
    if (layer.type === 'group') {
      if (depth > 8 || !Array.isArray(layer.layers)) {
        problems.push(`group layer ${describe(layer.name)} has no layers array or is nested too deep`);
        return;
      }
      // A loop, not push(...): a group of 200,000 layers would overflow the call stack.
      for (const l of flattenLayers(layer.layers, problems, depth + 1)) out.push(l);
    } else {
      out.push(layer);
    }
  });
  return out;
}

export type PropType = 'string' | 'bool' | 'int' | 'float';
export type PropValue = string | boolean | number;

/** One custom property an object (or the map) may have. */
export interface PropRule {
  type: PropType;
  /** The value when the property is absent (or, for a string, empty). */
  default?: PropValue;
  /** Absent or empty is an error: "property 'note' (<required>) is required". */
  required?: string;
  /** A string that must be one of these; absent counts as wrong unless there is a default. */
  oneOf?: readonly string[];
}

const PROP_WORDS: Record<PropType, string> = { string: 'a string', bool: 'a bool', int: 'an int', float: 'a float' };
const PROP_CHECKS: Record<PropType, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  bool: (v) => typeof v === 'boolean',
  int: isInt,
  float: isFiniteNumber,
};

/**
 * Tiled custom properties: `[{ name, type, value }]`, read by value type. Unknown names are
 * errors (a typo like `lockd` is caught). Values of the wrong type are left out.
 */
export function readProperties(
  raw: unknown,
  owner: string,
  allowed: Readonly<Record<string, PropRule>>,
  problems: Problems,
): Map<string, PropValue> {
  const out = new Map<string, PropValue>();
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    problems.push(`${owner}: properties is not a list`);
    return out;
  }
  if (raw.length > MAX_PROPERTIES) {
    problems.push(`${owner}: ${raw.length} properties, more than the ${MAX_PROPERTIES} allowed`);
    return out;
  }
  for (const p of raw) {
    if (!isRecord(p) || typeof p.name !== 'string') {
      problems.push(`${owner}: a property has no name`);
      continue;
    }
    // Own keys only: 'toString', 'constructor' or '__proto__' are unknown properties.
    const rule = Object.hasOwn(allowed, p.name) ? allowed[p.name] : undefined;
    if (!rule) {
      const allowedNames = Object.keys(allowed);
      problems.push(
        `${owner}: unknown property ${quote(p.name)}` +
          (allowedNames.length ? ` (allowed: ${allowedNames.join(', ')})` : ' (it takes no properties)'),
      );
      continue;
    }
    if (!PROP_CHECKS[rule.type](p.value)) {
      problems.push(`${owner}: property '${p.name}' must be ${PROP_WORDS[rule.type]}, got ${describe(p.value)}`);
      continue;
    }
    out.set(p.name, p.value as PropValue);
  }
  return out;
}

/** Builds gid -> Tile kind (undefined where no tileset tile has a valid `kind`). */
export function readTilesets(raw: unknown, options: LoadLevelOptions, problems: Problems): Map<number, TileKind> {
  const kindByGid = new Map<number, TileKind>();
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push('map has no tilesets (it needs the logic tileset, logic.tsj)');
    return kindByGid;
  }
  if (raw.length > MAX_TILESETS) {
    problems.push(`map has ${raw.length} tilesets, more than the ${MAX_TILESETS} allowed (it needs logic.tsj)`);
    return kindByGid;
  }
  raw.forEach((ref, i) => {
    if (!isRecord(ref) || !isInt(ref.firstgid) || ref.firstgid < 1) {
      problems.push(`tileset ${i}: no valid firstgid`);
      return;
    }
    let tileset: unknown = ref;
    let label = `tileset ${i}`;
    if (typeof ref.source === 'string') {
      const file = ref.source.split(/[\\/]/).pop() ?? ref.source;
      label = `tileset ${quote(file)}`;
      const given = options.tilesets ?? {};
      tileset = Object.hasOwn(given, file) ? given[file] : undefined;
      if (tileset === undefined) {
        problems.push(`${label}: external tileset not provided to the loader (known: ${nameList(Object.keys(given))})`);
        return;
      }
      if (typeof tileset === 'string') {
        try {
          tileset = JSON.parse(tileset);
        } catch {
          problems.push(`${label}: not valid JSON`);
          return;
        }
      }
    }
    if (!isRecord(tileset)) {
      problems.push(`${label}: not a tileset object`);
      return;
    }
    if (typeof tileset.name === 'string') label = `tileset ${quote(tileset.name)}`;
    if (tileset.tilewidth !== TILE_SIZE_PX || tileset.tileheight !== TILE_SIZE_PX) {
      problems.push(`${label}: tile size is ${describe(tileset.tilewidth)}x${describe(tileset.tileheight)} px, expected ${TILE_SIZE_PX}x${TILE_SIZE_PX}`);
    }
    const count = tileset.tilecount;
    if (!isInt(count) || count < 1 || count > 4096) {
      problems.push(`${label}: tilecount ${describe(count)} is not a positive whole number`);
      return;
    }
    if (!Array.isArray(tileset.tiles)) {
      problems.push(`${label}: no tiles with a 'kind' property (logic tiles need kind = ${TILE_NAMES.join(' | ')})`);
      return;
    }
    for (const tile of tileset.tiles) {
      if (!isRecord(tile) || !isInt(tile.id) || tile.id < 0 || tile.id >= count) {
        problems.push(`${label}: a tile has no valid id`);
        continue;
      }
      const kindProp = Array.isArray(tile.properties)
        ? tile.properties.find((p): p is Json => isRecord(p) && p.name === 'kind')
        : undefined;
      const kind = kindProp?.value;
      if (typeof kind !== 'string' || !(TILE_NAMES as string[]).includes(kind)) {
        problems.push(`${label}: tile ${tile.id} has kind ${describe(kind)}, expected one of ${TILE_NAMES.join(', ')}`);
        continue;
      }
      const gid = (ref.firstgid as number) + tile.id;
      if (kindByGid.has(gid)) problems.push(`${label}: tile ${tile.id} overlaps another tileset (gid ${gid})`);
      kindByGid.set(gid, Tile[kind as keyof typeof Tile]);
    }
  });
  return kindByGid;
}

/** Fills `tiles` from the logic layer; returns whether every cell was understood. */
export function readLogicLayer(
  layer: Json,
  width: number,
  height: number,
  kindByGid: Map<number, TileKind>,
  tiles: Uint8Array,
  problems: Problems,
): boolean {
  const before = problems.length;
  if (layer.width !== width || layer.height !== height) {
    problems.push(`layer 'logic' is ${describe(layer.width)}x${describe(layer.height)}, expected the map's ${width}x${height}`);
  }
  if ((layer.x ?? 0) !== 0 || (layer.y ?? 0) !== 0 || (layer.offsetx ?? 0) !== 0 || (layer.offsety ?? 0) !== 0) {
    problems.push(`layer 'logic' is offset; it must start at (0, 0)`);
  }
  if (layer.compression !== undefined && layer.compression !== '') {
    problems.push(`layer 'logic' is compressed (${describe(layer.compression)}); save with Tile Layer Format: CSV`);
  }
  if (layer.encoding !== undefined && layer.encoding !== 'csv') {
    problems.push(`layer 'logic' data is encoded as ${describe(layer.encoding)}; save with Tile Layer Format: CSV`);
  }
  if (layer.chunks !== undefined) problems.push(`layer 'logic' has chunks (infinite map); maps must be finite`);
  if (problems.length > before) return false;
  const data = layer.data;
  if (!Array.isArray(data) || data.length !== width * height) {
    problems.push(
      `layer 'logic' data must be a list of ${width * height} tile ids, got ${Array.isArray(data) ? `${data.length}` : typeof data}`,
    );
    return false;
  }
  const bad = new CellProblems();
  for (let i = 0; i < data.length; i++) {
    const raw = data[i];
    const x = i % width;
    const y = Math.floor(i / width);
    if (!isInt(raw) || raw < 0 || raw > 0xffffffff) {
      bad.add('not a tile id', at(x, y), `layer 'logic': tile id ${describe(raw)} is not a tile id`);
      continue;
    }
    // The top four bits are Tiled's flip/rotation flags: irrelevant to logic tiles.
    const gid = raw % 0x10000000;
    if (gid === 0) continue; // empty: a wall (outside the building)
    const kind = kindByGid.get(gid);
    if (kind === undefined) bad.add('not a logic tile', at(x, y), `layer 'logic': tile id ${gid} is not a logic tile (no 'kind')`);
    else tiles[i] = kind;
  }
  bad.flush(problems);
  return problems.length === before;
}
