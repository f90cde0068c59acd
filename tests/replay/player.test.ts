import { retryFrom } from '../../src/sim/retry';
import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { HALLWAY } from '../../src/chapters/hallway';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { stepChapter } from '../../src/chapters/beats';
import { newRunState } from '../../src/campaign/runState';
import { PathBot, botViewOfWorld, keyWaypoints } from '../../src/bots/pathBot';
import { emptyIntent } from '../../src/sim/intent';
import { playChapter } from '../../src/bots/chapterRun';
import { cloneWorld } from '../../src/sim/snapshot';
import { hashWorld } from '../../src/sim/worldHash';
import { TICK_RATE } from '../../src/sim/tuning';
import type { World } from '../../src/sim/world';
import { ReplayRecorder } from '../../src/replay/recorder';
import { IntentRunsReader, parseReplay, serializeReplay, type Replay, type ReplayWorldOptions } from '../../src/replay/format';
import { playReplay } from '../../src/replay/player';

const level = loadChapterMap('hallway');

/**
 * A run as ChapterScene plays it: the straight-run bot on Normal (the horde catches it),
 * then, as a player would on the end screen, "Retry from checkpoint" (the checkpoint copy
 * is restored) and on again, up to `attempts` attempts or `seconds` of play in all.
 */
function recordWithRetries(seed: number, attempts: number, seconds: number): { replay: Replay; world: World; retries: number } {
  const options: ReplayWorldOptions = { difficulty: 'normal', peaceful: false };
  let world = createChapterWorld(HALLWAY, level, { seed, overrides: options });
  let checkpoint = cloneWorld(world);
  const recorder = new ReplayRecorder({ gameVersion: 'test', chapterId: HALLWAY.id, seed, options, run: newRunState() });
  const intent = emptyIntent();
  let bot = new PathBot(level, { run: 'always', waypoints: keyWaypoints(level) });
  let retries = 0;
  while (recorder.ticks < seconds * TICK_RATE) {
    if (world.status === 'lost') {
      if (retries + 1 >= attempts) break;
      world = retryFrom(checkpoint);
      recorder.retry();
      retries++;
      bot = new PathBot(level, { run: 'always', waypoints: keyWaypoints(level) });
    }
    if (world.status !== 'playing') break;
    stepChapter(world, bot.decide(botViewOfWorld(world), intent), HALLWAY.beats);
    if (world.events.some((e) => e.type === 'checkpointReached')) checkpoint = cloneWorld(world);
    recorder.tick(intent, world);
  }
  return { replay: recorder.replay(world), world, retries };
}

describe('playing a replay', () => {
  // Seed 2: the straight-run bot is caught twice within 90 s (checked below).
  const { replay, world, retries } = recordWithRetries(2, 3, 90);

  it('reproduces a run with retries from the checkpoint, second by second, to the same end state', () => {
    expect(retries).toBeGreaterThanOrEqual(1);
    expect(replay.retries.length).toBe(retries);
    const parsed = parseReplay(serializeReplay(replay));
    if (!parsed.ok) throw new Error(parsed.message);
    const result = playReplay(parsed.replay, level);
    expect(result.divergedAtSecond, result.summary).toBeNull();
    expect(result.matched).toBe(true);
    expect(result.hashes).toEqual(replay.hashes);
    expect(result.finalHash).toBe(hashWorld(world));
    expect(result.world.status).toBe(world.status);
    expect(result.summary).toMatch(/^The replay matched/);
  });

  it('a replay that forgets a retry diverges at the second the player retried in', () => {
    const retryAt = replay.retries[0]!;
    const result = playReplay({ ...replay, retries: [] }, level);
    expect(result.matched).toBe(false);
    // Without the retry the lost world stops there: the run is cut short, or the hash after it differs.
    expect(result.ticks === retryAt || result.divergedAtSecond === Math.floor(retryAt / TICK_RATE) + 1).toBe(true);
  });

  it('tells at which second a run diverged when one intent differs', () => {
    // Walk the other way for one tick, 20.5 s in: seconds 1-20 still match, second 21 does not.
    const t = Math.round(20.5 * TICK_RATE);
    // The survivor bot takes about 50 s, so 30 s of it is still in play.
    const recorder = new ReplayRecorder({ gameVersion: 'test', chapterId: HALLWAY.id, seed: 2, options: replay.options, run: newRunState() });
    let w: World | null = null;
    playChapter(HALLWAY, level, 2, 'normal', 'survivor', { limitSeconds: 30, onTick: (i, now) => ((w = now), recorder.tick(i, now)) });
    expect(w!.status).toBe('playing');
    const good = recorder.replay(w!);
    expect(playReplay(good, level).matched).toBe(true);
    // The same file with tick t's movement reversed (its runs rebuilt through the writer).
    const bad = new ReplayRecorder({ gameVersion: 'test', chapterId: HALLWAY.id, seed: 2, options: replay.options, run: newRunState() });
    const again = createChapterWorld(HALLWAY, level, { seed: 2, overrides: { ...replay.options } });
    const reader = new IntentRunsReader(good.intents);
    const intent = emptyIntent();
    for (let k = 0; k < good.ticks; k++) {
      reader.next(intent);
      if (k === t) {
        intent.moveX = -intent.moveX || 1;
        intent.moveY = -intent.moveY;
      }
      stepChapter(again, intent, HALLWAY.beats);
      bad.tick(intent, again);
    }
    const tampered = { ...good, intents: bad.replay(again).intents };
    const result = playReplay(tampered, level);
    expect(result.divergedAtSecond).toBe(21);
    expect(result.summary).toBe('The replay diverged at second 21: from there this game did not play out the recorded run.');
  });

  it('refuses to play a chapter it does not have', () => {
    expect(() => playReplay({ ...replay, chapterId: 'nowhere' }, level)).toThrow(/no chapter with id 'nowhere'/);
  });
});

