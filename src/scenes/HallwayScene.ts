import { loadChapterMap } from '../levels/chapterMaps';
import type { LevelData } from '../sim/level';
import type { WorldOptions } from '../sim/world';
import { ChapterScene } from './ChapterScene';
import { SceneKey } from './keys';
import { HALLWAY_WORLD_OPTIONS, hallwayBeats, hallwayObjective } from '../chapters/hallway';
import type { ChapterBeats } from '../chapters/beats';

/** Chapter 1, "The Bell": from classroom 2-3 to the east stairwell. */
export class HallwayScene extends ChapterScene {
  constructor() {
    super(SceneKey.Hallway);
  }

  /** The authored Tiled map (src/levels/maps/hallway.tmj); a broken map shows the error panel. */
  protected buildLevel(): LevelData {
    return loadChapterMap('hallway');
  }

  protected override beats(): ChapterBeats {
    return hallwayBeats;
  }

  protected override chapterWorldOptions(): WorldOptions {
    return HALLWAY_WORLD_OPTIONS;
  }

  protected override objective(): string {
    return hallwayObjective(this.world);
  }
}
