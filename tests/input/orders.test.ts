import { describe, expect, it } from 'vitest';
import { InputRouter } from '../../src/input/inputRouter';
import { ADDED_ACTIONS, defaultBindings, findConflicts, withAddedActions, type Action } from '../../src/input/bindings';
import { PAD } from '../../src/input/gamepadMapper';
import { OrderRadial, ORDER_NAMES, orderName, pressesToReach } from '../../src/input/orderRadial';
import { hitTest, touchLayout } from '../../src/input/touchLayout';
import { emptyIntent } from '../../src/sim/intent';
import { SETTINGS_KEY, defaultSettings, loadSettings } from '../../src/save/settings';
import { buttonName } from '../../src/ui/prompts';
import { step } from '../../src/sim/step';
import { AllyOrder } from '../../src/sim/survivors';
import { groupOrder } from '../../src/view/allyLook';
import { worldWithAllies } from '../view/allyWorld';

/** The order pulses a router sends over `ticks` samples ('x' a press, '.' none). */
function pulses(r: InputRouter, ticks: number, between?: (t: number) => void): string {
  let out = '';
  for (let t = 0; t < ticks; t++) {
    between?.(t);
    out += r.sample(emptyIntent()).order ? 'x' : '.';
  }
  return out;
}

describe('the orders key (Follow / Wait / Hide)', () => {
  it('is R by default, Y on a pad and ORDERS on touch, and conflicts with nothing', () => {
    const b = defaultBindings();
    expect(b.order).toEqual(['KeyR']);
    expect(findConflicts(b)).toEqual([]);
    expect(buttonName('order', 'keyboard', b)).toBe('R');
    expect(buttonName('order', 'gamepad', b)).toBe('Y');
    expect(buttonName('order', 'touch', b)).toBe('ORDERS');
  });

  it('one key press is one order press: a single tick, however long the key is held', () => {
    const r = new InputRouter(defaultBindings());
    r.keyDown('KeyR', false);
    expect(pulses(r, 5, (t) => t > 0 && r.keyDown('KeyR', true))).toBe('x....');
  });

  it('two quick presses arrive as two separate presses (a tick without between them)', () => {
    const r = new InputRouter(defaultBindings());
    r.keyDown('KeyR', false);
    r.keyUp('KeyR');
    r.keyDown('KeyR', false);
    expect(pulses(r, 5)).toBe('x.x..');
  });

  it('the pad presses on Y going down, once per push', () => {
    const r = new InputRouter(defaultBindings());
    const buttons = new Array<number>(17).fill(0);
    buttons[PAD.y] = 1;
    r.gamepad({ axes: [0, 0, 0, 0], buttons });
    r.gamepad({ axes: [0, 0, 0, 0], buttons });
    expect(pulses(r, 4)).toBe('x...');
  });

  it('leaving the page drops presses not yet sent', () => {
    const r = new InputRouter(defaultBindings());
    r.keyDown('KeyR', false);
    r.pageLeft('hidden');
    expect(pulses(r, 3)).toBe('...');
  });
});

describe('the touch radial picks an order directly', () => {
  it('counts the presses from one order to another round the cycle', () => {
    expect(ORDER_NAMES).toEqual(['Follow', 'Wait', 'Hide']);
    expect(pressesToReach(0, 0)).toBe(0);
    expect(pressesToReach(0, 1)).toBe(1);
    expect(pressesToReach(0, 2)).toBe(2);
    expect(pressesToReach(2, 0)).toBe(1);
    expect(pressesToReach(1, 0)).toBe(2);
    expect(orderName(2)).toBe('Hide');
  });

  it('presses until the group is at the chosen order, then stops', () => {
    const r = new InputRouter(defaultBindings());
    // A stand-in for the sim: each press moves the group on by one.
    let group = 0;
    r.groupOrder = () => group;
    r.chooseOrder(2);
    let trace = '';
    for (let t = 0; t < 8; t++) {
      const press = r.sample(emptyIntent()).order;
      trace += press ? 'x' : '.';
      if (press) group = (group + 1) % 3;
    }
    expect(trace).toBe('x.x.....');
    expect(group).toBe(2);
  });

  it('presses nothing without allies, or when the group is already there', () => {
    const r = new InputRouter(defaultBindings());
    r.groupOrder = () => null;
    r.chooseOrder(1);
    expect(pulses(r, 4)).toBe('....');
    r.groupOrder = () => 1;
    r.chooseOrder(1);
    expect(pulses(r, 4)).toBe('....');
  });

  it('gives up after a full turn when the sim does not follow', () => {
    const r = new InputRouter(defaultBindings());
    r.groupOrder = () => 0;
    r.chooseOrder(1);
    expect(pulses(r, 10)).toBe('x.x.......');
  });

  it('tap ORDERS then tap a choice, or slide from ORDERS onto a choice and lift', () => {
    const l = touchLayout(360, 640, { top: 0, right: 0, bottom: 0, left: 0 });
    const radial = new OrderRadial(l.orderChoices);
    const wait = l.orderChoices[1]!;
    // Tap: open, lift on the button (stays open), tap Wait.
    radial.downOnButton(1);
    expect(radial.open).toBe(true);
    expect(radial.up(1, l.buttons.orders.x, l.buttons.orders.y)).toBe(-1);
    expect(radial.open).toBe(true);
    expect(radial.downElsewhere(wait.x, wait.y)).toBe(1);
    expect(radial.open).toBe(false);
    // Slide: down on ORDERS, move onto Hide, lift.
    const hide = l.orderChoices[2]!;
    radial.downOnButton(2);
    radial.move(2, hide.x, hide.y);
    expect(radial.hover).toBe(2);
    expect(radial.up(2, hide.x, hide.y)).toBe(2);
    expect(radial.open).toBe(false);
    // Open, then a tap on the floor picks nothing and closes it.
    radial.downOnButton(3);
    radial.up(3, l.buttons.orders.x, l.buttons.orders.y);
    expect(radial.downElsewhere(20, 400)).toBe(-1);
    expect(radial.open).toBe(false);
    // A second tap on ORDERS closes it too.
    radial.downOnButton(4);
    radial.up(4, l.buttons.orders.x, l.buttons.orders.y);
    radial.downOnButton(5);
    expect(radial.open).toBe(false);
  });

  for (const [w, h] of [
    [360, 640],
    [640, 360],
    [390, 844],
    [844, 390],
    [1280, 720],
  ] as const) {
    it(`${w}x${h}: ORDERS and its choices are on screen, thumb-sized, and cover no other button`, () => {
      const l = touchLayout(w, h, { top: 0, right: 0, bottom: 0, left: 0 });
      const others = (['spray', 'interact', 'throw', 'pause', 'fullscreen'] as const).map((id) => l.buttons[id]);
      for (const c of [l.buttons.orders, ...l.orderChoices]) {
        expect(c.x - c.r).toBeGreaterThanOrEqual(0);
        expect(c.y - c.r).toBeGreaterThanOrEqual(0);
        expect(c.x + c.r).toBeLessThanOrEqual(w);
        expect(c.y + c.r).toBeLessThanOrEqual(h);
        expect(2 * c.r).toBeGreaterThanOrEqual(44);
        for (const o of others) expect(Math.hypot(c.x - o.x, c.y - o.y)).toBeGreaterThan(c.r + o.r);
        // Above the bottom controls and the stick: the thumbs never land on it by accident.
        expect(c.y + c.r).toBeLessThan(l.controlsTop);
      }
      const [a, b, c] = l.orderChoices;
      expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(a!.r + b!.r);
      expect(Math.hypot(b!.x - c!.x, b!.y - c!.y)).toBeGreaterThan(b!.r + c!.r);
      // ORDERS only answers a touch while it shows (with allies).
      const o = l.buttons.orders;
      expect(hitTest(l, o.x, o.y, true, true)).toBe('orders');
      expect(hitTest(l, o.x, o.y, true, false)).not.toBe('orders');
    });
  }
});

describe('settings saved before an action existed', () => {
  const savedWithout = (drop: Action, bindings = defaultBindings()): string => {
    const b: Partial<Record<Action, string[]>> = { ...bindings };
    delete b[drop];
    return JSON.stringify({ ...defaultSettings(), bindings: b });
  };
  const load = (text: string) => loadSettings({ getItem: (k) => (k === SETTINGS_KEY ? text : null), setItem: () => undefined });

  it('still load, with the new action on its default key and no notice', () => {
    expect(ADDED_ACTIONS).toContain('order');
    const r = load(savedWithout('order'));
    expect(r.notice).toBeUndefined();
    expect(r.settings.bindings.order).toEqual(['KeyR']);
  });

  it('leave the new action without a key when the player already uses its default one', () => {
    const mine = defaultBindings();
    mine.throw = ['KeyR'];
    const r = load(savedWithout('order', mine));
    expect(r.notice).toBeUndefined();
    expect(r.settings.bindings.throw).toEqual(['KeyR']);
    expect(r.settings.bindings.order).toEqual([]);
    expect(withAddedActions({ ...mine, order: undefined } as never).order).toEqual([]);
  });

  it('a save missing an action from the first release is still damaged', () => {
    expect(load(savedWithout('spray')).notice).toMatch(/damaged/);
  });
});

describe('orders reach the sim', () => {
  const MAP = `
########
#......#
#.P....#
#......#
########
`;
  it('each R press moves the group on one order, and the touch radial lands on the order picked', () => {
    const { w } = worldWithAllies(MAP, [{ id: 'tae-min' }, { id: 'gu-ho' }]);
    const r = new InputRouter(defaultBindings());
    r.groupOrder = () => groupOrder(w);
    const tick = (n: number) => {
      for (let t = 0; t < n; t++) step(w, r.sample(emptyIntent()));
    };
    expect(groupOrder(w)).toBe(AllyOrder.Follow);
    r.keyDown('KeyR', false);
    tick(3);
    expect(groupOrder(w)).toBe(AllyOrder.Wait);
    // Held down for a second: still one press.
    for (let t = 0; t < 60; t++) {
      r.keyDown('KeyR', true);
      step(w, r.sample(emptyIntent()));
    }
    r.keyUp('KeyR');
    expect(groupOrder(w)).toBe(AllyOrder.Wait);
    // Two quick presses between two ticks: two orders on.
    r.keyDown('KeyR', false);
    r.keyUp('KeyR');
    r.keyDown('KeyR', false);
    r.keyUp('KeyR');
    tick(6);
    expect(groupOrder(w)).toBe(AllyOrder.Follow);
    // The radial: Hide from Follow is two presses, Wait from Hide one more round the cycle.
    r.chooseOrder(AllyOrder.Hide);
    tick(8);
    expect(groupOrder(w)).toBe(AllyOrder.Hide);
    r.chooseOrder(AllyOrder.Wait);
    tick(8);
    expect(groupOrder(w)).toBe(AllyOrder.Wait);
    expect(w.survivors.order[2]).toBe(AllyOrder.Wait);
  });
});
