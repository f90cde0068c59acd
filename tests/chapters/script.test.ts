import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld, type World, type WorldOptions } from '../../src/sim/world';
import type { LevelData, ObjectiveSpec } from '../../src/sim/level';
import { stepChapter, type ChapterBeats } from '../../src/chapters/beats';
import {
  activateObjective,
  addObjective,
  breakDoor,
  caption,
  closeDoor,
  completeObjective,
  doorNamed,
  flag,
  makeNoise,
  objectiveIsOpen,
  openDoor,
  playerCanSee,
  sendWave,
  setFlag,
  spawnPointNearestExit,
  triggerFired,
} from '../../src/chapters/script';
import { cloneWorld } from '../../src/sim/snapshot';
import { hashWorld } from '../../src/sim/worldHash';
import { TICK_RATE } from '../../src/sim/tuning';
import { InfectedState } from '../../src/sim/horde';
import { emptyIntent } from '../../src/sim/intent';

// A hall (the player's side, west) and a stairwell behind the lab door (east), with the
// exit at its top; two spawn points, one in the hall in sight of the player, one up the stairs.
const MAP = `
################
#P.....s.#.....#
#........D...s.#
#........#....X#
################`;

function level(extra: Partial<LevelData> = {}): LevelData {
  const base = parseAsciiLevel('script', 'script', MAP.trim());
  return {
    ...base,
    doors: base.doors.map((d) => ({ ...d, name: 'lab' })),
    triggers: [{ name: 'alarm', x: 4, y: 1, w: 1, h: 3, once: true }],
    ...extra,
  };
}

function world(extra: Partial<LevelData> = {}, options: WorldOptions = {}): World {
  return createWorld(level(extra), 1, options);
}

function standAt(w: World, x: number, y: number): void {
  w.player.x = w.player.prevX = x;
  w.player.y = w.player.prevY = y;
}

describe('the script facade: doors', () => {
  it('doorNamed finds a door by its authored name; breakDoor smashes it open for good', () => {
    const w = world();
    expect(doorNamed(w, 'lab')).toMatchObject({ x: 9, y: 2, open: false, broken: false });
    expect(doorNamed(w, 'gym')).toBeNull();
    expect(breakDoor(w, 'gym')).toBeNull();
    const d = breakDoor(w, 'lab');
    expect(d).toMatchObject({ broken: true, open: true });
    expect(w.events.map((e) => e.type)).toEqual(expect.arrayContaining(['doorBroken', 'noise']));
    expect(w.grid.solid[2 * w.grid.width + 9]).toBe(0);
    expect(closeDoor(w, 'lab')).toBe(false); // broken doors stay open
  });

  it('openDoor and closeDoor; a door never shuts on someone standing in it', () => {
    const w = world();
    expect(openDoor(w, 'lab')).toBe(true);
    expect(doorNamed(w, 'lab')!.open).toBe(true);
    standAt(w, 9.5, 2.5);
    expect(closeDoor(w, 'lab')).toBe(false);
    expect(doorNamed(w, 'lab')!.open).toBe(true);
    standAt(w, 2.5, 2.5);
    expect(closeDoor(w, 'lab')).toBe(true);
    expect(doorNamed(w, 'lab')!.open).toBe(false);
    expect(w.events.map((e) => e.type)).toEqual(expect.arrayContaining(['doorOpened', 'doorClosed']));
  });
});

describe('the script facade: noise, waves, sight', () => {
  it('makeNoise is heard like any other noise (an event and the hearing queue)', () => {
    const w = world();
    makeNoise(w, 3.5, 2.5, 8);
    expect(w.events).toContainEqual({ type: 'noise', x: 3.5, y: 2.5, loudness: 8, source: 'bash' });
    expect(w.noises.count).toBe(1);
  });

  it('playerCanSee: the hall yes, behind the closed lab door no', () => {
    const w = world();
    expect(playerCanSee(w, 7.5, 1.5)).toBe(true);
    expect(playerCanSee(w, 13.5, 2.5)).toBe(false);
  });

  it("sendWave 'nearestExit' comes from the spawn point by the exit the player cannot see, searching toward the player", () => {
    const w = world();
    expect(spawnPointNearestExit(w)).toBe(1);
    expect(sendWave(w, { at: 'nearestExit' }, 3)).toBe(3);
    const h = w.horde;
    expect(h.count).toBe(3);
    for (let i = 0; i < h.count; i++) {
      expect(h.x[i]).toBeGreaterThan(12);
      expect(h.state[i]).toBe(InfectedState.Search);
      expect(h.targetX[i]).toBeCloseTo(w.player.x);
    }
    // With the lab door open the player would watch them come: no spawn point will do.
    const open = world();
    openDoor(open, 'lab');
    expect(playerCanSee(open, 13.5, 2.5)).toBe(true);
    expect(spawnPointNearestExit(open)).toBe(-1);
    expect(sendWave(open, { at: 'nearestExit' }, 3)).toBe(0);
  });

  it('sendWave at a spawn point index or a point; none in a peaceful world', () => {
    const w = world();
    expect(sendWave(w, { at: 0 }, 2)).toBe(2);
    expect(w.horde.x[0]).toBeCloseTo(7.5, 0);
    expect(sendWave(w, { at: { x: 3.5, y: 3.5 } }, 1)).toBe(1);
    expect(w.horde.y[2]).toBeCloseTo(3.5, 0);
    expect(sendWave(w, { at: 7 }, 1)).toBe(0);
    const calm = world({}, { peaceful: true });
    expect(sendWave(calm, { at: 'nearestExit' }, 3)).toBe(0);
    expect(calm.horde.count).toBe(0);
  });
});

describe('the script facade: captions, flags, triggers', () => {
  it('caption pushes a beat with its sound and place', () => {
    const w = world();
    caption(w, 'alarm', 'The fire alarm!', { x: 2, y: 3, sfx: 'doorBash' });
    expect(w.events).toContainEqual({ type: 'beat', name: 'alarm', caption: 'The fire alarm!', x: 2, y: 3, sfx: 'doorBash' });
  });

  it('flags are remembered, survive a checkpoint copy, and change the state hash', () => {
    const w = world();
    const before = hashWorld(w);
    expect(flag(w, 'alarmRung')).toBeUndefined();
    setFlag(w, 'alarmRung');
    setFlag(w, 'waves', 2);
    expect(flag(w, 'alarmRung')).toBe(true);
    expect(hashWorld(w)).not.toBe(before);
    const saved = cloneWorld(w);
    expect(saved.script).not.toBe(w.script);
    expect(saved.script.flags).toEqual({ alarmRung: true, waves: 2 });
    expect(hashWorld(saved)).toBe(hashWorld(w));
    setFlag(w, 'waves', 3);
    expect(flag(saved, 'waves')).toBe(2);
    expect(hashWorld(saved)).not.toBe(hashWorld(w));
  });

  it('triggerFired names the level\'s trigger areas', () => {
    const w = world();
    expect(triggerFired(w, 'alarm')).toBe(false);
    standAt(w, 4.5, 2.5);
    stepChapter(w, emptyIntent(), null);
    expect(triggerFired(w, 'alarm')).toBe(true);
    expect(triggerFired(w, 'nope')).toBe(false);
  });
});

describe('the script facade: objectives from beats', () => {
  const hold: ObjectiveSpec = { id: 'hold', text: 'Hold the stairwell', kind: 'holdOut', seconds: 1, optional: false, startsActive: false, timeLimit: null };
  const reachExit: ObjectiveSpec = { id: 'out', text: 'Get out', kind: 'reach', area: { x: 14, y: 3, w: 1, h: 1 }, optional: false, startsActive: true, timeLimit: null };
  // The alarm trigger starts the hold-out.
  const beats: ChapterBeats = (w) => {
    for (const e of w.events) if (e.type === 'trigger' && e.name === 'alarm') activateObjective(w, 'hold');
  };

  it('a waiting objective is activated by a beat, and then it must be done before the win', () => {
    const w = world({ objectives: [hold] });
    for (let t = 0; t < TICK_RATE * 2; t++) stepChapter(w, emptyIntent(), beats);
    expect(w.status).toBe('playing'); // nothing active yet
    standAt(w, 4.5, 2.5);
    stepChapter(w, emptyIntent(), beats);
    expect(objectiveIsOpen(w, 'hold')).toBe(true);
    for (let t = 0; t < TICK_RATE && w.status === 'playing'; t++) stepChapter(w, emptyIntent(), beats);
    expect(w.status).toBe('won');
  });

  it('addObjective and completeObjective: a beat adds a goal, another calls it done', () => {
    const w = world({ objectives: [reachExit] });
    addObjective(w, { ...hold, startsActive: true, seconds: 60 });
    expect(objectiveIsOpen(w, 'hold')).toBe(true);
    standAt(w, 14.5, 3.5);
    stepChapter(w, emptyIntent(), null);
    expect(w.status).toBe('playing'); // still holding out
    expect(completeObjective(w, 'hold')).toBe(true);
    expect(w.status).toBe('won');
    expect(completeObjective(w, 'nope')).toBe(false);
  });
});
