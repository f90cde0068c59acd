import { describe, expect, it } from 'vitest';
import { InputRouter, type UiAction, type UiSource } from '../../src/input/inputRouter';
import { defaultBindings, rebind } from '../../src/input/bindings';
import { PAD } from '../../src/input/gamepadMapper';
import { emptyIntent } from '../../src/sim/intent';

function router() {
  const r = new InputRouter(defaultBindings());
  const ui: Array<[UiAction, UiSource]> = [];
  r.onUi((a, s) => ui.push([a, s]));
  return { r, ui, sample: () => r.sample(emptyIntent()) };
}

describe('InputRouter', () => {
  it('keyboard movement arrives in the sampled intent and stops on key up', () => {
    const { r, sample } = router();
    expect(r.keyDown('KeyD', false)).toBe(true);
    expect(sample().moveX).toBe(1);
    r.keyUp('KeyD');
    expect(sample().moveX).toBe(0);
  });

  it('pause and mute are UI actions, not intent, and key repeat does not re-pause', () => {
    const { r, ui, sample } = router();
    r.keyDown('Escape', false);
    r.keyDown('Escape', true);
    r.keyDown('KeyM', false);
    expect(ui).toEqual([
      ['pause', 'keyboard'],
      ['mute', 'keyboard'],
    ]);
    expect(sample()).toEqual(emptyIntent());
  });

  it('unbound keys are left to the browser', () => {
    expect(router().r.keyDown('F5', false)).toBe(false);
  });

  it('rebinding applies to the next sample', () => {
    const { r, sample } = router();
    r.setBindings(rebind(defaultBindings(), 'moveUp', 0, 'KeyI').bindings);
    r.keyDown('KeyI', false);
    expect(sample().moveY).toBe(-1);
    r.keyUp('KeyI');
    r.keyDown('KeyW', false);
    expect(sample().moveY).toBe(0);
  });

  it('captures the next key for the settings screen instead of the game', () => {
    const { r, ui, sample } = router();
    const got: string[] = [];
    r.captureNextKey((c) => got.push(c));
    r.keyDown('Escape', false);
    expect(got).toEqual(['Escape']);
    expect(ui).toEqual([]);
    expect(sample()).toEqual(emptyIntent());
  });

  it('mouse aims from the player towards the pointer and the left button sprays', () => {
    const { r, sample } = router();
    r.aimOrigin = () => ({ x: 400, y: 300 });
    r.mouseMove(400, 100);
    const i = sample();
    expect(i.aimX).toBe(0);
    expect(i.aimY).toBe(-200);
    r.mouseButton(true, 500, 300);
    expect(sample()).toMatchObject({ spray: true, aimX: 100, aimY: 0 });
    r.mouseButton(false, 500, 300);
    expect(sample().spray).toBe(false);
  });

  it('a click shorter than a tick still sprays for one tick', () => {
    const { r, sample } = router();
    r.mouseButton(true, 0, 0);
    r.mouseButton(false, 0, 0);
    expect(sample().spray).toBe(true);
    expect(sample().spray).toBe(false);
  });

  it('keyboard-only play after a stray mouse nudge returns to aiming where you face', () => {
    const { r, sample } = router();
    r.aimOrigin = () => ({ x: 0, y: 0 });
    r.mouseMove(50, 0);
    r.keyDown('KeyS', false);
    for (let t = 0; t < 200; t++) sample();
    expect(sample()).toMatchObject({ aimX: 0, aimY: 0, moveY: 1 });
  });

  it('touch: stick moves while the spray button sprays and aims (two fingers at once)', () => {
    const { r, sample } = router();
    r.stick.down(1, 100, 500);
    r.stick.move(1, 100 + r.stick.radius, 500);
    r.sprayPad.down(2, 600, 500);
    r.sprayPad.move(2, 600, 400);
    const i = sample();
    expect(i.moveX).toBeCloseTo(1);
    expect(i.run).toBe(true);
    expect(i.spray).toBe(true);
    expect(i.aimY).toBeCloseTo(-1);
  });

  it('gamepad: stick, buttons, and Start pauses once', () => {
    const { r, ui, sample } = router();
    const buttons = new Array<number>(17).fill(0);
    buttons[PAD.rt] = 1;
    buttons[PAD.start] = 1;
    r.gamepad({ axes: [0, 1, 1, 0], buttons });
    r.gamepad({ axes: [0, 1, 1, 0], buttons });
    expect(ui).toEqual([['pause', 'gamepad']]);
    expect(sample()).toMatchObject({ moveY: 1, aimX: 1, spray: true });
  });

  it('devices add up but never exceed full speed', () => {
    const { r, sample } = router();
    r.keyDown('KeyD', false);
    r.gamepad({ axes: [1, 0, 0, 0], buttons: [] });
    const i = sample();
    expect(Math.hypot(i.moveX, i.moveY)).toBeLessThanOrEqual(1);
  });

  it('leaving the page releases everything held and asks for a pause', () => {
    const { r, ui, sample } = router();
    r.keyDown('KeyW', false);
    r.keyDown('Space', false);
    r.stick.down(1, 0, 0);
    r.stick.move(1, 100, 0);
    r.mouseButton(true, 0, 0);
    r.pageLeft('hidden');
    expect(ui).toEqual([['pause', 'hidden']]);
    expect(sample()).toEqual(emptyIntent());
  });

  it('counts every interact press between two ticks: 6 quick presses are 6, then 0', () => {
    const { r, sample } = router();
    for (let n = 0; n < 6; n++) {
      r.keyDown('KeyE', false);
      r.keyDown('KeyE', true); // key repeat is not a press
      r.keyUp('KeyE');
    }
    expect(sample()).toMatchObject({ interact: true, interactPresses: 6 });
    expect(sample()).toMatchObject({ interact: false, interactPresses: 0 });
  });

  it('a press held across ticks counts once, and presses from every device add up', () => {
    const { r, sample } = router();
    r.keyDown('KeyE', false);
    expect(sample().interactPresses).toBe(1);
    expect(sample()).toMatchObject({ interact: true, interactPresses: 0 });
    r.keyUp('KeyE');
    const up = new Array<number>(17).fill(0);
    const a = new Array<number>(17).fill(0);
    a[PAD.a] = 1;
    r.gamepad({ axes: [0, 0, 0, 0], buttons: a });
    r.gamepad({ axes: [0, 0, 0, 0], buttons: up });
    r.gamepad({ axes: [0, 0, 0, 0], buttons: a });
    r.interactButton.down(7);
    r.interactButton.up(7);
    r.interactButton.down(8);
    expect(sample().interactPresses).toBe(4);
  });
});

describe('the phone on every device (chapter 3)', () => {
  it('keys: F taps the flashlight for one tick, B holds the breath while down, 1-3 pick a reply once', () => {
    const { r, sample } = router();
    expect(r.keyDown('KeyF', false)).toBe(true);
    r.keyUp('KeyF');
    expect(sample().flashlight).toBe(true);
    expect(sample().flashlight).toBe(false);
    r.keyDown('KeyB', false);
    expect(sample().holdBreath).toBe(true);
    expect(sample().holdBreath).toBe(true);
    r.keyUp('KeyB');
    expect(sample().holdBreath).toBe(false);
    r.keyDown('Digit2', false);
    expect(sample().reply).toBe(2);
    // Held or repeating, it was one reply.
    r.keyDown('Digit2', true);
    expect(sample().reply).toBe(0);
  });

  it('a key the player bound to an action keeps that action', () => {
    const { r, sample } = router();
    r.setBindings(rebind(defaultBindings(), 'interact', 0, 'KeyF').bindings);
    r.keyDown('KeyF', false);
    const i = sample();
    expect(i.interact).toBe(true);
    expect(i.flashlight).toBe(false);
  });

  it('touch and mouse: the phone panel buttons', () => {
    const { r, sample } = router();
    r.phoneButton('reply3');
    r.phoneButton('flashlight');
    const i = sample();
    expect(i.reply).toBe(3);
    expect(i.flashlight).toBe(true);
    r.holdBreathButton(true);
    expect(sample().holdBreath).toBe(true);
    r.holdBreathButton(false);
    expect(sample().holdBreath).toBe(false);
  });

  it('gamepad: LT holds the breath, Y toggles the flashlight, the d-pad picks a reply on the press', () => {
    const { r, sample } = router();
    const pad = (pressed: number[], lt = 0) => {
      const buttons: number[] = Array.from({ length: 17 }, (_, k) => (pressed.includes(k) ? 1 : 0));
      buttons[PAD.lt] = lt;
      return { axes: [0, 0, 0, 0], buttons };
    };
    r.gamepad(pad([PAD.y, PAD.up], 0.8));
    const i = sample();
    expect(i.flashlight).toBe(true);
    expect(i.holdBreath).toBe(true);
    expect(i.reply).toBe(2);
    r.gamepad(pad([PAD.up], 0.1));
    const j = sample();
    expect(j.reply).toBe(0);
    expect(j.holdBreath).toBe(false);
    expect(j.flashlight).toBe(false);
  });

  it('gamepad: while the chat asks, the d-pad picks replies and does not move the player; the stick still does', () => {
    const { r, sample } = router();
    let asking = true;
    r.phoneAsking = () => asking;
    const pad = (pressed: number[], stickX = 0) => ({ axes: [stickX, 0, 0, 0], buttons: Array.from({ length: 17 }, (_, k) => (pressed.includes(k) ? 1 : 0)) });
    r.gamepad(pad([PAD.left]));
    const i = sample();
    expect(i.reply).toBe(1);
    expect(i.moveX).toBe(0);
    r.gamepad(pad([PAD.left], 0.9));
    expect(sample().moveX).toBeGreaterThan(0.5);
    // No question open: the d-pad walks again.
    asking = false;
    r.gamepad(pad([PAD.right]));
    expect(sample().moveX).toBe(1);
  });
});
