import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIONS, codeToAction, defaultBindings, findConflicts, keyLabel, rebind, unbind, type Action } from '../../src/input/bindings';

describe('default bindings', () => {
  it('use physical key positions for WASD + arrows, Shift, C, Space, E, Q, Esc/P, M', () => {
    const b = defaultBindings();
    expect(b.moveUp).toEqual(['KeyW', 'ArrowUp']);
    expect(b.moveLeft).toEqual(['KeyA', 'ArrowLeft']);
    expect(b.run).toContain('ShiftLeft');
    expect(b.sneak).toEqual(['KeyC']);
    expect(b.spray).toEqual(['Space']);
    expect(b.interact).toEqual(['KeyE']);
    expect(b.throw).toEqual(['KeyQ']);
    expect(b.pause).toEqual(['Escape', 'KeyP']);
    expect(b.mute).toEqual(['KeyM']);
  });

  it('have no conflicts and give every action a key', () => {
    const b = defaultBindings();
    expect(findConflicts(b)).toEqual([]);
    for (const a of ACTIONS) expect(b[a].length).toBeGreaterThan(0);
  });

  it('are a fresh copy each time', () => {
    const a = defaultBindings();
    a.moveUp.push('KeyZ');
    expect(defaultBindings().moveUp).toEqual(['KeyW', 'ArrowUp']);
  });
});

describe('rebind', () => {
  it('binds a free key to an action without touching the input', () => {
    const b = defaultBindings();
    const r = rebind(b, 'moveUp', 0, 'KeyI');
    expect(r.bindings.moveUp).toEqual(['KeyI', 'ArrowUp']);
    expect(r.displaced).toBeNull();
    expect(r.message).toBe('');
    expect(b.moveUp).toEqual(['KeyW', 'ArrowUp']);
    expect(codeToAction(r.bindings).get('KeyI')).toBe('moveUp');
    expect(codeToAction(r.bindings).has('KeyW')).toBe(false);
  });

  it('reports a conflict and swaps keys with the action that had it', () => {
    const r = rebind(defaultBindings(), 'sneak', 0, 'KeyE');
    expect(r.displaced).toBe('interact');
    expect(r.swappedIn).toBe('KeyC');
    expect(r.bindings.sneak).toEqual(['KeyE']);
    expect(r.bindings.interact).toEqual(['KeyC']);
    expect(r.message).toContain('Use');
    expect(findConflicts(r.bindings)).toEqual([]);
  });

  it('takes the key away when the target slot was empty and says when an action is left keyless', () => {
    const r = rebind(defaultBindings(), 'sneak', 1, 'KeyE');
    expect(r.bindings.sneak).toEqual(['KeyC', 'KeyE']);
    expect(r.bindings.interact).toEqual([]);
    expect(r.message).toContain('Use has no key');
  });

  it('adds a second key, and ignores a key the action already has', () => {
    const b = rebind(defaultBindings(), 'spray', 1, 'KeyF').bindings;
    expect(b.spray).toEqual(['Space', 'KeyF']);
    expect(rebind(b, 'spray', 0, 'KeyF').bindings.spray).toEqual(['Space', 'KeyF']);
  });

  it('never produces conflicts, whatever the sequence of rebinds (property)', () => {
    const codes = ['KeyW', 'KeyA', 'KeyE', 'KeyQ', 'Space', 'ArrowUp', 'KeyZ', 'Escape', 'ShiftLeft', 'KeyM'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ACTIONS), fc.integer({ min: 0, max: 1 }), fc.constantFrom(...codes)), { maxLength: 30 }),
        (steps) => {
          let b = defaultBindings();
          for (const [action, slot, code] of steps) {
            b = rebind(b, action as Action, slot, code).bindings;
            expect(b[action as Action]).toContain(code);
            expect(findConflicts(b)).toEqual([]);
            for (const a of ACTIONS) expect(b[a].length).toBeLessThanOrEqual(2);
          }
        },
      ),
    );
  });

  it('unbind removes one slot', () => {
    expect(unbind(defaultBindings(), 'pause', 1).pause).toEqual(['Escape']);
  });
});

describe('findConflicts', () => {
  it('finds one key used by two actions', () => {
    const b = defaultBindings();
    b.throw = ['KeyE'];
    expect(findConflicts(b)).toEqual([{ code: 'KeyE', actions: ['interact', 'throw'] }]);
  });
});

describe('keyLabel', () => {
  it('shows short names, and the layout label when the browser gives one', () => {
    expect(keyLabel('KeyW')).toBe('W');
    expect(keyLabel('ArrowLeft')).toBe('\u2190');
    expect(keyLabel('Digit3')).toBe('3');
    expect(keyLabel('Escape')).toBe('Esc');
    expect(keyLabel('KeyW', new Map([['KeyW', 'z']]))).toBe('Z');
  });
});
