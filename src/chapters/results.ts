import { alliesBitten, chapterFinds } from '../sim/objects';
import { SurvivorState } from '../sim/survivors';
import type { World } from '../sim/world';
import type { ChapterWin } from '../campaign/campaign';
import { formatTicks } from '../ui/format';
import type { ChapterRunSummary } from './definition';

/**
 * The end screen's usual result lines: time, grabs, the classmates rescued and the notes
 * found (only when the level has any), retries. `notesLabel` names the notes in the
 * chapter's words ("Lab notes").
 */
export function standardResultLines(world: World, summary: ChapterRunSummary, notesLabel = 'Notes'): string[] {
  const finds = chapterFinds(world);
  const notes = world.level.items.filter((i) => i.kind === 'note').length;
  const classmates = world.level.lockers.filter((l) => l.classmate).length;
  const lines = [`Time ${formatTicks(summary.elapsedTicks)}`, `Grabs ${world.player.grabsTaken}`];
  if (classmates > 0) lines.push(`Rescued ${finds.rescues.length} of ${classmates}${finds.rescues.length ? ` (${finds.rescues.join(', ')})` : ''}`);
  if (notes > 0) lines.push(`${notesLabel} ${finds.notes.length} of ${notes}`);
  lines.push(`Retries ${summary.retries}`);
  return lines;
}

/** Cast ids of allies who turned in the chapter (bitten and the turn came, or the horde's bite ran its course). */
export function alliesLost(world: World): string[] {
  const s = world.survivors;
  const out: string[] = [];
  for (let k = 1; k < s.count; k++) if (s.state[k] === SurvivorState.Turned && s.castId[k]) out.push(s.castId[k]!);
  return out;
}

/**
 * What a won chapter brings into the run (ChapterScene saves it through advance()): the
 * notes and rescues found, the allies bitten and still human, the allies lost (turned).
 */
export function chapterWinOf(chapterId: string, world: World): ChapterWin {
  const finds = chapterFinds(world);
  const lost = alliesLost(world);
  return { chapterId, notesFound: finds.notes, rescues: finds.rescues, bitten: alliesBitten(world), ...(lost.length > 0 ? { lost } : {}) };
}
