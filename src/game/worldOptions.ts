import { DIFFICULTIES, type Difficulty } from '../save/settings';
import { HORDE } from '../sim/tuning';
import { crowdFor } from './crowd';
import { CAST_NAMES } from '../campaign/cast';
import type { AllySpec, WorldOptions } from '../sim/world';

const ALLY_ROLES: readonly AllySpec['role'][] = ['follower', 'shover', 'archer', 'halfInfected'];
/** More than this many on the URL are ignored (the group's biggest is five with the player). */
const MAX_URL_ALLIES = 4;

/**
 * `?allies=tae-min,ji-an:halfInfected`: cast ids, each with an optional role (follower by
 * default), beside the player's start. Unknown ids and roles are dropped.
 */
export function alliesFromUrl(value: string | null): AllySpec[] {
  if (!value) return [];
  const out: AllySpec[] = [];
  for (const part of value.split(',').slice(0, MAX_URL_ALLIES)) {
    const [id = '', role = 'follower'] = part.trim().split(':');
    if (!Object.hasOwn(CAST_NAMES, id) || !(ALLY_ROLES as readonly string[]).includes(role)) continue;
    out.push({ id, role: role as AllySpec['role'] });
  }
  return out;
}

/**
 * The options a chapter's World is created with: the chapter's own (e.g. chapter 1 starts
 * without an extinguisher), the difficulty chosen in the settings unless the URL overrides
 * it (`?difficulty=story|normal|nightmare`, for tests and play-testers), `?peaceful=1` (no
 * infected: tours, the bot's walk-through e2e) and `?extinguisher=1` (start holding one,
 * for tests that spray at once). `?allies=tae-min` starts the chapter with that ally
 * beside the player (alliesFromUrl: the allies' test entry; it replaces the chapter's own
 * group, and replays do not record it).
 * `?crowd=N` (benchmarks) makes room in the horde for N
 * extra chasers, which ChapterScene then spawns round the player (src/game/crowd.ts).
 */
export function worldOptionsFor(search: string, settingsDifficulty: Difficulty, chapter: WorldOptions = {}): WorldOptions {
  const params = new URLSearchParams(search);
  const asked = params.get('difficulty');
  const difficulty = (DIFFICULTIES as readonly string[]).includes(asked ?? '') ? (asked as Difficulty) : settingsDifficulty;
  const options: WorldOptions = { ...chapter, difficulty, peaceful: params.get('peaceful') === '1' };
  if (params.get('extinguisher') === '1') options.startWithExtinguisher = true;
  const allies = alliesFromUrl(params.get('allies'));
  if (allies.length > 0) options.allies = allies;
  const crowd = crowdFor(search);
  if (crowd > 0) options.hordeCapacity = HORDE.capacity + crowd;
  return options;
}
