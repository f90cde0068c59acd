import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { createWorld } from '../../src/sim/world';
import { stepChapter } from '../../src/chapters/beats';
import { hallwayBeats } from '../../src/chapters/hallway';
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
