/**
 * Malicious Tiled maps (512x512 cells), generated in code: each one aims at a check that
 * would be quadratic in objects, or a message that would echo raw strings or every bad
 * cell. At scale 1 they are the sizes issue 17 measured (some are over the object cap
 * added since, MAX_MAP_OBJECTS); `scale` shrinks the object counts. Used by tests/levels/loaderLimits.test.ts (what is
 * reported) and bench/loader.ts (how long it takes: every one must load or be rejected in
 * well under a second).
 */

const KINDS = ['Floor', 'Wall', 'Window', 'Void', 'Locker', 'Door', 'Cabinet', 'Table'];
export const GID = { floor: 1, wall: 2, locker: 5, door: 6 } as const;
export const SIZE = 512;

type Obj = Record<string, unknown>;
export const prop = (name: string, value: string | boolean | number, type?: string) => ({
  name,
  type: type ?? (typeof value === 'boolean' ? 'bool' : typeof value === 'number' ? 'int' : 'string'),
  value,
});

/** Object builders numbering ids from 1. */
export function objects() {
  let id = 1;
  return {
    point: (type: string, x: number, y: number, name = '', properties: unknown[] = []): Obj => ({
      id: id++, name, type, x: (x + 0.5) * 32, y: (y + 0.5) * 32, width: 0, height: 0, point: true, properties,
    }),
    rect: (type: string, x: number, y: number, w: number, h: number, name = '', properties: unknown[] = []): Obj => ({
      id: id++, name, type, x: x * 32, y: y * 32, width: w * 32, height: h * 32, properties,
    }),
  };
}

export interface Layers {
  markers?: unknown[];
  infected?: unknown[];
  props?: unknown[];
  triggers?: unknown[];
}

/** A map of `data` (gids, row-major) and these object layers. */
export function mapOf(width: number, height: number, data: unknown[], layers: Layers): Obj {
  const group = (name: string, list: unknown[] = []) => ({ id: 0, name, type: 'objectgroup', objects: list });
  return {
    type: 'map', orientation: 'orthogonal', infinite: false, width, height, tilewidth: 32, tileheight: 32,
    tilesets: [{ firstgid: 1, name: 'logic', tilewidth: 32, tileheight: 32, tilecount: 8, tiles: KINDS.map((kind, i) => ({ id: i, properties: [prop('kind', kind)] })) }],
    layers: [
      { id: 0, name: 'logic', type: 'tilelayer', x: 0, y: 0, width, height, data },
      group('markers', layers.markers),
      group('infected', layers.infected),
      group('props', layers.props),
      group('triggers', layers.triggers),
    ],
  };
}

/**
 * Odd rows are wall lines with a Door in every odd column (65,536 doors in a wall line
 * each), even rows are floor. `keys` keys on the floor rows, door objects on `doors` doors.
 */
function keysAndDoors(keys: number, doors: number, doorName: (n: number) => string, unlocks: (n: number) => string): Obj {
  const data = new Array<number>(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    // The last row (511, odd) is the outer wall: no doors opening onto nothing.
    for (let x = 0; x < SIZE; x++) data[y * SIZE + x] = y % 2 === 0 ? GID.floor : x % 2 === 1 && y < SIZE - 1 ? GID.door : GID.wall;
  }
  const o = objects();
  const props: unknown[] = [];
  let n = 0;
  for (let y = 1; y < SIZE && n < doors; y += 2) for (let x = 1; x < SIZE && n < doors; x += 2) props.push(o.point('door', x, y, doorName(n++)));
  n = 0;
  for (let y = 0; y < SIZE && n < keys; y += 2) for (let x = 0; x < SIZE && n < keys; x++) if (x !== 0 || y !== 0) props.push(o.point('key', x, y, '', [prop('unlocks', unlocks(n++))]));
  const markers = [o.point('player_start', 0, 0), o.rect('exit', SIZE - 2, SIZE - 2, 1, 1)];
  return mapOf(SIZE, SIZE, data, { markers, props });
}

/**
 * Every generator takes `scale` (default 1, the worst case the bench times): the tests
 * check what is reported on a tenth of the objects, which keeps them fast.
 */
const scaled = (n: number, scale: number) => Math.round(n * scale);

/** 60,000 keys that all unlock 'door', the name of 64,770 doors none of which is locked. */
export const keysForUnlockedDoors = (scale = 1) => keysAndDoors(scaled(60_000, scale), scaled(64_770, scale), () => 'door', () => 'door');
/** 60,000 keys naming doors that do not exist, among 64,770 doors with distinct names. */
export const keysForMissingDoors = (scale = 1) => keysAndDoors(scaled(60_000, scale), scaled(64_770, scale), (n) => `door ${n}`, (n) => `gone ${n}`);

/** An open floor with a wall border, `data` to fill further. */
function openFloor(): number[] {
  const data = new Array<number>(SIZE * SIZE).fill(GID.floor);
  for (let i = 0; i < SIZE; i++) {
    data[i] = data[(SIZE - 1) * SIZE + i] = data[i * SIZE] = data[i * SIZE + SIZE - 1] = GID.wall;
  }
  return data;
}

/** 50,000 infected standing in 50,000 safe zones that each cover the whole floor. */
export function infectedInSafeZones(scale = 1): Obj {
  const o = objects();
  const infected: unknown[] = [];
  for (let n = 0; n < scaled(50_000, scale); n++) infected.push(o.point('infected', 1 + (n % 500), 1 + Math.floor(n / 500), '', [prop('variant', 'sprinter')]));
  const markers: unknown[] = [o.point('player_start', 1, 200), o.rect('exit', 1, 300, 1, 1)];
  for (let n = 0; n < scaled(50_000, scale); n++) markers.push(o.rect('safe_zone', 1, 1, SIZE - 2, SIZE - 2));
  return mapOf(SIZE, SIZE, openFloor(), { markers, infected });
}

/** 130,050 lockers (every other row is lockers, 510 a row), each hiding a classmate. */
export function manyLockers(scale = 1): Obj {
  const data = openFloor();
  const o = objects();
  const props: unknown[] = [];
  for (let y = 1; y < Math.max(3, scaled(SIZE - 1, scale)); y += 2) {
    for (let x = 1; x < SIZE - 1; x++) {
      data[y * SIZE + x] = GID.locker;
      props.push(o.point('locker', x, y, '', [prop('classmate', `kid ${x},${y}`)]));
    }
  }
  const markers = [o.point('player_start', 1, 2), o.rect('exit', 1, 4, 1, 1)];
  return mapOf(SIZE, SIZE, data, { markers, props });
}

/**
 * The start walled into one cell, and 40,000 exits, 40,000 reach objectives and 40,000
 * dark areas that each cover the rest of the map (walls only): every area check must not
 * walk its cells.
 */
export function bigUnreachableAreas(scale = 1): Obj {
  const data = new Array<number>(SIZE * SIZE).fill(GID.wall);
  data[SIZE + 1] = GID.floor;
  const o = objects();
  const markers: unknown[] = [o.point('player_start', 1, 1)];
  const triggers: unknown[] = [];
  for (let n = 0; n < scaled(40_000, scale); n++) {
    markers.push(o.rect('exit', 2, 2, SIZE - 2, SIZE - 2), o.rect('dark', 2, 2, SIZE - 2, SIZE - 2));
    triggers.push(o.rect('objective', 2, 2, SIZE - 2, SIZE - 2, `reach ${n}`, [prop('kind', 'reach'), prop('text', 'go')]));
  }
  return mapOf(SIZE, SIZE, data, { markers, triggers });
}

/**
 * As many objects as allowed (MAX_MAP_OBJECTS), all valid: objectives with every property
 * they may take (the most work per object), or spawn points (the least, for the tests);
 * with `extra` more, the map is refused.
 */
export function mostObjects(max: number, extra = 0, kind: 'objective' | 'spawn' = 'objective'): Obj {
  const o = objects();
  const markers: unknown[] = [o.point('player_start', 1, 1), o.rect('exit', 2, 1, 1, 1)];
  const triggers: unknown[] = [];
  for (let n = markers.length; n < max + extra; n++) {
    const x = 1 + (n % 500);
    const y = 2 + (Math.floor(n / 500) % 500);
    if (kind === 'spawn') markers.push(o.point('spawn', x, y));
    else {
      triggers.push(o.rect('objective', x, y, 1, 1, `hold ${n}`, [
        prop('kind', 'holdOut'), prop('text', 'hold on'), prop('optional', true), prop('startsActive', false),
        prop('timeLimit', 30, 'float'), prop('seconds', 10, 'float'),
      ]));
    }
  }
  return mapOf(SIZE, SIZE, openFloor(), { markers, triggers });
}

/** 2,000 collect objectives over 100,000 decoys that each have an item name of their own. */
export function collectsOverManyItems(scale = 1): Obj {
  const o = objects();
  const props: unknown[] = [];
  for (let n = 0; n < scaled(100_000, scale); n++) props.push(o.point('decoy', 1 + (n % 500), 1 + Math.floor(n / 500), '', [prop('item', `thing ${n}`)]));
  const triggers: unknown[] = [];
  for (let n = 0; n < scaled(2_000, scale); n++) triggers.push(o.point('objective', 5, 300, `get ${n}`, [prop('kind', 'collect'), prop('text', 'get'), prop('item', 'gold'), prop('count', 1)]));
  const markers = [o.point('player_start', 1, 400), o.rect('exit', 1, 401, 1, 1)];
  return mapOf(SIZE, SIZE, openFloor(), { markers, props, triggers });
}

/** Every cell a different bad tile id, half of them long strings (the DOM panel got 18-30 MB). */
export function badCells(): Obj {
  const data: unknown[] = [];
  const long = 'x'.repeat(100);
  for (let i = 0; i < SIZE * SIZE; i++) data.push(i % 2 === 0 ? `${long}${i}` : 100 + i);
  const o = objects();
  return mapOf(SIZE, SIZE, data, { markers: [o.point('player_start', 1, 1)] });
}

/** Raw strings of 50,000 characters everywhere a message could echo one: names, types, properties, values. */
export function longStrings(scale = 1): Obj {
  const long = (c: string) => c.repeat(50_000);
  const o = objects();
  const props: unknown[] = [];
  for (let n = 0; n < scaled(2_000, scale); n++) {
    props.push(o.point(n % 2 ? long('t') : 'decoy', 1 + (n % 500), 1 + Math.floor(n / 500), long('n'), [prop(long('p'), long('v')), prop('item', 7)]));
  }
  const m = mapOf(SIZE, SIZE, openFloor(), { markers: [o.point('player_start', 1, 400), o.rect('exit', 1, 401, 1, 1)], props });
  (m.layers as Obj[]).push({ id: 0, name: long('l'), type: 'objectgroup', objects: [] });
  m.orientation = long('o');
  return m;
}
