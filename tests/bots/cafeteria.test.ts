import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { playChapter } from '../../src/bots/chapterRun';
import { CAFETERIA } from '../../src/chapters/cafeteria';
import { cloneWorld } from '../../src/sim/snapshot';
import { retryFrom } from '../../src/sim/retry';
import { TICK_RATE } from '../../src/sim/tuning';
import type { World } from '../../src/sim/world';

/**
 * Chapter 2 (the cafeteria) played in the sim by the scripted players: the map-knowing
 * survivor and the screen-only newcomer bring six snacks back; the straight-run bot, which
 * grabs every snack and runs, is caught; and a retry from each checkpoint can still be won.
 * A few seeds only: `npm run bench:chapter` plays ten per difficulty.
 */
const level = loadChapterMap('cafeteria');

describe('chapter 2 played by bots', () => {
  // Story is played by the retry test below (and the Tae-min test in tests/chapters/cafeteria.test.ts).
  it('the survivor bot brings the snacks back on Normal (seed 4)', () => {
    expect(playChapter(CAFETERIA, level, 4, 'normal', 'survivor').status).toBe('won');
  });

  it('the screen-only bot, following the marker and the prompts, finishes on Normal (seed 8)', () => {
    expect(playChapter(CAFETERIA, level, 8, 'normal', 'screen').status).toBe('won');
  });

  it('the greedy straight-run bot (every snack, running, ignoring the horde) is caught on Normal on most seeds', () => {
    const caught = [1, 2, 3, 4, 5].filter((seed) => playChapter(CAFETERIA, level, seed, 'normal', 'straightRun').status === 'lost').length;
    expect(caught).toBeGreaterThanOrEqual(4);
  });

  it('a retry from each checkpoint (start, service passage, serving line) leaves a game the survivor bot wins (Story)', () => {
    // The bot's route depends on the seed (nearest snack first): play seeds until every checkpoint was reached once.
    const copies = new Map<number, { world: World; seed: number }>();
    for (let seed = 1; seed <= 6 && copies.size < level.checkpoints.length; seed++) {
      playChapter(CAFETERIA, level, seed, 'story', 'survivor', {
        onTick: (_i, world) => {
          for (const e of world.events) if (e.type === 'checkpointReached' && !copies.has(e.checkpoint)) copies.set(e.checkpoint, { world: cloneWorld(world), seed });
        },
      });
    }
    expect([...copies.keys()].sort()).toEqual(level.checkpoints.map((_c, k) => k));
    for (const [k, { world: copy, seed }] of copies) {
      const run = playChapter(CAFETERIA, level, seed, 'story', 'survivor', { start: retryFrom(copy), limitSeconds: 300 });
      expect(run.status, `retry from ${level.checkpoints[k]!.name}`).toBe('won');
      expect(run.ticks).toBeLessThan(300 * TICK_RATE);
    }
  });
});
