import { describe, expect, it } from 'vitest';
import { codeToAction, defaultBindings, rebind, type Action } from '../../src/input/bindings';
import { heldActions, keyboardIntent } from '../../src/input/keyboardMapper';
import { emptyIntent } from '../../src/sim/intent';

function intentFor(held: string[], bindings = defaultBindings(), tapped: string[] = []) {
  const actions = heldActions(codeToAction(bindings), held, tapped, new Set<Action>());
  return keyboardIntent(actions, emptyIntent());
}

describe('keyboard mapping', () => {
  it('WASD and arrows move', () => {
    expect(intentFor(['KeyD'])).toMatchObject({ moveX: 1, moveY: 0 });
    expect(intentFor(['ArrowUp'])).toMatchObject({ moveX: 0, moveY: -1 });
    expect(intentFor(['KeyS'])).toMatchObject({ moveX: 0, moveY: 1 });
    expect(intentFor(['ArrowLeft'])).toMatchObject({ moveX: -1, moveY: 0 });
  });

  it('diagonals are not faster than straight lines', () => {
    const i = intentFor(['KeyW', 'KeyD']);
    expect(Math.hypot(i.moveX, i.moveY)).toBeCloseTo(1, 6);
    expect(i.moveX).toBeGreaterThan(0);
    expect(i.moveY).toBeLessThan(0);
  });

  it('opposite keys cancel out', () => {
    expect(intentFor(['KeyA', 'KeyD'])).toMatchObject({ moveX: 0, moveY: 0 });
  });

  it('Shift runs, C sneaks, Space sprays, E interacts, Q throws; aim stays on facing', () => {
    expect(intentFor(['ShiftLeft', 'KeyW'])).toMatchObject({ run: true, moveY: -1 });
    expect(intentFor(['KeyC'])).toMatchObject({ sneak: true });
    expect(intentFor(['Space'])).toMatchObject({ spray: true, aimX: 0, aimY: 0 });
    expect(intentFor(['KeyE'])).toMatchObject({ interact: true });
    expect(intentFor(['KeyQ'])).toMatchObject({ throw: true });
  });

  it('unbound keys do nothing', () => {
    expect(intentFor(['KeyZ', 'F5'])).toEqual(emptyIntent());
  });

  it('a rebound key moves, and the old key no longer does', () => {
    const b = rebind(defaultBindings(), 'moveRight', 0, 'KeyL').bindings;
    expect(intentFor(['KeyL'], b)).toMatchObject({ moveX: 1 });
    expect(intentFor(['KeyD'], b)).toMatchObject({ moveX: 0 });
  });

  it('a key tapped and released within one tick still counts', () => {
    expect(intentFor([], defaultBindings(), ['KeyE'])).toMatchObject({ interact: true });
  });
});
