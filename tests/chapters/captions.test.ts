import { describe, expect, it } from 'vitest';
import { CAPTION_MAX_CHARS } from '../../src/ui/captionLayout';
import { OBJECTIVE_MAX_CHARS } from '../../src/ui/hudModel';
import { CHAPTERS } from '../../src/chapters/registry';
import type { ChapterDefinition } from '../../src/chapters/definition';
import { playChapter, type ChapterBot } from '../../src/bots/chapterRun';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { stepChapter } from '../../src/chapters/beats';
import { openQuestion } from '../../src/chapters/script';
import { DEFAULT_SIGHTINGS } from '../../src/chapters/sightings';
import { SurvivorBot } from '../../src/bots/survivorBot';
import { viewOfWorld } from '../../src/bots/survivorView';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { CAST_NAMES } from '../../src/campaign/cast';
import { newRunState, type RunState } from '../../src/campaign/runState';
import { emptyIntent } from '../../src/sim/intent';
import { TICK_RATE, type Difficulty } from '../../src/sim/tuning';
import type { World } from '../../src/sim/world';
import { cuesForEvent } from '../../src/audio/cues';

/**
 * On a 360 px phone a caption wraps to two lines and the rest is cut with an ellipsis
 * (CAPTION_MAX_CHARS): a newcomer must read every story line whole, in every chapter.
 * The HUD's objective line reads in two lines there too (OBJECTIVE_MAX_CHARS).
 */

/** The bench's `--allies` run: every classmate alive and with the group (the chapter decides who comes). */
const withGroup = (votes: Record<string, string> = {}): RunState => ({
  ...newRunState(),
  votes,
  cast: Object.fromEntries(Object.keys(CAST_NAMES).map((id) => [id, { alive: true, withGroup: true, bitten: false }])),
});

interface Seen {
  captions: Set<string>;
  objectives: Set<string>;
}

function collect(seen: Seen, def: ChapterDefinition, w: World): void {
  for (const e of w.events) {
    if (e.type === 'beat') seen.captions.add(e.caption);
    // The sounds' captions too (a notice read out, a key taken): the same lines on the same phone.
    else for (const c of cuesForEvent(e, w)) if (c.caption) seen.captions.add(c.caption);
  }
  if (def.objective && w.tick % 30 === 0) seen.objectives.add(def.objective(w));
}

function botRun(seen: Seen, def: ChapterDefinition, seed: number, difficulty: Difficulty, bot: ChapterBot, run?: RunState): void {
  playChapter(def, loadChapterMap(def.map), seed, difficulty, bot, { run, onTick: (_i, w) => collect(seen, def, w) });
}

/**
 * The survivor bot in the closet, answering Seo-yeon's plan question with `choice` (0: never
 * answers) where the bots always pick the first reply; `battery` starts the phone that low.
 */
function closetRun(seen: Seen, def: ChapterDefinition, seed: number, choice: number, opts: { battery?: number; run?: RunState } = {}): void {
  const world = createChapterWorld(def, loadChapterMap(def.map), { seed, run: opts.run, overrides: { difficulty: 'normal' } });
  if (opts.battery !== undefined) world.phone!.battery = opts.battery;
  const view = viewOfWorld(world, def.botWait ? (w) => def.botWait!(w) : undefined);
  const bot = new SurvivorBot(view, undefined, def.botGoal ? () => def.botGoal!(world) : undefined);
  const intent = emptyIntent();
  for (let t = 0; world.status === 'playing' && t < 600 * TICK_RATE; t++) {
    const i = bot.decide(view, intent);
    if ((i.reply ?? 0) > 0 && openQuestion(world) === 'plan') i.reply = choice;
    stepChapter(world, i, def.beats, def.sightings);
    collect(seen, def, world);
  }
}

/** What each chapter's runs are: both bots on Story and Normal, plus the branches they would not take. */
const EXTRA: Record<string, (seen: Seen, def: ChapterDefinition) => void> = {
  closet: (seen, def) => {
    closetRun(seen, def, 1, 2); // the lab windows
    closetRun(seen, def, 1, 3); // wait for my GO (the bot answers GO)
    closetRun(seen, def, 2, 0); // no answer: the plan runs without you
    closetRun(seen, def, 3, 1, { battery: 2 }); // the phone dies
    closetRun(seen, def, 1, 1, { run: withGroup({ 'tae-min': 'keep' }) }); // Tae-min turns in their room
  },
  rooftop: (seen, def) => {
    botRun(seen, def, 6, 'normal', 'survivor', withGroup({ 'gu-ho': 'back' }));
    botRun(seen, def, 7, 'story', 'screen', withGroup());
  },
};

describe('captions on a phone', () => {
  for (const def of CHAPTERS) {
    it(`chapter ${def.number} (${def.id}): every story caption of its runs fits two lines on a 360 px phone (at most ${CAPTION_MAX_CHARS} characters), and its objective lines at most ${OBJECTIVE_MAX_CHARS}`, () => {
      const seen: Seen = { captions: new Set(), objectives: new Set() };
      for (const difficulty of ['story', 'normal'] as const) {
        botRun(seen, def, 1, difficulty, 'survivor');
        botRun(seen, def, 2, difficulty, 'screen');
      }
      EXTRA[def.id]?.(seen, def);
      // Every first-sighting line, seen in these runs or not (the closet's sprinter may never show).
      for (const line of Object.values({ ...DEFAULT_SIGHTINGS, ...def.sightings })) if (line) seen.captions.add(line);
      // Enough lines that the runs cannot pass without playing the chapter's story.
      expect(seen.captions.size).toBeGreaterThan(8);
      expect([...seen.captions].filter((c) => c.length > CAPTION_MAX_CHARS)).toEqual([]);
      if (def.objective) {
        expect(seen.objectives.size).toBeGreaterThan(3);
        expect([...seen.objectives].filter((c) => c.length > OBJECTIVE_MAX_CHARS)).toEqual([]);
      }
    }, 240_000);
  }
});
