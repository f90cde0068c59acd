import { describe, expect, it } from 'vitest';
import { CHAPTERS } from '../../src/chapters/registry';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { playChapter } from '../../src/bots/chapterRun';
import { SurvivorState } from '../../src/sim/survivors';
import type { World } from '../../src/sim/world';

/**
 * The survivor bot with a group: chapter 1's hallway on Story with two allies (a follower
 * and a shover) beside the player. It sprays whoever holds an ally, guards them from
 * chasers, waits for them and never shuts a door on them, so it gets everyone out unbitten.
 */
describe('the survivor bot with allies on Story', () => {
  const def = CHAPTERS.find((c) => c.id === 'hallway')!;
  const level = loadChapterMap(def.map);

  it.each([1, 2, 3, 4, 5, 6])('seed %i: reaches the exit with both allies unbitten and beside it', (seed) => {
    let bites = 0;
    let last: World | null = null;
    const run = playChapter(def, level, seed, 'story', 'survivor', {
      overrides: { allies: [{ id: 'tae-min', role: 'follower' }, { id: 'gu-ho', role: 'shover' }] },
      onTick: (_i, w) => {
        last = w;
        for (const e of w.events) if (e.type === 'allyBitten') bites++;
      },
    });
    expect(run.status).toBe('won');
    expect(bites).toBe(0);
    const w = last! as World;
    const s = w.survivors;
    for (let k = 1; k < s.count; k++) {
      expect(s.state[k]).toBe(SurvivorState.Ok);
      expect(Math.hypot(s.x[k]! - w.player.x, s.y[k]! - w.player.y)).toBeLessThan(8);
    }
  });
});
