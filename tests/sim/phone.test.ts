import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import type { LevelData, LevelRect } from '../../src/sim/level';
import { createWorld, type World, type WorldOptions } from '../../src/sim/world';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { step } from '../../src/sim/step';
import { interactionInReach } from '../../src/sim/interact';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { BREATH, DIFFICULTY, DOOR, HORDE, PHONE, REINFORCE, TICK_RATE, Variant } from '../../src/sim/tuning';
import { intent } from '../helpers';

/**
 * Chapter 3's systems as a player notices them: the phone's battery and flashlight, the
 * dark both ways, the breath at the door and the braced door. Driven only through
 * createWorld / step / spawnInfected and read from world fields and events.
 */

function level(map: string, extra: Partial<LevelData> = {}): LevelData {
  return { ...parseAsciiLevel('phone', 'phone', map.trim()), ...extra };
}

function world(map: string, options: WorldOptions = {}, extra: Partial<LevelData> = {}): World {
  return createWorld(level(map, extra), 1, { peaceful: true, phone: { battery: 40 }, ...options });
}

/** Steps `ticks` times with the same intent; returns every event of those ticks. */
function play(w: World, ticks: number, i: Intent = emptyIntent()): World['events'] {
  const all: World['events'] = [];
  for (let t = 0; t < ticks; t++) {
    step(w, i);
    all.push(...w.events);
  }
  return all;
}

const ROOM = `
##########
#P.......#
#........#
##########`;

describe('the phone battery', () => {
  it('drains slowly with the screen on and fast with the flashlight', () => {
    const w = world(ROOM);
    play(w, 10 * TICK_RATE);
    expect(w.phone!.battery).toBeCloseTo(40 - 10 * PHONE.drainPerSecond, 6);
    // One press turns the light on (holding it does not flicker it).
    const events = play(w, 10 * TICK_RATE, intent({ flashlight: true }));
    expect(events.filter((e) => e.type === 'flashlightToggled')).toHaveLength(1);
    expect(w.phone!.flashlight).toBe(true);
    expect(w.phone!.battery).toBeCloseTo(40 - 20 * PHONE.drainPerSecond - 10 * PHONE.flashlightDrainPerSecond, 6);
    // A second press turns it off.
    play(w, 1);
    play(w, 1, intent({ flashlight: true }));
    expect(w.phone!.flashlight).toBe(false);
  });

  it('a reply to the open question costs a message, and only a reply it offers counts', () => {
    const w = world(ROOM);
    w.phone!.question = 'plan';
    w.phone!.replies = ['The bell', 'The alarm'];
    const before = w.phone!.battery;
    expect(play(w, 1, intent({ reply: 3 })).some((e) => e.type === 'phoneReplied')).toBe(false);
    const events = play(w, 1, intent({ reply: 2 }));
    expect(events.find((e) => e.type === 'phoneReplied')).toMatchObject({ question: 'plan', choice: 2, text: 'The alarm' });
    expect(before - w.phone!.battery).toBeCloseTo(PHONE.messageCost + 2 * PHONE.drainPerSecond / TICK_RATE, 6);
    // Answered: the question is closed, a second reply sends nothing.
    expect(play(w, 1, intent({ reply: 1 })).some((e) => e.type === 'phoneReplied')).toBe(false);
  });

  it('at 0 % the phone is dead: the light goes out, the question is gone, presses and replies do nothing', () => {
    const w = world(ROOM, { phone: { battery: 1 } });
    play(w, 1, intent({ flashlight: true }));
    w.phone!.question = 'plan';
    w.phone!.replies = ['Yes'];
    const seconds = 1 / (PHONE.drainPerSecond + PHONE.flashlightDrainPerSecond);
    const events = play(w, Math.ceil(seconds * TICK_RATE) + 2);
    expect(events.filter((e) => e.type === 'phoneDied')).toHaveLength(1);
    expect(w.phone!.battery).toBe(0);
    expect(w.phone!.flashlight).toBe(false);
    expect(w.phone!.question).toBe('');
    const after = [...play(w, 1, intent({ flashlight: true })), ...play(w, 1, intent({ reply: 1 }))];
    expect(after.some((e) => e.type === 'flashlightToggled' || e.type === 'phoneReplied' || e.type === 'phoneDied')).toBe(false);
    expect(w.phone!.flashlight).toBe(false);
  });
});

/** A corridor; the player stands `d` tiles east of an infected at (2.5, 1.5), which looks east. */
function corridor(d: number): string {
  const row = '.'.repeat(1 + d) + 'P' + '.'.repeat(30 - d);
  return ['#'.repeat(row.length + 2), `#${row}#`, `#${'.'.repeat(row.length)}#`, '#'.repeat(row.length + 2)].join('\n');
}
const ALL_DARK: LevelRect[] = [{ x: 0, y: 0, w: 40, h: 4 }];

function alertedWithin(w: World, ticks: number, i: Intent = emptyIntent()): boolean {
  return play(w, ticks, i).some((e) => e.type === 'infectedAlerted');
}

describe('darkness and the flashlight', () => {
  it('in the dark the player does not see an infected a few tiles off that he sees in the light; the beam shows it', () => {
    const d = HORDE.darkSightRange + 2;
    const sighted = (dark: LevelRect[], i: Intent): boolean => {
      const w = world(corridor(d), {}, { dark });
      // It faces away, so it does not notice the player meanwhile.
      spawnInfected(w.horde, 2.5, 1.5, Variant.Sprinter, false, -1, 0);
      return play(w, 5, i).some((e) => e.type === 'variantSighted');
    };
    const faceWest = { aimX: -1, aimY: 0 };
    expect(sighted([], intent(faceWest))).toBe(true);
    expect(sighted(ALL_DARK, intent(faceWest))).toBe(false);
    expect(sighted(ALL_DARK, intent({ ...faceWest, flashlight: true }))).toBe(true);
    // The beam is a cone: pointed the other way it shows nothing behind the player.
    expect(sighted(ALL_DARK, intent({ aimX: 1, aimY: 0, flashlight: true }))).toBe(false);
  });

  it('the flashlight gives the player away from farther than the light of day', () => {
    const lit = DIFFICULTY.normal.sightRange;
    const d = lit + 2;
    expect(d).toBeLessThan(PHONE.litSightRange);
    const watch = (i: Intent, dark: LevelRect[] = ALL_DARK): boolean => {
      const w = world(corridor(d), {}, { dark });
      spawnInfected(w.horde, 2.5, 1.5, Variant.Sprinter, false, 1, 0);
      return alertedWithin(w, TICK_RATE, i);
    };
    expect(watch(emptyIntent())).toBe(false);
    expect(watch(emptyIntent(), [])).toBe(false);
    expect(watch(intent({ flashlight: true }))).toBe(true);
  });

  it('its glow under a closed door brings an infected on the other side to the door', () => {
    const map = `
#########
#...#...#
#.P.D...#
#...#...#
#########`;
    const glow = (i: Intent): boolean => {
      const w = world(map);
      spawnInfected(w.horde, 5.5, 2.5, Variant.Sprinter, false, 0, 1);
      return play(w, TICK_RATE, i).some((e) => e.type === 'glowNoticed') && w.horde.state[0] !== InfectedState.Idle;
    };
    expect(glow(emptyIntent())).toBe(false);
    expect(glow(intent({ flashlight: true }))).toBe(true);
  });
});

// The player one tile inside a closed door, an infected just outside it.
const DOOR_MAP = `
##########
#...#....#
#..PD....#
#...#....#
##########`;

/** An infected just outside the door, looking south (not at the player). */
const outside = (w: World): number => spawnInfected(w.horde, 5.5, 2.5, Variant.Sprinter, false, 0, 1);

describe('breath at the door', () => {
  it('an infected outside the door hears the player breathe, and does not while the breath is held', () => {
    const breathing = world(DOOR_MAP, { breathing: true });
    outside(breathing);
    play(breathing, 2 * TICK_RATE);
    // It heard: it comes to the door (searching there, then bashing it).
    expect(breathing.horde.state[0]).not.toBe(InfectedState.Idle);

    const holding = world(DOOR_MAP, { breathing: true });
    outside(holding);
    const events = play(holding, Math.floor((BREATH.holdSeconds - 1) * TICK_RATE), intent({ holdBreath: true }));
    expect(events.some((e) => e.type === 'noise')).toBe(false);
    expect(holding.horde.state[0]).toBe(InfectedState.Idle);
  });

  it('a held breath runs out: stamina drains, then a gasp the infected hears', () => {
    const w = world(DOOR_MAP, { breathing: true });
    outside(w);
    play(w, 2 * TICK_RATE, intent({ holdBreath: true }));
    expect(w.player.stamina).toBeLessThan(1 - 1.5 / BREATH.holdSeconds);
    let gasps = 0;
    for (let t = 0; t < BREATH.holdSeconds * TICK_RATE && gasps === 0; t++) gasps += play(w, 1, intent({ holdBreath: true })).filter((e) => e.type === 'breathGasp').length;
    expect(gasps).toBe(1);
    // Winded: the breath cannot be held again until stamina comes back.
    play(w, 1, intent({ holdBreath: true }));
    expect(w.player.exhausted).toBe(true);
    expect(w.breath!.held).toBe(false);
    play(w, TICK_RATE, intent({ holdBreath: true }));
    expect(w.horde.state[0]).not.toBe(InfectedState.Idle);
  });

  it('where breathing is not heard (chapter 1) nothing changes', () => {
    const w = world(DOOR_MAP);
    outside(w);
    play(w, 3 * TICK_RATE);
    expect(w.horde.state[0]).toBe(InfectedState.Idle);
    expect(w.breath).toBeNull();
  });
});

describe('bracing the door', () => {
  const mop = { kind: 'loot' as const, item: REINFORCE.items[0]!, x: 3.5, y: 2.5 };

  it('a mop handle from the shelf braces the closed door: more hit points, at the cost of a noise', () => {
    const w = world(DOOR_MAP, {}, { items: [mop] });
    play(w, 1, intent({ moveX: -1 }));
    // Carried now, but with nothing outside the use button still opens the door.
    play(w, 20, intent({ moveX: 1 }));
    expect(interactionInReach(w)?.kind).toBe('open');
    // Something at the door: the use prompt braces instead of opening.
    outside(w);
    expect(interactionInReach(w)?.kind).toBe('reinforce');
    const events = play(w, 1, intent({ interact: true }));
    expect(w.doors[0]!.hp).toBe(DOOR.hp + REINFORCE.hpPerItem);
    expect(w.doors[0]!.open).toBe(false);
    expect(events.find((e) => e.type === 'noise' && e.source === 'reinforce')).toBeTruthy();
    // Used up: the next press opens the door.
    play(w, 1);
    expect(interactionInReach(w)?.kind).toBe('open');
  });

  it('a braced door takes longer to bash down', () => {
    const ticksToBreak = (braced: boolean): number => {
      const w = world(DOOR_MAP, {}, { items: braced ? [mop] : [] });
      // An infected outside that knows where the player is.
      const i = spawnInfected(w.horde, 6.5, 2.5, Variant.Sprinter, false, -1, 0);
      if (braced) {
        play(w, 1, intent({ moveX: -1 }));
        play(w, 20, intent({ moveX: 1 }));
        play(w, 1, intent({ interact: true }));
        expect(w.doors[0]!.hp).toBeGreaterThan(DOOR.hp);
      }
      // Back from the door.
      play(w, 40, intent({ moveX: -1 }));
      w.horde.hunter[i] = 1;
      for (let t = 1; t < 120 * TICK_RATE; t++) {
        step(w, emptyIntent());
        if (w.doors[0]!.broken) return t;
      }
      return Infinity;
    };
    const plain = ticksToBreak(false);
    expect(plain).toBeLessThan(Infinity);
    expect(ticksToBreak(true)).toBeGreaterThan(plain * 1.4);
  });
  it('a door hit earlier, with nothing at it any more, opens again for a player carrying a brace (the way out after the din)', () => {
    const w = world(DOOR_MAP, {}, { items: [mop] });
    play(w, 1, intent({ moveX: -1 }));
    play(w, 20, intent({ moveX: 1 }));
    w.doors[0]!.hp = DOOR.hp - 3;
    expect(interactionInReach(w)?.kind).toBe('open');
  });
});
