import { DIFFICULTIES, type Difficulty } from '../save/settings';
import type { WorldOptions } from '../sim/world';

/**
 * The options a chapter's World is created with: the difficulty chosen in the settings,
 * unless the URL overrides it (`?difficulty=story|normal|nightmare`, for tests and
 * play-testers), and `?peaceful=1` (no infected: tours, the bot's walk-through e2e).
 */
export function worldOptionsFor(search: string, settingsDifficulty: Difficulty): WorldOptions {
  const params = new URLSearchParams(search);
  const asked = params.get('difficulty');
  const difficulty = (DIFFICULTIES as readonly string[]).includes(asked ?? '') ? (asked as Difficulty) : settingsDifficulty;
  return { difficulty, peaceful: params.get('peaceful') === '1' };
}
