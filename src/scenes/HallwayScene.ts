import { loadChapterMap } from '../levels/chapterMaps';
import type { LevelData } from '../sim/level';
import { ChapterScene } from './ChapterScene';
import { SceneKey } from './keys';
import { hallwayBeats } from '../chapters/hallway';
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

  protected override objective(): string {
    const w = this.world;
    if (w.status === 'won') return 'You made it to the stairwell.';
    if (w.objects.hidingIn >= 0) return 'Hiding. Press use to step out when it is quiet.';
    const burst = w.level.triggers.findIndex((t) => t.name === 'burst_2_2');
    if (burst >= 0 && w.objects.triggerFired[burst] === 1) return 'Reach the east stairwell. Corners, doors and lockers are your friends.';
    return 'Get out of 2-3 and reach the east stairwell.';
  }
}
