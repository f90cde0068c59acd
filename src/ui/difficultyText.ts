import { DIFFICULTY, type Difficulty } from '../sim/tuning';

/**
 * What a difficulty changes, in a player's words, from the tuning table itself (so the
 * text cannot drift from the numbers): how far the infected see, how long a can sprays,
 * how many grabs you survive, how long the warning before a sprint is.
 */
export function difficultySummary(difficulty: Difficulty): string {
  const d = DIFFICULTY[difficulty];
  return `They see you from ${d.sightRange} tiles · a can sprays ${d.extinguisherSeconds} s · you survive ${d.grabHealth} grabs · ${d.telegraphSeconds} s warning before a sprint`;
}
