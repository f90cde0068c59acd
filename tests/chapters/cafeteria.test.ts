import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { stepChapter } from '../../src/chapters/beats';
import { CAFETERIA, CAFETERIA_NEEDED, cafeteriaWorldOptions } from '../../src/chapters/cafeteria';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { findAlly, lootCarried, lootCarriedByAllies, objectiveProgress } from '../../src/chapters/script';
import { playChapter } from '../../src/bots/chapterRun';
import { advance } from '../../src/campaign/campaign';
import { newRunState } from '../../src/campaign/runState';
import { inADoorway } from '../../src/sim/allies';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { ItemState, alliesBitten } from '../../src/sim/objects';
import { LOOT, TAE_MIN, TICK_RATE } from '../../src/sim/tuning';
import { pointInRect } from '../../src/sim/level';
import type { World } from '../../src/sim/world';
import { SurvivorState } from '../../src/sim/survivors';
import { hudModel } from '../../src/ui/hudModel';

const level = loadChapterMap('cafeteria');
const beats = CAFETERIA.beats;
const bitesAt = (w: World): boolean => w.events.some((e) => e.type === 'beat' && e.name === 'taeMinBitten');

/** The cafeteria on `seed`, peaceful (no infected, no director) unless told otherwise. */
function cafeteria(peaceful = true, seed = 5): World {
  return createChapterWorld(CAFETERIA, level, { seed, overrides: { peaceful } });
}

/** Puts the player (and Tae-min beside them) at (x, y). */
function teleport(w: World, x: number, y: number): void {
  w.player.x = w.player.prevX = x;
  w.player.y = w.player.prevY = y;
  const s = w.survivors;
  for (let k = 1; k < s.count; k++) {
    s.x[k] = x - 1;
    s.y[k] = y;
  }
}

/** Takes n snacks lying on the floor into the player's hands (as if walked over), through the beats. */
function pickUp(w: World, n: number): void {
  let left = n;
  for (let i = 0; i < w.level.items.length && left > 0; i++) {
    if (w.level.items[i]!.kind !== 'loot' || w.objects.itemTaken[i] !== ItemState.OnFloor) continue;
    w.objects.itemTaken[i] = ItemState.Taken;
    w.events.length = 0;
    w.events.push({ type: 'lootPicked', item: i, loot: 'snack' });
    beats!(w);
    left--;
  }
}

describe('Tae-min in the cafeteria', () => {
  it('comes on the raid (and Ji-an too when the door was opened to her)', () => {
    expect(cafeteriaWorldOptions(newRunState()).allies).toEqual([{ id: 'tae-min', role: 'follower' }]);
    const opened = { ...newRunState(), votes: { door: 'open' }, cast: { 'ji-an': { alive: true, withGroup: true, bitten: true } } };
    expect(cafeteriaWorldOptions(opened).allies?.map((a) => a.id)).toEqual(['tae-min', 'ji-an']);
    const w = cafeteria();
    expect(findAlly(w, 'tae-min')?.state).toBe('ok');
  });

  it('carries two of the snacks you pick up, so your own load is lighter', () => {
    const w = cafeteria();
    pickUp(w, 3);
    expect(lootCarriedByAllies(w)).toBe(TAE_MIN.carries);
    expect(lootCarried(w)).toBe(3 - TAE_MIN.carries);
    // The HUD's LOAD row counts only the player's weight, and says what he carries.
    expect(hudModel(w, { usesPhone: false }).load).toMatchObject({ carried: 1, withAllies: 2, line: `1/${LOOT.armsFull} \u00b7 5% slower  +2 with allies` });
  });

  it('if he turns, the snacks he carried are lost with him: the marker leads back to the food', () => {
    const w = cafeteria();
    // No carry limit here: six found at once (the player holding four).
    w.objects.armsFull = 0;
    pickUp(w, 6);
    expect(lootCarriedByAllies(w)).toBe(TAE_MIN.carries);
    const toStairs = CAFETERIA.objectiveTarget!(w);
    // He turned (a horde bite earlier in the raid ran out): what he held no longer counts as found.
    w.survivors.state[1] = SurvivorState.Turned;
    expect(lootCarriedByAllies(w)).toBe(0);
    expect(CAFETERIA.objectiveTarget!(w)).not.toEqual(toStairs);
    expect(CAFETERIA.objective!(w)).toContain(`${6 - TAE_MIN.carries}/${CAFETERIA_NEEDED}`);
  });

  it('follows through the hall and the kitchen doors and never stands still in a doorway (the survivor bot plays, Normal)', () => {
    const w = createChapterWorld(CAFETERIA, level, { seed: 3, overrides: { difficulty: 'normal' } });
    let still = 0;
    let longestStill = 0;
    let far = 0;
    let ticks = 0;
    playChapter(CAFETERIA, level, 3, 'normal', 'survivor', {
      onTick: (_i, world) => {
        ticks++;
        const s = world.survivors;
        still = s.gait[1] === 0 && inADoorway(world, s.x[1]!, s.y[1]!) ? still + 1 : 0;
        longestStill = Math.max(longestStill, still);
        if (Math.hypot(s.x[1]! - world.player.x, s.y[1]! - world.player.y) > 6) far++;
      },
    });
    expect(w.survivors.count).toBe(2);
    expect(ticks).toBeGreaterThan(20 * TICK_RATE);
    // Never stops in a doorway for more than a moment (a quarter second), so never in the player's way.
    expect(longestStill).toBeLessThan(TICK_RATE / 4);
    // With the player nearly all the way (a sprint can leave him behind for a moment).
    expect(far / ticks).toBeLessThan(0.1);
  });

  it('is bitten mid-joke on the way back at the serving line, not before the first load is found', () => {
    const w = cafeteria();
    const strip = level.triggers.find((t) => t.name === 'way_back_counters')!;
    // Crossing the serving line on the way in does nothing.
    teleport(w, 30.5, 11.5);
    stepChapter(w, emptyIntent(), beats);
    teleport(w, strip.x + 20.5, strip.y + 0.5);
    for (let t = 0; t < 2 * TICK_RATE; t++) stepChapter(w, emptyIntent(), beats);
    expect(findAlly(w, 'tae-min')?.state).toBe('ok');
    // Enough snacks, into the kitchen, then back out through the serving line.
    pickUp(w, CAFETERIA_NEEDED);
    teleport(w, 15.5, 3.5);
    stepChapter(w, emptyIntent(), beats);
    teleport(w, strip.x + 10.5, strip.y + 0.5);
    let joke = -1;
    let bite = -1;
    for (let t = 0; t < 2 * TICK_RATE && bite < 0; t++) {
      stepChapter(w, emptyIntent(), beats);
      if (w.events.some((e) => e.type === 'beat' && e.name === 'taeMinLastJoke')) joke = t;
      if (bitesAt(w)) bite = t;
    }
    expect(joke).toBe(0);
    expect(bite - joke).toBe(Math.round(TAE_MIN.biteMidJokeSeconds * TICK_RATE));
    expect(findAlly(w, 'tae-min')?.state).toBe('bitten');
    expect(alliesBitten(w)).toEqual(['tae-min']);
  });

  it('can be put off by staying in the kitchen, but not past the beat\'s latest time', () => {
    const w = cafeteria();
    teleport(w, 15.5, 3.5);
    pickUp(w, CAFETERIA_NEEDED);
    let bite = -1;
    for (let t = 0; t < (TAE_MIN.biteLatestSeconds + 5) * TICK_RATE && bite < 0; t++) {
      stepChapter(w, emptyIntent(), beats);
      if (bitesAt(w)) bite = t;
    }
    expect(bite).toBeGreaterThan(TAE_MIN.biteLatestSeconds * TICK_RATE - 2);
    expect(bite).toBeLessThan((TAE_MIN.biteLatestSeconds + TAE_MIN.biteMidJokeSeconds) * TICK_RATE + 2);
  });

  it('then follows bitten, his snacks still count, and the win records the bite in the run for the vote', () => {
    // The survivor bot plays; its world is watched through onTick.
    let end: World | null = null;
    let bitten = -1;
    let ticks = 0;
    playChapter(CAFETERIA, level, 3, 'story', 'survivor', {
      onTick: (_i: Intent, world) => {
        ticks++;
        if (bitten < 0 && bitesAt(world)) bitten = ticks;
        end = world;
      },
    });
    const w = end as unknown as World;
    expect(bitten).toBeGreaterThan(0);
    expect(w.status).toBe('won');
    expect(findAlly(w, 'tae-min')?.state).toBe('bitten');
    expect(objectiveProgress(w, 'snacks')).toBeGreaterThanOrEqual(CAFETERIA_NEEDED);
    const run = { ...newRunState(), cast: { 'tae-min': { alive: true, withGroup: true, bitten: false } } };
    const next = advance(run, { chapterId: 'cafeteria', notesFound: [], rescues: [], bitten: alliesBitten(w) }, [{ kind: 'chapter', chapterId: 'cafeteria' }]);
    expect(next.cast['tae-min']).toEqual({ alive: true, withGroup: true, bitten: true });
  });
});

describe('chapter 2 beats', () => {
  it('every trigger in the map has a caption or a part in a beat', () => {
    for (const t of level.triggers) {
      const w = cafeteria();
      teleport(w, t.x + t.w / 2, t.y + t.h / 2);
      stepChapter(w, emptyIntent(), beats);
      const said = w.events.some((e) => e.type === 'beat' && e.name !== 'start');
      if (!t.name.startsWith('way_back')) expect(said, t.name).toBe(true);
    }
  });
});

describe('the raid is trips: arms full, the stairs, the hall between', () => {
  const hallIdle = (w: World): number => {
    let n = 0;
    for (let i = 0; i < w.horde.count; i++) if (w.horde.asleep[i] === 0 && w.horde.y[i]! >= 9 && w.horde.y[i]! < 25) n++;
    return n;
  };

  it('arms full: the marker leads back to the stairs, the HUD line and a caption say so', () => {
    const w = cafeteria();
    teleport(w, 30.5, 11.5);
    // Tae-min takes two; then the player's own arms fill.
    pickUp(w, TAE_MIN.carries + LOOT.armsFull - 1);
    expect(CAFETERIA.objectiveTarget!(w)).not.toEqual(CAFETERIA.objectiveTarget!(cafeteria()));
    pickUp(w, 1);
    expect(lootCarried(w)).toBe(LOOT.armsFull);
    const stairs = level.objectives.find((o) => o.id === 'snacks')!;
    const target = CAFETERIA.objectiveTarget!(w)!;
    expect(stairs.kind === 'collect' && stairs.deliver && pointInRect(target.x, target.y, stairs.deliver)).toBe(true);
    expect(CAFETERIA.objective!(w)).toMatch(/^Arms full: take them up to the stairs/);
    stepChapter(w, emptyIntent(), beats);
    expect(w.events.some((e) => e.type === 'beat' && e.name === 'armsFull')).toBe(false); // once, already told
    expect(w.script.flags['armsFull']).toBe(true);
  });

  it('a load handed in gives a full extinguisher and a grab back; back in the hall, it settles, then a clatter stirs it', () => {
    const w = cafeteria(false, 5);
    teleport(w, 30.5, 11.5);
    pickUp(w, 2);
    w.extinguisher.pressure = 0.1;
    w.player.grabsTaken = 2;
    // Wake the whole hall (standing about, idle), then hand the load in on the stairs.
    for (let i = 0; i < w.horde.count; i++) w.horde.asleep[i] = 0;
    const awake = hallIdle(w);
    teleport(w, level.playerStart.x, level.playerStart.y);
    let loadIn = false;
    for (let t = 0; t < 10 && !loadIn; t++) {
      stepChapter(w, emptyIntent(), beats);
      loadIn = w.events.some((e) => e.type === 'beat' && e.name === 'loadIn');
    }
    expect(loadIn).toBe(true);
    expect(w.extinguisher.pressure).toBe(1);
    expect(w.player.grabsTaken).toBe(1);
    // Down into the hall again: the ones standing about sat back down, then the clatter.
    teleport(w, 10.5, 22.5);
    stepChapter(w, emptyIntent(), beats);
    expect(w.events.some((e) => e.type === 'beat' && e.name === 'hallStirs')).toBe(true);
    expect(w.events.some((e) => e.type === 'noise' && e.source === 'throw')).toBe(true);
    expect(hallIdle(w)).toBeLessThan(awake / 2);
    // Once per load: walking about the hall does not clatter again.
    stepChapter(w, emptyIntent(), beats);
    expect(w.events.some((e) => e.type === 'beat' && e.name === 'hallStirs')).toBe(false);
  });

  it('touching a table the first time says how to slide over it', () => {
    const w = cafeteria();
    // The row of tables south of the stairs end of the hall: walk north into one.
    teleport(w, 6.5, 22.5);
    let told = 0;
    for (let t = 0; t < 2 * TICK_RATE; t++) {
      stepChapter(w, { ...emptyIntent(), moveY: -1 }, beats);
      told += w.events.filter((e) => e.type === 'beat' && e.name === 'tableTip').length;
    }
    expect(told).toBe(1);
  });
});

