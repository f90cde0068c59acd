import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { playChapter } from '../../src/bots/chapterRun';
import { HALLWAY } from '../../src/chapters/hallway';
import { TICK_RATE } from '../../src/sim/tuning';

/**
 * Chapter 1 (the hallway) played in the sim by scripted players using the same Intents
 * as a person. The survivor bot plays carefully and must reach the stairwell on one life;
 * the straight-run bot sprints the shortest way and ignores the horde: on Normal the
 * chapter must catch it (it is not trivial).
 */
const level = loadChapterMap('hallway');

function report(label: string, run: ReturnType<typeof playChapter>): void {
  const s = run.survivor;
  console.log(
    `${label}: ${run.status} in ${(run.ticks / TICK_RATE).toFixed(1)} s, grabs ${run.grabsTaken}, director spawned ${run.directorSpawned}` +
      (s ? `, waited ${(s.waitedTicks / TICK_RATE).toFixed(1)} s, doors shut ${s.doorsShut}, spray ${(s.sprays / TICK_RATE).toFixed(1)} s` : ''),
  );
}

describe('chapter 1 played by bots', () => {
  it.each([
    ['story', 1],
    ['story', 2],
    ['story', 3],
    ['normal', 1],
    ['normal', 2],
    ['normal', 3],
  ] as const)('the survivor bot reaches the stairwell on %s (seed %i) without being bitten', (difficulty, seed) => {
    const run = playChapter(HALLWAY, level, seed, difficulty, 'survivor');
    report(`survivor ${difficulty} seed ${seed}`, run);
    expect(run.status).toBe('won');
  });

  it('the straight-run bot, ignoring the horde, is caught on Normal on most seeds', () => {
    const seeds = [1, 2, 3, 4, 5];
    const runs = seeds.map((seed) => playChapter(HALLWAY, level, seed, 'normal', 'straightRun'));
    runs.forEach((run, k) => report(`straight-run normal seed ${seeds[k]}`, run));
    const caught = runs.filter((r) => r.status === 'lost').length;
    expect(caught).toBeGreaterThanOrEqual(3);
  });
});
