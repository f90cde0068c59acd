import type { RunState } from '../campaign/runState';

/**
 * The ink variables a story may declare, and their values for a run: the campaign's
 * flags as ink sees them. A story declares only those it reads (VAR with_da_som = false);
 * the runner sets each declared one from the run before the first line, so the text can
 * say who is in the room, what was voted and how many of Mr. Baek's notes were found.
 *
 *   with_<id>    alive and with the group (ids with '_': with_da_som, with_ji_an, ...)
 *   alive_<id>   not dead or turned (someone never met counts as alive)
 *   bitten_<id>  bitten and not yet turned
 *   vote_door, vote_tae_min, vote_gu_ho   the option chosen, "" before the vote
 *   notes_found  how many notes this run has found
 *   resentment   someone holds leaving Tae-min against Joon
 */
export const STORY_CAST = ['seo-yeon', 'ji-an', 'tae-min', 'gu-ho', 'da-som', 'mr-baek'] as const;
export const STORY_VOTES = ['door', 'tae-min', 'gu-ho'] as const;

export const inkName = (id: string): string => id.replaceAll('-', '_');

export function inkVariables(run: Readonly<RunState>): Record<string, string | number | boolean> {
  const vars: Record<string, string | number | boolean> = {};
  for (const id of STORY_CAST) {
    const c = run.cast[id];
    vars[`with_${inkName(id)}`] = !!c && c.alive && c.withGroup;
    vars[`alive_${inkName(id)}`] = c ? c.alive : true;
    vars[`bitten_${inkName(id)}`] = !!c && c.alive && c.bitten;
  }
  for (const vote of STORY_VOTES) vars[`vote_${inkName(vote)}`] = run.votes[vote] ?? '';
  vars.notes_found = run.notesFound.length;
  vars.resentment = run.flags.resentment === true;
  return vars;
}
