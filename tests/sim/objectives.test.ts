import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld, type World } from '../../src/sim/world';
import { step } from '../../src/sim/step';
import type { ItemSpec, LevelData, LevelRect, ObjectiveSpec } from '../../src/sim/level';
import type { SimEvent } from '../../src/sim/events';
import { activateObjective, addObjective, completeObjective } from '../../src/sim/objectives';
import { cloneWorld } from '../../src/sim/snapshot';
import { hashWorld } from '../../src/sim/worldHash';
import { TICK_RATE } from '../../src/sim/tuning';
import { emptyIntent } from '../../src/sim/intent';
import { intent, run } from '../helpers';

// A room with two exits (X), snacks (S), a note (N) and a nurse's office (the area B marks).
const MAP = `
############
#P...S.S..X#
#....S.N...#
#.........B#
#.........X#
############`;

const NURSE: LevelRect = { x: 10, y: 3, w: 1, h: 1 };

/** The map's marks as pick-ups: S a snack (loot), N one of Mr. Baek's notes. */
function level(objectives: ObjectiveSpec[], extra: Partial<LevelData> = {}, map = MAP): LevelData {
  const base = parseAsciiLevel('objectives', 'objectives', map.trim());
  const items: ItemSpec[] = [
    ...(base.marks.S ?? []).map((p): ItemSpec => ({ kind: 'loot', item: 'snack', x: p.x, y: p.y })),
    ...(base.marks.N ?? []).map((p): ItemSpec => ({ kind: 'note', note: 'baek-1', x: p.x, y: p.y })),
  ];
  return { ...base, items, objectives, ...extra };
}

const common = { optional: false, startsActive: true, timeLimit: null };
const reach = (id: string, area: LevelRect, more: Partial<ObjectiveSpec> = {}): ObjectiveSpec => ({ ...common, id, text: `Reach ${id}`, kind: 'reach', area, ...more }) as ObjectiveSpec;
const snacks = (count: number, deliver: LevelRect | null = null, more: Partial<ObjectiveSpec> = {}): ObjectiveSpec =>
  ({ ...common, id: 'snacks', text: 'Snacks', kind: 'collect', item: 'snack', count, deliver, ...more }) as ObjectiveSpec;
const holdOut = (seconds: number, more: Partial<ObjectiveSpec> = {}): ObjectiveSpec => ({ ...common, id: 'hold', text: 'Hold out', kind: 'holdOut', seconds, ...more }) as ObjectiveSpec;

function standAt(w: World, x: number, y: number): void {
  w.player.x = w.player.prevX = x;
  w.player.y = w.player.prevY = y;
}

/** Steps once standing still and returns that tick's events. */
function tick(w: World): SimEvent[] {
  step(w, emptyIntent());
  return [...w.events];
}

describe('no authored objectives: the exits', () => {
  it('reaching either exit wins (one implicit reach objective per exit, any of them is the way out)', () => {
    for (const exit of [{ x: 10.5, y: 1.5 }, { x: 10.5, y: 4.5 }]) {
      const w = createWorld(level([]), 1);
      expect(w.objectives.specs.map((s) => s.kind)).toEqual(['reach', 'reach']);
      tick(w);
      expect(w.status).toBe('playing');
      standAt(w, exit.x, exit.y);
      const events = tick(w);
      expect(w.status).toBe('won');
      expect(events.map((e) => e.type)).toContain('reachedExit');
    }
  });

  it('walking to the exit wins on the tick the player enters it', () => {
    const w = createWorld(level([]), 1);
    for (let t = 0; t < TICK_RATE * 5 && w.status === 'playing'; t++) step(w, intent({ moveX: 1 }));
    expect(w.status).toBe('won');
    expect(w.player.x).toBeGreaterThanOrEqual(10);
  });
});

describe('reach', () => {
  it('every required reach must be reached; the exits mean nothing once objectives are authored', () => {
    const w = createWorld(level([reach('office', NURSE), reach('corner', { x: 1, y: 4, w: 1, h: 1 })]), 1);
    standAt(w, 10.5, 1.5); // an exit cell
    tick(w);
    expect(w.status).toBe('playing');
    standAt(w, 10.5, 3.5);
    expect(tick(w)).toContainEqual({ type: 'objectiveCompleted', objective: 0, id: 'office' });
    expect(w.status).toBe('playing');
    standAt(w, 1.5, 4.5);
    tick(w);
    expect(w.status).toBe('won');
  });
});

describe('collect', () => {
  it('counts the snacks picked up and wins on the last one', () => {
    const w = createWorld(level([snacks(3)]), 1);
    standAt(w, 5.5, 1.5);
    expect(tick(w)).toContainEqual({ type: 'objectiveProgress', objective: 0, id: 'snacks', progress: 1, count: 3 });
    standAt(w, 5.5, 2.5);
    tick(w);
    expect(w.objectives.progress[0]).toBe(2);
    // The note is not a snack.
    standAt(w, 7.5, 2.5);
    tick(w);
    expect(w.objectives.progress[0]).toBe(2);
    expect(w.status).toBe('playing');
    standAt(w, 7.5, 1.5);
    const events = tick(w);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['lootPicked', 'objectiveProgress', 'objectiveCompleted']));
    expect(w.status).toBe('won');
  });

  it("'note' counts Mr. Baek's notes", () => {
    const w = createWorld(level([{ ...snacks(1), item: 'note' } as ObjectiveSpec]), 1);
    standAt(w, 7.5, 2.5);
    tick(w);
    expect(w.status).toBe('won');
  });

  it('with deliver, a snack counts only once carried into the area', () => {
    const w = createWorld(level([snacks(2, NURSE)]), 1);
    standAt(w, 5.5, 1.5);
    tick(w);
    standAt(w, 5.5, 2.5);
    tick(w);
    expect(w.objectives.progress[0]).toBe(0);
    expect(w.status).toBe('playing');
    // Walk into the nurse's office carrying both.
    standAt(w, 9.5, 3.5);
    for (let t = 0; t < TICK_RATE && w.status === 'playing'; t++) step(w, intent({ moveX: 1 }));
    expect(w.objectives.progress[0]).toBe(2);
    expect(w.status).toBe('won');
  });

  it('with deliver, walking in empty-handed counts nothing, and later snacks count on the next visit', () => {
    const w = createWorld(level([snacks(3, NURSE)]), 1);
    standAt(w, 10.5, 3.5);
    tick(w);
    expect(w.objectives.progress[0]).toBe(0);
    standAt(w, 5.5, 1.5);
    tick(w);
    standAt(w, 10.5, 3.5);
    tick(w);
    expect(w.objectives.progress[0]).toBe(1);
    expect(w.status).toBe('playing');
  });
});

describe('holdOut and time limits', () => {
  it('holding out wins after the seconds, not a tick before', () => {
    const w = createWorld(level([holdOut(2)]), 1);
    run(w, 2 * TICK_RATE - 1);
    expect(w.status).toBe('playing');
    tick(w);
    expect(w.status).toBe('won');
  });

  it('a time limit run out loses the chapter (timeUp); in time it wins', () => {
    const late = createWorld(level([reach('office', NURSE, { timeLimit: 1 })]), 1);
    run(late, TICK_RATE - 1);
    expect(late.status).toBe('playing');
    const events = tick(late);
    expect(late.status).toBe('lost');
    expect(events).toContainEqual({ type: 'objectiveFailed', objective: 0, id: 'office', cause: 'timeUp' });
    expect(events).toContainEqual({ type: 'chapterLost', cause: 'timeUp' });

    const quick = createWorld(level([reach('office', NURSE, { timeLimit: 1 })]), 1);
    run(quick, TICK_RATE - 2);
    standAt(quick, 10.5, 3.5);
    tick(quick);
    expect(quick.status).toBe('won');
  });
});

describe('optional and waiting objectives', () => {
  it('an optional objective does not block the win, and running out of time on one does not lose', () => {
    const w = createWorld(level([reach('office', NURSE), snacks(3, null, { optional: true, timeLimit: 1 })]), 1);
    run(w, TICK_RATE + 1);
    expect(w.status).toBe('playing');
    expect(w.objectives.failed[1]).toBe(1);
    standAt(w, 10.5, 3.5);
    tick(w);
    expect(w.status).toBe('won');
    expect(w.objectives.complete[1]).toBe(0);
  });

  it('an objective that does not start active waits; activated, it must be done before the win', () => {
    const w = createWorld(level([reach('office', NURSE), snacks(1, null, { startsActive: false })]), 1);
    // Waiting objectives neither count nor tick.
    run(w, 30);
    expect(w.objectives.ticks[1]).toBe(0);
    expect(activateObjective(w, 'snacks')).toBe(true);
    expect(w.events).toContainEqual({ type: 'objectiveActivated', objective: 1, id: 'snacks' });
    expect(activateObjective(w, 'snacks')).toBe(false);
    standAt(w, 10.5, 3.5);
    tick(w);
    expect(w.status).toBe('playing');
    standAt(w, 5.5, 1.5);
    tick(w);
    expect(w.status).toBe('won');
  });

  it('nothing required and active: the chapter is not won by itself', () => {
    const w = createWorld(level([holdOut(1, { startsActive: false })]), 1);
    run(w, TICK_RATE * 3);
    expect(w.status).toBe('playing');
  });

  it('a beat may complete an objective (the win follows) or add one', () => {
    const w = createWorld(level([holdOut(60)]), 1);
    tick(w);
    addObjective(w, reach('office', NURSE));
    expect(() => addObjective(w, reach('office', NURSE))).toThrow(/already exists/);
    expect(completeObjective(w, 'hold')).toBe(true);
    expect(w.status).toBe('playing'); // the added one is still open
    standAt(w, 10.5, 3.5);
    tick(w);
    expect(w.status).toBe('won');
  });
});

describe('protectDoor', () => {
  // The gym door between a heavy and the player, who has to hold out.
  const GYM = `
#################
#.......#.......#
#..H....D....P..#
#.......#.......#
#################`;

  function gym(seconds: number): World {
    const base = level([], {}, GYM);
    const doors = base.doors.map((d) => ({ ...d, name: 'gym' }));
    const w = createWorld({ ...base, doors, objectives: [holdOut(seconds), { ...common, id: 'door', text: 'Keep the gym door shut', kind: 'protectDoor', door: 'gym' }] }, 1);
    w.horde.hunter[0] = 1; // it heard you: it comes for you, through the door
    return w;
  }

  it('the door broken by a heavy loses the chapter (doorBroken), on the tick it breaks', () => {
    const w = gym(60);
    let lost: SimEvent[] = [];
    for (let t = 0; t < TICK_RATE * 30 && w.status === 'playing'; t++) lost = tick(w);
    expect(w.doors[0]!.broken).toBe(true);
    expect(w.status).toBe('lost');
    expect(lost.map((e) => e.type)).toEqual(expect.arrayContaining(['doorBroken', 'objectiveFailed', 'chapterLost']));
    expect(lost).toContainEqual({ type: 'chapterLost', cause: 'doorBroken' });
  });

  it('holding out while the door stands wins, and the door counts as kept', () => {
    const w = gym(1);
    run(w, TICK_RATE);
    expect(w.doors[0]!.broken).toBe(false);
    expect(w.status).toBe('won');
    expect(w.objectives.complete[1]).toBe(1);
  });
});

describe('objective state is world state', () => {
  it('survives cloneWorld (a checkpoint) and is part of the hash', () => {
    const w = createWorld(level([snacks(3)]), 1);
    standAt(w, 5.5, 1.5);
    tick(w);
    const saved = cloneWorld(w);
    expect(saved.objectives.progress[0]).toBe(1);
    expect(saved.objectives.progress).not.toBe(w.objectives.progress);
    expect(hashWorld(saved)).toBe(hashWorld(w));
    w.objectives.progress[0] = 2;
    expect(hashWorld(saved)).not.toBe(hashWorld(w));
  });
});
