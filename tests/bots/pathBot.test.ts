import { describe, expect, it } from 'vitest';
import { PathBot, botViewOfWorld } from '../../src/bots/pathBot';
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
    const bot = new PathBot(level, { run: 'never' });
    const intent = emptyIntent();
    let ticks = 0;
    while (world.status === 'playing' && ticks < TICK_RATE * 120) {
      step(world, bot.decide(botViewOfWorld(world), intent));
      ticks++;
    }
    expect(world.status).toBe('won');
    expect(world.doors.some((d) => d.open)).toBe(true);
  });
});
