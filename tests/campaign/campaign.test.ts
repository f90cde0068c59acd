import { describe, expect, it } from 'vitest';
import { CAMPAIGN, advance, currentStep, hasNextStep, leaveInterlude, stepLabel, type CampaignStep } from '../../src/campaign/campaign';
import { interludeById, interludeText, MUSIC_ROOM } from '../../src/campaign/interludes';
import { newRunState } from '../../src/campaign/runState';
import { chapterById, FIRST_CHAPTER } from '../../src/chapters/registry';

const won = { chapterId: 'hallway', notesFound: ['baek-1'], rescues: ['Da-som'] };

describe('the campaign flow', () => {
  it('starts with chapter 1 and goes to the music room after it', () => {
    expect(currentStep(newRunState())).toEqual({ kind: 'chapter', chapterId: FIRST_CHAPTER });
    const after = advance(newRunState(), won);
    expect(after.step).toBe(1);
    expect(currentStep(after)).toEqual({ kind: 'interlude', interludeId: 'music-room' });
    expect(stepLabel(currentStep(after)!)).toBe('The music room');
    expect(stepLabel(currentStep(newRunState())!)).toBe('1. Hallway');
  });

  it('every step names a chapter or an interlude that exists', () => {
    for (const step of CAMPAIGN) {
      if (step.kind === 'chapter') expect(chapterById(step.chapterId), step.chapterId).toBeDefined();
      else expect(interludeById(step.interludeId), step.interludeId).toBeDefined();
    }
  });

  it('a won chapter adds its notes once and brings the rescued classmates into the group', () => {
    const run = { ...newRunState(), notesFound: ['baek-1'] };
    const after = advance(run, { chapterId: 'hallway', notesFound: ['baek-1', 'baek-2'], rescues: ['Da-som'] });
    expect(after.notesFound).toEqual(['baek-1', 'baek-2']);
    expect(after.cast).toEqual({ 'da-som': { alive: true, withGroup: true, bitten: false } });
    // The run given in is not changed (a pure function).
    expect(run.step).toBe(0);
    expect(run.cast).toEqual({});
  });

  it('winning a chapter that is not the run\'s step (a replay) changes nothing', () => {
    const atInterlude = advance(newRunState(), won);
    const replayed = advance(atInterlude, { chapterId: 'hallway', notesFound: ['baek-9'], rescues: ['Gu-ho'] });
    expect(replayed).toEqual(atInterlude);
    expect(advance(newRunState(), { chapterId: 'cafeteria', notesFound: [], rescues: [] })).toEqual(newRunState());
  });

  it('ends honestly after the music room: no next step, the run stays there and the scene says the story goes on later', () => {
    const atInterlude = advance(newRunState(), won);
    expect(hasNextStep(atInterlude)).toBe(false);
    const left = leaveInterlude(atInterlude);
    expect(left.ended).toBe(true);
    expect(left.run).toEqual(atInterlude);
    const text = interludeText(MUSIC_ROOM, atInterlude, !hasNextStep(atInterlude));
    expect(text.ending).toMatch(/later version/);
    // A run past every step is no run in progress.
    expect(currentStep({ ...atInterlude, step: CAMPAIGN.length })).toBeNull();
  });

  it('leaving an interlude with a step after it goes on to that step', () => {
    const steps: CampaignStep[] = [...CAMPAIGN, { kind: 'chapter', chapterId: 'cafeteria' }];
    const atInterlude = advance(newRunState(), won, steps);
    const left = leaveInterlude(atInterlude, steps);
    expect(left.ended).toBe(false);
    expect(currentStep(left.run, steps)).toEqual({ kind: 'chapter', chapterId: 'cafeteria' });
    expect(interludeText(MUSIC_ROOM, atInterlude, !hasNextStep(atInterlude, steps)).ending).toBeNull();
  });

  it('the interlude says who is with the group, from the run', () => {
    const alone = interludeText(MUSIC_ROOM, advance(newRunState(), { ...won, rescues: [] }), true);
    expect(alone.group).toBe('You made it here alone.');
    expect(alone.paragraphs.join(' ')).toMatch(/you just sit/);
    const run = advance(newRunState(), won);
    run.cast['tae-min'] = { alive: true, withGroup: true, bitten: true };
    run.cast['gu-ho'] = { alive: true, withGroup: false, bitten: false };
    run.cast['ji-an'] = { alive: false, withGroup: true, bitten: true };
    const text = interludeText(MUSIC_ROOM, run, true);
    expect(text.group).toBe('With you: Da-som and Tae-min.');
    expect(text.paragraphs.join(' ')).toMatch(/nobody talks/);
    expect(text.notes).toBe("Mr. Baek's notes found: 1.");
  });
});
