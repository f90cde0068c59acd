import { keyLabel, type Action, type Bindings } from '../input/bindings';
import type { Device } from '../input/inputRouter';
import type { Interaction, InteractionKind } from '../sim/interact';
import type { World } from '../sim/world';

/** The on-screen touch buttons' names (touchControls.ts draws the same words). */
const TOUCH_NAMES: Partial<Record<Action, string>> = { interact: 'USE', spray: 'SPRAY', throw: 'THROW', drop: 'DROP', pause: 'Pause', order: 'ORDERS' };
/** The standard gamepad's buttons for each action (gamepadMapper.ts reads these). */
const PAD_NAMES: Partial<Record<Action, string>> = { interact: 'A', spray: 'RT', throw: 'X', drop: 'R3', run: 'B', sneak: 'LB', pause: 'Start', order: 'Y' };

/**
 * What to call the button for an action on the device the player uses now: the bound
 * key on a keyboard ("E", or whatever it was rebound to), the touch button's word, the
 * pad's button. One name for the action everywhere (prompts, the grab line, help).
 */
export function buttonName(action: Action, device: Device, bindings: Readonly<Bindings>): string {
  if (device === 'touch') return TOUCH_NAMES[action] ?? action;
  if (device === 'gamepad') return PAD_NAMES[action] ?? action;
  const code = bindings[action][0];
  return code ? keyLabel(code) : '(unbound)';
}

const WORDS: Record<InteractionKind, string> = {
  stepOut: 'Step out',
  free: 'Free',
  hide: 'Hide',
  takeExtinguisher: 'Take extinguisher',
  cabinetEmpty: 'Empty cabinet',
  cabinetFull: 'Yours is still full',
  open: 'Open',
  close: 'Close',
  locked: 'Locked',
  vend: 'Empty the machine (loud!)',
  vendingEmpty: 'Sold out',
  reinforce: 'Brace the door',
  bangVent: 'Bang on the vent (loud, far off)',
};

/** The context prompt for what the use button would do: "E Open", "USE Hide", "A Free Da-som". */
export function interactionPrompt(it: Interaction, world: World, device: Device, bindings: Readonly<Bindings>): string {
  let words = WORDS[it.kind];
  if (it.kind === 'free') words = `Free ${world.level.lockers[it.index]?.classmate ?? ''}`.trim();
  // Refusals are shown without a button: pressing would only repeat them.
  if (it.kind === 'cabinetEmpty' || it.kind === 'cabinetFull' || it.kind === 'locked' || it.kind === 'vendingEmpty') return words;
  return `${buttonName('interact', device, bindings)}  ${words}`;
}
