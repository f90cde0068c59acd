import { hallwayGreybox } from '../levels/hallwayGreybox';
import type { LevelData } from '../sim/level';
import { ChapterScene } from './ChapterScene';
import { SceneKey } from './keys';

/** Chapter 1, "The Bell": from classroom 2-3 to the east stairwell. */
export class HallwayScene extends ChapterScene {
  constructor() {
    super(SceneKey.Hallway);
  }

  protected buildLevel(): LevelData {
    return hallwayGreybox();
  }

  protected override objective(): string {
    return this.world.status === 'won' ? 'You made it to the stairwell.' : 'Get out of 2-3 and reach the east stairwell.';
  }
}
