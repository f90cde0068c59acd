import type { RunState } from './runState';

/** A deep copy (a RunState is plain data). */
export function cloneRun(run: Readonly<RunState>): RunState {
  return {
    step: run.step,
    votes: { ...run.votes },
    cast: Object.fromEntries(Object.entries(run.cast).map(([id, c]) => [id, { ...c }])),
    items: [...run.items],
    notesFound: [...run.notesFound],
    flags: { ...run.flags },
  };
}
