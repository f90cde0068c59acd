import * as v from 'valibot';
import type { RunState } from '../campaign/runState';
import { chapterById } from '../chapters/registry';
import { DIFFICULTIES, type Difficulty } from '../save/settings';
import { applyIntentFlags, intentFlags, PACKED_FLAGS_MAX, type Intent } from '../sim/intent';
import { TICK_RATE } from '../sim/tuning';

/**
 * The replay file: everything needed to play a recorded run again, tick for tick, in the
 * chapter's own beats (src/replay/player.ts). Plain JSON, versioned, validated on load.
 *
 * Intents are stored as three run-length coded channels (movement, aim, buttons), because
 * a player holds the same keys for many ticks and most ticks do not aim at all: a 50 s
 * keyboard run is a few kilobytes. Axes are stored in 1/256 units: multiplying a double
 * by a power of two is exact, so any intent round-trips bit for bit (only -0 becomes 0),
 * and the game's own intents (src/replay/quantise.ts) are whole numbers there.
 */
export const REPLAY_FORMAT = 'last-period-replay';
export const REPLAY_VERSION = 1;
/** Ticks between two recorded hashes: one per second of play, to tell where a run diverged. */
export const HASH_EVERY_TICKS = TICK_RATE;
/** Axis values are stored multiplied by this (a power of two, so the scaling is exact). */
export const AXIS_UNITS = 256;
/** Bigger files are refused before parsing (an hour of play is well under this). */
export const MAX_REPLAY_CHARS = 32 * 1024 * 1024;

/** The world options a run was started with, on top of the chapter's own (createChapterWorld's overrides). */
export interface ReplayWorldOptions {
  difficulty: Difficulty;
  peaceful: boolean;
  startWithExtinguisher?: boolean;
}

/** The per-tick intents, run-length coded; see the module comment. */
export interface ReplayIntents {
  /** [ticks, moveX, moveY, ticks, moveX, moveY, ...], axes in 1/AXIS_UNITS. */
  move: number[];
  /** [ticks, aimX, aimY, ...], in 1/AXIS_UNITS. */
  aim: number[];
  /** [ticks, buttons, ...], buttons as PackedIntent's flag bits (run 1, sneak 2, spray 4, interact 8, throw 16). */
  buttons: number[];
}

export interface Replay {
  format: typeof REPLAY_FORMAT;
  version: typeof REPLAY_VERSION;
  /** The game's version (package.json) that recorded it. */
  gameVersion: string;
  /** When it was recorded (ISO 8601; informative only). */
  recordedAt: string;
  chapterId: string;
  seed: number;
  options: ReplayWorldOptions;
  /** The campaign run the chapter was played in (its world options come from it, flags included). */
  run: RunState;
  /** Ticks fed to the sim, over every attempt. */
  ticks: number;
  intents: ReplayIntents;
  /**
   * Retries from the checkpoint: the tick count (intents fed so far) at which the player
   * restored the checkpoint copy, in order. The replayer restores its own copy there.
   */
  retries: number[];
  /** hashWorld after every HASH_EVERY_TICKS ticks: hashes[k] is the state at second k + 1. */
  hashes: string[];
  /** hashWorld at the end (after the last tick and any retry after it). */
  finalHash: string;
  /** How the recorded run stood at the end. */
  outcome: 'playing' | 'won' | 'lost';
}

// ---------------------------------------------------------------------------------------
// Run-length coding

/**
 * Builds the three intent channels one tick at a time (the recorder keeps one of these,
 * so a long run costs memory per change, not per tick).
 */
/** The largest buttons value: every flag bit PackedIntent uses (buttons, the press count, the phone's). */
const BUTTONS_MAX = PACKED_FLAGS_MAX;

export class IntentRunsWriter {
  readonly runs: ReplayIntents = { move: [], aim: [], buttons: [] };
  ticks = 0;

  /** Appends one tick. Throws on an axis a file cannot hold (NaN, infinite, beyond 1e300). */
  push(i: Intent): void {
    for (const a of [i.moveX, i.moveY, i.aimX, i.aimY]) {
      if (!Number.isFinite(a * AXIS_UNITS)) throw new RangeError(`an intent axis a replay cannot hold: ${a}`);
    }
    // Buttons, the use presses counted between ticks and the phone's buttons, as PackedIntent's flags.
    const flags = intentFlags(i);
    // `+ 0` turns -0 into 0: JSON has no -0, so the stored form never holds one.
    appendRun(this.runs.move, 3, i.moveX * AXIS_UNITS + 0, i.moveY * AXIS_UNITS + 0);
    appendRun(this.runs.aim, 3, i.aimX * AXIS_UNITS + 0, i.aimY * AXIS_UNITS + 0);
    appendRun(this.runs.buttons, 2, flags, 0);
    this.ticks++;
  }
}

function appendRun(channel: number[], stride: 2 | 3, a: number, b: number): void {
  const n = channel.length;
  if (n >= stride && channel[n - stride + 1] === a && (stride === 2 || channel[n - 1] === b)) {
    channel[n - stride]!++;
    return;
  }
  if (stride === 2) channel.push(1, a);
  else channel.push(1, a, b);
}

/** Reads the intents back, one tick at a time, into a reused Intent. */
export class IntentRunsReader {
  // Each channel's current run starts at `at` (before the first tick: one run before 0).
  private readonly at = { move: -3, aim: -3, buttons: -2 };
  private readonly left = { move: 0, aim: 0, buttons: 0 };

  constructor(private readonly runs: ReplayIntents) {}

  next(out: Intent): Intent {
    const m = this.advance('move', 3);
    out.moveX = this.runs.move[m + 1]! / AXIS_UNITS;
    out.moveY = this.runs.move[m + 2]! / AXIS_UNITS;
    const a = this.advance('aim', 3);
    out.aimX = this.runs.aim[a + 1]! / AXIS_UNITS;
    out.aimY = this.runs.aim[a + 2]! / AXIS_UNITS;
    const f = this.runs.buttons[this.advance('buttons', 2) + 1]!;
    return applyIntentFlags(f, out);
  }

  /** Where the run holding the next tick starts (parseReplay checked that the runs cover every tick). */
  private advance(channel: keyof ReplayIntents, stride: number): number {
    if (this.left[channel] === 0) {
      this.at[channel] += stride;
      this.left[channel] = this.runs[channel][this.at[channel]]!;
    }
    this.left[channel]--;
    return this.at[channel];
  }
}

// ---------------------------------------------------------------------------------------
// Writing and reading files

/** The file's text: JSON, one replay per file. */
export function serializeReplay(replay: Replay): string {
  return JSON.stringify(replay);
}

export type ParseResult = { ok: true; replay: Replay } | { ok: false; message: string };

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const axes = v.array(v.pipe(v.number(), v.finite()));
const hash = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/, 'not a state hash'));
const castStatus = v.object({ alive: v.boolean(), withGroup: v.boolean(), bitten: v.boolean() });
// Loose: a field a later RunState adds is kept as it is (it may change the chapter's world options).
const runState = v.looseObject({
  step: count,
  votes: v.record(v.string(), v.string()),
  cast: v.record(v.string(), castStatus),
  items: v.array(v.string()),
  notesFound: v.array(v.string()),
  flags: v.record(v.string(), v.union([v.string(), v.pipe(v.number(), v.finite()), v.boolean()])),
});

const replaySchema = v.object({
  format: v.literal(REPLAY_FORMAT),
  version: v.literal(REPLAY_VERSION),
  gameVersion: v.string(),
  recordedAt: v.string(),
  chapterId: v.string(),
  seed: v.pipe(v.number(), v.integer()),
  // Strict: an option this version does not know would change the world without us knowing.
  options: v.strictObject({
    difficulty: v.picklist(DIFFICULTIES),
    peaceful: v.boolean(),
    startWithExtinguisher: v.optional(v.boolean()),
  }),
  run: runState,
  ticks: count,
  intents: v.object({
    move: v.pipe(axes, v.check((a) => a.length % 3 === 0, 'not whole [ticks, x, y] runs')),
    aim: v.pipe(axes, v.check((a) => a.length % 3 === 0, 'not whole [ticks, x, y] runs')),
    buttons: v.pipe(axes, v.check((a) => a.length % 2 === 0, 'not whole [ticks, buttons] runs')),
  }),
  retries: v.array(count),
  hashes: v.array(hash),
  finalHash: hash,
  outcome: v.picklist(['playing', 'won', 'lost']),
});

/**
 * Reads a replay file. Anything that is not a replay this version can play is refused
 * with one message naming the problem (not JSON, not a replay, another format version,
 * an unknown chapter, a damaged field), never an exception.
 */
export function parseReplay(text: string): ParseResult {
  const refuse = (message: string): ParseResult => ({ ok: false, message });
  if (text.length > MAX_REPLAY_CHARS) return refuse('This file is too large to be a Last Period replay.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('This file is not a Last Period replay (it is not JSON).');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== REPLAY_FORMAT) {
    return refuse('This file is not a Last Period replay.');
  }
  const { version, gameVersion } = raw as { version?: unknown; gameVersion?: unknown };
  if (version !== REPLAY_VERSION) {
    const by = typeof gameVersion === 'string' && gameVersion ? `version ${gameVersion} of the game` : 'another version of the game';
    const what = typeof version === 'number' ? ` (replay format version ${version})` : '';
    return refuse(`This replay was recorded by ${by}${what}; this version plays replays of format version ${REPLAY_VERSION}.`);
  }
  const parsed = v.safeParse(replaySchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? 'the file';
    return refuse(`This replay is damaged: ${path}: ${issue.message}.`);
  }
  const replay = parsed.output as Replay;
  if (!chapterById(replay.chapterId)) {
    return refuse(`This replay is of a chapter this version of the game does not have ('${replay.chapterId}').`);
  }
  const problem = consistencyProblem(replay);
  return problem ? refuse(`This replay is damaged: ${problem}.`) : { ok: true, replay };
}

/** What the schema cannot say: the runs cover exactly `ticks`, buttons are flag bits, retries and hashes fit. */
function consistencyProblem(r: Replay): string | null {
  const channels: [keyof ReplayIntents, number][] = [['move', 3], ['aim', 3], ['buttons', 2]];
  for (const [name, stride] of channels) {
    const runs = r.intents[name];
    let total = 0;
    for (let k = 0; k < runs.length; k += stride) {
      const n = runs[k]!;
      if (!Number.isInteger(n) || n < 1) return `intents.${name}[${k}]: a run of ${n} ticks`;
      if (name === 'buttons' && (!Number.isInteger(runs[k + 1]) || runs[k + 1]! < 0 || runs[k + 1]! > BUTTONS_MAX || (runs[k + 1]! & ~BUTTONS_MAX) !== 0)) {
        return `intents.buttons[${k + 1}]: ${runs[k + 1]} is not a set of buttons`;
      }
      total += n;
    }
    if (total !== r.ticks) return `intents.${name} covers ${total} ticks, not ${r.ticks}`;
  }
  for (let k = 0; k < r.retries.length; k++) {
    const t = r.retries[k]!;
    if (t > r.ticks || (k > 0 && t < r.retries[k - 1]!)) return `retries[${k}]: tick ${t} is out of order or past the end`;
  }
  const seconds = Math.floor(r.ticks / HASH_EVERY_TICKS);
  if (r.hashes.length !== seconds) return `${r.hashes.length} hashes for ${seconds} seconds of play`;
  return null;
}
