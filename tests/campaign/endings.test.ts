import { describe, expect, it } from 'vitest';
import { advance, currentStep, finishInterlude } from '../../src/campaign/campaign';
import { ENDINGS, ENDING_IDS, endingFor, endingRoll, type EndingId } from '../../src/campaign/endings';
import { withGroup } from '../../src/campaign/interludes';
import { newRunState, type RunState } from '../../src/campaign/runState';
import { VOTES } from '../../src/campaign/votes';

/** The whole campaign with these votes (Da-som rescued or not) and these allies lost on the rooftop. */
function campaign(votes: [string, string, string], daSom: boolean, lostOnRoof: (group: string[]) => string[]): RunState {
  let run = newRunState();
  let v = 0;
  for (let step = currentStep(run); step && step.kind !== 'ending'; step = currentStep(run)) {
    if (step.kind === 'interlude') run = finishInterlude(run, votes[v++]!).run;
    else if (step.chapterId === 'rooftop') run = advance(run, { chapterId: 'rooftop', notesFound: [], rescues: [], lost: lostOnRoof(withGroup(run)) });
    else run = advance(run, { chapterId: step.chapterId, notesFound: [], rescues: step.chapterId === 'hallway' && daSom ? ['Da-som'] : [] });
  }
  return run;
}

const subsets = <T>(xs: T[]): T[][] => xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);

describe('the endings', () => {
  // The rule as the design states it, row by row: nobody with Joon -> alone; Ji-an with
  // the group (the door was opened and she survived) -> dawn; anyone else -> helicopter.
  const expected = (door: string, survivors: string[]): EndingId =>
    survivors.length === 0 ? 'alone' : door === 'open' && survivors.includes('ji-an') ? 'dawn' : 'helicopter';

  it('follow from the votes and who is alive after the rooftop, over every combination', () => {
    const seen = new Set<EndingId>();
    let rows = 0;
    for (const door of VOTES.door) for (const tae of VOTES['tae-min']) for (const gu of VOTES['gu-ho']) for (const daSom of [false, true]) {
      const group = withGroup(campaign([door, tae, gu], daSom, () => []));
      for (const lost of subsets(group)) {
        const run = campaign([door, tae, gu], daSom, () => lost);
        const survivors = group.filter((id) => !lost.includes(id));
        expect(withGroup(run).sort()).toEqual([...survivors].sort());
        expect(endingFor(run), `${door}/${tae}/${gu}/da-som ${daSom}, lost ${lost.join(',')}`).toBe(expected(door, survivors));
        seen.add(endingFor(run));
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(100);
    expect([...seen].sort()).toEqual([...ENDING_IDS].sort());
  });

  it('the vote shapes who can reach the end: Tae-min never does, Gu-ho only if the group went back', () => {
    expect(withGroup(campaign(['shut', 'keep', 'back'], false, () => []))).toEqual(['seo-yeon', 'gu-ho']);
    expect(withGroup(campaign(['open', 'leave', 'leave'], true, () => []))).toEqual(['da-som', 'seo-yeon', 'ji-an']);
  });

  it('the ending screen lists who made it and who was lost', () => {
    const run = campaign(['open', 'leave', 'back'], true, () => ['da-som']);
    const roll = endingRoll(run);
    expect(roll.madeIt).toBe('Made it: Joon, Seo-yeon, Gu-ho and Ji-an.');
    expect(roll.lost).toBe('Lost: Da-som and Tae-min.');
    expect(endingRoll(campaign(['shut', 'leave', 'leave'], false, (g) => g)).madeIt).toBe('Made it: Joon.');
    for (const id of ENDING_IDS) expect(ENDINGS[id].paragraphs.length).toBeGreaterThan(0);
  });
});

describe('the ending test entry point', () => {
  it('runForEnding reaches each ending', async () => {
    const { runForEnding } = await import('../../src/campaign/endings');
    const { currentStep } = await import('../../src/campaign/campaign');
    for (const id of ENDING_IDS) {
      expect(endingFor(runForEnding(id))).toBe(id);
      expect(currentStep(runForEnding(id))).toEqual({ kind: 'ending' });
    }
  });
});
