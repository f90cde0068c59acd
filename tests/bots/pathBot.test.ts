import { describe, expect, it } from 'vitest';
import { PathBot, botViewOfWorld, keyWaypoints } from '../../src/bots/pathBot';
import { hallwayGreybox } from '../../src/levels/hallwayGreybox';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { createWorld } from '../../src/sim/world';
import { emptyIntent } from '../../src/sim/intent';
import { step } from '../../src/sim/step';
import { TICK_RATE } from '../../src/sim/tuning';

describe('path bot', () => {
  it.each([
    ['the greybox', hallwayGreybox],
    ['the authored map', () => loadChapterMap('hallway')],
  ])('walks from classroom 2-3 to the stairwell in %s, opening the classroom door', (_name, makeLevel) => {
    const level = makeLevel();
    // The bot tests pathing, not survival: no infected (a walking bot is no match for a sprinter).
    const world = createWorld(level, 3, { peaceful: true });
    // The authored map's stairwell back door is chained: the bolt cutters first.
    const bot = new PathBot(level, { run: 'never', waypoints: keyWaypoints(level) });
    const intent = emptyIntent();
    let ticks = 0;
    while (world.status === 'playing' && ticks < TICK_RATE * 180) {
      step(world, bot.decide(botViewOfWorld(world), intent));
      ticks++;
    }
    expect(world.status).toBe('won');
    expect(world.doors.some((d) => d.open)).toBe(true);
    expect(world.level.items.every((item, i) => item.kind !== 'key' || world.objects.itemTaken[i] === 1)).toBe(true);
  });

  it('without the key waypoint it never reaches the exit of the authored map (the back door stays chained)', () => {
    const level = loadChapterMap('hallway');
    const world = createWorld(level, 3, { peaceful: true });
    const bot = new PathBot(level, { run: 'always' });
    const intent = emptyIntent();
    for (let t = 0; t < TICK_RATE * 60 && world.status === 'playing'; t++) step(world, bot.decide(botViewOfWorld(world), intent));
    expect(world.status).toBe('playing');
    expect(world.doors[level.doors.findIndex((d) => d.name === 'stairwell back door')]!.locked).toBe(true);
  });
});
