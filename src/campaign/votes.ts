import { cloneRun } from './cloneRun';
import { castName } from './cast';
import type { CastStatus, RunState } from './runState';

/**
 * The group's three votes and what each option does to the run (the preamble's contract):
 * the next chapters read the result only through their definitions' worldOptions(run).
 *
 *   'door' (after the hallway)      open: Ji-an, bitten early and half-infected, joins the
 *                                   group; shut: she is lost.
 *   'tae-min' (after the cafeteria) keep: he stays, bitten (he turns inside the group's room
 *                                   during the closet chapter); leave: he is left, the group
 *                                   is smaller and run.flags.resentment = true.
 *   'gu-ho' (after the closet)      back: he joins on the rooftop, which starts harder;
 *                                   leave: he is lost.
 */
export const VOTES = {
  door: ['open', 'shut'],
  'tae-min': ['keep', 'leave'],
  'gu-ho': ['back', 'leave'],
} as const satisfies Record<string, readonly string[]>;
export type VoteId = keyof typeof VOTES;
export type VoteOption<V extends VoteId = VoteId> = (typeof VOTES)[V][number];

export function isVoteOption(vote: VoteId, option: string): boolean {
  return (VOTES[vote] as readonly string[]).includes(option);
}

const status = (alive: boolean, withGroup: boolean, bitten: boolean): CastStatus => ({ alive, withGroup, bitten });

/** The run after the group has voted `option` on `vote` (a pure function; the run given is unchanged). */
export function applyVote(run: Readonly<RunState>, vote: VoteId, option: string): RunState {
  if (!isVoteOption(vote, option)) throw new Error(`applyVote: '${option}' is not an option of the '${vote}' vote`);
  const next = cloneRun(run);
  next.votes[vote] = option;
  if (vote === 'door') next.cast['ji-an'] = option === 'open' ? status(true, true, true) : status(false, false, true);
  if (vote === 'tae-min') {
    // Left behind with a bite, he turns somewhere in the east stairwell.
    next.cast['tae-min'] = option === 'keep' ? status(true, true, true) : status(false, false, true);
    if (option === 'leave') next.flags.resentment = true;
  }
  if (vote === 'gu-ho') next.cast['gu-ho'] = option === 'back' ? status(true, true, false) : status(false, false, false);
  return next;
}

/** The vote's outcome in plain words, shown after it (the player may have missed a line of dialogue). */
export function consequenceText(vote: VoteId, option: string): string[] {
  const n = castName;
  switch (`${vote}=${option}`) {
    case 'door=open':
      return [`You opened the door. ${n('ji-an')} is with the group.`, 'She was bitten an hour ago and is half-infected: the infected ignore her, and she fights the hunger.'];
    case 'door=shut':
      return [`You kept the door shut. ${n('ji-an')} is lost.`];
    case 'tae-min=keep':
      return [`${n('tae-min')} stays with the group, bitten.`, 'He will not last the afternoon, and he is inside the barricade with everyone else.'];
    case 'tae-min=leave':
      return [`You left ${n('tae-min')}. The group is smaller.`, 'Someone in it will not forgive you for that.'];
    case 'gu-ho=back':
      return [`You went back for ${n('gu-ho')}. He is with the group on the rooftop.`, 'The rescue cost the barricade: the rooftop starts harder.'];
    case 'gu-ho=leave':
      return [`You left ${n('gu-ho')} on the stairs. He is lost.`];
    default:
      return [];
  }
}
