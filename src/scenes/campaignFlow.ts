import type * as Phaser from 'phaser';
import { currentStep, stepProblem } from '../campaign/campaign';
import type { RunState } from '../campaign/runState';
import type { ChapterStartData } from './ChapterScene';
import type { InterludeStartData } from './InterludeScene';
import type { StoryCardData } from './StoryCardScene';
import { SceneKey } from './keys';

/**
 * Starts the scene for the run's current step (a chapter, an interlude or the ending),
 * from `from` (which stops); the title when there is no run or it is past the campaign's
 * end. A step this build cannot play (a chapter not registered yet) gets a card that
 * says so, never a blank screen.
 */
export function startStep(from: Phaser.Scene, run: RunState | null): void {
  const step = run ? currentStep(run) : null;
  if (!run || !step) {
    from.scene.start(SceneKey.Title);
    return;
  }
  const problem = stepProblem(step);
  if (problem) from.scene.start(SceneKey.StoryCard, { card: 'missing', run, text: problem } satisfies StoryCardData);
  else if (step.kind === 'chapter') from.scene.start(SceneKey.Chapter, { chapterId: step.chapterId, run } satisfies ChapterStartData);
  else if (step.kind === 'interlude') from.scene.start(SceneKey.Interlude, { interludeId: step.interludeId, run } satisfies InterludeStartData);
  else from.scene.start(SceneKey.StoryCard, { card: 'ending', run } satisfies StoryCardData);
}
