import { describe, expect, it } from 'vitest';
import { CAMPAIGN, advance, currentStep, finishInterlude, hasNextStep, leaveInterlude, stepLabel, stepProblem, type CampaignStep } from '../../src/campaign/campaign';
import { groupLine, interludeById } from '../../src/campaign/interludes';
import { newRunState } from '../../src/campaign/runState';
import { chapterById, FIRST_CHAPTER } from '../../src/chapters/registry';

const won = { chapterId: 'hallway', notesFound: ['baek-1'], rescues: ['Da-som'] };

describe('the campaign flow', () => {
  it('hallway, a vote, cafeteria, a vote, closet, a vote, rooftop, the ending', () => {
    expect(CAMPAIGN).toEqual([
      { kind: 'chapter', chapterId: 'hallway' },
      { kind: 'interlude', interludeId: 'after-hallway' },
      { kind: 'chapter', chapterId: 'cafeteria' },
      { kind: 'interlude', interludeId: 'after-cafeteria' },
      { kind: 'chapter', chapterId: 'closet' },
      { kind: 'interlude', interludeId: 'after-closet' },
      { kind: 'chapter', chapterId: 'rooftop' },
      { kind: 'ending' },
    ]);
    expect(currentStep(newRunState())).toEqual({ kind: 'chapter', chapterId: FIRST_CHAPTER });
    const after = advance(newRunState(), won);
    expect(currentStep(after)).toEqual({ kind: 'interlude', interludeId: 'after-hallway' });
    expect(stepLabel(currentStep(after)!)).toBe('The music room');
    expect(stepLabel(currentStep(newRunState())!)).toBe('1. Hallway');
    expect(stepLabel({ kind: 'ending' })).toBe('The ending');
  });

  it('every interlude step exists; a chapter not in this build is reported in words, never started blank', () => {
    for (const step of CAMPAIGN) if (step.kind === 'interlude') expect(interludeById(step.interludeId), step.interludeId).toBeDefined();
    expect(stepProblem({ kind: 'chapter', chapterId: 'hallway' })).toBeNull();
    expect(stepProblem({ kind: 'ending' })).toBeNull();
    // A fake registry: the cafeteria registered, the closet not.
    const only = (ids: string[]) => (id: string) => (ids.includes(id) ? chapterById('hallway') : undefined);
    expect(stepProblem({ kind: 'chapter', chapterId: 'cafeteria' }, only(['cafeteria']))).toBeNull();
    expect(stepProblem({ kind: 'chapter', chapterId: 'closet' }, only(['cafeteria']))).toMatch(/closet.*not in this version.*saved/);
    expect(stepProblem({ kind: 'interlude', interludeId: 'nowhere' })).toMatch(/not in this version/);
  });

  it('a run saved at step 1 before the votes existed (the music room) is at the first vote', () => {
    const old = { ...newRunState(), step: 1, cast: { 'da-som': { alive: true, withGroup: true, bitten: false } } };
    expect(currentStep(old)).toEqual({ kind: 'interlude', interludeId: 'after-hallway' });
    expect(interludeById('music-room')?.id).toBe('after-hallway');
  });

  it('a won chapter adds its notes once and brings the rescued classmates into the group; allies lost in it are dead', () => {
    const run = { ...newRunState(), notesFound: ['baek-1'] };
    const after = advance(run, { chapterId: 'hallway', notesFound: ['baek-1', 'baek-2'], rescues: ['Da-som'] });
    expect(after.notesFound).toEqual(['baek-1', 'baek-2']);
    expect(after.cast).toEqual({ 'da-som': { alive: true, withGroup: true, bitten: false } });
    // The run given in is not changed (a pure function).
    expect(run.step).toBe(0);
    expect(run.cast).toEqual({});
    const roof = { ...after, step: 6 };
    const lost = advance(roof, { chapterId: 'rooftop', notesFound: [], rescues: [], lost: ['da-som'] });
    expect(lost.cast['da-som']).toEqual({ alive: false, withGroup: false, bitten: false });
    expect(currentStep(lost)).toEqual({ kind: 'ending' });
  });

  it("winning a chapter that is not the run's step (a replay) changes nothing", () => {
    const atInterlude = advance(newRunState(), won);
    const replayed = advance(atInterlude, { chapterId: 'hallway', notesFound: ['baek-9'], rescues: ['Gu-ho'] });
    expect(replayed).toEqual(atInterlude);
    expect(advance(newRunState(), { chapterId: 'cafeteria', notesFound: [], rescues: [] })).toEqual(newRunState());
  });

  it('finishing an interlude applies the arrival and the vote, then goes on to the next step', () => {
    const atInterlude = advance(newRunState(), won);
    const { run, ended } = finishInterlude(atInterlude, 'open');
    expect(ended).toBe(false);
    expect(currentStep(run)).toEqual({ kind: 'chapter', chapterId: 'cafeteria' });
    expect(run.votes).toEqual({ door: 'open' });
    expect(groupLine(run)).toBe('With you: Da-som, Seo-yeon, Tae-min, Gu-ho and Ji-an.');
    expect(() => finishInterlude(atInterlude, 'keep')).toThrow(/not an option/);
    // Leaving the campaign's last interlude of a shorter campaign ends the story so far there.
    const short: CampaignStep[] = CAMPAIGN.slice(0, 2);
    expect(hasNextStep(atInterlude, short)).toBe(false);
    expect(finishInterlude(atInterlude, 'shut', short).ended).toBe(true);
    expect(leaveInterlude(atInterlude, short).run).toEqual(atInterlude);
    expect(currentStep({ ...atInterlude, step: CAMPAIGN.length })).toBeNull();
  });
});
