import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { reachableFrom, reachedCell, reachedRect } from '../../src/levels/reachability';
import type { ItemSpec, LevelData } from '../../src/sim/level';

/**
 * A row of rooms behind locked doors ('K', named from the west: A, B, C):
 *   x 01234567890123
 *     ##############
 *     #P.aK..bK.gK.#   keys lie on a, b and g (floor marks)
 *     ##############
 */
function rooms(keys: { mark: string; unlocks: string }[]): LevelData {
  const level = parseAsciiLevel('rooms', 'rooms', '##############\n#P.aK..bK.gK.#\n##############');
  ['A', 'B', 'C'].forEach((name, i) => (level.doors[i]!.name = name));
  const items: ItemSpec[] = keys.map(({ mark, unlocks }) => ({ kind: 'key', item: `key ${unlocks}`, unlocks, ...level.marks[mark]![0]! }));
  return { ...level, items };
}
const start = { x: 1.5, y: 1.5 };

describe('reachableFrom: the flood fill the loader and chapter tests share', () => {
  it('walks Floor and unlocked doors, not walls; a locked door without its key stops it', () => {
    const level = parseAsciiLevel('t', 't', '#######\n#P.D..#\n###K###\n#.....#\n#######');
    const r = reachableFrom(level, start);
    expect(reachedCell(r, 5, 1)).toBe(true); // through the unlocked door
    expect(reachedCell(r, 0, 1)).toBe(false); // a wall
    expect(reachedCell(r, 3, 3)).toBe(false); // behind the locked door
    expect(reachedRect(r, { x: 1, y: 3, w: 5, h: 1 })).toBe(false);
    expect(reachedRect(r, { x: 0, y: 0, w: 3, h: 2 })).toBe(true);
  });

  it('a reached key opens its door, and keys behind keys open theirs: the keys come in walking order', () => {
    const level = rooms([
      { mark: 'g', unlocks: 'C' },
      { mark: 'a', unlocks: 'A' },
      { mark: 'b', unlocks: 'B' },
    ]);
    const r = reachableFrom(level, start);
    expect(reachedCell(r, 12, 1)).toBe(true);
    expect(r.keys).toEqual([1, 2, 0]); // A's key, then B's, then C's (indices into items)
    expect(r.lockedOut).toEqual([]);
  });

  it('a locked door met before its key opens once the key is reached (the key lies the other way)', () => {
    const level = parseAsciiLevel('t', 't', '##########\n#a..P.K..#\n##########');
    level.doors[0]!.name = 'lab';
    const keyed = { ...level, items: [{ kind: 'key', item: 'key', unlocks: 'lab', ...level.marks.a![0]! } as ItemSpec] };
    const r = reachableFrom(keyed, { x: 4.5, y: 1.5 });
    expect(reachedCell(r, 8, 1)).toBe(true);
    expect(r.lockedOut).toEqual([]);
    expect(reachedCell(reachableFrom(level, { x: 4.5, y: 1.5 }), 8, 1)).toBe(false); // no key: shut
  });

  it("a key behind its own door is never reached, nor anything past that door", () => {
    const level = rooms([
      { mark: 'a', unlocks: 'A' },
      { mark: 'g', unlocks: 'B' }, // behind B itself
    ]);
    const r = reachableFrom(level, start);
    expect(reachedCell(r, 6, 1)).toBe(true);
    expect(reachedCell(r, 9, 1)).toBe(false);
    expect(r.keys).toEqual([0]);
    expect(r.lockedOut).toEqual(['B']);
  });

  it('with keys: false every locked door stays shut', () => {
    const level = rooms([{ mark: 'a', unlocks: 'A' }]);
    const r = reachableFrom(level, start, { keys: false });
    expect(reachedCell(r, 3, 1)).toBe(true);
    expect(reachedCell(r, 5, 1)).toBe(false);
    expect(r.keys).toEqual([]);
  });

  it('a start outside the map reaches nothing', () => {
    const r = reachableFrom(rooms([]), { x: -3, y: 1 });
    expect(r.cells.every((c) => c === 0)).toBe(true);
  });

  it("chapter 1: the exit is behind the toilets and the stairwell back door; the bolt cutters and the spare keys are the way through", () => {
    const level = loadChapterMap('hallway');
    const exit = level.exits[0]!;
    const withKeys = reachableFrom(level, level.playerStart);
    expect(reachedRect(withKeys, exit)).toBe(true);
    expect(withKeys.keys.map((k) => level.items[k]).map((i) => (i?.kind === 'key' ? i.item : ''))).toEqual(expect.arrayContaining(['bolt cutters', 'spare keys']));
    expect(withKeys.keys).toHaveLength(2);
    const withoutKeys = reachableFrom(level, level.playerStart, { keys: false });
    expect(reachedRect(withoutKeys, exit)).toBe(false);
    expect(withoutKeys.lockedOut).toContain('toilets'); // the back door lies behind it, never met
    // The rush fires inside the toilets: never before the spare keys.
    const rush = level.triggers.find((t) => t.name === 'stairwell_rush')!;
    expect(reachedRect(withoutKeys, rush)).toBe(false);
    expect(reachedRect(withKeys, rush)).toBe(true);
  });
});
