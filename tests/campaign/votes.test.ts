import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAMPAIGN, advance, currentStep, finishInterlude } from '../../src/campaign/campaign';
import { withGroup } from '../../src/campaign/interludes';
import { newRunState, type RunState } from '../../src/campaign/runState';
import { VOTES, consequenceText } from '../../src/campaign/votes';
import { loadRun, saveRun } from '../../src/save/run';

/**
 * The next chapters are built by other engineers against the contract; these fakes read
 * the run the way the contract says their worldOptions will (allies from run.cast, the
 * rooftop's harder start from the vote), so the test follows a vote into the chapter.
 */
type Role = 'follower' | 'shover' | 'archer' | 'halfInfected';
const fakeWorldOptions = {
  cafeteria: (run: Readonly<RunState>) => ({ allies: withGroup(run).map((id) => ({ id, role: (id === 'ji-an' ? 'halfInfected' : 'follower') as Role })) }),
  closet: (run: Readonly<RunState>) => ({ turnsInside: run.cast['tae-min']?.withGroup === true && run.cast['tae-min'].bitten, resentment: run.flags.resentment === true }),
  rooftop: (run: Readonly<RunState>) => ({ allies: withGroup(run), harderStart: run.votes['gu-ho'] === 'back' }),
};

/** A run played to `chapterId`'s step: each chapter won in turn, each interlude voted as given. */
function playTo(chapterId: string, votes: string[]): RunState {
  let run = newRunState();
  let v = 0;
  for (;;) {
    const step = currentStep(run)!;
    if (step.kind === 'chapter' && step.chapterId === chapterId) return run;
    if (step.kind === 'chapter') run = advance(run, { chapterId: step.chapterId, notesFound: [], rescues: step.chapterId === 'hallway' ? ['Da-som'] : [] });
    else if (step.kind === 'interlude') run = finishInterlude(run, votes[v++]!).run;
    else throw new Error('past the rooftop');
  }
}

describe('the votes and their consequences in the next chapter', () => {
  it("'door': open brings Ji-an, bitten and half-infected, into the cafeteria; shut loses her", () => {
    const open = fakeWorldOptions.cafeteria(playTo('cafeteria', ['open']));
    expect(open.allies).toContainEqual({ id: 'ji-an', role: 'halfInfected' });
    expect(playTo('cafeteria', ['open']).cast['ji-an']).toEqual({ alive: true, withGroup: true, bitten: true });
    const shut = playTo('cafeteria', ['shut']);
    expect(fakeWorldOptions.cafeteria(shut).allies.map((a) => a.id)).not.toContain('ji-an');
    expect(shut.cast['ji-an']!.alive).toBe(false);
    // Everyone else from the music room goes down with Joon either way.
    expect(fakeWorldOptions.cafeteria(shut).allies.map((a) => a.id)).toEqual(['da-som', 'seo-yeon', 'tae-min', 'gu-ho']);
  });

  it("'tae-min': keep puts him bitten inside the closet chapter's room; leave makes the group smaller and someone resentful", () => {
    const keep = fakeWorldOptions.closet(playTo('closet', ['shut', 'keep']));
    expect(keep).toEqual({ turnsInside: true, resentment: false });
    const leaveRun = playTo('closet', ['shut', 'leave']);
    expect(fakeWorldOptions.closet(leaveRun)).toEqual({ turnsInside: false, resentment: true });
    expect(withGroup(leaveRun)).not.toContain('tae-min');
    expect(withGroup(leaveRun).length).toBe(withGroup(playTo('closet', ['shut', 'keep'])).length - 1);
  });

  it("'gu-ho': back brings him onto the rooftop, which starts harder; leave loses him", () => {
    const back = fakeWorldOptions.rooftop(playTo('rooftop', ['shut', 'keep', 'back']));
    expect(back.allies).toContain('gu-ho');
    expect(back.harderStart).toBe(true);
    const leave = fakeWorldOptions.rooftop(playTo('rooftop', ['shut', 'keep', 'leave']));
    expect(leave.allies).not.toContain('gu-ho');
    expect(leave.harderStart).toBe(false);
    // Tae-min, kept, turned during the closet chapter: he is not on the rooftop.
    expect(back.allies).not.toContain('tae-min');
  });

  it('every option has its consequence in plain words', () => {
    for (const [vote, options] of Object.entries(VOTES)) for (const o of options) expect(consequenceText(vote as keyof typeof VOTES, o).join(' '), `${vote}=${o}`).toMatch(/\w{3,}/);
  });

  it('any run the campaign can produce saves and loads equal (property)', () => {
    const opt = (vote: keyof typeof VOTES) => fc.constantFrom(...VOTES[vote]);
    fc.assert(
      fc.property(opt('door'), opt('tae-min'), opt('gu-ho'), fc.integer({ min: 1, max: CAMPAIGN.length - 1 }), (a, b, c, upTo) => {
        let run = playTo('rooftop', [a, b, c]);
        run = { ...run, step: Math.min(run.step, upTo) };
        const mem = new Map<string, string>();
        const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
        saveRun(storage, run);
        expect(loadRun(storage).run).toEqual(run);
      }),
      { numRuns: 60 },
    );
  });
});
