import { castIdFor } from './cast';
import type { RunState } from './runState';
import { chapterById } from '../chapters/registry';
import { interludeById } from './interludes';
import { cloneRun } from './cloneRun';
import { applyVote } from './votes';

export { cloneRun };

/**
 * The campaign as a flow: a fixed sequence of steps, each a chapter (src/chapters, by id)
 * or an interlude in the safe room (src/campaign/interludes.ts, by id). A run's `step` is
 * an index into this list. Everything here is pure: the scenes only start what it names.
 */
export type CampaignStep = { kind: 'chapter'; chapterId: string } | { kind: 'interlude'; interludeId: string } | { kind: 'ending' };

/**
 * The four chapters, an interlude with a vote after each of the first three, then the
 * ending the votes and the survivors decide (src/campaign/endings.ts). A run saved at a
 * step keeps its index: step 1 was the music room before the votes and is its interlude
 * still. Chapters are named by id; one not in src/chapters/registry.ts yet is reported
 * by `stepProblem`, never started.
 */
export const CAMPAIGN: readonly CampaignStep[] = [
  { kind: 'chapter', chapterId: 'hallway' },
  { kind: 'interlude', interludeId: 'after-hallway' },
  { kind: 'chapter', chapterId: 'cafeteria' },
  { kind: 'interlude', interludeId: 'after-cafeteria' },
  { kind: 'chapter', chapterId: 'closet' },
  { kind: 'interlude', interludeId: 'after-closet' },
  { kind: 'chapter', chapterId: 'rooftop' },
  { kind: 'ending' },
];

/**
 * Why a step cannot be played in this build (a chapter or interlude it does not have), in
 * words for the player, or null when it can. The flow shows this instead of a blank screen.
 */
export function stepProblem(step: CampaignStep, chapters: (id: string) => unknown = chapterById): string | null {
  if (step.kind === 'chapter' && !chapters(step.chapterId)) {
    return `The next chapter (${step.chapterId}) is not in this version of the game yet. Your run is saved here: Continue on the title brings you back to it when it is.`;
  }
  if (step.kind === 'interlude' && !interludeById(step.interludeId)) {
    return `The next scene (${step.interludeId}) is not in this version of the game. Your run is saved here.`;
  }
  return null;
}

/** The step a run is at, or null when its index is past the campaign's end. */
export function currentStep(run: Readonly<RunState>, steps: readonly CampaignStep[] = CAMPAIGN): CampaignStep | null {
  return Number.isInteger(run.step) && run.step >= 0 ? (steps[run.step] ?? null) : null;
}

/** Whether a step follows the run's current one (false at the last step: the story so far ends there). */
export function hasNextStep(run: Readonly<RunState>, steps: readonly CampaignStep[] = CAMPAIGN): boolean {
  return currentStep(run, steps) !== null && run.step + 1 < steps.length;
}

/** What a won chapter brings into the run. */
export interface ChapterWin {
  chapterId: string;
  /** Ids of Mr. Baek's notes picked up in the chapter. */
  notesFound: readonly string[];
  /** The classmates freed from lockers, as the level names them ('Da-som'); they join the group. */
  rescues: readonly string[];
  /** Cast ids of allies who died in the chapter (the rooftop's fight); absent: nobody. */
  lost?: readonly string[];
  /** Cast ids of allies bitten in the chapter and still with the group (Tae-min in the cafeteria); absent: nobody. */
  bitten?: readonly string[];
}

/**
 * What the run becomes after a chapter is won: the next step, the notes found added (once
 * each), and every rescued classmate with the group, alive and unbitten. A win of a chapter
 * that is not the run's current step (a replay from the chapter list) changes nothing:
 * the run moves only through its own steps, and a replay can never undo a later decision.
 */
export function advance(run: Readonly<RunState>, win: ChapterWin, steps: readonly CampaignStep[] = CAMPAIGN): RunState {
  const step = currentStep(run, steps);
  if (!step || step.kind !== 'chapter' || step.chapterId !== win.chapterId) return cloneRun(run);
  const next = cloneRun(run);
  next.step = run.step + 1;
  for (const note of win.notesFound) if (!next.notesFound.includes(note)) next.notesFound.push(note);
  for (const name of win.rescues) {
    const id = castIdFor(name);
    if (id) next.cast[id] = { alive: true, withGroup: true, bitten: false };
  }
  // Lost even when the run had no entry for them yet (an ally the chapter itself brought).
  for (const id of win.lost ?? []) next.cast[id] = { bitten: next.cast[id]?.bitten ?? false, alive: false, withGroup: false };
  // Bitten and not yet turned: the vote after the chapter is about them.
  for (const id of win.bitten ?? []) next.cast[id] = { ...(next.cast[id] ?? { alive: true, withGroup: true }), bitten: true };
  return next;
}

/**
 * Leaving an interlude: the next step when there is one. At the campaign's last step the
 * run stays where it is (the story so far ends there and the title's Continue comes back
 * to it), and `ended` says so.
 */
export function leaveInterlude(run: Readonly<RunState>, steps: readonly CampaignStep[] = CAMPAIGN): { run: RunState; ended: boolean } {
  const step = currentStep(run, steps);
  if (!step || step.kind !== 'interlude') return { run: cloneRun(run), ended: false };
  if (!hasNextStep(run, steps)) return { run: cloneRun(run), ended: true };
  return { run: { ...cloneRun(run), step: run.step + 1 }, ended: false };
}

/**
 * Leaving an interlude whose vote was cast: the group's arrival, the vote's consequence
 * (src/campaign/votes.ts), then the next step. Pure; the scene saves what it returns.
 */
export function finishInterlude(run: Readonly<RunState>, option: string, steps: readonly CampaignStep[] = CAMPAIGN): { run: RunState; ended: boolean } {
  const step = currentStep(run, steps);
  const def = step?.kind === 'interlude' ? interludeById(step.interludeId) : undefined;
  if (!def) return { run: cloneRun(run), ended: false };
  return leaveInterlude({ ...applyVote(def.arrive(run), def.vote, option), step: run.step }, steps);
}

/** How the title names a step ("1. Hallway", "The music room", "The ending"). */
export function stepLabel(step: CampaignStep): string {
  if (step.kind === 'ending') return 'The ending';
  if (step.kind === 'chapter') {
    const def = chapterById(step.chapterId);
    return def ? `${def.number}. ${def.place}` : `${step.chapterId} (not in this version yet)`;
  }
  return interludeById(step.interludeId)?.place ?? step.interludeId;
}
