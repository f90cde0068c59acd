import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { CLOSET_CHAPTER } from '../../src/chapters/closet';
import { stepChapter } from '../../src/chapters/beats';
import { flag } from '../../src/chapters/script';
import { newRunState, type RunState } from '../../src/campaign/runState';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { reachableFrom, reachedCell, reachedRect } from '../../src/levels/reachability';
import { CLOSET, TICK_RATE } from '../../src/sim/tuning';
import type { World, WorldOptions } from '../../src/sim/world';
import { intent } from '../helpers';

/**
 * Chapter 3 as a player meets it, on fixed seeds: the chat sets the plan, the plan's
 * diversion pulls the corridor's infected away, the plan runs without you when the phone
 * is dead, and the cafeteria's vote reaches this chapter through worldOptions only.
 */
const level = loadChapterMap('closet');

function world(overrides: WorldOptions = {}, run: RunState = newRunState()): World {
  return createChapterWorld(CLOSET_CHAPTER, level, { seed: 5, run, overrides: { difficulty: 'normal', ...overrides } });
}

/** Steps the chapter (sim + beats) with `pick` choosing each tick's intent; collects the beat names. */
function play(w: World, seconds: number, pick: (w: World) => Intent = () => emptyIntent()): string[] {
  const beats: string[] = [];
  for (let t = 0; t < seconds * TICK_RATE && w.status === 'playing'; t++) {
    stepChapter(w, pick(w), CLOSET_CHAPTER.beats, CLOSET_CHAPTER.sightings);
    for (const e of w.events) if (e.type === 'beat') beats.push(e.name);
  }
  return beats;
}

/** Answers whatever the chat asks with reply `n`. */
const answer = (n: number) => (w: World): Intent => (w.phone && w.phone.question !== '' ? intent({ reply: n }) : emptyIntent());

/** The awake infected in the corridor's east half (between the closet and the roof stairs). */
function eastOfCloset(w: World): number {
  const h = w.horde;
  let n = 0;
  for (let i = 0; i < h.count; i++) if (h.asleep[i] === 0 && h.y[i]! >= 6 && h.y[i]! < 8 && h.x[i]! > 13) n++;
  return n;
}

describe('chapter 3, Low Battery', () => {
  it('the map: the closet, the corridor, the lab and the roof stairs, reachable from the start, with both braces and the note', () => {
    expect(level.width).toBe(45);
    const names = level.doors.map((d) => d.name);
    expect(names).toEqual(expect.arrayContaining(['closet', 'lab west', 'lab east', 'roof stairs', 'west stairs', 'janitor']));
    expect(level.items.filter((i) => i.kind === 'loot').map((i) => (i.kind === 'loot' ? i.item : ''))).toEqual(['mop handle', 'tape']);
    // The vent to bang on, banged from inside the closet; its duct ends by the west stairs.
    expect(level.vents).toHaveLength(1);
    expect(level.vents![0]!.far.x).toBeLessThan(6);
    const reach = reachableFrom(level, level.playerStart);
    for (const item of level.items) expect(reachedCell(reach, Math.floor(item.x), Math.floor(item.y))).toBe(true);
    const roof = level.objectives.find((o) => o.id === 'roof')!;
    expect(roof.kind === 'reach' && reachedRect(reach, roof.area)).toBe(true);
    // The west stairs are locked: the only way out is east.
    expect(level.doors.find((d) => d.name === 'west stairs')!.locked).toBe(true);
    // The whole floor is dark but the roof stairs.
    expect(level.dark?.length).toBeGreaterThanOrEqual(4);
    for (const p of ['Supply closet', 'Science lab', 'Roof stairs']) expect(level.plaques.map((q) => q.text)).toContain(p);
  });

  it('the chat asks for the plan; until the diversion the roof stairs do not count', () => {
    const w = world();
    const beats = play(w, CLOSET.questionSeconds + 1);
    expect(beats).toContain('chat_plan');
    expect(w.phone!.replies).toHaveLength(3);
    expect(w.objectives.active[0]).toBe(0);
  });

  it('the fire bell pulls the corridor east of the closet empty (fixed seed)', () => {
    const w = world();
    play(w, CLOSET.questionSeconds + 1, answer(1));
    const before = eastOfCloset(w);
    expect(before).toBeGreaterThanOrEqual(2);
    play(w, CLOSET.bellDelaySeconds + 12, () => emptyIntent());
    expect(flag(w, 'diverted')).toBe(true);
    expect(w.objectives.active[0]).toBe(1);
    expect(eastOfCloset(w)).toBe(0);

    // Without the bell (nobody answers, nobody rings it yet) they are still there at that time.
    const quiet = world();
    play(quiet, CLOSET.questionSeconds + 1 + CLOSET.bellDelaySeconds + 12);
    expect(flag(quiet, 'diverted')).toBeUndefined();
    expect(eastOfCloset(quiet)).toBeGreaterThanOrEqual(2);
  });

  it('with the phone dead the chat shows nothing, and the plan runs without you after the deadline', () => {
    const w = world({ phone: { battery: 0 } });
    const beats = play(w, CLOSET.planDeadlineSeconds + CLOSET.labDelaySeconds + 1, answer(1));
    expect(beats.filter((b) => b.startsWith('chat_'))).toEqual([]);
    expect(flag(w, 'planDefault')).toBe(true);
    expect(beats).toContain('diversion');
  });

  it('the wait is minutes long: the chat tells how the group gets on, and the infected come to the door in turns', () => {
    const w = world();
    // A player who answers "the bell" at once still waits minutes for it.
    const beats = play(w, CLOSET.questionSeconds + CLOSET.bellDelaySeconds - 5, answer(1));
    expect(flag(w, 'diverted')).toBeUndefined();
    expect(beats).toEqual(expect.arrayContaining(['chat_ok_bell', 'chat_progress0', 'chat_progress1', 'chat_countdown']));
    // More than one visit to the door, each heard (the sniff caption) while the player waits.
    expect(beats.filter((b) => b === 'sniff').length).toBeGreaterThanOrEqual(2);
    expect(Number(flag(w, 'visits'))).toBeGreaterThanOrEqual(2);
    play(w, 10);
    expect(flag(w, 'diverted')).toBe(true);
  });

  it('the GO plan: the group says when it is in place, and rings the bell only after GO', () => {
    const w = world();
    play(w, CLOSET.questionSeconds + 1, answer(3));
    const beats = play(w, CLOSET.goReadySeconds + 1);
    expect(beats).toContain('chat_go');
    expect(flag(w, 'diverted')).toBeUndefined();
    play(w, CLOSET.goDelaySeconds + 1, answer(1));
    expect(flag(w, 'diverted')).toBe(true);
  });

  it('when the vote kept bitten Tae-min, he turns in the group\'s room and the chat says so', () => {
    const kept = { ...newRunState(), votes: { 'tae-min': 'keep' } };
    const beats = play(world({}, kept), CLOSET.taeMinTurnSeconds + 1);
    expect(beats).toContain('chat_turned');
    expect(play(world({}, { ...newRunState(), votes: { 'tae-min': 'leave' } }), CLOSET.taeMinTurnSeconds + 1)).not.toContain('chat_turned');
  });
});

describe('the go after the din', () => {
  it('says run only once the coach and the rest have gone past the closet door (seed 9: he was two tiles from it), and still within the din', async () => {
    const { playChapter } = await import('../../src/bots/chapterRun');
    const { closetObjective } = await import('../../src/chapters/closet');
    for (const seed of [9, 1]) {
      let calledAt = -1;
      let dinAt = -1;
      let nearest = Infinity;
      playChapter(CLOSET_CHAPTER, level, seed, 'normal', 'screen', {
        limitSeconds: 260,
        onTick: (_i, w) => {
          if (dinAt < 0 && flag(w, 'diverted') === true) dinAt = w.tick / TICK_RATE;
          if (calledAt >= 0 || !/^Run east/.test(closetObjective(w))) return;
          calledAt = w.tick / TICK_RATE;
          for (let i = 0; i < w.horde.count; i++) if (w.horde.asleep[i] === 0) nearest = Math.min(nearest, Math.hypot(w.horde.x[i]! - 16.5, w.horde.y[i]! - 8.5));
        },
      });
      expect(calledAt, `seed ${seed}`).toBeGreaterThan(0);
      expect(nearest, `seed ${seed}`).toBeGreaterThan(4);
      expect(calledAt - dinAt, `seed ${seed}`).toBeLessThan(CLOSET.dinSeconds);
    }
  });
});
