import { chapterFinds } from '../sim/objects';
import type { World } from '../sim/world';
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
