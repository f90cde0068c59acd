import { loadChapterMap } from '../levels/chapterMaps';
import type { LevelData } from '../sim/level';
import { ChapterScene } from './ChapterScene';
import { SceneKey } from './keys';

/** Chapter 1, "The Bell": from classroom 2-3 to the east stairwell. */
export class HallwayScene extends ChapterScene {
  constructor() {
    super(SceneKey.Hallway);
  }

  /** The authored Tiled map (src/levels/maps/hallway.tmj); a broken map shows the error panel. */
  protected buildLevel(): LevelData {
    return loadChapterMap('hallway');
  }

  protected override objective(): string {
    return this.world.status === 'won' ? 'You made it to the stairwell.' : 'Get out of 2-3 and reach the east stairwell.';
  }
}
