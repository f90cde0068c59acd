import { retryFrom } from '../../src/sim/retry';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHAPTERS } from '../../src/chapters/registry';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { playChapter } from '../../src/bots/chapterRun';
import { stepChapter } from '../../src/chapters/beats';
import { FixedStepper } from '../../src/game/fixedStep';
import { newRunState } from '../../src/campaign/runState';
import { emptyIntent } from '../../src/sim/intent';
import { cloneWorld } from '../../src/sim/snapshot';
import { hashWorld } from '../../src/sim/worldHash';
import type { World } from '../../src/sim/world';
import { parseReplay, serializeReplay, type Replay, type ReplayWorldOptions } from '../../src/replay/format';
import { ReplayRecorder } from '../../src/replay/recorder';
import { ReplayCursor, playReplay, replayStartWorld } from '../../src/replay/player';

/**
 * The golden replays: for every shipped chapter, the survivor bot's run on Normal (the
 * first seed it wins on), recorded in the replay format (tests/golden/<chapter>-survivor.json,
 * a file the game's "Watch a replay" can load too) with the world's hash after every
 * second. A sim change shows up as the second the run first differs. After an intended
 * change to the sim, re-record with `UPDATE_GOLDEN=1 npx vitest run tests/replay`.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const OPTIONS: ReplayWorldOptions = { difficulty: 'normal', peaceful: false };
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const goldenPath = (id: string) => fileURLToPath(new URL(`../golden/${id}-survivor.json`, import.meta.url));

/**
 * The survivor's run on the first seed (from 1) on which it reaches the exit, recorded: on
 * Normal, or on Story for a chapter it wins on no Normal seed up to 20 (the rooftop siege,
 * so far: see docs/architecture.md "Chapter 4").
 */
function record(def: (typeof CHAPTERS)[number]): Replay {
  let fallback: Replay | null = null;
  for (const options of [OPTIONS, { ...OPTIONS, difficulty: 'story' } as const]) {
    for (let seed = 1; seed <= 20; seed++) {
      const recorder = new ReplayRecorder({ gameVersion: pkg.version, chapterId: def.id, seed, options, run: newRunState() });
      let last: World | null = null;
      const run = playChapter(def, loadChapterMap(def.map), seed, options.difficulty, 'survivor', {
        onTick: (intent, world) => {
          recorder.tick(intent, world);
          last = world;
        },
      });
      // A fixed date: re-recording an unchanged sim gives the same file.
      const replay = recorder.replay(last!, new Date(0));
      if (run.status === 'won') return replay;
      fallback ??= replay;
    }
  }
  return fallback!;
}

function golden(id: string): Replay {
  if (!existsSync(goldenPath(id))) throw new Error(`no golden replay for '${id}': record it with UPDATE_GOLDEN=1 npx vitest run tests/replay`);
  const parsed = parseReplay(readFileSync(goldenPath(id), 'utf8'));
  if (!parsed.ok) throw new Error(`${goldenPath(id)}: ${parsed.message}`);
  return parsed.replay;
}

describe.each(CHAPTERS.map((def) => [def.id, def] as const))('the golden survivor run of %s', (id, def) => {
  if (UPDATE) writeFileSync(goldenPath(id), serializeReplay(record(def)) + '\n');
  const level = loadChapterMap(def.map);

  it('replays second by second to the recorded hashes (UPDATE_GOLDEN=1 npx vitest run tests/replay re-records)', () => {
    const replay = golden(id);
    const result = playReplay(replay, level);
    expect(result.divergedAtSecond, result.summary).toBeNull();
    expect(result.finalHash, result.summary).toBe(replay.finalHash);
    // The bot really plays the chapter through: it reaches the exit.
    expect(replay.outcome).toBe('won');
    expect(result.world.status).toBe('won');
  });

  it('the sim does not depend on the rendering frame rate (30 fps vs 144 fps feed the same replay)', () => {
    const replay = golden(id);
    const at = (fps: number): string => {
      let world = replayStartWorld(def, level, replay);
      let checkpoint = cloneWorld(world);
      const cursor = new ReplayCursor(replay);
      const stepper = new FixedStepper();
      const intent = emptyIntent();
      // Render frames until every recorded intent has been fed, one per tick, as ChapterScene does.
      while (!cursor.done) {
        stepper.advance(1000 / fps, () => {
          if (cursor.takeRetry()) world = retryFrom(checkpoint);
          if (cursor.done) return;
          stepChapter(world, cursor.next(intent), def.beats);
          if (world.events.some((e) => e.type === 'checkpointReached')) checkpoint = cloneWorld(world);
        });
      }
      return hashWorld(world);
    };
    const h30 = at(30);
    expect(h30).toBe(at(144));
    expect(h30).toBe(replay.finalHash);
  });
});
