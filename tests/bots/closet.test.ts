import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { playChapter } from '../../src/bots/chapterRun';
import { CLOSET_CHAPTER } from '../../src/chapters/closet';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { stepChapter } from '../../src/chapters/beats';
import { SurvivorBot } from '../../src/bots/survivorBot';
import { viewOfWorld } from '../../src/bots/survivorView';
import { cloneWorld } from '../../src/sim/snapshot';
import { retryFrom } from '../../src/sim/retry';
import { emptyIntent } from '../../src/sim/intent';
import { TICK_RATE } from '../../src/sim/tuning';
import type { World } from '../../src/sim/world';

/**
 * Chapter 3 is finishable: the map-knowing survivor bot (waiting in the closet as the
 * definition's botWait says, answering the chat, holding its breath) and the screen-only
 * bot (the marker, the prompts, the HUD line and the phone's replies) get to the roof
 * stairs on fixed seeds, and a retry from each checkpoint is winnable.
 */
const level = loadChapterMap('closet');
const botWait = (w: World) => CLOSET_CHAPTER.botWait!(w);

describe('chapter 3 played by bots', () => {
  it.each([
    ['story', 1],
    ['normal', 1],
    ['normal', 2],
  ] as const)('the survivor bot reaches the roof stairs on %s (seed %i)', (difficulty, seed) => {
    const run = playChapter(CLOSET_CHAPTER, level, seed, difficulty, 'survivor', { limitSeconds: 240 });
    expect(run.status).toBe('won');
  });

  it.each([2, 9])('the screen-only bot gets out on Normal, after minutes of waiting (seed %i)', (seed) => {
    const run = playChapter(CLOSET_CHAPTER, level, seed, 'normal', 'screen', { limitSeconds: 300 });
    expect(run.status).toBe('won');
    // The wait is the chapter: minutes of hiding before the way out opens, not a sprint.
    expect(run.ticks / TICK_RATE).toBeGreaterThan(180);
  });

  it.each([0, 1])('a retry from checkpoint %i is winnable by the survivor bot', (checkpoint) => {
    let w = createChapterWorld(CLOSET_CHAPTER, level, { seed: 3, overrides: { difficulty: 'normal' } });
    let saved: World | null = null;
    let bot = new SurvivorBot(viewOfWorld(w, botWait));
    let view = viewOfWorld(w, botWait);
    const intent = emptyIntent();
    for (let t = 0; t < 240 * TICK_RATE && w.status === 'playing' && !saved; t++) {
      stepChapter(w, bot.decide(view, intent), CLOSET_CHAPTER.beats, CLOSET_CHAPTER.sightings);
      if (w.events.some((e) => e.type === 'checkpointReached' && e.checkpoint === checkpoint)) saved = cloneWorld(w);
    }
    expect(saved, `checkpoint ${checkpoint} reached`).not.toBeNull();
    w = retryFrom(saved!);
    view = viewOfWorld(w, botWait);
    bot = new SurvivorBot(view);
    for (let t = 0; t < 240 * TICK_RATE && w.status === 'playing'; t++) stepChapter(w, bot.decide(view, intent), CLOSET_CHAPTER.beats, CLOSET_CHAPTER.sightings);
    expect(w.status).toBe('won');
  });
});
