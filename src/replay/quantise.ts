import type { Intent } from '../sim/intent';
import { AXIS_UNITS } from './format';

/** Below this aim length the sim aims where the player faces (src/sim/player.ts uses the same 0.01). */
const NO_AIM = 0.01;

/**
 * The form in which the game hands its Intents to the sim (and so to the replay): the
 * movement axes on a 1/256 grid, the aim as a direction on that grid, and no -0.
 * A mouse's aim is pixels from the player and changes with every camera move; as a
 * quantised direction (0.2 deg) it repeats for many ticks, so a replay run-length codes it
 * into a few kilobytes. The sim only ever uses the aim's direction, so nothing a player
 * could notice changes. Changes `i` in place and returns it.
 */
export function quantiseIntent(i: Intent): Intent {
  i.moveX = onGrid(i.moveX);
  i.moveY = onGrid(i.moveY);
  const len = Math.hypot(i.aimX, i.aimY);
  if (len > NO_AIM && Number.isFinite(len)) {
    i.aimX = onGrid(i.aimX / len);
    i.aimY = onGrid(i.aimY / len);
  } else {
    i.aimX = 0;
    i.aimY = 0;
  }
  return i;
}

function onGrid(x: number): number {
  // `+ 0`: Math.round(-0.2) is -0, which JSON cannot carry.
  return Number.isFinite(x) ? Math.round(x * AXIS_UNITS) / AXIS_UNITS + 0 : 0;
}
