import { DIFFICULTIES, type Difficulty } from '../save/settings';
import { HORDE } from '../sim/tuning';
import type { WorldOptions } from '../sim/world';
import { crowdFor } from './crowd';

/**
 * The options a chapter's World is created with: the chapter's own (e.g. chapter 1 starts
 * without an extinguisher), the difficulty chosen in the settings unless the URL overrides
 * it (`?difficulty=story|normal|nightmare`, for tests and play-testers), `?peaceful=1` (no
 * infected: tours, the bot's walk-through e2e) and `?extinguisher=1` (start holding one,
 * for tests that spray at once). `?crowd=N` (benchmarks) makes room in the horde for N
 * extra chasers, which ChapterScene then spawns round the player (src/game/crowd.ts).
 */
export function worldOptionsFor(search: string, settingsDifficulty: Difficulty, chapter: WorldOptions = {}): WorldOptions {
  const params = new URLSearchParams(search);
  const asked = params.get('difficulty');
  const difficulty = (DIFFICULTIES as readonly string[]).includes(asked ?? '') ? (asked as Difficulty) : settingsDifficulty;
  const options: WorldOptions = { ...chapter, difficulty, peaceful: params.get('peaceful') === '1' };
  if (params.get('extinguisher') === '1') options.startWithExtinguisher = true;
  const crowd = crowdFor(search);
  if (crowd > 0) options.hordeCapacity = HORDE.capacity + crowd;
  return options;
}
