import { describe, expect, it } from 'vitest';
import { defaultBindings, rebind } from '../../src/input/bindings';
import { buttonName, interactionPrompt } from '../../src/ui/prompts';
import { worldFromAscii } from '../helpers';

describe('button names in prompts', () => {
  it('name the bound key on a keyboard, and follow a rebind', () => {
    const b = defaultBindings();
    expect(buttonName('interact', 'keyboard', b)).toBe('E');
    const rebound = rebind(b, 'interact', 0, 'KeyF').bindings;
    expect(buttonName('interact', 'keyboard', rebound)).toBe('F');
    expect(buttonName('interact', 'mouse', rebound)).toBe('F');
  });

  it('name the touch button and the pad button on those devices', () => {
    expect(buttonName('interact', 'touch', defaultBindings())).toBe('USE');
    expect(buttonName('interact', 'gamepad', defaultBindings())).toBe('A');
  });

  it('say the action with the button: "E  Open"; a refusal without one', () => {
    const w = worldFromAscii(`
#####
#.D.#
#P..#
#####`);
    const b = defaultBindings();
    expect(interactionPrompt({ kind: 'open', target: 'door', index: 0, x: 2, y: 1 }, w, 'keyboard', b)).toBe('E  Open');
    expect(interactionPrompt({ kind: 'hide', target: 'locker', index: 0, x: 2, y: 1 }, w, 'touch', b)).toBe('USE  Hide');
    expect(interactionPrompt({ kind: 'locked', target: 'door', index: 0, x: 2, y: 1 }, w, 'keyboard', b)).toBe('Locked');
  });
});
