import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import type { LevelData, VentSpec } from '../../src/sim/level';
import { createWorld, type World } from '../../src/sim/world';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { step } from '../../src/sim/step';
import { interactionInReach } from '../../src/sim/interact';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { TICK_RATE, VENT, Variant } from '../../src/sim/tuning';
import { intent } from '../helpers';

/**
 * The closet's vent, as a player uses it: too small to crawl through, loud to bang on. The
 * use key at the grille booms at the duct's far end (the infected there go to look: a
 * diversion of your own, phone or no phone) and more softly in the room; it rings a while
 * before it can be banged again.
 */
// A closet (left) with the vent in its south wall; the duct comes out at the far east end of a corridor.
const MAP = `
##############################
#P...#.......................#
#....D.......................#
##############################`;
const vent: VentSpec = { x: 2, y: 3, front: { x: 2.5, y: 2.5 }, far: { x: 20.5, y: 1.5 }, name: 'vent' };

function world(withVent = true): World {
  const level: LevelData = { ...parseAsciiLevel('vent', 'vent', MAP.trim()), ...(withVent ? { vents: [vent] } : {}) };
  return createWorld(level, 1, { peaceful: true });
}

function play(w: World, ticks: number, i: Intent = emptyIntent()): World['events'] {
  const all: World['events'] = [];
  for (let t = 0; t < ticks; t++) {
    step(w, i);
    all.push(...w.events);
  }
  return all;
}

/** Walks the player onto the grille's front cell, facing it. */
function toVent(w: World): void {
  w.player.x = vent.front.x;
  w.player.y = vent.front.y;
  w.player.facingX = 0;
  w.player.facingY = 1;
}

describe('the vent', () => {
  it('the use key at the grille bangs it: a boom at the far end pulls an idle infected there, a soft one in the room', () => {
    const w = world();
    // An idle sprinter in the corridor, 5 tiles from the duct's end and out of the player's earshot.
    const z = spawnInfected(w.horde, 15.5, 1.5, Variant.Sprinter, false, -1, 0);
    toVent(w);
    expect(interactionInReach(w)?.kind).toBe('bangVent');
    const events = play(w, 1, intent({ interact: true }));
    expect(events.find((e) => e.type === 'ventBanged')).toBeTruthy();
    const noises = events.filter((e) => e.type === 'noise' && e.source === 'vent');
    expect(noises.map((e) => (e.type === 'noise' ? [e.x, e.y, e.loudness] : []))).toEqual([
      [vent.far.x, vent.far.y, VENT.farLoudness],
      [vent.front.x, vent.front.y, VENT.nearLoudness],
    ]);
    play(w, 4 * TICK_RATE);
    // It went to look at the duct's end: east, away from the closet.
    expect(w.horde.state[z]).toBe(InfectedState.Search);
    expect(w.horde.x[z]!).toBeGreaterThan(18);
  });

  it('the boom draws off one hitting the door, as the group\'s din would', () => {
    const w = world();
    toVent(w);
    // A searcher that heard the player inside comes to the closet door and hits it.
    const z = spawnInfected(w.horde, 9.5, 2.5, Variant.Sprinter, false, -1, 0);
    w.horde.state[z] = InfectedState.Search;
    w.horde.targetX[z] = 2.5;
    w.horde.targetY[z] = 2.5;
    w.horde.hasTarget[z] = 1;
    let bashed = false;
    for (let t = 0; t < 20 * TICK_RATE && !bashed; t++) {
      step(w, emptyIntent());
      bashed = w.events.some((e) => e.type === 'doorBashed');
    }
    expect(bashed).toBe(true);
    play(w, 1, intent({ interact: true }));
    const after = play(w, 5 * TICK_RATE);
    expect(after.some((e) => e.type === 'doorBashed')).toBe(false);
    expect(w.horde.x[z]!).toBeGreaterThan(12);
  });

  it('it rings on for a while: banging again at once does nothing', () => {
    const w = world();
    toVent(w);
    play(w, 1, intent({ interact: true }));
    play(w, 1);
    expect(play(w, 1, intent({ interact: true })).some((e) => e.type === 'ventBanged')).toBe(false);
    play(w, VENT.cooldownSeconds * TICK_RATE);
    expect(play(w, 1, intent({ interact: true })).some((e) => e.type === 'ventBanged')).toBe(true);
  });

  it('without a vent on the map the same spot offers nothing to bang (and nothing in the corridor moves)', () => {
    const w = world(false);
    const z = spawnInfected(w.horde, 15.5, 1.5, Variant.Sprinter, false, -1, 0);
    toVent(w);
    expect(interactionInReach(w)?.kind).not.toBe('bangVent');
    play(w, 1, intent({ interact: true }));
    play(w, 4 * TICK_RATE);
    expect(w.horde.x[z]!).toBeLessThan(16.5);
  });
});
