import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { createWorld } from '../../src/sim/world';
import { stepChapter } from '../../src/chapters/beats';
import { HALLWAY_WORLD_OPTIONS, hallwayBeats, hallwayObjective } from '../../src/chapters/hallway';
import { Tile } from '../../src/sim/grid';
import { intent } from '../helpers';
import { emptyIntent } from '../../src/sim/intent';

describe('chapter 1 beats', () => {
  it('the bell rings at the start; the burst breaks 2-2\'s front door and makes a loud noise', () => {
    const level = loadChapterMap('hallway');
    const world = createWorld(level, 11);
    const bell = level.triggers.find((t) => t.name === 'bell')!;
    world.player.x = bell.x + 0.5;
    world.player.y = bell.y + 0.5;
    stepChapter(world, emptyIntent(), hallwayBeats);
    expect(world.events.some((e) => e.type === 'beat' && e.name === 'bell')).toBe(true);

    const burst = level.triggers.find((t) => t.name === 'burst_2_2')!;
    const front = level.doors.findIndex((d) => d.name === '2-2 front');
    expect(front).toBeGreaterThanOrEqual(0);
    expect(world.doors[front]!.broken).toBe(false);
    world.player.x = burst.x + burst.w / 2;
    world.player.y = burst.y + burst.h / 2;
    stepChapter(world, emptyIntent(), hallwayBeats);
    expect(world.doors[front]!.broken).toBe(true);
    expect(world.events.some((e) => e.type === 'beat' && e.name === 'burst')).toBe(true);
    expect(world.events.some((e) => e.type === 'doorBroken' && e.door === front)).toBe(true);
  });

  it('every trigger in the map has a beat (a renamed trigger is caught here)', () => {
    const level = loadChapterMap('hallway');
    for (const t of level.triggers) {
      const world = createWorld(level, 3, { peaceful: true });
      world.player.x = t.x + t.w / 2;
      world.player.y = t.y + t.h / 2;
      stepChapter(world, emptyIntent(), hallwayBeats);
      expect(world.events.some((e) => e.type === 'beat'), `trigger '${t.name}'`).toBe(true);
    }
  });
});

describe('chapter 1 teaches and paces', () => {
  const level = loadChapterMap('hallway');

  it('starts empty-handed; the objective points at the first cabinet, in 2-3 beside its door, until it is taken', () => {
    const world = createWorld(level, 5, { ...HALLWAY_WORLD_OPTIONS, peaceful: true });
    expect(world.extinguisher.hasExtinguisher).toBe(false);
    expect(hallwayObjective(world)).toMatch(/extinguisher from the cabinet/);
    const first = level.cabinets.find((c) => c.name === 'first cabinet')!;
    const door23 = level.doors.find((d) => d.name === '2-3')!;
    expect(Math.abs(first.x - door23.x) + Math.abs(first.y - door23.y)).toBeLessThanOrEqual(2);
    // Stand inside 2-3 in front of it, face it, press use.
    world.player.x = first.x + 0.5;
    world.player.y = first.y - 0.5;
    stepChapter(world, intent({ aimY: 1 }), hallwayBeats);
    stepChapter(world, intent({ aimY: 1, interact: true }), hallwayBeats);
    expect(world.extinguisher.hasExtinguisher).toBe(true);
    expect(hallwayObjective(world)).not.toMatch(/cabinet/);
  });

  it("after the cabinet the objective and Seo-yeon's text send the player to the lab for the bolt cutters; then to the back door", () => {
    const world = createWorld(level, 5, { ...HALLWAY_WORLD_OPTIONS, peaceful: true });
    const first = level.cabinets.find((c) => c.name === 'first cabinet')!;
    world.player.x = first.x + 0.5;
    world.player.y = first.y - 0.5;
    stepChapter(world, intent({ aimY: 1 }), hallwayBeats);
    stepChapter(world, intent({ aimY: 1, interact: true }), hallwayBeats);
    expect(world.events).toContainEqual(expect.objectContaining({ type: 'beat', name: 'text', caption: expect.stringMatching(/Seo-yeon.*chained.*bolt cutters/) }));
    expect(hallwayObjective(world)).toBe('The back door is chained: bolt cutters in the science lab.');
    // The burst and the desks do not change what is wanted: the bolt cutters.
    for (const name of ['burst_2_2', 'desks_2_6']) {
      const t = level.triggers.find((tr) => tr.name === name)!;
      world.player.x = t.x + t.w / 2;
      world.player.y = t.y + t.h / 2;
      stepChapter(world, emptyIntent(), hallwayBeats);
      expect(hallwayObjective(world)).toMatch(/bolt cutters in the science lab/);
    }
    const key = level.items.find((i) => i.kind === 'key' && i.item === 'bolt cutters')!;
    world.player.x = key.x;
    world.player.y = key.y;
    stepChapter(world, emptyIntent(), hallwayBeats);
    expect(world.events).toContainEqual(expect.objectContaining({ type: 'keyPicked', key: 'bolt cutters', unlocks: 'stairwell back door' }));
    expect(world.doors[level.doors.findIndex((d) => d.name === 'stairwell back door')]!.locked).toBe(false);
    // Then the toilets, the way to that door, are locked: the spare keys in the teachers' room.
    expect(world.events).toContainEqual(expect.objectContaining({ type: 'beat', name: 'toilets', caption: expect.stringMatching(/toilets are locked.*teachers' room/) }));
    expect(hallwayObjective(world)).toMatch(/toilets are locked: spare keys in the teachers' room/);
    const toilets = level.doors.findIndex((d) => d.name === 'toilets');
    expect(world.doors[toilets]!.locked).toBe(true);
    const spare = level.items.find((i) => i.kind === 'key' && i.item === 'spare keys')!;
    world.player.x = spare.x;
    world.player.y = spare.y;
    stepChapter(world, emptyIntent(), hallwayBeats);
    expect(world.doors[toilets]!.locked).toBe(false);
    expect(hallwayObjective(world)).toMatch(/through the toilets to the back door/);
  });

  it("the spare keys lie in the teachers' room, off the north corridor's east end", () => {
    const spare = level.items.find((i) => i.kind === 'key' && i.item === 'spare keys')!;
    expect(spare).toMatchObject({ unlocks: 'toilets' });
    const door = level.doors.find((d) => d.name === "teachers' room")!;
    expect(door.locked).toBe(false);
    // Inside the room: north of its door, a few tiles east or west of it.
    expect(spare.y).toBeLessThan(door.y);
    expect(Math.abs(spare.x - door.x)).toBeLessThan(8);
  });

  it('the north corridor is barricaded at the stairwell: every way to the exit goes through the back door', () => {
    const back = level.doors.find((d) => d.name === 'stairwell back door')!;
    const reach = (blockBack: boolean): boolean => {
      const w = level.width;
      const seen = new Uint8Array(level.tiles.length);
      const start = Math.floor(level.playerStart.y) * w + Math.floor(level.playerStart.x);
      const queue = [start];
      seen[start] = 1;
      while (queue.length) {
        const c = queue.pop()!;
        const x = c % w;
        const y = (c - x) / w;
        if (level.exits.some((r) => x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h)) return true;
        for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
          const n = (y + dy) * w + x + dx;
          if (seen[n] === 1) continue;
          const door = level.doors.find((d) => d.x === x + dx && d.y === y + dy);
          // With the bolt cutters (they lie in reach: the loader checks it), the chained door opens.
          const keyed = door !== undefined && level.items.some((i) => i.kind === 'key' && i.unlocks === door.name);
          const open = level.tiles[n] === Tile.Floor || (door !== undefined && (!door.locked || keyed) && !(blockBack && door === back));
          if (!open) continue;
          seen[n] = 1;
          queue.push(n);
        }
      }
      return false;
    };
    expect(reach(false)).toBe(true);
    expect(reach(true)).toBe(false);
  });

  it('the final rush sends more sprinters up the stairwell on harder difficulties, from the stairwell side', () => {
    const counts = (['story', 'normal', 'nightmare'] as const).map((difficulty) => {
      const world = createWorld(level, 9, { ...HALLWAY_WORLD_OPTIONS, difficulty });
      const rush = level.triggers.find((t) => t.name === 'stairwell_rush')!;
      const before = world.horde.count;
      world.player.x = rush.x + rush.w / 2;
      world.player.y = rush.y + rush.h / 2;
      stepChapter(world, emptyIntent(), hallwayBeats);
      expect(world.events.some((e) => e.type === 'beat' && e.name === 'rush')).toBe(true);
      const exit = level.exits[0]!;
      for (let i = before; i < world.horde.count; i++) {
        // Nearer the stairwell exit than the player is.
        const toExit = Math.hypot(world.horde.x[i]! - exit.x, world.horde.y[i]! - exit.y);
        expect(toExit).toBeLessThan(Math.hypot(world.player.x - exit.x, world.player.y - exit.y));
      }
      return world.horde.count - before;
    });
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[0]).toBeLessThan(counts[1]!);
    expect(counts[1]).toBeLessThan(counts[2]!);
  });
});
