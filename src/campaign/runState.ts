/**
 * The state of one campaign run: what the story has decided so far. Chapter definitions
 * derive their world options from it (who is with the group, what is carried over, which
 * door a vote left open), so a vote changes a later chapter through data, never through
 * branching code in the chapter.
 */
export interface RunState {
  /** Index into the campaign's steps (src/campaign/campaign.ts) of the step to play next. */
  step: number;
  /** Vote id -> the option the group chose. */
  votes: Record<string, string>;
  /** Cast member id -> where they stand. Absent members have not met the group yet. */
  cast: Record<string, CastStatus>;
  /** Items carried over into the next chapter (item names, e.g. 'decoy can'). */
  items: string[];
  /** Ids of Mr. Baek's notes found so far in this run. */
  notesFound: string[];
  /** Free-form story flags that beats and interludes set (ink variables later). */
  flags: Record<string, string | number | boolean>;
}

export interface CastStatus {
  alive: boolean;
  /** With the group (false: left behind, lost, or waiting elsewhere). */
  withGroup: boolean;
  /** Bitten and not yet turned (the story decides when). */
  bitten: boolean;
}

/** A run that has just begun: the first step, nothing decided. */
export function newRunState(): RunState {
  return { step: 0, votes: {}, cast: {}, items: [], notesFound: [], flags: {} };
}
