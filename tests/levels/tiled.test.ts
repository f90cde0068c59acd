import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { LevelError, loadLevel, type TiledLevel } from '../../src/levels/tiled';
import { Tile } from '../../src/sim/grid';
import { pointInRect } from '../../src/sim/level';
import { createWorld } from '../../src/sim/world';
import { run, intent } from '../helpers';

const mapsDir = fileURLToPath(new URL('../../src/levels/maps/', import.meta.url));

// ---------------------------------------------------------------------------------
// A small valid map, built the way Tiled writes it (embedded logic tileset), that each
// test mutates into one kind of mistake.
//
//   x 0123456789
//   0 #####E####
//   1 #P..#...L#
//   2 #...D..X.#     door (4,2) between walls above and below
//   3 #.N.#.s..#
//   4 ##########
// ---------------------------------------------------------------------------------
const KINDS = ['Floor', 'Wall', 'Window', 'Void', 'Locker', 'Door', 'Cabinet', 'Table'];
const FIXTURE_PLAN = ['#####E####', '#P..#...L#', '#...D..X.#', '#.N.#.s..#', '##########'];
const GID: Record<string, number> = { '#': 2, E: 7, L: 5, D: 6 };

type Obj = Record<string, unknown>;
const px = (cell: number) => (cell + 0.5) * 32;
const point = (id: number, type: string, x: number, y: number, name = '', properties?: Obj[]): Obj => ({
  id, name, type, x: px(x), y: px(y), width: 0, height: 0, rotation: 0, visible: true, point: true,
  ...(properties ? { properties } : {}),
});
const rect = (id: number, type: string, x: number, y: number, w: number, h: number, name = ''): Obj => ({
  id, name, type, x: x * 32, y: y * 32, width: w * 32, height: h * 32, rotation: 0, visible: true,
});
const prop = (name: string, value: string | boolean) => ({ name, type: typeof value === 'boolean' ? 'bool' : 'string', value });

function fixture() {
  const data = FIXTURE_PLAN.join('').split('').map((c) => GID[c] ?? 1);
  const objects = (name: string, list: Obj[]) => ({ id: 0, name, type: 'objectgroup', draworder: 'topdown', x: 0, y: 0, opacity: 1, visible: true, objects: list });
  return {
    type: 'map', orientation: 'orthogonal', renderorder: 'right-down', infinite: false,
    width: 10, height: 5, tilewidth: 32, tileheight: 32,
    properties: [prop('name', 'Fixture')],
    tilesets: [{
      firstgid: 1, name: 'logic', tilewidth: 32, tileheight: 32, tilecount: 8, columns: 8,
      image: 'logic-tiles.png', imagewidth: 256, imageheight: 32,
      tiles: KINDS.map((kind, id) => ({ id, properties: [prop('kind', kind)] })),
    }],
    layers: [
      { id: 1, name: 'logic', type: 'tilelayer', x: 0, y: 0, width: 10, height: 5, opacity: 1, visible: true, data },
      objects('markers', [
        point(1, 'player_start', 1, 1, 'Joon'),
        rect(2, 'exit', 7, 2, 1, 1, 'stairs'),
        point(3, 'spawn', 6, 3),
        rect(4, 'checkpoint', 1, 1, 2, 2, 'start'),
        rect(5, 'safe_zone', 1, 1, 3, 3, 'classroom'),
      ]),
      objects('infected', [point(6, 'infected', 7, 1, '', [prop('variant', 'heavy'), prop('asleep', true)])]),
      objects('props', [
        point(7, 'door', 4, 2, 'lab door'),
        point(8, 'locker', 8, 1, "Ji-an's locker", [prop('classmate', 'Ji-an')]),
        point(9, 'cabinet', 5, 0, 'first cabinet'),
        point(10, 'note', 2, 3, 'note 1', [prop('note', 'baek-1')]),
        point(11, 'decoy', 3, 1, '', [prop('item', 'bottle')]),
        point(12, 'notice', 0, 2, '', [prop('text', 'Exams next week')]),
      ]),
      objects('triggers', [rect(13, 'trigger', 5, 1, 2, 3, 'scream')]),
    ],
  };
}
type Fixture = ReturnType<typeof fixture>;
type Layer = Fixture['layers'][number];
const layer = (m: Fixture, name: string): Layer & { objects: Obj[]; data: number[] } =>
  m.layers.find((l) => l.name === name) as Layer & { objects: Obj[]; data: number[] };
const object = (m: Fixture, id: number): Obj => {
  for (const l of m.layers) for (const o of (l as { objects?: Obj[] }).objects ?? []) if (o.id === id) return o;
  throw new Error(`no object ${id}`);
};
const setTile = (m: Fixture, x: number, y: number, c: string) => {
  layer(m, 'logic').data[y * 10 + x] = GID[c] ?? 1;
};

/** The loader's problems for a map (fails the test when the map loads). */
function problemsOf(map: unknown): readonly string[] {
  try {
    loadLevel(map, 'fixture');
  } catch (e) {
    expect(e).toBeInstanceOf(LevelError);
    return (e as LevelError).problems;
  }
  throw new Error('expected the map to be rejected');
}

describe('Tiled level loader: the valid fixture', () => {
  it('loads every object type into sim data, in tiles', () => {
    const l = loadLevel(fixture(), 'fixture');
    expect(l.name).toBe('Fixture');
    expect(l.playerStart).toEqual({ x: 1.5, y: 1.5 });
    expect(l.exits).toEqual([{ x: 7, y: 2, w: 1, h: 1 }]);
    expect(l.doors).toEqual([{ x: 4, y: 2, open: false, locked: false, name: 'lab door' }]);
    expect(l.lockers).toEqual([{ x: 8, y: 1, front: { x: 8.5, y: 2.5 }, classmate: 'Ji-an' }]);
    expect(l.cabinets).toEqual([{ x: 5, y: 0, front: { x: 5.5, y: 1.5 }, name: 'first cabinet' }]);
    expect(l.items).toEqual([
      { kind: 'note', note: 'baek-1', x: 2.5, y: 3.5 },
      { kind: 'decoy', item: 'bottle', x: 3.5, y: 1.5 },
    ]);
    expect(l.notices).toEqual([{ x: 0, y: 2, text: 'Exams next week' }]);
    expect(l.infected).toEqual([{ x: 7.5, y: 1.5, variant: 'heavy', asleep: true }]);
    expect(l.checkpoints).toEqual([{ x: 1, y: 1, w: 2, h: 2, name: 'start', respawn: { x: 2.5, y: 2.5 } }]);
    expect(l.triggers).toEqual([{ x: 5, y: 1, w: 2, h: 3, name: 'scream', once: true }]);
    expect(l.safeZones).toEqual([{ x: 1, y: 1, w: 3, h: 3 }]);
    expect(l.tiles[2 * 10 + 4]).toBe(Tile.Door);
  });

  it('accepts the map as JSON text, an external tileset, flipped tiles and group layers', () => {
    const m = fixture();
    const tileset = m.tilesets[0]!;
    const external = { ...m, tilesets: [{ firstgid: 1, source: '../maps/logic.tsj' }] };
    const data = layer(m, 'logic').data;
    data[0] = data[0]! + 0x80000000; // flipped horizontally: still a wall
    external.layers = [external.layers[0]!, { id: 9, name: 'objects', type: 'group', layers: external.layers.slice(1) } as never];
    const l = loadLevel(JSON.stringify(external), 'fixture', { tilesets: { 'logic.tsj': JSON.stringify(tileset) } });
    expect(l.tiles[0]).toBe(Tile.Wall);
    expect(l.doors).toHaveLength(1);
    // Tiled 1.9 saved an object's type as `class`.
    const tiled19 = fixture();
    const door = object(tiled19, 7);
    door.class = door.type;
    delete door.type;
    expect(loadLevel(tiled19, 'fixture').doors[0]!.name).toBe('lab door');
  });

  it('every Door tile is a door, closed and unlocked unless a door object says otherwise', () => {
    const m = fixture();
    layer(m, 'props').objects.splice(0, 1); // drop the door object
    expect(loadLevel(m, 'fixture').doors).toEqual([{ x: 4, y: 2, open: false, locked: false }]);
    const open = fixture();
    object(open, 7).properties = [prop('open', true)];
    expect(loadLevel(open, 'fixture').doors[0]!.open).toBe(true);
  });
});

describe('Tiled level loader: each mistake is a clear error naming the object and tile', () => {
  it('a missing layer', () => {
    const m = fixture();
    m.layers = m.layers.filter((l) => l.name !== 'triggers');
    expect(problemsOf(m)).toContainEqual(expect.stringMatching(/missing layer 'triggers' \(an object layer\)/));
  });

  it('an unknown object type, with the types it could be', () => {
    const m = fixture();
    object(m, 11).type = 'vending_machine';
    expect(problemsOf(m)).toContainEqual(
      expect.stringMatching(/object #11 at tile \(3, 1\): unknown object type 'vending_machine' \(layer 'props' holds: door, .*decoy/),
    );
  });

  it('a door not on a wall line', () => {
    const m = fixture();
    setTile(m, 2, 2, 'D'); // in the middle of the classroom floor
    expect(problemsOf(m)).toContainEqual(expect.stringMatching(/door not on a wall line .* at tile \(2, 2\)/));
    const corner = fixture();
    setTile(corner, 2, 0, 'D'); // in the outer wall: opens onto nothing
    expect(problemsOf(corner)).toContainEqual(expect.stringMatching(/door not on a wall line .* at tile \(2, 0\)/));
  });

  it('a door object away from a Door tile', () => {
    const m = fixture();
    object(m, 7).x = px(3);
    expect(problemsOf(m)).toContainEqual("object #7 'lab door' (door) at tile (3, 2): a door object must sit on a Door tile (the cell is Floor)");
  });

  it('a spawn, the start or an item inside a wall', () => {
    const m = fixture();
    object(m, 3).y = px(4);
    object(m, 1).x = px(0);
    object(m, 10).x = px(4);
    const problems = problemsOf(m);
    expect(problems).toContainEqual("object #3 (spawn) at tile (6, 4): a spawn must stand on a Floor cell, not inside a wall or furniture (the cell is Wall)");
    expect(problems).toContainEqual(expect.stringMatching(/object #1 'Joon' \(player_start\) at tile \(0, 1\): .*Floor cell/));
    expect(problems).toContainEqual(expect.stringMatching(/object #10 'note 1' \(note\) at tile \(4, 3\): .*Floor cell/));
  });

  it('the objective unreachable from the start (a locked door in the way)', () => {
    const m = fixture();
    object(m, 7).properties = [prop('locked', true)];
    const problems = problemsOf(m);
    expect(problems).toContainEqual(expect.stringMatching(/object #2 'stairs' \(exit\) at tile \(7, 2\): the exit \(objective\) cannot be reached from the player start at tile \(1, 1\)/));
    // The classmate's locker lies behind the same door.
    expect(problems).toContainEqual(expect.stringMatching(/the locker hiding 'Ji-an' cannot be reached/));
  });

  it('keys: one that unlocks the locked door in the way makes the exit reachable', () => {
    const m = fixture();
    object(m, 7).properties = [prop('locked', true)];
    layer(m, 'props').objects.push(point(14, 'key', 1, 3, 'cutters', [prop('item', 'bolt cutters'), prop('unlocks', 'lab door')]));
    const l = loadLevel(m, 'fixture');
    expect(l.items).toContainEqual({ kind: 'key', item: 'bolt cutters', unlocks: 'lab door', x: 1.5, y: 3.5 });
    expect(l.doors[0]!.locked).toBe(true);
  });

  it('a key naming a door that does not exist, or one that is not locked', () => {
    const m = fixture();
    layer(m, 'props').objects.push(point(14, 'key', 1, 3, 'cutters', [prop('unlocks', 'gym door')]));
    expect(problemsOf(m)).toContainEqual(
      expect.stringMatching(/object #14 'cutters' \(key\) at tile \(1, 3\): unlocks 'gym door', but no door has that name \(doors: 'lab door'\)/),
    );
    const unlocked = fixture();
    layer(unlocked, 'props').objects.push(point(14, 'key', 1, 3, 'cutters', [prop('unlocks', 'lab door')]));
    expect(problemsOf(unlocked)).toContainEqual(expect.stringMatching(/object #14 'cutters' \(key\) at tile \(1, 3\): unlocks 'lab door', but that door is not locked/));
    const nameless = fixture();
    layer(nameless, 'props').objects.push(point(14, 'key', 1, 3, 'cutters'));
    expect(problemsOf(nameless)).toContainEqual(expect.stringMatching(/object #14 'cutters' \(key\) at tile \(1, 3\): property 'unlocks' .* is required/));
  });

  it('a key locked behind its own door: neither the key nor the exit can be reached', () => {
    const m = fixture();
    object(m, 7).properties = [prop('locked', true)];
    layer(m, 'props').objects.push(point(14, 'key', 6, 1, 'cutters', [prop('unlocks', 'lab door')]));
    const problems = problemsOf(m);
    expect(problems).toContainEqual(expect.stringMatching(/object #14 'cutters' \(key\) at tile \(6, 1\): the key cannot be reached from the player start/));
    expect(problems).toContainEqual(expect.stringMatching(/the exit \(objective\) cannot be reached .*doors opened by keys it can reach/));
  });

  it('a non-orthogonal, infinite or wrongly tiled map', () => {
    const m = fixture();
    Object.assign(m, { orientation: 'isometric', tilewidth: 64, infinite: true });
    const problems = problemsOf(m);
    expect(problems).toContainEqual("orientation is 'isometric', only 'orthogonal' maps are supported");
    expect(problems).toContainEqual('tile size is 64x32 px, expected 32x32');
    expect(problems).toContainEqual(expect.stringMatching(/infinite maps are not supported/));
  });

  it('encoded or compressed tile data it does not read', () => {
    const m = fixture();
    Object.assign(layer(m, 'logic'), { encoding: 'base64', compression: 'zlib', data: 'eJxjYGBgAAAABAAB' });
    const problems = problemsOf(m);
    expect(problems).toContainEqual(expect.stringMatching(/compressed \('zlib'\); save with Tile Layer Format: CSV/));
    expect(problems).toContainEqual(expect.stringMatching(/encoded as 'base64'/));
  });

  it('a bad JSON shape, bad JSON text, and not a map at all', () => {
    expect(problemsOf('{"type": "map", ')).toContainEqual(expect.stringMatching(/not valid JSON/));
    expect(problemsOf([1, 2, 3])).toEqual(['expected a Tiled map (a JSON object)']);
    const m = fixture();
    (m as Record<string, unknown>).layers = 'logic';
    (layer(fixture(), 'logic') as Record<string, unknown>).data = null;
    expect(problemsOf(m)).toContainEqual('map has no layers array');
    const short = fixture();
    layer(short, 'logic').data.pop();
    expect(problemsOf(short)).toContainEqual("layer 'logic' data must be a list of 50 tile ids, got 49");
  });

  it("a map's directorBudget property sets the director's spawns on Normal; a negative one is an error", () => {
    const m = fixture();
    expect(loadLevel(m, 'fixture').directorBudget).toBeUndefined();
    m.properties.push({ name: 'directorBudget', type: 'int', value: 6 } as never);
    const level = loadLevel(m, 'fixture');
    expect(level.directorBudget).toBe(6);
    expect(createWorld(level, 1, { difficulty: 'normal' }).director.budget).toBe(6);
    (m.properties[1] as unknown as { value: number }).value = -1;
    expect(problemsOf(m).join('\n')).toMatch(/directorBudget.*0 or more/);
  });

  it('tiles that are not logic tiles, and unknown properties', () => {
    const m = fixture();
    layer(m, 'logic').data[12] = 99;
    object(m, 7).properties = [prop('lockd', true)];
    object(m, 6).properties = [prop('variant', 'dancer')];
    const problems = problemsOf(m);
    expect(problems).toContainEqual("layer 'logic': tile id 99 is not a logic tile (no 'kind') at tile (2, 1)");
    expect(problems).toContainEqual(expect.stringMatching(/object #7 'lab door' \(door\) at tile \(4, 2\): unknown property 'lockd' \(allowed: locked, open\)/));
    expect(problems).toContainEqual(expect.stringMatching(/object #6 \(infected\) at tile \(7, 1\): property 'variant' must be one of sprinter, cheerleader, climber, heavy \(got 'dancer'\)/));
  });

  it('an object in the wrong layer, an unnamed trigger, a second start, infected in a safe zone', () => {
    const m = fixture();
    layer(m, 'triggers').objects.push(point(20, 'spawn', 6, 1));
    object(m, 13).name = '';
    layer(m, 'markers').objects.push(point(21, 'player_start', 2, 1));
    layer(m, 'infected').objects.push(point(22, 'infected', 2, 2, '', [prop('variant', 'sprinter')]));
    const problems = problemsOf(m);
    expect(problems).toContainEqual("object #20 (spawn) at tile (6, 1): a spawn belongs in layer 'markers', not 'triggers'");
    expect(problems).toContainEqual('object #13 (trigger) at tile (6, 2): a trigger needs a name');
    expect(problems).toContainEqual('2 player_start objects, expected exactly one');
    expect(problems).toContainEqual(expect.stringMatching(/object #22 \(infected\) at tile \(2, 2\): inside a safe zone/));
  });

  it('dark areas: loaded as rectangles in tiles, and the world marks their cells unlit', () => {
    const m = fixture();
    layer(m, 'markers').objects.push(rect(30, 'dark', 5, 1, 4, 2, 'store room'));
    const l = loadLevel(m, 'fixture');
    expect(l.dark).toEqual([{ x: 5, y: 1, w: 4, h: 2 }]);
    const world = createWorld(l, 1);
    expect(world.dark[1 * 10 + 6]).toBe(1); // inside
    expect(world.dark[3 * 10 + 6]).toBe(0); // the row below is lit
    expect(loadLevel(fixture(), 'fixture').dark ?? []).toEqual([]);
  });

  it('a dark area that is a point, too small, outside the map, in the wrong layer or over walls only', () => {
    const m = fixture();
    layer(m, 'markers').objects.push(
      point(30, 'dark', 2, 2),
      { ...rect(31, 'dark', 2, 2, 1, 1), width: 8, height: 8 },
      rect(32, 'dark', 8, 3, 4, 4, 'cellar'),
      rect(34, 'dark', 0, 4, 10, 1, 'outside wall'),
    );
    layer(m, 'props').objects.push(rect(33, 'dark', 1, 1, 2, 2));
    const problems = problemsOf(m);
    expect(problems).toContainEqual('object #30 (dark) at tile (2, 2): a dark must be a rectangle with a size');
    expect(problems).toContainEqual(expect.stringMatching(/^object #31 \(dark\) at tile \(2, 2\): rectangle is smaller than one tile/));
    expect(problems).toContainEqual("object #32 'cellar' (dark) at tile (10, 5): rectangle reaches outside the map");
    expect(problems).toContainEqual("object #33 (dark) at tile (2, 2): a dark belongs in layer 'markers', not 'props'");
    expect(problems).toContainEqual("object #34 'outside wall' (dark) at tile (5, 4): a dark area must cover at least one Floor cell");
  });

  it('lists every problem at once, in one LevelError whose message names them all', () => {
    const m = fixture();
    m.layers = m.layers.filter((l) => l.name !== 'infected');
    object(m, 11).type = 'chair';
    setTile(m, 3, 3, 'D');
    try {
      loadLevel(m, 'fixture');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(LevelError);
      const err = e as LevelError;
      expect(err.problems).toHaveLength(3);
      expect(err.message).toMatch(/^level 'fixture' has 3 problems:/);
      for (const p of err.problems) expect(err.message).toContain(p);
    }
  });
});

describe('Tiled level loader: random damage never crashes it', () => {
  /** Every path (list of keys) into a JSON value. */
  function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
    out.push(prefix);
    if (Array.isArray(v)) {
      // Sample big arrays (the tile data) instead of listing every cell.
      const step = Math.max(1, Math.floor(v.length / 12));
      for (let i = 0; i < v.length; i += step) paths(v[i], [...prefix, i], out);
    } else if (typeof v === 'object' && v !== null) {
      for (const k of Object.keys(v)) paths((v as Record<string, unknown>)[k], [...prefix, k], out);
    }
    return out;
  }
  const allPaths = paths(fixture()).filter((p) => p.length > 0);

  const mutation = fc.record({
    path: fc.nat({ max: allPaths.length - 1 }),
    action: fc.constantFrom('replace', 'delete', 'number'),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.integer({ min: -5, max: 400 }), fc.double()),
  });

  it('any mutations of a valid map either load or throw LevelError (nothing else)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const m = fixture() as unknown as Record<string, unknown>;
        for (const { path, action, value } of mutations) {
          const keys = allPaths[path]!;
          let parent: unknown = m;
          for (const k of keys.slice(0, -1)) parent = (parent as Record<string | number, unknown> | null)?.[k];
          if (typeof parent !== 'object' || parent === null) continue;
          const last = keys[keys.length - 1]!;
          const target = parent as Record<string | number, unknown>;
          if (action === 'delete') delete target[last];
          else if (action === 'number' && typeof target[last] === 'number') target[last] = (target[last] as number) + 1;
          else target[last] = value;
        }
        let level: TiledLevel;
        try {
          level = loadLevel(m, 'fuzz');
        } catch (e) {
          if (!(e instanceof LevelError)) throw e;
          expect(e.problems.length).toBeGreaterThan(0);
          return;
        }
        // When it loads, what it loaded is consistent: the start stands on floor.
        const { x, y } = level.playerStart;
        expect(level.tiles[Math.floor(y) * level.width + Math.floor(x)]).toBe(Tile.Floor);
        expect(level.tiles.length).toBe(level.width * level.height);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the chapter 1 hallway map (src/levels/maps/hallway.tmj)', () => {
  const level = loadChapterMap('hallway');
  const at = (x: number, y: number) => level.tiles[Math.floor(y) * level.width + Math.floor(x)];

  it('starts in classroom 2-3 at the start checkpoint and ends at the east stairwell', () => {
    expect(level.name).toBe('The Bell');
    // A long floor: the director sends two waves on Normal, not DIRECTOR.budget's 40.
    expect(level.directorBudget).toBe(6);
    const { x, y } = level.playerStart;
    // 2-3 is the third classroom on the north side: x 19..26, y 1..4.
    expect(x).toBeGreaterThan(19);
    expect(x).toBeLessThan(27);
    expect(y).toBeLessThan(5);
    expect(pointInRect(x, y, level.checkpoints[0]!)).toBe(true);
    expect(level.exits).toHaveLength(1);
    expect(level.exits[0]!.x).toBeGreaterThan(level.width - 10);
  });

  it('holds what chapter 1 teaches: doors, lockers, cabinets, a note, a classmate, checkpoints, beats', () => {
    expect(level.doors.length).toBeGreaterThanOrEqual(12);
    expect(level.doors.filter((d) => d.locked).length).toBeGreaterThanOrEqual(1);
    expect(level.lockers.filter((l) => l.classmate === null).length).toBeGreaterThanOrEqual(5);
    expect(level.lockers.filter((l) => l.classmate !== null)).toHaveLength(1);
    expect(level.cabinets.length).toBeGreaterThanOrEqual(2);
    expect(level.items.filter((i) => i.kind === 'note')).toEqual([expect.objectContaining({ note: 'baek-1' })]);
    expect(level.items.filter((i) => i.kind === 'decoy').length).toBeGreaterThanOrEqual(2);
    expect(level.checkpoints.length).toBeGreaterThanOrEqual(2);
    expect(level.safeZones.length).toBeGreaterThanOrEqual(1);
    expect(level.triggers.map((t) => t.name)).toEqual(expect.arrayContaining(['bell', 'scream_2_2', 'burst_2_2']));
    expect(level.spawnPoints.length).toBeGreaterThanOrEqual(4);
    const variants = level.infected.map((i) => i.variant);
    expect(variants).toContain('cheerleader');
    expect(variants).toContain('heavy');
    expect(level.infected.some((i) => i.asleep)).toBe(true);
    expect(level.infected.filter((i) => i.variant === 'sprinter' && !i.asleep).length).toBeGreaterThanOrEqual(3);
  });

  it('has a long straight north corridor (from 2-1 to the desks outside 2-6) where a sprinter is deadly', () => {
    let longest = 0;
    for (let y = 0; y < level.height; y++) {
      let run = 0;
      for (let x = 0; x < level.width; x++) {
        run = at(x, y) === Tile.Floor ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
    }
    expect(longest).toBeGreaterThanOrEqual(50);
  });

  it("the first sprinter waits in 2-2, next to 2-3; the cheerleader guards the north straight; the coach sleeps in the teachers' room, far from the toilets", () => {
    expect(level.infected.some((i) => i.variant === 'sprinter' && i.x > 10 && i.x < 18 && i.y < 5 && !i.asleep)).toBe(true);
    const heavy = level.infected.find((i) => i.variant === 'heavy')!;
    const cheer = level.infected.find((i) => i.variant === 'cheerleader')!;
    const door23 = level.doors.find((d) => d.name === '2-3')!;
    const toilets = level.doors.find((d) => d.name === 'toilets')!;
    const teachers = level.doors.find((d) => d.name === "teachers' room")!;
    // North corridor (below the classrooms' doors), between 2-3 and the east link.
    expect(cheer.y).toBeGreaterThan(door23.y);
    expect(cheer.y).toBeLessThan(door23.y + 4);
    expect(cheer.x).toBeGreaterThan(door23.x + 10);
    expect(cheer.x).toBeLessThan(toilets.x);
    // Asleep in the lit teachers' room (north of its door), where the spare keys are: seen
    // before he wakes, and never waiting unseen in the toilets' doorway at the rush (issue 11).
    expect(heavy.asleep).toBe(true);
    expect(heavy.y).toBeLessThan(teachers.y);
    expect(Math.abs(heavy.x - teachers.x)).toBeLessThan(7);
    expect(Math.hypot(heavy.x - toilets.x, heavy.y - toilets.y)).toBeGreaterThan(10);
    const world = createWorld(level, 1);
    expect(world.dark[Math.floor(heavy.y) * level.width + Math.floor(heavy.x)]).toBe(0);
  });

  it("the stairwell back door is chained; Mr. Baek's bolt cutters lie in the science lab and unlock it; the toilets' spare keys hang in the teachers' room", () => {
    const back = level.doors.find((d) => d.name === 'stairwell back door')!;
    expect(back.locked).toBe(true);
    expect(level.doors.find((d) => d.name === 'toilets')!.locked).toBe(true);
    const keys = level.items.filter((i) => i.kind === 'key');
    expect(keys).toEqual([
      expect.objectContaining({ item: 'bolt cutters', unlocks: 'stairwell back door' }),
      expect.objectContaining({ item: 'spare keys', unlocks: 'toilets' }),
    ]);
    const labWest = level.doors.find((d) => d.name === 'lab west')!;
    const labEast = level.doors.find((d) => d.name === 'lab east')!;
    // Inside the lab: between its two doors, north of them.
    expect(keys[0]!.x).toBeGreaterThan(labWest.x - 4);
    expect(keys[0]!.x).toBeLessThan(labEast.x + 4);
    expect(keys[0]!.y).toBeLessThan(labWest.y);
  });

  it('from the lab the way to the exit goes round the south corridor (desks outside 2-6 block the north one)', () => {
    // Walking distances over Floor and doors (the back door open: the key is in hand).
    const w = level.width;
    const dist = new Int32Array(level.tiles.length).fill(-1);
    const queue: number[] = [];
    const exit = level.exits[0]!;
    for (let y = exit.y; y < exit.y + exit.h; y++) for (let x = exit.x; x < exit.x + exit.w; x++) {
      dist[y * w + x] = 0;
      queue.push(y * w + x);
    }
    for (let k = 0; k < queue.length; k++) {
      const c = queue[k]!;
      for (const n of [c + 1, c - 1, c + w, c - w]) {
        if (n < 0 || n >= dist.length || dist[n] !== -1) continue;
        if (level.tiles[n] !== Tile.Floor && level.tiles[n] !== Tile.Door) continue;
        dist[n] = dist[c]! + 1;
        queue.push(n);
      }
    }
    const key = level.items.find((i) => i.kind === 'key')!;
    let c = Math.floor(key.y) * w + Math.floor(key.x);
    let deepest = 0;
    while (dist[c]! > 0) {
      c = [c + 1, c - 1, c + w, c - w].find((n) => dist[n] === dist[c]! - 1)!;
      deepest = Math.max(deepest, Math.floor(c / w));
    }
    // The south corridor is the bottom of the map (rows 17-19).
    expect(deepest).toBeGreaterThanOrEqual(level.height - 4);
  });

  it('the south corridor (the long way round) is dark, the north corridor and the classrooms are lit', () => {
    const world = createWorld(level, 1);
    const darkAt = (x: number, y: number) => world.dark[y * level.width + x] === 1;
    // The south corridor: rows 17-19 between the two links.
    for (let x = 20; x < 58; x += 4) for (let y = 17; y <= 19; y++) expect(darkAt(x, y)).toBe(true);
    // The north corridor (row 7), the start classroom and the exit are lit.
    for (let x = 1; x < level.width - 1; x += 5) expect(darkAt(x, 7)).toBe(false);
    expect(darkAt(Math.floor(level.playerStart.x), Math.floor(level.playerStart.y))).toBe(false);
    const exit = level.exits[0]!;
    expect(darkAt(exit.x, exit.y)).toBe(false);
  });

  it('the player can walk out of 2-3 through its door into the corridor', () => {
    const world = createWorld(level, 1);
    const door = level.doors.find((d) => d.name === '2-3')!;
    // Walk to the cell above the door, open it, walk through.
    world.player.x = door.x + 0.5;
    world.player.y = door.y - 0.5;
    run(world, 20, intent({ moveY: 1, interact: true }));
    run(world, 60, intent({ moveY: 1 }));
    expect(world.player.y).toBeGreaterThan(door.y + 1);
  });

  it('is a file Tiled can open: its tileset and the tileset image exist', () => {
    const map = JSON.parse(readFileSync(`${mapsDir}hallway.tmj`, 'utf8')) as { tilesets: { source: string }[] };
    const tileset = JSON.parse(readFileSync(`${mapsDir}${map.tilesets[0]!.source}`, 'utf8')) as Record<string, unknown>;
    expect(existsSync(`${mapsDir}${String(tileset.image)}`)).toBe(true);
    const png = PNG.sync.read(readFileSync(`${mapsDir}${String(tileset.image)}`));
    expect([png.width, png.height]).toEqual([tileset.imagewidth, tileset.imageheight]);
  });
});

describe('Tiled level loader: objectives (class objective in the triggers layer)', () => {
  const num = (name: string, value: number, type: 'int' | 'float' = 'float') => ({ name, type, value });
  const objective = (id: number, name: string, at: { x: number; y: number; w?: number; h?: number }, properties: Obj[]): Obj =>
    at.w ? { ...rect(id, 'objective', at.x, at.y, at.w, at.h!, name), properties } : point(id, 'objective', at.x, at.y, name, properties);
  /** The fixture with these objectives added to its triggers layer. */
  const withObjectives = (...objectives: Obj[]) => {
    const m = fixture();
    layer(m, 'triggers').objects.push(...objectives);
    return m;
  };
  const label = (id: number, name: string, x: number, y: number) => `object #${id}${name ? ` '${name}'` : ''} (objective) at tile (${x}, ${y})`;

  it('loads each kind into LevelData.objectives, in map order, with the defaults filled in', () => {
    const m = withObjectives(
      objective(40, 'escape', { x: 7, y: 2, w: 2, h: 1 }, [prop('kind', 'reach'), prop('text', 'Get to the stairs')]),
      objective(41, 'notes', { x: 1, y: 1, w: 2, h: 2 }, [prop('kind', 'collect'), prop('text', "Bring Mr. Baek's note back"), prop('item', 'note'), num('count', 1, 'int'), prop('deliver', true)]),
      objective(42, 'bottle', { x: 3, y: 1 }, [prop('kind', 'collect'), prop('text', 'Find a bottle'), prop('item', 'bottle'), num('count', 1, 'int'), prop('optional', true)]),
      objective(43, 'wait', { x: 2, y: 2 }, [prop('kind', 'holdOut'), prop('text', 'Hold out'), prop('id', 'hold'), num('seconds', 30), prop('startsActive', false), num('timeLimit', 90.5)]),
      objective(44, 'door', { x: 3, y: 2 }, [prop('kind', 'protectDoor'), prop('text', 'Keep the lab door shut'), prop('door', 'lab door')]),
    );
    const common = { optional: false, startsActive: true, timeLimit: null };
    expect(loadLevel(m, 'fixture').objectives).toEqual([
      { ...common, id: 'escape', text: 'Get to the stairs', kind: 'reach', area: { x: 7, y: 2, w: 2, h: 1 } },
      { ...common, id: 'notes', text: "Bring Mr. Baek's note back", kind: 'collect', item: 'note', count: 1, deliver: { x: 1, y: 1, w: 2, h: 2 } },
      { ...common, id: 'bottle', text: 'Find a bottle', kind: 'collect', item: 'bottle', count: 1, deliver: null, optional: true },
      { ...common, id: 'hold', text: 'Hold out', kind: 'holdOut', seconds: 30, startsActive: false, timeLimit: 90.5 },
      { ...common, id: 'door', text: 'Keep the lab door shut', kind: 'protectDoor', door: 'lab door' },
    ]);
    expect(loadLevel(fixture(), 'fixture').objectives).toEqual([]);
  });

  it('with objectives authored the map needs no exit (they say how it is won); with neither it is an error', () => {
    const m = withObjectives(objective(40, 'wait', { x: 2, y: 2 }, [prop('kind', 'holdOut'), prop('text', 'Hold out'), num('seconds', 30)]));
    layer(m, 'markers').objects.splice(1, 1); // the exit
    expect(loadLevel(m, 'fixture').exits).toEqual([]);
    const none = fixture();
    layer(none, 'markers').objects.splice(1, 1);
    expect(problemsOf(none)).toContainEqual("no exit object in layer 'markers' (the level's objective)");
  });

  it('a wrong or missing kind, a missing text, no id, a doubled id, and an objective outside the triggers layer', () => {
    const m = withObjectives(
      objective(40, 'run', { x: 2, y: 2 }, [prop('kind', 'escape'), prop('text', 'Run')]),
      objective(41, 'quiet', { x: 2, y: 2 }, [num('seconds', 5)]),
      objective(42, '', { x: 2, y: 1 }, [prop('kind', 'holdOut'), prop('text', 'Wait'), num('seconds', 5)]),
      objective(43, 'wait', { x: 3, y: 1 }, [prop('kind', 'holdOut'), prop('text', 'Wait'), num('seconds', 5)]),
      objective(44, 'again', { x: 3, y: 2 }, [prop('kind', 'holdOut'), prop('text', 'Wait more'), prop('id', 'wait'), num('seconds', 5)]),
    );
    layer(m, 'markers').objects.push(objective(45, 'lost', { x: 1, y: 1 }, [prop('kind', 'holdOut'), prop('text', 'x'), num('seconds', 5)]));
    const problems = problemsOf(m);
    expect(problems).toContainEqual(`${label(40, 'run', 2, 2)}: property 'kind' must be one of reach, collect, holdOut, protectDoor (got 'escape')`);
    expect(problems).toContainEqual(`${label(41, 'quiet', 2, 2)}: property 'kind' must be one of reach, collect, holdOut, protectDoor (got nothing)`);
    expect(problems).toContainEqual(`${label(41, 'quiet', 2, 2)}: property 'text' (the HUD's line while it is the current objective) is required`);
    expect(problems).toContainEqual(`${label(42, '', 2, 1)}: an objective needs an id (its name, or the 'id' property)`);
    expect(problems).toContainEqual(`${label(44, 'again', 3, 2)}: another objective already has the id 'wait'`);
    expect(problems).toContainEqual(`${label(45, 'lost', 1, 1)}: an objective belongs in layer 'triggers', not 'markers'`);
    expect(problems).toHaveLength(6);
  });

  it("per kind: a reach point, a property of another kind, a bad timeLimit, seconds and count, a delivery point", () => {
    const problems = problemsOf(withObjectives(
      objective(40, 'out', { x: 7, y: 2 }, [prop('kind', 'reach'), prop('text', 'Out'), num('seconds', 3), num('timeLimit', 0)]),
      objective(41, 'hold', { x: 2, y: 2 }, [prop('kind', 'holdOut'), prop('text', 'Hold')]),
      objective(42, 'hold2', { x: 2, y: 1 }, [prop('kind', 'holdOut'), prop('text', 'Hold'), num('seconds', -2)]),
      objective(43, 'notes', { x: 2, y: 3 }, [prop('kind', 'collect'), prop('text', 'Notes'), prop('item', 'note'), num('count', 1, 'int'), prop('deliver', true)]),
      objective(44, 'cans', { x: 3, y: 3 }, [prop('kind', 'collect'), prop('text', 'Cans'), num('count', 0, 'int')]),
      objective(45, 'bits', { x: 3, y: 1 }, [prop('kind', 'collect'), prop('text', 'Bits'), prop('item', 'note'), num('count', 2.5)]),
    ));
    expect(problems).toContainEqual(`${label(40, 'out', 7, 2)}: property 'seconds' does not apply to a reach objective (it is for: holdOut)`);
    expect(problems).toContainEqual(`${label(40, 'out', 7, 2)}: property 'timeLimit' must be more than 0 seconds, got 0`);
    expect(problems).toContainEqual(`${label(40, 'out', 7, 2)}: a reach objective must be a rectangle with a size (the area to reach)`);
    expect(problems).toContainEqual(`${label(41, 'hold', 2, 2)}: property 'seconds' (how long to hold out) is required for a holdOut objective`);
    expect(problems).toContainEqual(`${label(42, 'hold2', 2, 1)}: property 'seconds' must be more than 0, got -2`);
    expect(problems).toContainEqual(`${label(43, 'notes', 2, 3)}: a collect objective with 'deliver' must be a rectangle with a size (the delivery area)`);
    expect(problems).toContainEqual(`${label(44, 'cans', 3, 3)}: property 'item' (the item name to pick up: 'note' for notes) is required for a collect objective`);
    expect(problems).toContainEqual(`${label(44, 'cans', 3, 3)}: property 'count' must be at least 1, got 0`);
    expect(problems).toContainEqual(`${label(45, 'bits', 3, 1)}: property 'count' must be an int, got 2.5`);
    expect(problems).toContainEqual(`${label(45, 'bits', 3, 1)}: property 'count' (how many) is required for a collect objective`);
    expect(problems).toHaveLength(10);
  });

  it('a collect objective asking for more than the map holds, and a protectDoor naming no door', () => {
    const problems = problemsOf(withObjectives(
      objective(40, 'notes', { x: 2, y: 2 }, [prop('kind', 'collect'), prop('text', 'Notes'), prop('item', 'note'), num('count', 2, 'int')]),
      objective(41, 'door', { x: 3, y: 2 }, [prop('kind', 'protectDoor'), prop('text', 'Hold the door'), prop('door', 'gym door')]),
      objective(42, 'door2', { x: 3, y: 1 }, [prop('kind', 'protectDoor'), prop('text', 'Hold the door')]),
    ));
    expect(problems).toEqual([
      `${label(42, 'door2', 3, 1)}: property 'door' (the name of the door to protect) is required for a protectDoor objective`,
      `${label(41, 'door', 3, 2)}: protects door 'gym door', but no door has that name (doors: 'lab door')`,
      `${label(40, 'notes', 2, 2)}: collect 2 'note', but the map holds 1 (items on the map: 'note', 'bottle')`,
    ]);
  });

  it('the area to reach and the delivery area must be reachable from the start (a locked door in the way)', () => {
    const m = withObjectives(
      objective(40, 'stairs', { x: 5, y: 1, w: 3, h: 1 }, [prop('kind', 'reach'), prop('text', 'Stairs')]),
      objective(41, 'drop', { x: 6, y: 3, w: 3, h: 1 }, [prop('kind', 'collect'), prop('text', 'Drop'), prop('item', 'note'), num('count', 1, 'int'), prop('deliver', true)]),
      objective(42, 'home', { x: 1, y: 2, w: 2, h: 1 }, [prop('kind', 'reach'), prop('text', 'Home')]),
    );
    object(m, 7).properties = [prop('locked', true)];
    const problems = problemsOf(m);
    expect(problems).toContainEqual(`${label(40, 'stairs', 6, 1)}: the area to reach cannot be reached from the player start at tile (1, 1) (over Floor and unlocked doors)`);
    expect(problems).toContainEqual(`${label(41, 'drop', 7, 3)}: the delivery area cannot be reached from the player start at tile (1, 1) (over Floor and unlocked doors)`);
    expect(problems.some((p) => p.includes("'home'"))).toBe(false);
  });

  it('random damage to objective objects gives LevelErrors, never anything else', () => {
    const base = () => withObjectives(
      objective(40, 'escape', { x: 7, y: 2, w: 2, h: 1 }, [prop('kind', 'reach'), prop('text', 'Out'), num('timeLimit', 60)]),
      objective(41, 'notes', { x: 1, y: 1, w: 2, h: 2 }, [prop('kind', 'collect'), prop('text', 'Notes'), prop('item', 'note'), num('count', 1, 'int'), prop('deliver', true)]),
      objective(42, 'wait', { x: 2, y: 2 }, [prop('kind', 'holdOut'), prop('text', 'Wait'), num('seconds', 30)]),
      objective(43, 'door', { x: 3, y: 2 }, [prop('kind', 'protectDoor'), prop('text', 'Door'), prop('door', 'lab door')]),
    );
    const fields = ['name', 'x', 'y', 'width', 'height', 'point', 'properties', 'type'];
    const values = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.integer({ min: -64, max: 400 }),
      fc.constantFrom('reach', 'collect', 'holdOut', 'protectDoor', 'note', 'lab door', ''));
    fc.assert(
      fc.property(fc.array(fc.record({ obj: fc.nat(3), field: fc.nat(fields.length - 1), prop: fc.nat(6), value: values, onProp: fc.boolean() }), { minLength: 1, maxLength: 5 }), (mutations) => {
        const m = base();
        for (const { obj, field, prop: p, value, onProp } of mutations) {
          const o = object(m, 40 + obj);
          const props = o.properties;
          if (onProp && Array.isArray(props) && props.length > 0 && typeof props[p % props.length] === 'object' && props[p % props.length] !== null) {
            (props[p % props.length] as Obj).value = value;
          }
          else o[fields[field]!] = value;
        }
        try {
          loadLevel(m, 'fuzz');
        } catch (e) {
          if (!(e instanceof LevelError)) throw e;
          expect(e.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('plaques (room signs)', () => {
  const withPlaque = (x: number, y: number, props: ReturnType<typeof prop>[]) => {
    const m = fixture();
    layer(m, 'props').objects.push(point(40, 'plaque', x, y, '', props));
    return m;
  };

  it('load from a wall cell with their text', () => {
    expect(loadLevel(withPlaque(0, 1, [prop('text', 'Science Lab')]), 'fixture').plaques).toEqual([{ x: 0, y: 1, text: 'Science Lab' }]);
  });

  it('must hang on a wall, window or door, and say something', () => {
    expect(problemsOf(withPlaque(2, 2, [prop('text', 'Floor sign')])).join('\n')).toMatch(/plaque must hang on a Wall, Window or Door cell/);
    expect(problemsOf(withPlaque(0, 1, [])).join('\n')).toMatch(/text/);
  });
});
