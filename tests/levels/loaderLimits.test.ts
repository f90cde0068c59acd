import { describe, expect, it } from 'vitest';
import { LevelError, MAX_LISTED_PROBLEMS, MAX_MAP_OBJECTS, MAX_PROBLEM_CHARS, loadLevel } from '../../src/levels/tiled';
import * as worst from './worstMaps';
import { GID, mapOf, objects, prop } from './worstMaps';

/**
 * The loader on malicious maps within its caps: it rejects them with a short, bounded,
 * correct report (how fast is `npm run bench:loader`'s business, never asserted here).
 * Each worst-case map is generated once, in its own test.
 */

function rejection(map: unknown): LevelError {
  try {
    loadLevel(map, 'worst');
  } catch (e) {
    expect(e).toBeInstanceOf(LevelError);
    return e as LevelError;
  }
  throw new Error('expected the map to be rejected');
}

/** What every rejection must be: at most 50 problems listed, each short, a count of the rest. */
function bounded(e: LevelError, total: number): readonly string[] {
  expect(e.total).toBe(total);
  expect(e.problems).toHaveLength(Math.min(total, MAX_LISTED_PROBLEMS));
  for (const p of e.problems) expect(p.length).toBeLessThan(MAX_PROBLEM_CHARS);
  expect(e.message.length).toBeLessThan(MAX_LISTED_PROBLEMS * (MAX_PROBLEM_CHARS + 5) + 200);
  expect(e.message.split('\n')[0]).toBe(`level 'worst' has ${total} problem${total === 1 ? '' : 's'}:`);
  if (total > MAX_LISTED_PROBLEMS) expect(e.message).toMatch(new RegExp(`\\.\\.\\. and ${total - MAX_LISTED_PROBLEMS} more`));
  return e.problems;
}

/** A tenth of the bench's worst cases (the same shapes): what is reported does not depend on the count. */
const SCALE = 0.1;

describe('the level loader on worst-case maps (512x512)', () => {
  it('keys for doors that share one name, none locked: each key is told so', () => {
    const problems = bounded(rejection(worst.keysForUnlockedDoors(SCALE)), 6_000);
    expect(problems[0]).toBe("object #6478 (key) at tile (1, 0): unlocks 'door', but that door is not locked (set its 'locked' property, or remove the key)");
  });

  it('keys naming missing doors among many named ones: the door names are listed briefly', () => {
    const problems = bounded(rejection(worst.keysForMissingDoors(SCALE)), 6_000);
    expect(problems[0]).toBe(
      "object #6478 (key) at tile (1, 0): unlocks 'gone 0', but no door has that name (doors: 'door 0', 'door 1', 'door 2', 'door 3' and 6473 more)",
    );
  });

  it('infected in as many overlapping safe zones: each infected is reported once', () => {
    const problems = bounded(rejection(worst.infectedInSafeZones(SCALE)), 5_000);
    expect(problems[0]).toBe('object #1 (infected) at tile (1, 1): inside a safe zone (no infected may start or spawn there)');
  });

  it('lockers hiding classmates on floors the start cannot reach', () => {
    // 25 rows of 510: row 2 (the start's) reaches the 510 lockers above it; the other 24 rows and the exit are cut off.
    const problems = bounded(rejection(worst.manyLockers(SCALE)), 24 * 510 + 1);
    expect(problems).toContainEqual(expect.stringMatching(/^object #511 \(locker\) at tile \(1, 3\): the locker hiding 'kid 1,3' cannot be reached/));
  });

  it('exits, reach objectives and dark areas each as large as the map, none reachable or lit', () => {
    // Each dark area is reported as it is read; the 8,000 unreachable areas after all of them.
    const problems = bounded(rejection(worst.bigUnreachableAreas(SCALE)), 12_000);
    expect(problems[0]).toBe('object #3 (dark) at tile (257, 257): a dark area must cover at least one Floor cell');
  });

  it('collect objectives over many differently named items', () => {
    const problems = bounded(rejection(worst.collectsOverManyItems(SCALE)), 200);
    expect(problems[0]).toBe(
      "object #10001 'get 0' (objective) at tile (5, 300): collect 1 'gold', but the map holds 0 (items on the map: 'thing 0', 'thing 1', 'thing 2', 'thing 3' and 9996 more)",
    );
  });

  it('every cell a bad tile id: one problem per kind, with the first cell, the value cut short, and a count', () => {
    const problems = bounded(rejection(worst.badCells()), 3);
    expect(problems[0]).toBe(
      `layer 'logic': tile id '${'x'.repeat(32)}…' is not a tile id at tile (0, 0) (and 131071 more cells like it: tile (2, 0), tile (4, 0), tile (6, 0), ...)`,
    );
    expect(problems[1]).toMatch(/^layer 'logic': tile id 101 is not a logic tile \(no 'kind'\) at tile \(1, 0\) \(and 131071 more cells like it/);
  });

  it('raw strings of 50,000 characters are quoted and cut short wherever they are echoed', () => {
    const problems = bounded(rejection(worst.longStrings(SCALE)), 302);
    expect(problems.slice(0, 5)).toEqual([
      `orientation is '${'o'.repeat(32)}…', only 'orthogonal' maps are supported`,
      "unknown layer 'llllllllllllllllllllllllllllllll…' (expected only: logic, markers, infected, props, triggers)",
      `object #1 '${'n'.repeat(24)}…' (decoy) at tile (1, 1): unknown property '${'p'.repeat(32)}…' (allowed: item)`,
      `object #1 '${'n'.repeat(24)}…' (decoy) at tile (1, 1): property 'item' must be a string, got 7`,
      `object #2 '${'n'.repeat(24)}…' at tile (2, 1): unknown object type '${'t'.repeat(24)}…' (layer 'props' holds: door, locker, cabinet, note, decoy, loot, vending, key, notice, plaque, br…`,
    ]);
  });

  it(`as many objects as allowed (${MAX_MAP_OBJECTS}) load; one more is refused at once`, () => {
    const level = loadLevel(worst.mostObjects(MAX_MAP_OBJECTS, 0, 'spawn'), 'worst');
    expect(level.spawnPoints).toHaveLength(MAX_MAP_OBJECTS - 2);
    expect(bounded(rejection(worst.mostObjects(MAX_MAP_OBJECTS, 1, 'spawn')), 1)).toEqual([`map has ${MAX_MAP_OBJECTS + 1} objects, more than the ${MAX_MAP_OBJECTS} allowed`]);
  });
});

// ------------------------------------------------------------------------------------
// Small maps for the rest: an 8x5 room with a wall line and a door at (4, 2).
//   #########
//   #P..#..E#
//   #...D...#
//   #...#...#
//   #########
// ------------------------------------------------------------------------------------
const PLAN = ['#########', '#P..#...#', '#...D...#', '#...#...#', '#########'];
function room(edit: (l: { markers: unknown[]; infected: unknown[]; props: unknown[]; triggers: unknown[] }, o: ReturnType<typeof objects>) => void) {
  const data = PLAN.join('').split('').map((c) => (c === '#' ? GID.wall : c === 'D' ? GID.door : GID.floor));
  const o = objects();
  const layers = { markers: [o.point('player_start', 1, 1), o.rect('exit', 7, 1, 1, 1, 'stairs')], infected: [] as unknown[], props: [o.point('door', 4, 2, 'door')], triggers: [] as unknown[] };
  edit(layers, o);
  return mapOf(9, 5, data, layers);
}

describe("the loader's lookups are by own keys only", () => {
  it('properties named after Object.prototype members are unknown properties', () => {
    const names = ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf'];
    const problems = rejection(room((l, o) => void (l.props = [o.point('door', 4, 2, 'door', names.map((n) => prop(n, true)))]))).problems;
    for (const n of names) expect(problems).toContainEqual(`object #4 'door' (door) at tile (4, 2): unknown property '${n}' (allowed: locked, open)`);
  });

  it("types, layers and tilesets named '__proto__' or 'toString' are unknown ones", () => {
    const map = room((l, o) => {
      l.markers.push(o.point('__proto__', 2, 1), o.point('toString', 3, 1), o.point('constructor', 2, 3));
    });
    (map.layers as unknown[]).push({ id: 9, name: '__proto__', type: 'objectgroup', objects: [] }, { id: 10, name: 'toString', type: 'tilelayer' });
    (map.tilesets as unknown[]).push({ firstgid: 100, source: 'toString' }, { firstgid: 200, source: '__proto__' });
    const problems = rejection(map).problems;
    for (const [id, type, x, y] of [[4, '__proto__', 2, 1], [5, 'toString', 3, 1], [6, 'constructor', 2, 3]] as const) {
      expect(problems).toContainEqual(`object #${id} at tile (${x}, ${y}): unknown object type '${type}' (layer 'markers' holds: player_start, spawn, checkpoint, exit, safe_zone, dark)`);
    }
    expect(problems).toContainEqual("unknown layer '__proto__' (expected only: logic, markers, infected, props, triggers)");
    expect(problems).toContainEqual("unknown layer 'toString' (expected only: logic, markers, infected, props, triggers)");
    expect(problems).toContainEqual("tileset 'toString': external tileset not provided to the loader (known: none)");
    expect(problems).toContainEqual("tileset '__proto__': external tileset not provided to the loader (known: none)");
  });
});

describe('the loader reports every problem it can', () => {
  it('with two player starts, an unreachable exit is reported too (from the first start)', () => {
    const problems = rejection(room((l, o) => {
      l.markers.push(o.point('player_start', 2, 3));
      l.props = [o.point('door', 4, 2, 'door', [prop('locked', true)])];
    })).problems;
    expect(problems).toContainEqual('2 player_start objects, expected exactly one');
    expect(problems).toContainEqual(expect.stringMatching(/^object #2 'stairs' \(exit\) at tile \(7, 1\): the exit \(objective\) cannot be reached from the player start at tile \(1, 1\)/));
  });

  it('safe zones that overlap or touch: exactly the infected and spawns inside one are reported', () => {
    const problems = rejection(room((l, o) => {
      l.markers.push(o.rect('safe_zone', 1, 1, 2, 2), o.rect('safe_zone', 2, 2, 2, 2), o.point('spawn', 3, 1), o.point('spawn', 3, 3));
      for (const [x, y] of [[1, 1], [2, 2], [3, 2], [1, 3], [5, 1]]) l.infected.push(o.point('infected', x!, y!, '', [prop('variant', 'heavy')]));
    })).problems;
    const inside = problems.filter((p) => p.includes('inside a safe zone')).map((p) => p.slice(0, p.indexOf(':')));
    expect(inside).toEqual([
      'object #7 (spawn) at tile (3, 3)',
      'object #8 (infected) at tile (1, 1)',
      'object #9 (infected) at tile (2, 2)',
      'object #10 (infected) at tile (3, 2)',
    ]);
  });

  it('a dark area over a single Floor cell counts; one over walls only does not', () => {
    expect(() => loadLevel(room((l, o) => void l.markers.push(o.rect('dark', 3, 0, 2, 2))), 'room')).not.toThrow();
    expect(rejection(room((l, o) => void l.markers.push(o.rect('dark', 4, 0, 1, 2)))).problems).toEqual([
      'object #4 (dark) at tile (4, 1): a dark area must cover at least one Floor cell',
    ]);
  });
});
