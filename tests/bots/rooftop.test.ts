import { describe, expect, it } from 'vitest';
import { playChapter } from '../../src/bots/chapterRun';
import { ROOFTOP_CHAPTER } from '../../src/chapters/rooftop';
import { loadChapterMap } from '../../src/levels/chapterMaps';

/**
 * The rooftop is finishable: the map-knowing survivor holds the roof on Story to the
 * helicopter (seeds it wins today; bench:chapter has the full rates, see
 * docs/architecture.md "Chapter 4").
 */
describe('the survivor bot on the rooftop', () => {
  const level = loadChapterMap('rooftop');
  it.each([2, 3])('holds the roof on Story until the helicopter (seed %i)', (seed) => {
    const run = playChapter(ROOFTOP_CHAPTER, level, seed, 'story', 'survivor', { limitSeconds: 200 });
    expect(run.status).toBe('won');
    expect(run.ticks / 60).toBeGreaterThan(150);
  });
});
