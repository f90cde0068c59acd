import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { stepChapter } from '../../src/chapters/beats';
import { CAFETERIA, CAFETERIA_NEEDED, cafeteriaWorldOptions, hallUp, stillUp } from '../../src/chapters/cafeteria';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { findAlly, lootCarried, lootCarriedByAllies, objectiveProgress } from '../../src/chapters/script';
import { playChapter } from '../../src/bots/chapterRun';
import { advance } from '../../src/campaign/campaign';
import { newRunState } from '../../src/campaign/runState';
import { biteAlly as biteSurvivor, inADoorway } from '../../src/sim/allies';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { ItemState, alliesBitten } from '../../src/sim/objects';
import { LOOT, SNACK_RAID, TAE_MIN, TICK_RATE, Variant } from '../../src/sim/tuning';
import { InfectedState } from '../../src/sim/horde';
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
    // The first trip (through the hall and the kitchen doors and back): the wait on the stairs after it is the longest part.
    playChapter(CAFETERIA, level, 3, 'normal', 'survivor', {
      limitSeconds: 120,
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

  /** Seed 5 with the whole hall standing about and two snacks in hand, handed in on the stairs (the tick of the hand-in). */
  function handIn(): World {
    const w = cafeteria(false, 5);
    teleport(w, 30.5, 11.5);
    pickUp(w, 2);
    w.extinguisher.pressure = 0.1;
    w.player.grabsTaken = 2;
    for (let i = 0; i < w.horde.count; i++) w.horde.asleep[i] = 0;
    teleport(w, level.playerStart.x, level.playerStart.y);
    for (let t = 0; t < 10; t++) {
      stepChapter(w, emptyIntent(), beats);
      if (w.events.some((e) => e.type === 'beat' && e.name === 'loadIn')) return w;
    }
    throw new Error('the load was not handed in');
  }
  const onLanding = (_w: World, p: { x: number; y: number } | null): boolean => p !== null && pointInRect(p.x, p.y, { x: 1, y: 26, w: 14, h: 3 });
  const doorOpen = (w: World, name: string): boolean => w.doors[w.level.doors.findIndex((d) => d.name === name)]!.open;

  it('a load handed in gives a full extinguisher and a grab back, and the hall stirs then: a clatter, the doors shut, wait on the stairs', () => {
    const w = handIn();
    expect(w.extinguisher.pressure).toBe(1);
    expect(w.player.grabsTaken).toBe(1);
    // The stir comes with the hand-in, not on the way back down (the passage used to skip it).
    expect(w.events.some((e) => e.type === 'beat' && e.name === 'hallStirs')).toBe(true);
    expect(w.events.some((e) => e.type === 'noise' && e.source === 'throw')).toBe(true);
    expect(hallUp(w)).toBe(true);
    for (let t = 0; t < TICK_RATE; t++) stepChapter(w, emptyIntent(), beats);
    expect(stillUp(w)).toBeGreaterThan(5);
    // The HUD says wait (with the count), the marker holds on the stairs, the bot's plan waits there.
    expect(CAFETERIA.objective!(w)).toMatch(new RegExp(`wait on the stairs \\(${stillUp(w)} up\\)`));
    expect(onLanding(w, CAFETERIA.objectiveTarget!(w))).toBe(true);
    expect(onLanding(w, CAFETERIA.botWait!(w))).toBe(true);
    // The group holds the landing's doors shut: nothing wanders or runs in on the wait.
    expect(doorOpen(w, 'stairs')).toBe(false);
    expect(doorOpen(w, 'service passage')).toBe(false);
    expect(w.doors.find((d) => d.x === 7 && d.y === 25)!.hp).toBeGreaterThanOrEqual(SNACK_RAID.heldDoorHp);
    // Once per load: standing on the stairs does not clatter again.
    stepChapter(w, emptyIntent(), beats);
    expect(w.events.some((e) => e.type === 'beat' && e.name === 'hallStirs')).toBe(false);
  });

  it('waiting on the stairs, they sit back down one by one after a quiet spell, and the hall is quiet within about a minute', () => {
    const w = handIn();
    // Bitten on the way back (the story's beat), Tae-min fills the wait.
    biteSurvivor(w, findAlly(w, 'tae-min')!.survivor, TAE_MIN.turnSeconds);
    w.script.flags['bitten'] = true;
    const counts: number[] = [];
    let quietAt = -1;
    let lines = 0;
    for (let t = 1; t <= 120 * TICK_RATE && quietAt < 0; t++) {
      stepChapter(w, emptyIntent(), beats);
      if (t % TICK_RATE === 0) counts.push(stillUp(w));
      if (w.events.some((e) => e.type === 'beat' && e.name === 'hallQuiet')) quietAt = t / TICK_RATE;
      lines += w.events.filter((e) => e.type === 'beat' && e.name === 'taeMinWaitJoke').length;
    }
    expect(lines).toBeGreaterThanOrEqual(2);
    // Nobody sits down in the first quiet seconds...
    expect(Math.min(...counts.slice(0, SNACK_RAID.settleQuietSeconds - 1))).toBeGreaterThanOrEqual(counts[0]! - 1);
    // ...then a few at a time, not all at once (at least four steps down)...
    const drops = counts.filter((c, k) => k > 0 && c < counts[k - 1]!).length;
    expect(drops).toBeGreaterThanOrEqual(4);
    // ...and the hall is quiet again within the minute or so the wait is meant to last.
    expect(quietAt).toBeGreaterThan(30);
    expect(quietAt).toBeLessThan(90);
    expect(stillUp(w)).toBe(0);
    expect(hallUp(w)).toBe(false);
    // The HUD stops saying wait, the marker goes on, the passage door is open again.
    expect(CAFETERIA.objective!(w)).not.toMatch(/wait/i);
    expect(onLanding(w, CAFETERIA.objectiveTarget!(w))).toBe(false);
    expect(CAFETERIA.botWait!(w)).toBeNull();
    expect(doorOpen(w, 'service passage')).toBe(true);
  });

  it('a cheerleader hammering on the hall door sits down too, so the hall goes quiet (Normal seed 2: she hammered for ever, waking the rest)', () => {
    const w = handIn();
    const h = w.horde;
    const cheerleader = Array.from({ length: h.count }, (_, i) => i).find((i) => h.variant[i] === Variant.Cheerleader)!;
    expect(cheerleader).toBeGreaterThanOrEqual(0);
    // She followed the player down and hammers on the hall's door to the stairs.
    h.x[cheerleader] = h.prevX[cheerleader] = 7.5;
    h.y[cheerleader] = h.prevY[cheerleader] = 24.6;
    h.state[cheerleader] = InfectedState.Search;
    h.searchLooking[cheerleader] = 0;
    h.hasTarget[cheerleader] = 1;
    h.targetX[cheerleader] = 8.5;
    h.targetY[cheerleader] = 27.5;
    let bashed = false;
    let quietAt = -1;
    for (let t = 1; t <= 150 * TICK_RATE && quietAt < 0; t++) {
      stepChapter(w, emptyIntent(), beats);
      if (h.state[cheerleader] === InfectedState.Bash) bashed = true;
      if (w.events.some((e) => e.type === 'beat' && e.name === 'hallQuiet')) quietAt = t / TICK_RATE;
    }
    expect(bashed).toBe(true);
    expect(quietAt).toBeGreaterThan(0);
    expect(quietAt).toBeLessThan(120);
    // Nobody is left hammering on the landing's doors once the hall is called quiet.
    for (let i = 0; i < h.count; i++) expect(h.state[i] === InfectedState.Bash && h.hunter[i] === 0).toBe(false);
    expect(h.asleep[cheerleader]).toBe(1);
  });

  it('when the hall is quiet the group eases the passage door open: one asleep right behind it sleeps on (Story seed 10: the door\'s noise woke two)', () => {
    const w = handIn();
    const h = w.horde;
    // One that hammered on the passage door and sat down right behind it.
    const i = Array.from({ length: h.count }, (_, k) => k).find((k) => h.variant[k] === Variant.Sprinter)!;
    h.x[i] = h.prevX[i] = 16.6;
    h.y[i] = h.prevY[i] = 27.5;
    h.state[i] = InfectedState.Idle;
    h.asleep[i] = 1;
    h.hasTarget[i] = 0;
    let quietAt = -1;
    for (let t = 1; t <= 120 * TICK_RATE && quietAt < 0; t++) {
      if (h.asleep[i] === 0) break;
      stepChapter(w, emptyIntent(), beats);
      if (w.events.some((e) => e.type === 'beat' && e.name === 'hallQuiet')) quietAt = t;
    }
    expect(quietAt).toBeGreaterThan(0);
    expect(doorOpen(w, 'service passage')).toBe(true);
    for (let t = 0; t < TICK_RATE; t++) stepChapter(w, emptyIntent(), beats);
    expect(h.asleep[i]).toBe(1);
  });

  it('the player may go while the hall is up: a door opened from the landing stays open (the group lets them go)', () => {
    const w = handIn();
    for (let t = 0; t < TICK_RATE; t++) stepChapter(w, emptyIntent(), beats);
    const k = w.level.doors.findIndex((d) => d.name === 'service passage');
    // Stand by the passage door and press use on it.
    teleport(w, 14.5, 27.5);
    stepChapter(w, { ...emptyIntent(), interact: true, aimX: 1, aimY: 0 }, beats);
    expect(w.doors[k]!.open).toBe(true);
    for (let t = 0; t < TICK_RATE; t++) stepChapter(w, emptyIntent(), beats);
    expect(w.doors[k]!.open).toBe(true);
  });

  it('the marker keeps its leg round the passage: a step back from the east leg does not send it back to the foot (Story seed 7 stood there for minutes)', () => {
    const w = cafeteria(true, 7);
    const foot = { x: 61.5, y: 25.5 };
    // Along the long leg, the marker leads to the foot of the east leg (the way round).
    teleport(w, 50.5, 27.5);
    stepChapter(w, emptyIntent(), beats);
    expect(CAFETERIA.objectiveTarget!(w)).toEqual(foot);
    // At the foot it leads on to the kitchen's snack...
    teleport(w, 61.4, 25.6);
    stepChapter(w, emptyIntent(), beats);
    const snack = CAFETERIA.objectiveTarget!(w);
    expect(snack).not.toEqual(foot);
    // ...and a step back over the row boundary (round two awake at the service door) keeps it so.
    teleport(w, 61.4, 26.2);
    stepChapter(w, emptyIntent(), beats);
    expect(CAFETERIA.objectiveTarget!(w)).toEqual(snack);
    // Back in the hall, a new trip: the way round is the plan again.
    teleport(w, 10.5, 22.5);
    stepChapter(w, emptyIntent(), beats);
    teleport(w, 50.5, 27.5);
    stepChapter(w, emptyIntent(), beats);
    expect(CAFETERIA.objectiveTarget!(w)).toEqual(foot);
  });

  it('bitten by the horde before the story beat, Tae-min turns in the closet as the story says, not half a minute later on the stairs', () => {
    const w = cafeteria();
    const k = findAlly(w, 'tae-min')!.survivor;
    // As the horde's grab does within a step: the bite's event, then the chapter's beats.
    w.events.length = 0;
    biteSurvivor(w, k, 30, 1);
    beats!(w);
    expect(w.events.some((e) => e.type === 'beat' && e.name === 'taeMinBitten')).toBe(true);
    expect(findAlly(w, 'tae-min')!.turnSecondsLeft).toBeGreaterThan(TAE_MIN.turnSeconds - 1);
    for (let t = 0; t < 40 * TICK_RATE; t++) stepChapter(w, emptyIntent(), beats);
    expect(findAlly(w, 'tae-min')?.state).toBe('bitten');
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


describe('Nightmare in the cafeteria: hard, not hopeless', () => {
  /** The survivor bot's first `seconds` on seed 1: the director's waves, and who hammers on the kitchen's east door when. */
  function opening(difficulty: 'normal' | 'nightmare', seconds: number) {
    const waves: number[] = [];
    const hammering = new Set<number>();
    let brokenAt = Infinity;
    let budget = 0;
    playChapter(CAFETERIA, level, 1, difficulty, 'survivor', {
      limitSeconds: seconds,
      onTick: (_i, w) => {
        budget = w.director.budget;
        for (const e of w.events) {
          if (e.type === 'directorSpawn') waves.push(e.count);
          const name = 'door' in e ? w.level.doors[e.door]?.name : undefined;
          if (e.type === 'doorBashed' && name === 'kitchen east') hammering.add(e.agent);
          if (e.type === 'doorBroken' && name === 'kitchen east') brokenAt = Math.min(brokenAt, w.tick / TICK_RATE);
        }
      },
    });
    return { waves, hammering: hammering.size, brokenAt, budget };
  }

  it("the director's second wave is a lone sprinter, so the kitchen's east door holds past 30 s (three broke it at 29.5 s and woke the hall)", () => {
    const nightmare = opening('nightmare', 40);
    // Seed 1's second wave comes up inside the kitchen, behind the player in the passage.
    expect(nightmare.waves).toEqual([3, 1]);
    expect(nightmare.hammering).toBe(1);
    expect(nightmare.brokenAt).toBeGreaterThan(30);
    // Never easier than Normal: the same hunters, and the rest of Nightmare on top.
    expect(nightmare.budget).toBeGreaterThanOrEqual(opening('normal', 1).budget);
    expect(opening('normal', 40).waves).toEqual(nightmare.waves);
  });
});
