import { Tile, type TileKind } from '../sim/grid';
import type {
  CabinetSpec,
  CheckpointSpec,
  DoorSpec,
  ItemSpec,
  LevelData,
  LevelPoint,
  LevelRect,
  LockerSpec,
  NoticeSpec,
  TriggerSpec,
} from '../sim/level';

/**
 * Loads a level authored in Tiled's JSON map format (.tmj) into sim data, checking
 * everything a map can get wrong and reporting ALL problems at once, each with the
 * object (id, name, type) or cell it is about. The format is documented in
 * docs/architecture.md ("Level format"); in short:
 *
 * - orthogonal, finite, 32x32 px tiles, tile layer data as CSV (a JSON array);
 * - one tile layer `logic` whose tiles come from the logic tileset (8 tiles, each with a
 *   string property `kind` naming a Tile: Floor, Wall, Window, Void, Locker, Door,
 *   Cabinet, Table). An empty cell (gid 0) is a Wall (outside the building);
 * - object layers `markers` (player_start, spawn, checkpoint, exit, safe_zone, dark),
 *   `infected` (infected), `props` (door, locker, cabinet, note, decoy, key, notice) and
 *   `triggers` (trigger). The object's Tiled "class" (JSON `type`) is its type.
 *
 * Doors: every Door tile is a door (closed, unlocked). A `door` object on a Door tile
 * gives it a name and `locked` / `open` properties; a door object anywhere else is an
 * error. Cabinets work the same way. Lockers: Locker tiles are solid decor; a `locker`
 * object on one makes it a hiding place (with `classmate` someone is inside).
 *
 * Keys: a `key` object (`item`: what it is, `unlocks`: a door name) lies on a Floor cell;
 * picking it up unlocks every door of that name. The reachability check counts such a
 * door as open once its key can be reached.
 */

export type InfectedVariant = 'sprinter' | 'cheerleader' | 'heavy' | 'climber';

/** An infected placed by the author (cell centre, tiles). */
export interface InfectedPlacement {
  x: number;
  y: number;
  variant: InfectedVariant;
  asleep?: boolean;
}

/** What a Tiled map loads into: the sim's level plus the authored infected. */
export type TiledLevel = LevelData & { infected: InfectedPlacement[] };

export class LevelError extends Error {
  readonly levelId: string;
  readonly problems: readonly string[];
  constructor(levelId: string, problems: readonly string[]) {
    super(
      `level '${levelId}' has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'LevelError';
    this.levelId = levelId;
    this.problems = problems;
  }
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

export const LAYERS = {
  logic: 'tilelayer',
  markers: 'objectgroup',
  infected: 'objectgroup',
  props: 'objectgroup',
  triggers: 'objectgroup',
} as const;
type LayerName = keyof typeof LAYERS;
const LAYER_WORDS = { tilelayer: 'a tile layer', objectgroup: 'an object layer' } as const;
type ObjectLayerName = Exclude<LayerName, 'logic'>;
const OBJECT_LAYERS: readonly ObjectLayerName[] = ['markers', 'infected', 'props', 'triggers'];

type PropType = 'string' | 'bool';
interface ObjectTypeRule {
  layer: ObjectLayerName;
  /** point: a point object or a rectangle (its centre cell counts); rect: a rectangle. */
  shape: 'point' | 'rect';
  props: Record<string, PropType>;
  /** The object's name must be set (and unique among objects of its type). */
  named?: boolean;
}

export const OBJECT_TYPES = {
  player_start: { layer: 'markers', shape: 'point', props: {} },
  spawn: { layer: 'markers', shape: 'point', props: {} },
  checkpoint: { layer: 'markers', shape: 'rect', props: {}, named: true },
  exit: { layer: 'markers', shape: 'rect', props: {} },
  safe_zone: { layer: 'markers', shape: 'rect', props: {} },
  /** An unlit area: drawn dark, and the infected see a player standing in it only up close. */
  dark: { layer: 'markers', shape: 'rect', props: {} },
  infected: { layer: 'infected', shape: 'point', props: { variant: 'string', asleep: 'bool' } },
  door: { layer: 'props', shape: 'point', props: { locked: 'bool', open: 'bool' } },
  locker: { layer: 'props', shape: 'point', props: { classmate: 'string' } },
  cabinet: { layer: 'props', shape: 'point', props: {} },
  note: { layer: 'props', shape: 'point', props: { note: 'string' } },
  decoy: { layer: 'props', shape: 'point', props: { item: 'string' } },
  key: { layer: 'props', shape: 'point', props: { item: 'string', unlocks: 'string' } },
  notice: { layer: 'props', shape: 'point', props: { text: 'string' } },
  trigger: { layer: 'triggers', shape: 'rect', props: { once: 'bool' }, named: true },
} as const satisfies Record<string, ObjectTypeRule>;
type ObjectType = keyof typeof OBJECT_TYPES;

const INFECTED_VARIANTS: readonly InfectedVariant[] = ['sprinter', 'cheerleader', 'heavy', 'climber'];
const TILE_NAMES = Object.keys(Tile) as (keyof typeof Tile)[];
/** Cells a door may sit between. */
const WALL_LINE: readonly number[] = [Tile.Wall, Tile.Window, Tile.Door, Tile.Cabinet];

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Per-cell problems of one kind are reported once, with the first cells and a count. */
class CellProblems {
  private readonly cells = new Map<string, string[]>();
  add(key: string, cell: string): void {
    const list = this.cells.get(key);
    if (list) list.push(cell);
    else this.cells.set(key, [cell]);
  }
  flush(into: string[]): void {
    for (const [key, cells] of this.cells) {
      const shown = cells.slice(0, 5).join(', ');
      const more = cells.length > 5 ? ` and ${cells.length - 5} more` : '';
      into.push(`${key} at ${shown}${more}`);
    }
  }
}

const at = (x: number, y: number) => `tile (${x}, ${y})`;

/**
 * Validates a Tiled map (parsed JSON, or its text) into sim data. Throws one LevelError
 * listing every problem found; never throws anything else for any input.
 */
export function loadLevel(json: unknown, id: string, options: LoadLevelOptions = {}): TiledLevel {
  const problems: string[] = [];
  const fail = (): never => {
    throw new LevelError(id, problems);
  };

  let map: unknown = json;
  if (typeof json === 'string') {
    try {
      map = JSON.parse(json);
    } catch (e) {
      problems.push(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      fail();
    }
  }
  if (!isRecord(map)) {
    problems.push('expected a Tiled map (a JSON object)');
    return fail();
  }

  // --- the map header ---
  if (map.type !== undefined && map.type !== 'map') problems.push(`type is '${String(map.type)}', expected 'map'`);
  if (map.orientation !== 'orthogonal') {
    problems.push(`orientation is '${String(map.orientation)}', only 'orthogonal' maps are supported`);
  }
  if (map.infinite === true) problems.push('infinite maps are not supported (Map > Map Properties > Infinite: off)');
  if (map.tilewidth !== TILE_SIZE_PX || map.tileheight !== TILE_SIZE_PX) {
    problems.push(
      `tile size is ${String(map.tilewidth)}x${String(map.tileheight)} px, expected ${TILE_SIZE_PX}x${TILE_SIZE_PX}`,
    );
  }
  const width = map.width;
  const height = map.height;
  if (!isInt(width) || !isInt(height) || width < 1 || height < 1) {
    problems.push(`map size ${String(width)}x${String(height)} is not a positive whole number of tiles`);
    return fail();
  }
  if (width * height > MAX_MAP_CELLS) {
    problems.push(`map is ${width}x${height} tiles, more than the ${MAX_MAP_CELLS} cells allowed`);
    return fail();
  }
  const mapProps = readProperties(map.properties, 'map', { name: 'string' }, problems);
  const levelName = typeof mapProps.name === 'string' && mapProps.name !== '' ? mapProps.name : id;

  // --- tilesets: gid -> tile kind ---
  const kindByGid = readTilesets(map.tilesets, options, problems);

  // --- layers ---
  const layers = new Map<LayerName, Json>();
  if (!Array.isArray(map.layers)) {
    problems.push('map has no layers array');
  } else {
    for (const layer of flattenLayers(map.layers, problems)) {
      const name = layer.name;
      if (typeof name !== 'string') {
        problems.push(`layer #${String(layer.id)} has no name`);
        continue;
      }
      if (!(name in LAYERS)) {
        problems.push(`unknown layer '${name}' (expected only: ${Object.keys(LAYERS).join(', ')})`);
        continue;
      }
      const expected = LAYERS[name as LayerName];
      if (layer.type !== expected) {
        problems.push(`layer '${name}' is a ${String(layer.type)}, expected ${LAYER_WORDS[expected]}`);
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
  }

  // --- the logic tile layer ---
  const tiles = new Uint8Array(width * height).fill(Tile.Wall);
  const logic = layers.get('logic');
  let tilesOk = false;
  if (logic) tilesOk = readLogicLayer(logic, width, height, kindByGid, tiles, problems);
  const tileAt = (x: number, y: number): number =>
    x < 0 || y < 0 || x >= width || y >= height ? Tile.Wall : tiles[y * width + x]!;

  // Door tiles must sit in a wall line: walls on two opposite sides, open on the others.
  const doorCells = new Map<number, DoorSpec>();
  if (tilesOk) {
    const badDoors = new CellProblems();
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (tileAt(x, y) !== Tile.Door) continue;
        const wall = (dx: number, dy: number) => WALL_LINE.includes(tileAt(x + dx, y + dy));
        const acrossX = wall(-1, 0) && wall(1, 0) && !wall(0, -1) && !wall(0, 1);
        const acrossY = wall(0, -1) && wall(0, 1) && !wall(-1, 0) && !wall(1, 0);
        if (!acrossX && !acrossY) badDoors.add('door not on a wall line (needs walls on two opposite sides and open cells on the other two)', at(x, y));
        doorCells.set(y * width + x, { x, y, open: false, locked: false });
      }
    }
    badDoors.flush(problems);
  }

  // --- objects ---
  const starts: LevelPoint[] = [];
  const spawnPoints: LevelPoint[] = [];
  const exits: LevelRect[] = [];
  const safeZones: LevelRect[] = [];
  const darkAreas: LevelRect[] = [];
  const checkpoints: CheckpointSpec[] = [];
  const triggers: TriggerSpec[] = [];
  const infected: InfectedPlacement[] = [];
  const lockers: LockerSpec[] = [];
  const cabinetNames = new Map<number, string>();
  const items: ItemSpec[] = [];
  const notices: NoticeSpec[] = [];
  const namedDoors = new Set<number>();
  const namesByType = new Map<string, Set<string>>();
  const noteIds = new Set<string>();
  const objectIds = new Set<number>();
  /** Cells that must be reachable from the start, with who needs them. */
  const mustReach: { cells: [number, number][]; what: string }[] = [];
  /** Keys, to check once every door has its name: the item index, the key's cell and who it is. */
  const keys: { item: number; cell: number; label: string }[] = [];
  /** Points that must not lie inside a safe zone. */
  const notInSafeZone: { x: number; y: number; what: string }[] = [];

  const frontOf = (x: number, y: number): LevelPoint | null => {
    for (const [dx, dy] of [[0, 1], [0, -1], [1, 0], [-1, 0]] as const) {
      if (tileAt(x + dx, y + dy) === Tile.Floor) return { x: x + dx + 0.5, y: y + dy + 0.5 };
    }
    return null;
  };

  for (const layerName of OBJECT_LAYERS) {
    const layer = layers.get(layerName);
    if (!layer) continue;
    if (!Array.isArray(layer.objects)) {
      problems.push(`layer '${layerName}' has no objects array`);
      continue;
    }
    layer.objects.forEach((obj: unknown, index: number) => {
      if (!isRecord(obj)) {
        problems.push(`layer '${layerName}': object ${index} is not an object`);
        return;
      }
      const objId = isInt(obj.id) ? obj.id : -1;
      const objName = typeof obj.name === 'string' ? obj.name : '';
      const rawType = typeof obj.type === 'string' && obj.type !== '' ? obj.type : obj.class;
      const typeLabel = typeof rawType === 'string' ? rawType : '';
      let label = `object #${objId}${objName ? ` '${objName}'` : ''}${typeLabel ? ` (${typeLabel})` : ''}`;
      if (objId < 0) problems.push(`layer '${layerName}': object ${index} has no integer id`);
      else if (objectIds.has(objId)) problems.push(`${label}: id used by another object`);
      else objectIds.add(objId);

      if (!isFiniteNumber(obj.x) || !isFiniteNumber(obj.y)) {
        problems.push(`${label} in layer '${layerName}': position is not a number`);
        return;
      }
      const w = isFiniteNumber(obj.width) ? obj.width : 0;
      const h = isFiniteNumber(obj.height) ? obj.height : 0;
      const cx = Math.floor((obj.x + w / 2) / TILE_SIZE_PX);
      const cy = Math.floor((obj.y + h / 2) / TILE_SIZE_PX);
      label += ` at ${at(cx, cy)}`;

      if (typeof rawType !== 'string' || rawType === '') {
        problems.push(`${label} in layer '${layerName}': no type (set its Class to one of: ${Object.keys(OBJECT_TYPES).join(', ')})`);
        return;
      }
      if (!(rawType in OBJECT_TYPES)) {
        problems.push(`${label}: unknown object type '${rawType}' (expected one of: ${Object.keys(OBJECT_TYPES).join(', ')})`);
        return;
      }
      const type = rawType as ObjectType;
      const rule: ObjectTypeRule = OBJECT_TYPES[type];
      if (rule.layer !== layerName) {
        problems.push(`${label}: a ${type} belongs in layer '${rule.layer}', not '${layerName}'`);
        return;
      }
      const unsupportedShape = ['ellipse', 'polygon', 'polyline', 'text', 'gid'].find((k) => obj[k] !== undefined && obj[k] !== false);
      if (unsupportedShape) {
        problems.push(`${label}: ${unsupportedShape} objects are not supported, use a ${rule.shape === 'rect' ? 'rectangle' : 'point or rectangle'}`);
        return;
      }
      const props = readProperties(obj.properties, label, rule.props, problems);
      if (rule.named) {
        if (objName === '') problems.push(`${label}: a ${type} needs a name`);
        else {
          const names = namesByType.get(type) ?? new Set<string>();
          namesByType.set(type, names);
          if (names.has(objName)) problems.push(`${label}: another ${type} is already named '${objName}'`);
          names.add(objName);
        }
      }

      let rect: LevelRect | null = null;
      if (rule.shape === 'rect') {
        if (obj.point === true || w <= 0 || h <= 0) {
          problems.push(`${label}: a ${type} must be a rectangle with a size`);
          return;
        }
        const x0 = Math.round(obj.x / TILE_SIZE_PX);
        const y0 = Math.round(obj.y / TILE_SIZE_PX);
        const x1 = Math.round((obj.x + w) / TILE_SIZE_PX);
        const y1 = Math.round((obj.y + h) / TILE_SIZE_PX);
        if (x1 <= x0 || y1 <= y0) {
          problems.push(`${label}: rectangle is smaller than one tile`);
          return;
        }
        if (x0 < 0 || y0 < 0 || x1 > width || y1 > height) {
          problems.push(`${label}: rectangle reaches outside the map`);
          return;
        }
        rect = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
      } else if (cx < 0 || cy < 0 || cx >= width || cy >= height) {
        problems.push(`${label}: outside the map`);
        return;
      }
      const centre = { x: cx + 0.5, y: cy + 0.5 };
      const tile = tileAt(cx, cy);
      const tileName = TILE_NAMES.find((n) => Tile[n] === tile) ?? '?';
      const needTile = (kind: TileKind, what: string): boolean => {
        if (!tilesOk || tile === kind) return true;
        problems.push(`${label}: ${what} (the cell is ${tileName})`);
        return false;
      };
      const needFloor = () => needTile(Tile.Floor, `a ${type} must stand on a Floor cell, not inside a wall or furniture`);
      const cell = cy * width + cx;

      switch (type) {
        case 'player_start':
          if (needFloor()) starts.push(centre);
          break;
        case 'spawn':
          if (needFloor()) spawnPoints.push(centre);
          notInSafeZone.push({ ...centre, what: label });
          break;
        case 'exit':
          if (rect) {
            exits.push(rect);
            mustReach.push({ cells: cellsOf(rect), what: `${label}: the exit (objective)` });
          }
          break;
        case 'safe_zone':
          if (rect) safeZones.push(rect);
          break;
        case 'dark':
          if (!rect) break;
          // Darkness only matters where someone can stand: an area over walls alone is a mistake.
          if (tilesOk && !cellsOf(rect).some(([x, y]) => tileAt(x, y) === Tile.Floor)) {
            problems.push(`${label}: a dark area must cover at least one Floor cell`);
            break;
          }
          darkAreas.push(rect);
          break;
        case 'checkpoint':
          if (rect) {
            const rx = rect.x + Math.floor(rect.w / 2);
            const ry = rect.y + Math.floor(rect.h / 2);
            if (tilesOk && tileAt(rx, ry) !== Tile.Floor) {
              problems.push(`${label}: the checkpoint's centre ${at(rx, ry)} (where the player respawns) must be a Floor cell`);
            }
            checkpoints.push({ ...rect, name: objName, respawn: { x: rx + 0.5, y: ry + 0.5 } });
            mustReach.push({ cells: [[rx, ry]], what: `${label}: the checkpoint` });
          }
          break;
        case 'trigger':
          if (rect) triggers.push({ ...rect, name: objName, once: props.once !== false });
          break;
        case 'infected': {
          const variant = props.variant;
          if (typeof variant !== 'string' || !INFECTED_VARIANTS.includes(variant as InfectedVariant)) {
            problems.push(`${label}: property 'variant' must be one of ${INFECTED_VARIANTS.join(', ')} (got ${variant === undefined ? 'nothing' : `'${String(variant)}'`})`);
            break;
          }
          if (!needFloor()) break;
          const placement: InfectedPlacement = { ...centre, variant: variant as InfectedVariant };
          if (props.asleep === true) placement.asleep = true;
          infected.push(placement);
          notInSafeZone.push({ ...centre, what: label });
          break;
        }
        case 'door': {
          if (!needTile(Tile.Door, 'a door object must sit on a Door tile')) break;
          const door = doorCells.get(cell);
          if (!door) break;
          if (namedDoors.has(cell)) {
            problems.push(`${label}: another door object already describes this door`);
            break;
          }
          namedDoors.add(cell);
          door.locked = props.locked === true;
          door.open = props.open === true;
          if (door.open && door.locked) problems.push(`${label}: a door cannot be both open and locked`);
          if (objName) door.name = objName;
          break;
        }
        case 'locker': {
          if (!needTile(Tile.Locker, 'a locker object must sit on a Locker tile')) break;
          if (lockers.some((l) => l.x === cx && l.y === cy)) {
            problems.push(`${label}: another locker object already describes this locker`);
            break;
          }
          const front = frontOf(cx, cy);
          if (!front && tilesOk) {
            problems.push(`${label}: no Floor cell next to the locker to get in from`);
            break;
          }
          const classmate = typeof props.classmate === 'string' && props.classmate !== '' ? props.classmate : null;
          lockers.push({ x: cx, y: cy, front: front ?? centre, classmate });
          if (classmate && front) {
            mustReach.push({ cells: [[Math.floor(front.x), Math.floor(front.y)]], what: `${label}: ${classmate}'s locker` });
          }
          break;
        }
        case 'cabinet':
          if (!needTile(Tile.Cabinet, 'a cabinet object must sit on a Cabinet tile')) break;
          if (cabinetNames.has(cell)) problems.push(`${label}: another cabinet object already describes this cabinet`);
          else if (tilesOk && !frontOf(cx, cy)) problems.push(`${label}: no Floor cell in front of the cabinet to take the extinguisher from`);
          else cabinetNames.set(cell, objName);
          break;
        case 'note': {
          const note = props.note;
          if (typeof note !== 'string' || note === '') {
            problems.push(`${label}: property 'note' (the note's id) is required`);
            break;
          }
          if (noteIds.has(note)) problems.push(`${label}: note '${note}' is placed twice`);
          noteIds.add(note);
          if (!needFloor()) break;
          items.push({ kind: 'note', note, ...centre });
          mustReach.push({ cells: [[cx, cy]], what: `${label}: the note` });
          break;
        }
        case 'decoy':
          if (needFloor()) items.push({ kind: 'decoy', item: typeof props.item === 'string' && props.item !== '' ? props.item : 'can', ...centre });
          break;
        case 'key': {
          const unlocks = props.unlocks;
          if (typeof unlocks !== 'string' || unlocks === '') {
            problems.push(`${label}: property 'unlocks' (the name of the door it opens) is required`);
            break;
          }
          if (!needFloor()) break;
          const item = typeof props.item === 'string' && props.item !== '' ? props.item : 'key';
          keys.push({ item: items.length, cell, label });
          items.push({ kind: 'key', item, unlocks, ...centre });
          mustReach.push({ cells: [[cx, cy]], what: `${label}: the ${item}` });
          break;
        }
        case 'notice':
          if (!tilesOk) break;
          if (!WALL_LINE.includes(tile) || tile === Tile.Door) {
            problems.push(`${label}: a notice board must hang on a Wall or Window cell (the cell is ${tileName})`);
          } else if (!frontOf(cx, cy)) {
            problems.push(`${label}: no Floor cell in front of the notice board to read it from`);
          } else {
            notices.push({ x: cx, y: cy, text: typeof props.text === 'string' ? props.text : '' });
          }
          break;
      }
    });
  }

  if (layers.has('markers')) {
    if (starts.length === 0 && !problems.some((p) => p.includes('(player_start)'))) {
      problems.push("no player_start object in layer 'markers'");
    }
    if (starts.length > 1) problems.push(`${starts.length} player_start objects, expected exactly one`);
    if (exits.length === 0 && !problems.some((p) => p.includes('(exit)'))) {
      problems.push("no exit object in layer 'markers' (the level's objective)");
    }
  }

  // Every key must name a locked door (checked now that every door has its name).
  for (const k of keys) {
    const key = items[k.item];
    if (key?.kind !== 'key') continue;
    const named = [...doorCells.values()].filter((d) => d.name === key.unlocks);
    if (named.length === 0) {
      const known = [...doorCells.values()].flatMap((d) => (d.name ? [`'${d.name}'`] : []));
      problems.push(`${k.label}: unlocks '${key.unlocks}', but no door has that name (doors: ${known.join(', ') || 'none named'})`);
    } else if (!named.some((d) => d.locked)) {
      problems.push(`${k.label}: unlocks '${key.unlocks}', but that door is not locked (set its 'locked' property, or remove the key)`);
    }
  }

  for (const p of notInSafeZone) {
    if (safeZones.some((z) => p.x >= z.x && p.y >= z.y && p.x < z.x + z.w && p.y < z.y + z.h)) {
      problems.push(`${p.what}: inside a safe zone (no infected may start or spawn there)`);
    }
  }

  // --- reachability: flood fill from the start over Floor and unlocked doors; a key
  // reached unlocks its doors, and the fill goes on through them (keys behind keys work) ---
  const start = starts[0];
  if (tilesOk && start && starts.length === 1 && mustReach.length > 0) {
    const reached = new Uint8Array(width * height);
    const opened = new Set<string>();
    const passable = (i: number) => {
      if (tiles[i] === Tile.Floor) return true;
      const door = tiles[i] === Tile.Door ? doorCells.get(i) : undefined;
      return door !== undefined && (!door.locked || (door.name !== undefined && opened.has(door.name)));
    };
    const queue = new Int32Array(width * height);
    let head = 0;
    let tail = 0;
    const first = Math.floor(start.y) * width + Math.floor(start.x);
    reached[first] = 1;
    queue[tail++] = first;
    const fill = () => {
      while (head < tail) {
        const i = queue[head++]!;
        const x = i % width;
        const neighbours = [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width];
        for (const n of neighbours) {
          if (n < 0 || n >= width * height || reached[n] || !passable(n)) continue;
          reached[n] = 1;
          queue[tail++] = n;
        }
      }
    };
    fill();
    for (let more = true; more; ) {
      more = false;
      for (const k of keys) {
        const key = items[k.item];
        if (key?.kind !== 'key' || reached[k.cell] !== 1 || opened.has(key.unlocks)) continue;
        opened.add(key.unlocks);
        more = true;
        // Go on from every reached cell next to a door this key opens.
        for (const [cell, door] of doorCells) {
          if (door.name !== key.unlocks || reached[cell] === 1) continue;
          const x = cell % width;
          const next = [x > 0 ? cell - 1 : -1, x < width - 1 ? cell + 1 : -1, cell - width, cell + width];
          if (next.some((n) => n >= 0 && n < width * height && reached[n] === 1)) {
            reached[cell] = 1;
            queue[tail++] = cell;
          }
        }
      }
      fill();
    }
    const how = keys.length > 0 ? 'walking over Floor and unlocked doors, and through doors opened by keys it can reach' : 'walking over Floor and unlocked doors';
    for (const { cells, what } of mustReach) {
      if (!cells.some(([x, y]) => reached[y * width + x] === 1)) {
        problems.push(`${what} cannot be reached from the player start at ${at(Math.floor(start.x), Math.floor(start.y))} (${how})`);
      }
    }
  }

  if (problems.length > 0) fail();

  const doors = [...doorCells.values()];
  const cabinets: CabinetSpec[] = [];
  for (let i = 0; i < tiles.length; i++) {
    if (tiles[i] !== Tile.Cabinet) continue;
    const x = i % width;
    const y = Math.floor(i / width);
    const front = frontOf(x, y);
    if (!front) continue; // a cabinet nobody can reach is decor
    cabinets.push({ x, y, front, name: cabinetNames.get(i) || `cabinet ${x},${y}` });
  }

  return {
    id,
    name: levelName,
    width,
    height,
    tiles,
    doors,
    playerStart: start!,
    exits,
    spawnPoints,
    lockers,
    cabinets,
    items,
    notices,
    triggers,
    safeZones,
    checkpoints,
    objectives: [],
    ...(darkAreas.length > 0 ? { dark: darkAreas } : {}),
    infected,
  };
}

function cellsOf(r: LevelRect): [number, number][] {
  const out: [number, number][] = [];
  for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) out.push([x, y]);
  return out;
}

/** Group layers are flattened (their names do not matter); returns the leaf layers. */
function flattenLayers(layers: unknown[], problems: string[], depth = 0): Json[] {
  const out: Json[] = [];
  layers.forEach((layer, i) => {
    if (!isRecord(layer)) {
      problems.push(`layer ${i} is not an object`);
      return;
    }
    if (layer.type === 'group') {
      if (depth > 8 || !Array.isArray(layer.layers)) {
        problems.push(`group layer '${String(layer.name)}' has no layers array or is nested too deep`);
        return;
      }
      out.push(...flattenLayers(layer.layers, problems, depth + 1));
    } else {
      out.push(layer);
    }
  });
  return out;
}

/** Tiled custom properties: `[{ name, type, value }]`. Unknown names are errors. */
function readProperties(
  raw: unknown,
  owner: string,
  allowed: Record<string, PropType>,
  problems: string[],
): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    problems.push(`${owner}: properties is not a list`);
    return out;
  }
  for (const p of raw) {
    if (!isRecord(p) || typeof p.name !== 'string') {
      problems.push(`${owner}: a property has no name`);
      continue;
    }
    const expected = allowed[p.name];
    const allowedNames = Object.keys(allowed);
    if (!expected) {
      problems.push(
        `${owner}: unknown property '${p.name}'` +
          (allowedNames.length ? ` (allowed: ${allowedNames.join(', ')})` : ' (it takes no properties)'),
      );
      continue;
    }
    const ok = expected === 'bool' ? typeof p.value === 'boolean' : typeof p.value === 'string';
    if (!ok) {
      problems.push(`${owner}: property '${p.name}' must be a ${expected}, got ${JSON.stringify(p.value) ?? 'nothing'}`);
      continue;
    }
    out[p.name] = p.value as string | boolean;
  }
  return out;
}

/** Builds gid -> Tile kind (undefined where no tileset tile has a valid `kind`). */
function readTilesets(raw: unknown, options: LoadLevelOptions, problems: string[]): Map<number, TileKind> {
  const kindByGid = new Map<number, TileKind>();
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push('map has no tilesets (it needs the logic tileset, logic.tsj)');
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
      label = `tileset '${file}'`;
      tileset = options.tilesets?.[file];
      if (tileset === undefined) {
        problems.push(`${label}: external tileset not provided to the loader (known: ${Object.keys(options.tilesets ?? {}).join(', ') || 'none'})`);
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
    if (typeof tileset.name === 'string') label = `tileset '${tileset.name}'`;
    if (tileset.tilewidth !== TILE_SIZE_PX || tileset.tileheight !== TILE_SIZE_PX) {
      problems.push(`${label}: tile size is ${String(tileset.tilewidth)}x${String(tileset.tileheight)} px, expected ${TILE_SIZE_PX}x${TILE_SIZE_PX}`);
    }
    const count = tileset.tilecount;
    if (!isInt(count) || count < 1 || count > 4096) {
      problems.push(`${label}: tilecount ${String(count)} is not a positive whole number`);
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
        problems.push(`${label}: tile ${tile.id} has kind ${JSON.stringify(kind) ?? 'nothing'}, expected one of ${TILE_NAMES.join(', ')}`);
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
function readLogicLayer(
  layer: Json,
  width: number,
  height: number,
  kindByGid: Map<number, TileKind>,
  tiles: Uint8Array,
  problems: string[],
): boolean {
  const before = problems.length;
  if (layer.width !== width || layer.height !== height) {
    problems.push(`layer 'logic' is ${String(layer.width)}x${String(layer.height)}, expected the map's ${width}x${height}`);
  }
  if ((layer.x ?? 0) !== 0 || (layer.y ?? 0) !== 0 || (layer.offsetx ?? 0) !== 0 || (layer.offsety ?? 0) !== 0) {
    problems.push(`layer 'logic' is offset; it must start at (0, 0)`);
  }
  if (layer.compression !== undefined && layer.compression !== '') {
    problems.push(`layer 'logic' is compressed (${String(layer.compression)}); save with Tile Layer Format: CSV`);
  }
  if (layer.encoding !== undefined && layer.encoding !== 'csv') {
    problems.push(`layer 'logic' data is encoded as ${String(layer.encoding)}; save with Tile Layer Format: CSV`);
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
      bad.add(`layer 'logic': tile id ${JSON.stringify(raw)} is not a tile id`, at(x, y));
      continue;
    }
    // The top four bits are Tiled's flip/rotation flags: irrelevant to logic tiles.
    const gid = raw % 0x10000000;
    if (gid === 0) continue; // empty: a wall (outside the building)
    const kind = kindByGid.get(gid);
    if (kind === undefined) bad.add(`layer 'logic': tile id ${gid} is not a logic tile (no 'kind')`, at(x, y));
    else tiles[i] = kind;
  }
  bad.flush(problems);
  return problems.length === before;
}
