import { describe, expect, it } from 'vitest';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { step } from '../../src/sim/step';
import { DIFFICULTY, GRAB, TICK_SECONDS, Variant } from '../../src/sim/tuning';
import { emptyIntent, packIntent, unpackIntent } from '../../src/sim/intent';
import type { World } from '../../src/sim/world';
import { InputRouter } from '../../src/input/inputRouter';
import { defaultBindings } from '../../src/input/bindings';
import { intent, worldFromAscii } from '../helpers';

const CORRIDOR = `
##############################
#P...........................#
#............................#
##############################`;

/** A Normal world where a sprinter has just grabbed the player. */
function grabbed(): World {
  const w = worldFromAscii(CORRIDOR);
  expect(w.difficulty).toBe('normal');
  const i = spawnInfected(w.horde, 2.0, 1.5, Variant.Sprinter);
  w.horde.state[i] = InfectedState.Sprint;
  w.horde.stateTimer[i] = 3;
  w.horde.hasTarget[i] = 1;
  step(w, emptyIntent());
  expect(w.player.grabbedBy).toBe(w.horde.id[i]);
  return w;
}

describe('breaking a grab with presses faster than the tick', () => {
  it('six presses counted in one tick break a grab on Normal', () => {
    const w = grabbed();
    step(w, intent({ interact: true, interactPresses: GRAB.breakPresses }));
    expect(w.player.grabbedBy).toBe(-1);
    expect(w.events.some((e) => e.type === 'grabBroken')).toBe(true);
  });

  it('five presses in one tick are not enough', () => {
    const w = grabbed();
    step(w, intent({ interact: true, interactPresses: GRAB.breakPresses - 1 }));
    expect(w.player.grabbedBy).toBeGreaterThanOrEqual(0);
  });

  it('mashing E at 100 presses a second through the router breaks free within Normal\'s window', () => {
    const w = grabbed();
    const router = new InputRouter(defaultBindings());
    const into = emptyIntent();
    // Key events on a 10 ms clock (down at t, up 4 ms later), samples at 60 Hz: every
    // tick has E latched, so a rising-edge-only sim saw one press in total.
    let nextPress = 0;
    let ticks = 0;
    while (w.player.grabbedBy >= 0 && w.status === 'playing' && ticks < 600) {
      const tickEnd = (ticks + 1) * TICK_SECONDS * 1000;
      for (; nextPress < tickEnd; nextPress += 10) {
        router.keyDown('KeyE', false);
        router.keyUp('KeyE');
      }
      step(w, router.sample(into));
      ticks++;
    }
    expect(w.status).toBe('playing');
    expect(w.player.grabbedBy).toBe(-1);
    expect(ticks * TICK_SECONDS).toBeLessThan(DIFFICULTY.normal.grabBreakSeconds);
  });

  it('an intent without a count still counts its rising edge (old replays, bots)', () => {
    const w = grabbed();
    for (let n = 0; n < GRAB.breakPresses; n++) {
      step(w, { moveX: 0, moveY: 0, aimX: 0, aimY: 0, run: false, sneak: false, spray: false, interact: true, throw: false });
      step(w, emptyIntent());
    }
    expect(w.player.grabbedBy).toBe(-1);
  });
});

describe('the packed intent carries the press count', () => {
  it('round-trips the count next to the button bits', () => {
    const i = intent({ interact: true, interactPresses: 6, throw: true, run: true });
    const packed = packIntent(i);
    expect(packed).toHaveLength(5);
    expect(packed[4] & 31).toBe(1 | 8 | 16);
    expect(unpackIntent(packed)).toEqual(i);
  });

  it('a pack from before the count unpacks to 0 presses, the same intent as before', () => {
    const old: [number, number, number, number, number] = [1, 0, 0, 0, 8];
    expect(unpackIntent(old)).toEqual(intent({ moveX: 1, interact: true, interactPresses: 0 }));
  });

  it('clamps a count beyond what the bits hold', () => {
    expect(unpackIntent(packIntent(intent({ interact: true, interactPresses: 500 }))).interactPresses).toBe(63);
  });
});
