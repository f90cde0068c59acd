import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk, InkCompileError } from '../../scripts/inkPlugin';
import { StoryRunner, timeoutOption, EXPRESSIONS, type StoryChoice } from '../../src/story/runner';
import { INTERLUDES } from '../../src/campaign/interludes';
import { VOTES, isVoteOption } from '../../src/campaign/votes';
import { newRunState, type RunState } from '../../src/campaign/runState';
import { CAST_NAMES } from '../../src/campaign/cast';
import { applyVote } from '../../src/campaign/votes';
import { cloneRun } from '../../src/campaign/cloneRun';

const DIR = 'src/story';
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.ink'));
const compiled = (f: string): string => compileInk(readFileSync(`${DIR}/${f}`, 'utf8'), `${DIR}/${f}`);

/** Runs the group could arrive with: nobody extra, everyone, and each vote both ways. */
function scenarios(): RunState[] {
  const out: RunState[] = [];
  for (const door of VOTES.door) for (const tae of VOTES['tae-min']) for (const daSom of [false, true]) {
    let run = newRunState();
    for (const id of ['seo-yeon', 'tae-min', 'gu-ho']) run.cast[id] = { alive: true, withGroup: true, bitten: false };
    if (daSom) run.cast['da-som'] = { alive: true, withGroup: true, bitten: false };
    run.notesFound = daSom ? ['baek-1'] : [];
    run = applyVote(applyVote(run, 'door', door), 'tae-min', tae);
    out.push(run, cloneRun({ ...run, votes: {} }));
  }
  return out;
}

interface Walk { knots: Set<string>; lines: { who: string | null; face: string; text: string }[]; votes: StoryChoice[] }

/** Every path through a story (each choice taken both ways), for one run. */
function walk(json: string, run: RunState): Walk {
  const r = new StoryRunner(json, run);
  const out: Walk = { knots: new Set(), lines: [], votes: [] };
  const go = (depth: number): void => {
    expect(depth).toBeLessThan(20);
    for (let n = 0; n < 500; n++) {
      const beat = r.next();
      if (beat.kind === 'end') break;
      if (beat.kind === 'line') {
        out.lines.push(beat);
        continue;
      }
      if (beat.vote) out.votes.push(beat);
      const saved = r.save();
      for (const o of beat.options) {
        r.load(saved);
        r.choose(o.index);
        go(depth + 1);
      }
      return;
    }
    for (const k of r.knots()) if (r.visits(k) > 0) out.knots.add(k);
  };
  go(0);
  return out;
}

describe('the ink stories', () => {
  it('there is one per interlude and every one compiles', () => {
    expect(FILES.length).toBe(INTERLUDES.length);
    for (const f of FILES) expect(() => compiled(f), f).not.toThrow();
  });

  it('a malformed story fails with its file and line', () => {
    const bad = 'Hello.\n* [Go] -> nowhere\n* [Stay] -> END\n';
    expect(() => compileInk(bad, 'src/story/broken.ink')).toThrow(InkCompileError);
    try {
      compileInk(bad, 'src/story/broken.ink');
    } catch (e) {
      expect(String((e as Error).message)).toMatch(/src\/story\/broken\.ink' line 2/);
    }
    // A loose end (a choice that runs out of story) is an error too, not a half-played scene.
    expect(() => compileInk('=== a ===\n* [x] text\n', 'loose.ink')).toThrow(/loose\.ink/);
  });

  it('every knot of every story is reached on some path, with some run', async () => {
    for (const def of INTERLUDES) {
      const json = await def.story();
      const reached = new Set<string>();
      for (const run of scenarios()) for (const k of walk(json, def.arrive(run)).knots) reached.add(k);
      const all = new StoryRunner(json, newRunState()).knots();
      expect(all.length).toBeGreaterThan(2);
      expect([...all].filter((k) => !reached.has(k)), def.id).toEqual([]);
    }
  });

  it('each interlude ends on its own vote, with exactly that vote\'s options, and every line names a real speaker and face', async () => {
    const speakers = new Set([...Object.keys(CAST_NAMES), 'joon']);
    for (const def of INTERLUDES) {
      const w = walk(await def.story(), def.arrive(scenarios()[0]!));
      expect(w.votes.length, def.id).toBeGreaterThan(0);
      for (const v of w.votes) {
        expect(v.vote!.id).toBe(def.vote);
        expect(v.options.map((o) => o.option).sort()).toEqual([...VOTES[def.vote]].sort());
        for (const s of v.vote!.stances) expect(isVoteOption(def.vote, s.option), `${s.who}: ${s.option}`).toBe(true);
        expect(v.vote!.stances.length).toBeGreaterThan(0);
      }
      for (const l of w.lines) {
        if (l.who) expect(speakers.has(l.who), l.who).toBe(true);
        expect(EXPRESSIONS).toContain(l.face);
        expect(l.text.length).toBeGreaterThan(0);
      }
    }
  });

  it('ink variables are the run: who is in the room and what was voted change the text', async () => {
    const json = await INTERLUDES[0]!.story();
    const text = (run: RunState) => walk(json, run).lines.map((l) => l.text).join('\n');
    const base = INTERLUDES[0]!.arrive(newRunState());
    const withDaSom = cloneRun(base);
    withDaSom.cast['da-som'] = { alive: true, withGroup: true, bitten: false };
    expect(text(base)).not.toMatch(/Da-som/);
    expect(text(withDaSom)).toMatch(/Da-som/);
    // Da-som's stance is shown in the vote only when she is there.
    const stances = (run: RunState) => walk(json, run).votes[0]!.vote!.stances.map((s) => s.who);
    expect(stances(base)).not.toContain('da-som');
    expect(stances(withDaSom)).toContain('da-som');
    expect(text({ ...base, notesFound: ['baek-1'] })).toMatch(/Mr\. Baek's lab/);

    const closet = INTERLUDES[2]!;
    const closetJson = await closet.story();
    const afterCloset = (tae: string) => walk(closetJson, closet.arrive(applyVote(base, 'tae-min', tae))).lines.map((l) => l.text).join('\n');
    expect(afterCloset('keep')).toMatch(/turned while you were in the closet/);
    expect(afterCloset('leave')).not.toMatch(/turned while you were in the closet/);
  });

  it('the dance and the lunch flashback are there, and the flashback ends before the vote', async () => {
    const cafeteria = walk(await INTERLUDES[1]!.story(), scenarios()[0]!);
    expect(cafeteria.lines.filter((l) => (l as { dance?: boolean }).dance).length).toBeGreaterThan(0);
    const r = new StoryRunner(await INTERLUDES[2]!.story(), scenarios()[0]!);
    const backdrops: (string | null)[] = [];
    for (let b = r.next(); b.kind === 'line'; b = r.next()) backdrops.push(b.backdrop);
    expect(backdrops).toContain('flashbackLunch');
    expect(backdrops[backdrops.length - 1]).toBeNull();
  });

  it('when the timer runs out the majority decides, and a tie takes the first option', () => {
    const choice = (stances: [string, string][]): StoryChoice => ({
      kind: 'choice',
      options: [{ index: 0, text: 'Open', option: 'open' }, { index: 1, text: 'Shut', option: 'shut' }],
      vote: { id: 'door', stances: stances.map(([who, option]) => ({ who, option })) },
    });
    expect(timeoutOption(choice([['a', 'shut'], ['b', 'shut'], ['c', 'open']])).option).toBe('shut');
    expect(timeoutOption(choice([['a', 'open'], ['b', 'shut']])).option).toBe('open');
    expect(timeoutOption(choice([])).option).toBe('open');
  });
});
