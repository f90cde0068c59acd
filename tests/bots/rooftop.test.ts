import { describe, expect, it } from 'vitest';
import { playChapter } from '../../src/bots/chapterRun';
import { ROOFTOP_CHAPTER } from '../../src/chapters/rooftop';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { newRunState } from '../../src/campaign/runState';

/**
 * The rooftop is finishable: the map-knowing survivor holds the roof on Story to the
 * helicopter on at least 8 of seeds 1-10 (a rate, not named seeds: a sim change may move
 * which seed loses; bench:chapter has the full figures, see docs/architecture.md "Chapter 4").
 */
describe('the survivor bot on the rooftop', () => {
  const level = loadChapterMap('rooftop');
  it('holds the roof on Story until the helicopter on at least 8 of seeds 1-10', () => {
    let won = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const run = playChapter(ROOFTOP_CHAPTER, level, seed, 'story', 'survivor', { limitSeconds: 200 });
      if (run.status === 'won') {
        won++;
        expect(run.ticks / 60).toBeGreaterThan(150);
      }
    }
    expect(won).toBeGreaterThanOrEqual(8);
  }, 120_000);

  it('the screen-only bot (one life) holds it on Normal on seeds 1-2', () => {
    for (let seed = 1; seed <= 2; seed++) {
      const run = playChapter(ROOFTOP_CHAPTER, level, seed, 'normal', 'screen', { limitSeconds: 200 });
      expect(run.status, `seed ${seed}`).toBe('won');
    }
  }, 120_000);

  it('with Da-som and Ji-an along, the survivor holds it on Normal on seeds 6 and 7 (lost while Da-som ran dry and the stair door was reopened on the waves) and nobody turns', () => {
    const withGroup = { alive: true, withGroup: true, bitten: false };
    const group = { ...newRunState(), cast: { 'da-som': withGroup, 'ji-an': withGroup } };
    for (const seed of [6, 7]) {
      let turned = 0;
      const run = playChapter(ROOFTOP_CHAPTER, level, seed, 'normal', 'survivor', {
        limitSeconds: 200,
        run: group,
        onTick: (_, w) => {
          for (const e of w.events) if (e.type === 'allyTurned') turned++;
        },
      });
      expect(run.status, `seed ${seed}`).toBe('won');
      expect(turned, `seed ${seed}`).toBe(0);
    }
  }, 120_000);
});
