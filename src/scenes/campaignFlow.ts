import type * as Phaser from 'phaser';
import { currentStep } from '../campaign/campaign';
import type { RunState } from '../campaign/runState';
import type { ChapterStartData } from './ChapterScene';
import type { InterludeStartData } from './InterludeScene';
import { SceneKey } from './keys';

/**
 * Starts the scene for the run's current step (a chapter or an interlude), from `from`
 * (which stops); the title when there is no run or it is past the campaign's end.
 */
export function startStep(from: Phaser.Scene, run: RunState | null): void {
  const step = run ? currentStep(run) : null;
  if (!run || !step) from.scene.start(SceneKey.Title);
  else if (step.kind === 'chapter') from.scene.start(SceneKey.Chapter, { chapterId: step.chapterId, run } satisfies ChapterStartData);
  else from.scene.start(SceneKey.Interlude, { interludeId: step.interludeId, run } satisfies InterludeStartData);
}
