import * as flow from '../flowfield';
import type { HordeTick } from './tick';

/**
 * Steering by flow field (the rest of steering is inline in hordeUpdate.ts): agents
 * steer at the centre of the next cell of the field toward their target's cell.
 */

// Module-local copies (see hordeUpdate.ts: namespace imports can be getters under tsx).
const { flowFieldFor, flowFieldValid, NO_DIRECTION } = flow;

/**
 * The flow-field step (a direction index, or NO_DIRECTION) from myCell toward tcell,
 * through agent i's cached field slot; asks for the goal's field when the slot is stale.
 */
export function flowDirection(t: HordeTick, i: number, myCell: number, tcell: number): number {
  const fields = t.fields;
  const grid = t.grid;
  let slot = t.fieldSlot[i]!;
  if (!flowFieldValid(fields, grid, slot, tcell)) {
    // When the goal moves, every agent asks for the new field: remember the last answer
    // this tick instead of scanning the cache 10,000 times (same result: a valid slot is
    // the one flowFieldFor would find, and -1 means the build budget is spent for the
    // rest of the tick).
    if (tcell === t.lastGoalCell && (t.lastGoalSlot < 0 || flowFieldValid(fields, grid, t.lastGoalSlot, tcell))) slot = t.lastGoalSlot;
    else {
      slot = flowFieldFor(fields, grid, tcell, t.tick);
      t.lastGoalCell = tcell;
      t.lastGoalSlot = slot;
    }
    t.fieldSlot[i] = slot;
  }
  return slot >= 0 ? fields.dir[slot]![myCell]! : NO_DIRECTION;
}
