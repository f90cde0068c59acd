import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { stepChapter } from '../../src/chapters/beats';
import { ROOFTOP_CHAPTER, rooftopObjective } from '../../src/chapters/rooftop';
import { newRunState } from '../../src/campaign/runState';
import { biteAlly, doorNamed, findAlly, lootCarried } from '../../src/chapters/script';
import { chapterWinOf } from '../../src/chapters/results';
import { advance, CAMPAIGN } from '../../src/campaign/campaign';
import { ItemState } from '../../src/sim/objects';
import { emptyIntent, type Intent } from '../../src/sim/intent';
import { ALLY_ROLES, DOOR, ROOFTOP, TICK_RATE } from '../../src/sim/tuning';
import type { World } from '../../src/sim/world';
import { reachableFrom, reachedCell, reachedRect } from '../../src/levels/reachability';
import { siegeSegments } from '../../src/sim/siege';
import { Tile } from '../../src/sim/grid';

const level = loadChapterMap('rooftop');

function play(w: World, seconds: number, i: Intent = emptyIntent(), until?: (w: World) => boolean): void {
  for (let t = 0; t < seconds * TICK_RATE && w.status === 'playing'; t++) {
    stepChapter(w, i, ROOFTOP_CHAPTER.beats, ROOFTOP_CHAPTER.sightings);
    if (until?.(w)) return;
  }
}

/** Puts the player out on the roof, in front of the stair door (so the barricade fires), then at a safe spot far from it. */
function outOfTheStairs(w: World): void {
  const d = doorNamed(w, 'stair door')!;
  w.player.x = d.x + 0.5;
  w.player.y = d.y + 1.8;
  play(w, 0.2);
}

describe('chapter 4, the rooftop', () => {
  it('is a roof: a facade on every side over the drop, the stair door, cabinets, the helipad; all reachable from the start', () => {
    const seg = siegeSegments(level);
    expect(seg.count).toBeGreaterThan(12);
    const sides = { w: 0, e: 0, n: 0, s: 0 };
    for (let k = 0; k < seg.count; k++) {
      if (seg.outX[k]! < -0.5) sides.w++;
      if (seg.outX[k]! > 0.5) sides.e++;
      if (seg.outY[k]! < -0.5) sides.n++;
      if (seg.outY[k]! > 0.5) sides.s++;
    }
    expect(Math.min(sides.w, sides.e, sides.n, sides.s)).toBeGreaterThan(1);
    expect(level.doors.map((d) => d.name)).toContain('stair door');
    expect(level.cabinets.length).toBeGreaterThanOrEqual(4);
    const reach = reachableFrom(level, level.playerStart);
    for (const c of level.cabinets) expect(reachedCell(reach, Math.floor(c.front.x), Math.floor(c.front.y))).toBe(true);
    const pad = level.objectives.find((o) => o.id === 'board')!;
    expect(pad.kind).toBe('reach');
    if (pad.kind === 'reach') expect(reachedRect(reach, pad.area)).toBe(true);
    // Every place the objectives name has a plaque.
    expect(level.plaques.map((p) => p.text)).toEqual(expect.arrayContaining(['Stair door', 'Helipad']));
    expect(level.tiles.some((t) => t === Tile.Facade)).toBe(true);
  });

  it('braces the stair door once the player is out; the door holds a while under the waves, then breaks', () => {
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 3, overrides: { difficulty: 'normal' } });
    outOfTheStairs(w);
    const d = doorNamed(w, 'stair door')!;
    expect(d.open).toBe(false);
    expect(d.hp).toBe(ROOFTOP.barricadeHp);
    expect(w.events.length + 1).toBeGreaterThan(0);
    // The player waits by the helipad; nothing else counts here, so no bite ends it early.
    let brokenAt = -1;
    w.player.grabImmunity = 1e9;
    w.player.x = 18.5;
    w.player.y = 20.5;
    let splinteredAt = -1;
    expect(rooftopObjective(w)).toMatch(/Stair door holding/);
    play(w, 170, emptyIntent(), (x) => {
      x.player.grabImmunity = 1e9;
      if (splinteredAt < 0 && x.events.some((e) => e.type === 'beat' && e.name === 'door_splintering')) {
        splinteredAt = x.tick / TICK_RATE;
        expect(rooftopObjective(x)).toMatch(/Stair door splintering/);
      }
      if (x.doors[x.level.doors.findIndex((dd) => dd.name === 'stair door')]!.broken) {
        brokenAt = x.tick / TICK_RATE;
        return true;
      }
      return false;
    });
    // It holds past the first waves up the stairs...
    expect(brokenAt).toBeGreaterThan(ROOFTOP.stairWavesAt[0]! + 10);
    // ...and said it was going before it went: the caption, and the HUD line's word for it.
    expect(splinteredAt).toBeGreaterThan(0);
    expect(brokenAt - splinteredAt).toBeGreaterThan(5);
    expect(rooftopObjective(w)).toMatch(/Stair door broken/);
    // ...and breaks before the helicopter leaves.
    expect(brokenAt).toBeGreaterThan(0);
  });

  it('an unbraced stair door breaks far sooner', () => {
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 3, overrides: { difficulty: 'normal' } });
    // Out of the stairs without passing the door's front: the barricade never happens.
    w.player.x = 18.5;
    w.player.y = 20.5;
    w.player.grabImmunity = 1e9;
    const k = w.level.doors.findIndex((dd) => dd.name === 'stair door');
    let brokenAt = -1;
    play(w, 170, emptyIntent(), (x) => {
      x.player.grabImmunity = 1e9;
      if (x.doors[k]!.broken) {
        brokenAt = x.tick / TICK_RATE;
        return true;
      }
      return false;
    });
    expect(w.doors[k]!.hp).toBeLessThanOrEqual(DOOR.hp);
    expect(brokenAt).toBeGreaterThan(0);
    expect(brokenAt).toBeLessThan(ROOFTOP.stairWavesAt[0]! + 10);
  });

  it('the helicopter lands after the hold-out; standing on the helipad then wins', () => {
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, overrides: { peaceful: true } });
    outOfTheStairs(w);
    expect(rooftopObjective(w)).toMatch(/Helicopter in 2:/);
    w.player.x = 18.5;
    w.player.y = 20.5;
    let landed = false;
    play(w, 200, emptyIntent(), (x) => {
      landed ||= x.events.some((e) => e.type === 'beat' && e.name === 'helicopter');
      return false;
    });
    expect(landed).toBe(true);
    expect(w.status).toBe('won');
  });

  it('the helicopter does not wait: off the pad for its 30 seconds, the chapter is lost (time up)', () => {
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, overrides: { peaceful: true } });
    outOfTheStairs(w);
    play(w, 200);
    expect(w.status).toBe('lost');
    expect(ROOFTOP_CHAPTER.lossTips.timeUp).toMatch(/helicopter/);
  });

  it('Gu-ho brought back (the vote) starts the siege harder: more crowd below at once', () => {
    const back = { ...newRunState(), votes: { 'gu-ho': 'back' } };
    const a = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, run: back });
    const b = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1 });
    play(a, 1);
    play(b, 1);
    const sum = (w: World) => w.siege.crowd.reduce((n, c) => n + c, 0);
    expect(sum(a)).toBeGreaterThan(sum(b) + 500);
    expect(a.siege.ticks).toBeGreaterThan(b.siege.ticks);
  });
});

describe('chapter 4: who comes up on the roof', () => {
  const ids = (w: World) => Array.from({ length: w.survivors.count - 1 }, (_, k) => w.survivors.castId[k + 1]!);
  const withGroup = { alive: true, withGroup: true, bitten: false };

  it('Da-som (archer), Ji-an (half-infected) and Gu-ho (shover, voted back) come from the run', () => {
    const run = { ...newRunState(), cast: { 'da-som': withGroup, 'ji-an': { ...withGroup, bitten: true } }, votes: { 'gu-ho': 'back' } };
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, run });
    expect(ids(w).sort()).toEqual(['da-som', 'gu-ho', 'ji-an']);
    expect(findAlly(w, 'da-som')!.role).toBe('archer');
    expect(findAlly(w, 'ji-an')!.role).toBe('halfInfected');
    expect(findAlly(w, 'gu-ho')!.role).toBe('shover');
  });

  it('nobody the run lost: Da-som dead, Ji-an shut out, Gu-ho left', () => {
    const run = { ...newRunState(), cast: { 'da-som': { ...withGroup, alive: false }, 'ji-an': { ...withGroup, withGroup: false } }, votes: { 'gu-ho': 'leave' } };
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, run });
    expect(ids(w)).toEqual([]);
    // Without Da-som the arrow bundles are not on the roof.
    play(w, 0.1);
    const arrows = w.level.items.map((it, i) => (it.kind === 'loot' && it.item === 'arrows' ? i : -1)).filter((i) => i >= 0);
    expect(arrows.length).toBeGreaterThanOrEqual(2);
    for (const i of arrows) expect(w.objects.itemTaken[i]).toBe(ItemState.Absent);
  });

  it('a bundle of arrows picked up goes to Da-som: she has more to shoot', () => {
    const run = { ...newRunState(), cast: { 'da-som': withGroup } };
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, run, overrides: { peaceful: true } });
    play(w, 0.1);
    const before = findAlly(w, 'da-som')!.arrows;
    const i = w.level.items.findIndex((it) => it.kind === 'loot' && it.item === 'arrows');
    expect(w.objects.itemTaken[i]).toBe(ItemState.OnFloor);
    // The player walks onto the bundle with Da-som at her side.
    const k = findAlly(w, 'da-som')!.survivor;
    w.player.x = w.objects.itemX[i]!;
    w.player.y = w.objects.itemY[i]!;
    w.survivors.x[k] = w.player.x + 1;
    w.survivors.y[k] = w.player.y;
    play(w, 0.1);
    expect(findAlly(w, 'da-som')!.arrows).toBe(before + ROOFTOP.arrowsPerBundle);
    expect(lootCarried(w)).toBe(0);
  });
});

describe('chapter 4: arrows for Da-som', () => {
  it('when she runs low she says so, and the marker and the HUD send the player to a bundle, then to her', () => {
    const run = { ...newRunState(), cast: { 'da-som': { alive: true, withGroup: true, bitten: false } } };
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, run, overrides: { peaceful: true } });
    outOfTheStairs(w);
    const pad = ROOFTOP_CHAPTER.objectiveTarget!(w)!;
    expect(rooftopObjective(w)).toMatch(/^Hold the roof/);
    const k = findAlly(w, 'da-som')!.survivor;
    // She shot her quiver down to the warning (the sim's arrowsLow comes with the last shots).
    w.survivors.arrows[k] = ALLY_ROLES.archer.lowArrows;
    w.events.push({ type: 'arrowsLow', ally: 'da-som', survivor: k, arrows: ALLY_ROLES.archer.lowArrows });
    ROOFTOP_CHAPTER.beats!(w);
    expect(w.events.some((e) => e.type === 'beat' && e.name === 'arrows_low')).toBe(true);
    const bundle = ROOFTOP_CHAPTER.objectiveTarget!(w)!;
    expect(bundle).not.toEqual(pad);
    const i = w.level.items.findIndex((it, j) => it.kind === 'loot' && it.item === 'arrows' && w.objects.itemX[j] === bundle.x && w.objects.itemY[j] === bundle.y);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(rooftopObjective(w)).toMatch(/Da-som is low on arrows/);
    expect(ROOFTOP_CHAPTER.botGoal!(w)).toEqual(bundle);
    // Picked up away from her: now the marker leads to her.
    w.survivors.x[k] = bundle.x + 8;
    w.survivors.y[k] = bundle.y;
    w.player.x = bundle.x;
    w.player.y = bundle.y;
    play(w, 1 / TICK_RATE, emptyIntent());
    w.survivors.x[k] = bundle.x + 8;
    w.survivors.y[k] = bundle.y;
    expect(w.objects.itemTaken[i]).toBe(ItemState.Taken);
    expect(ROOFTOP_CHAPTER.objectiveTarget!(w)).toEqual({ x: bundle.x + 8, y: bundle.y });
    expect(rooftopObjective(w)).toMatch(/Take the arrows to Da-som/);
    // Handed over: her quiver is full again and the marker goes back to the helipad.
    w.survivors.x[k] = w.player.x + 1;
    play(w, 0.1);
    expect(findAlly(w, 'da-som')!.arrows).toBe(ALLY_ROLES.archer.lowArrows + ROOFTOP.arrowsPerBundle);
    expect(ROOFTOP_CHAPTER.objectiveTarget!(w)).toEqual(pad);
  });
});

describe('chapter 4: the group and the stair door', () => {
  it('is not barricaded on a classmate still in the stairwell; once she is out it is, and she never opens it again', () => {
    const run = { ...newRunState(), cast: { 'ji-an': { alive: true, withGroup: true, bitten: false } } };
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, run, overrides: { peaceful: true } });
    const d = doorNamed(w, 'stair door')!;
    const k = findAlly(w, 'ji-an')!.survivor;
    // The player steps out; Ji-an is held back inside the stair house, by the stairs.
    w.player.x = d.x + 0.5;
    w.player.y = d.y + 1.8;
    const inside = { x: d.x + 0.5, y: d.y - 3.5 };
    play(w, 1, emptyIntent(), (x) => {
      x.survivors.x[k] = inside.x;
      x.survivors.y[k] = inside.y;
      return false;
    });
    expect(doorNamed(w, 'stair door')!.hp).toBeLessThan(ROOFTOP.barricadeHp);
    // Let go, she opens the (unbraced) door and follows the player out; then the door is shut and braced behind the two of them.
    play(w, 6, emptyIntent(), (x) => doorNamed(x, 'stair door')!.hp === ROOFTOP.barricadeHp);
    expect(doorNamed(w, 'stair door')!.open).toBe(false);
    expect(findAlly(w, 'ji-an')!.y).toBeGreaterThan(d.y + 1);
    // The player walks back to the door's front and waits: the braced door stays shut to her.
    w.player.x = d.x + 0.5;
    w.player.y = d.y + 1.6;
    w.survivors.x[k] = d.x + 0.5;
    w.survivors.y[k] = d.y - 2.5;
    play(w, 5);
    expect(doorNamed(w, 'stair door')!.open).toBe(false);
  });
});

describe('chapter 4: the win records who is alive', () => {
  it('an ally who turned on the roof is lost to the run; one who held out stays with the group', () => {
    const withGroup = { alive: true, withGroup: true, bitten: false };
    const step = CAMPAIGN.findIndex((s) => s.kind === 'chapter' && s.chapterId === 'rooftop');
    const run = { ...newRunState(), step, cast: { 'da-som': withGroup, 'ji-an': withGroup, 'gu-ho': withGroup }, votes: { 'gu-ho': 'back' } };
    const w = createChapterWorld(ROOFTOP_CHAPTER, level, { seed: 1, run, overrides: { peaceful: true } });
    play(w, 0.1);
    biteAlly(w, 'gu-ho', 1);
    play(w, 2);
    expect(findAlly(w, 'gu-ho')!.state).toBe('turned');
    const next = advance(run, chapterWinOf('rooftop', w));
    expect(next.step).toBe(step + 1);
    expect(next.cast['gu-ho']).toMatchObject({ alive: false, withGroup: false });
    expect(next.cast['da-som']).toMatchObject({ alive: true, withGroup: true });
    expect(next.cast['ji-an']).toMatchObject({ alive: true, withGroup: true });
  });
});
