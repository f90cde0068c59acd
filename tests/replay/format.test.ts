import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HASH_EVERY_TICKS,
  IntentRunsReader,
  IntentRunsWriter,
  REPLAY_VERSION,
  parseReplay,
  serializeReplay,
  type Replay,
} from '../../src/replay/format';
import { ReplayRecorder } from '../../src/replay/recorder';
import { quantiseIntent } from '../../src/replay/quantise';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { newRunState } from '../../src/campaign/runState';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { playChapter } from '../../src/bots/chapterRun';
import { HALLWAY } from '../../src/chapters/hallway';

/** Any double up to 1e300 (JSON has no -0, so the format stores -0 as 0; the game never feeds -0). */
const axis = fc.double({ min: -1e300, max: 1e300, noNaN: true }).map((x) => x + 0);
/** Mostly repeated values, as a player holding keys makes, with some arbitrary ones. */
const intentArb: fc.Arbitrary<Intent> = fc.record({
  moveX: fc.oneof(fc.constantFrom(0, 1, -1, Math.SQRT1_2), axis),
  moveY: fc.oneof(fc.constantFrom(0, 1, -1, -Math.SQRT1_2), axis),
  aimX: fc.oneof(fc.constant(0), axis),
  aimY: fc.oneof(fc.constant(0), axis),
  run: fc.boolean(),
  sneak: fc.boolean(),
  spray: fc.boolean(),
  interact: fc.boolean(),
  // Use presses counted between ticks (a mash faster than the tick): kept, up to the cap.
  interactPresses: fc.integer({ min: 0, max: 63 }),
  throw: fc.boolean(),
  // The allies' order button (bit 11).
  order: fc.boolean(),
  drop: fc.boolean(),
  // The phone chapter's buttons (bits 13-16).
  holdBreath: fc.boolean(),
  flashlight: fc.boolean(),
  reply: fc.integer({ min: 0, max: 3 }),
});
const ticksArb = fc.array(fc.tuple(fc.integer({ min: 1, max: 90 }), intentArb), { maxLength: 40 });

function expand(held: [number, Intent][]): Intent[] {
  return held.flatMap(([n, i]) => Array.from({ length: n }, () => i));
}

/** A valid replay with `ticks` intents of `held` (hashes are made up: the format does not check them). */
function replayOf(held: [number, Intent][], extra: Partial<Replay> = {}): Replay {
  const w = new IntentRunsWriter();
  for (const i of expand(held)) w.push(i);
  const seconds = Math.floor(w.ticks / HASH_EVERY_TICKS);
  return {
    format: 'last-period-replay',
    version: REPLAY_VERSION,
    gameVersion: '0.1.0',
    recordedAt: '2026-12-03T08:00:00.000Z',
    chapterId: 'hallway',
    seed: 5,
    options: { difficulty: 'normal', peaceful: false },
    run: newRunState(),
    ticks: w.ticks,
    intents: w.runs,
    retries: [],
    hashes: Array.from({ length: seconds }, (_, k) => (k * 2654435761 >>> 0).toString(16).padStart(8, '0')),
    finalHash: 'deadbeef',
    outcome: 'playing',
    ...extra,
  };
}

function refusal(text: string): string {
  const r = parseReplay(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.message;
}

describe('the replay format', () => {
  it('round-trips any run of intents bit for bit through the file', () => {
    fc.assert(
      fc.property(ticksArb, (held) => {
        const parsed = parseReplay(serializeReplay(replayOf(held)));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const reader = new IntentRunsReader(parsed.replay.intents);
        const out = emptyIntent();
        for (const want of expand(held)) expect(reader.next(out)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips the whole replay: options, campaign run and flags, retries, hashes', () => {
    // Ids as the story names things (valibot's records drop 'prototype' and the like, as they should).
    const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/).filter((k) => !['prototype', 'constructor'].includes(k));
    const run = fc.record({
      step: fc.nat(20),
      votes: fc.dictionary(id, fc.string()),
      cast: fc.dictionary(id, fc.record({ alive: fc.boolean(), withGroup: fc.boolean(), bitten: fc.boolean() })),
      items: fc.array(fc.string()),
      notesFound: fc.array(fc.string()),
      flags: fc.dictionary(id, fc.oneof(fc.string(), fc.integer(), fc.boolean())),
    });
    fc.assert(
      fc.property(ticksArb, run, fc.constantFrom('story', 'normal', 'nightmare' as const), fc.boolean(), fc.array(fc.nat(), { maxLength: 4 }), (held, runState, difficulty, peaceful, rawRetries) => {
        const base = replayOf(held);
        const retries = rawRetries.map((t) => t % (base.ticks + 1)).sort((a, b) => a - b);
        const replay = { ...base, run: runState, options: { difficulty, peaceful, startWithExtinguisher: true }, retries };
        const parsed = parseReplay(serializeReplay(replay));
        expect(parsed).toEqual({ ok: true, replay });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses an older or newer format version, naming the game version that recorded it', () => {
    const file = JSON.parse(serializeReplay(replayOf([[30, emptyIntent()]])));
    expect(refusal(JSON.stringify({ ...file, version: 0, gameVersion: '0.0.7' }))).toBe(
      `This replay was recorded by version 0.0.7 of the game (replay format version 0); this version plays replays of format version ${REPLAY_VERSION}.`,
    );
    expect(refusal(JSON.stringify({ ...file, version: REPLAY_VERSION + 1, gameVersion: '9.0.0' }))).toMatch(/recorded by version 9\.0\.0 of the game .*format version 1\.$/);
    expect(refusal(JSON.stringify({ ...file, version: '1' }))).toMatch(/this version plays replays of format version 1/);
  });

  it('refuses what is not a replay, an unknown chapter and damaged data, saying what is wrong', () => {
    const good = replayOf([[70, { ...emptyIntent(), moveX: 1 }], [50, { ...emptyIntent(), spray: true }]]);
    const file = JSON.parse(serializeReplay(good)) as Record<string, unknown>;
    const edit = (patch: Record<string, unknown>) => JSON.stringify({ ...file, ...patch });
    expect(refusal('{"format": "last-period-replay", ')).toMatch(/not JSON/);
    expect(refusal('[1, 2, 3]')).toBe('This file is not a Last Period replay.');
    expect(refusal(JSON.stringify({ format: 'some-other-game', version: 1 }))).toBe('This file is not a Last Period replay.');
    expect(refusal(edit({ chapterId: 'rooftop-2' }))).toMatch(/a chapter this version of the game does not have \('rooftop-2'\)/);
    expect(refusal(edit({ seed: 1.5 }))).toMatch(/^This replay is damaged: seed: /);
    expect(refusal(edit({ ticks: undefined }))).toMatch(/damaged: ticks: /);
    expect(refusal(edit({ options: { difficulty: 'impossible', peaceful: false } }))).toMatch(/damaged: options\.difficulty: /);
    expect(refusal(edit({ options: { difficulty: 'normal', peaceful: false, godMode: true } }))).toMatch(/damaged: options\.godMode: /);
    expect(refusal(edit({ finalHash: 'xyz' }))).toMatch(/damaged: finalHash: not a state hash/);
    expect(refusal(edit({ ticks: good.ticks + 1, hashes: good.hashes }))).toMatch(/intents\.move covers 120 ticks, not 121/);
    expect(refusal(edit({ intents: { ...good.intents, buttons: [120, 131072] } }))).toMatch(/intents\.buttons\[1\]: 131072 is not a set of buttons/);
    expect(refusal(edit({ intents: { ...good.intents, aim: [120, 0] } }))).toMatch(/intents\.aim: not whole \[ticks, x, y\] runs/);
    expect(refusal(edit({ intents: { ...good.intents, move: [0, 1, 0, 120, 0, 0] } }))).toMatch(/intents\.move\[0\]: a run of 0 ticks/);
    expect(refusal(edit({ hashes: [] }))).toMatch(/0 hashes for 2 seconds of play/);
    expect(refusal(edit({ retries: [100, 20] }))).toMatch(/retries\[1\]: tick 20 is out of order/);
    expect(refusal(edit({ run: { ...newRunState(), cast: { minji: { alive: 'yes' } } } }))).toMatch(/damaged: run\.cast\.minji\.alive: /);
  });

  it('never throws on arbitrary or mangled files: it reads them or refuses them', () => {
    const base = serializeReplay(replayOf([[200, { ...emptyIntent(), moveY: -1, run: true }], [30, emptyIntent()]]));
    const keys = Object.keys(JSON.parse(base) as object);
    const text = fc.oneof(
      fc.string(),
      fc.jsonValue().map((j) => JSON.stringify(j)),
      fc.tuple(fc.constantFrom(...keys), fc.jsonValue()).map(([k, j]) => JSON.stringify({ ...JSON.parse(base), [k]: j })),
      fc.integer({ min: 0, max: base.length }).map((n) => base.slice(0, n)),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = parseReplay(t);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a real ~50 s chapter-1 run small (the survivor bot on Normal: a few kilobytes)', () => {
    const level = loadChapterMap('hallway');
    const options = { difficulty: 'normal' as const, peaceful: false };
    const recorder = new ReplayRecorder({ gameVersion: '0.1.0', chapterId: 'hallway', seed: 1, options, run: newRunState() });
    let world = null as Parameters<typeof recorder.tick>[1] | null;
    const run = playChapter(HALLWAY, level, 1, 'normal', 'survivor', { onTick: (i, w) => ((world = w), recorder.tick(i, w)) });
    const bytes = serializeReplay(recorder.replay(world!)).length;
    console.log(`a ${(run.ticks / 60).toFixed(1)} s chapter-1 survivor run (${run.status}) is a ${bytes}-byte replay`);
    expect(run.ticks).toBeGreaterThan(45 * 60);
    expect(bytes).toBeLessThan(8 * 1024);
  });

  it("the game's quantised intents keep the aim's direction and land on the stored grid", () => {
    fc.assert(
      fc.property(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: -2000, max: 2000, noNaN: true }), (x, y) => {
        const q = quantiseIntent({ ...emptyIntent(), aimX: x, aimY: y, moveX: x / 2000, moveY: y / 2000 });
        for (const v of [q.aimX, q.aimY, q.moveX, q.moveY]) expect(Number.isInteger(v * 256) && !Object.is(v, -0)).toBe(true);
        if (Math.hypot(x, y) > 0.01) {
          // Within a quarter of a degree of the mouse's direction.
          const diff = Math.abs(Math.atan2(q.aimY, q.aimX) - Math.atan2(y, x)) % (2 * Math.PI);
          expect(Math.min(diff, 2 * Math.PI - diff)).toBeLessThan(0.25 * (Math.PI / 180));
        } else expect([q.aimX, q.aimY]).toEqual([0, 0]);
      }),
    );
  });
});
