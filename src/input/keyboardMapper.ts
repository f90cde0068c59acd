import type { Intent } from '../sim/intent';
import type { Action } from './bindings';

/**
 * Which actions are down this tick, from the held key codes plus the codes pressed (and
 * maybe already released) since the last tick, so a tap shorter than a tick still counts.
 */
export function heldActions(
  codeMap: ReadonlyMap<string, Action>,
  held: Iterable<string>,
  tapped: Iterable<string>,
  out: Set<Action>,
): Set<Action> {
  out.clear();
  for (const code of held) {
    const a = codeMap.get(code);
    if (a) out.add(a);
  }
  for (const code of tapped) {
    const a = codeMap.get(code);
    if (a) out.add(a);
  }
  return out;
}

/**
 * Keyboard part of an Intent: digital movement (diagonals normalised to length 1), run,
 * sneak, spray, interact and throw. Aim stays (0, 0): the mouse, or the facing direction.
 * Opposite keys held together cancel out.
 */
export function keyboardIntent(actions: ReadonlySet<Action>, out: Intent): Intent {
  const x = (actions.has('moveRight') ? 1 : 0) - (actions.has('moveLeft') ? 1 : 0);
  const y = (actions.has('moveDown') ? 1 : 0) - (actions.has('moveUp') ? 1 : 0);
  const len = Math.hypot(x, y);
  out.moveX = len > 0 ? x / len : 0;
  out.moveY = len > 0 ? y / len : 0;
  out.aimX = 0;
  out.aimY = 0;
  out.run = actions.has('run');
  out.sneak = actions.has('sneak');
  out.spray = actions.has('spray');
  out.interact = actions.has('interact');
  out.throw = actions.has('throw');
  out.drop = actions.has('drop');
  return out;
}
