import { createPhone } from '../../src/sim/phone';
import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { CAFETERIA } from '../../src/chapters/cafeteria';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { HUD_DEFAULT_MAX_GRABS, OBJECTIVE_MAX_CHARS, hudModel } from '../../src/ui/hudModel';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld } from '../../src/sim/world';
import { worldFromAscii, run, intent } from '../helpers';
import type { ItemSpec, ObjectiveSpec } from '../../src/sim/level';
import { step } from '../../src/sim/step';
import { TICK_RATE } from '../../src/sim/tuning';
import { ALLY_ROLE, ALLY_STATE } from '../../src/view/allyLook';
import { worldWithAllies } from '../view/allyWorld';

const MAP = `
#######
#.....#
#..P..#
#######
`;

describe('hudModel', () => {
  it('shows full grabs, stamina, the objective, no pressure (no extinguisher yet) or battery by default', () => {
    const w = createWorld(parseAsciiLevel('t', 't', MAP.trim()), 1, { startWithExtinguisher: false });
    const m = hudModel(w, { objective: 'Reach the stairwell', usesPhone: false });
    expect(m).toMatchObject({ grabsLeft: HUD_DEFAULT_MAX_GRABS, maxGrabs: HUD_DEFAULT_MAX_GRABS, stamina: 1, pressure: null, battery: null, objective: 'Reach the stairwell' });
  });

  it('stamina drops on the HUD while the player runs', () => {
    const w = worldFromAscii(MAP);
    run(w, 30, intent({ moveX: 1, run: true }));
    expect(hudModel(w, { objective: '', usesPhone: false }).stamina).toBeLessThan(1);
  });

  it('counts grabs left down from the difficulty\'s allowance', () => {
    const story = createWorld(parseAsciiLevel('t', 't', MAP.trim()), 1, { difficulty: 'story' });
    story.player.grabsTaken = 1;
    expect(hudModel(story, { objective: '', usesPhone: false })).toMatchObject({ grabsLeft: 3, maxGrabs: 4 });
    const nightmare = createWorld(parseAsciiLevel('t', 't', MAP.trim()), 1, { difficulty: 'nightmare' });
    nightmare.player.grabsTaken = 3;
    expect(hudModel(nightmare, { objective: '', usesPhone: false })).toMatchObject({ grabsLeft: 0, maxGrabs: 2 });
  });

  it('shows grabs taken, the extinguisher pressure as it drains, and the battery in phone chapters', () => {
    const w = worldFromAscii(MAP);
    w.player.grabsTaken = 2;
    expect(hudModel(w, { objective: '', usesPhone: true }).pressure).toBe(1);
    run(w, 60, intent({ spray: true, aimX: 1 }));
    const m = hudModel(w, { objective: '', usesPhone: true });
    expect(m.grabsLeft).toBe(1);
    expect(m.pressure).toBeCloseTo(w.extinguisher.pressure);
    expect(m.pressure!).toBeLessThan(0.95);
    // No phone in this world: an empty meter, not a made-up full one.
    expect(m.battery).toBe(0);
    w.phone = createPhone(40);
    expect(hudModel(w, { objective: '', usesPhone: true }).battery).toBeCloseTo(0.4);
  });
});

describe('hudModel: objectives from the sim', () => {
  // Six snacks along the corridor; the nurse's office is the far end.
  const SNACKS = `
##########
#P.SSSSSS#
##########`;
  const snackLevel = (objectives: ObjectiveSpec[]) => ({
    ...parseAsciiLevel('t', 't', SNACKS.trim()),
    items: [3, 4, 5, 6, 7, 8].map((x): ItemSpec => ({ kind: 'loot', item: 'snack', x: x + 0.5, y: 1.5 })),
    objectives,
  });
  const common = { optional: false, startsActive: true, timeLimit: null };
  const snacks: ObjectiveSpec = { ...common, id: 'snacks', text: 'Snacks', kind: 'collect', item: 'snack', count: 6, deliver: null };
  const hold: ObjectiveSpec = { ...common, id: 'hold', text: 'Hold out', kind: 'holdOut', seconds: 45 };

  it('without the chapter\'s own words, the line is the current objective with its count ("Snacks 3/6")', () => {
    const w = createWorld(snackLevel([snacks]), 1);
    expect(hudModel(w, { usesPhone: false })).toMatchObject({ objective: 'Snacks 0/6', progress: '' });
    // Walk east over three snacks.
    for (let t = 0; t < 200 && w.objectives.progress[0]! < 3; t++) step(w, intent({ moveX: 1 }));
    const m = hudModel(w, { usesPhone: false });
    expect(m.objective).toBe('Snacks 3/6');
    expect(m.objectives).toEqual([expect.objectContaining({ id: 'snacks', progress: { done: 3, total: 6 }, secondsLeft: null })]);
  });

  it('a hold-out counts down; the second line carries the numbers the objective line does not show', () => {
    const w = createWorld(snackLevel([hold, { ...snacks, optional: true }]), 1);
    // 41.5 s to go reads 0:42: the clock shows 0:00 only once the time is out.
    run(w, 3 * TICK_RATE + 30);
    const m = hudModel(w, { usesPhone: false });
    expect(m.objective).toBe('Hold out 0:42');
    expect(m.progress).toBe('(optional) Snacks 0/6');
    // The chapter's own line replaces the first; every count and clock goes on the second.
    const worded = hudModel(w, { objective: 'Keep them out of the gym!', usesPhone: false });
    expect(worded.objective).toBe('Keep them out of the gym!');
    expect(worded.progress).toBe('Hold out 0:42   (optional) Snacks 0/6');
    // A count the chapter's line already words is not shown twice (chapter 2's snacks on a phone).
    const counted = hudModel(w, { objective: 'Find snacks: 0/6.', usesPhone: false, counted: ['snacks'] });
    expect(counted.progress).toBe('Hold out 0:42');
    // A clock the chapter's own line already shows is not written twice (the rooftop's "Helicopter in 0:24").
    const clocked = hudModel(w, { objective: 'Hold the roof. Helicopter in 0:42', usesPhone: false });
    expect(clocked.progress).toBe('(optional) Snacks 0/6');
  });

  it("chapter 2's HUD counts the snacks once: its line, and only the bonus under it", () => {
    const level = loadChapterMap('cafeteria');
    const w = createChapterWorld(CAFETERIA, level, { seed: 1, overrides: { peaceful: true } });
    const m = hudModel(w, { objective: CAFETERIA.objective!(w), usesPhone: false, counted: CAFETERIA.objectiveCounts! });
    expect(m.objective).toMatch(/^Find snacks: 0\/6/);
    expect(m.progress).not.toMatch(/0\/6/);
    expect(m.progress).toMatch(/Bonus/);
  });

  it('a time limit shows as a clock; a finished objective leaves the HUD', () => {
    const w = createWorld(snackLevel([{ ...snacks, count: 1, timeLimit: 10 }, hold]), 1);
    run(w, TICK_RATE);
    expect(hudModel(w, { usesPhone: false }).objective).toBe('Snacks 0/1 0:09');
    run(w, 30, intent({ moveX: 1, run: true }));
    expect(w.objectives.complete[0]).toBe(1);
    expect(hudModel(w, { usesPhone: false }).objectives.map((o) => o.id)).toEqual(['hold']);
  });
});

describe('hudModel: the group', () => {
  const GROUP_MAP = `
#########
#.......#
#.P.....#
#########
`;
  it('alone, the HUD shows no order and no allies', () => {
    const m = hudModel(worldFromAscii(GROUP_MAP), { usesPhone: false });
    expect(m.order).toBeNull();
    expect(m.allies).toEqual([]);
  });

  it("shows the group's order and each ally's name and state, arrows for the archer", () => {
    const { w, s } = worldWithAllies(GROUP_MAP, [
      { id: 'tae-min', x: 3.5, y: 2.5 },
      { id: 'da-som', role: 'archer', x: 4.5, y: 2.5 },
      { id: 'ji-an', role: 'halfInfected', x: 5.5, y: 2.5 },
    ]);
    expect(s.role[2]).toBe(ALLY_ROLE.Archer);
    s.arrows[2] = 1;
    s.order.fill(1);
    s.state[1] = ALLY_STATE.Grabbed;
    s.state[3] = ALLY_STATE.Bitten;
    const m = hudModel(w, { usesPhone: false });
    expect(m.order).toBe('Wait');
    expect(m.allies.map((a) => [a.name, a.state, a.arrows, a.line])).toEqual([
      ['Tae-min', 'grabbed', null, 'GRABBED!'],
      ['Da-som', 'ok', 1, 'ok \u00b7 1 arrow'],
      ['Ji-an', 'bitten', null, 'bitten'],
    ]);
  });

  it('a turned or gone ally leaves the list; with nobody left there is no order to show', () => {
    const { w, s } = worldWithAllies(GROUP_MAP, [
      { id: 'tae-min', x: 3.5, y: 2.5 },
      { id: 'gu-ho', role: 'shover', x: 4.5, y: 2.5 },
    ]);
    s.order.fill(2);
    s.state[1] = ALLY_STATE.Turned;
    expect(hudModel(w, { usesPhone: false })).toMatchObject({ order: 'Hide', allies: [{ name: 'Gu-ho', state: 'ok' }] });
    s.state[2] = ALLY_STATE.Gone;
    expect(hudModel(w, { usesPhone: false })).toMatchObject({ order: null, allies: [] });
  });
});

describe('hudModel: the load row (chapter 2)', () => {
  const LOOT_ROW = `
##############
#P.SSSSSSSSSS#
##############`;
  const lootLevel = () => ({
    ...parseAsciiLevel('t', 't', LOOT_ROW.trim()),
    items: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((x): ItemSpec => ({ kind: 'loot', item: 'snack', x: x + 0.5, y: 1.5 })),
  });

  it('a level without loot has no load row', () => {
    expect(hudModel(worldFromAscii(MAP), { usesPhone: false }).load).toBeNull();
  });

  it('shows what the player carries and how much slower it makes them, heavier as the bag fills', () => {
    const w = createWorld(lootLevel(), 1);
    expect(hudModel(w, { usesPhone: false }).load).toEqual({ carried: 0, withAllies: 0, slow: 0, level: 0, line: 'none' });
    for (let t = 0; t < 400 && hudModel(w, { usesPhone: false }).load!.carried < 3; t++) step(w, intent({ moveX: 1 }));
    expect(hudModel(w, { usesPhone: false }).load).toMatchObject({ carried: 3, slow: 0.15, level: 1, line: '3 \u00b7 15% slower' });
    for (let t = 0; t < 600 && hudModel(w, { usesPhone: false }).load!.carried < 10; t++) step(w, intent({ moveX: 1 }));
    // Ten pieces reach the most a load can slow (LOOT.maxSlow): the row says so and turns red.
    expect(hudModel(w, { usesPhone: false }).load).toMatchObject({ carried: 10, slow: 0.45, level: 3, line: '10 \u00b7 45% slower' });
  });

  it('where loot has no weight (the closet\'s braces: WorldOptions.carryWeight false) there is no load row and no slowing', () => {
    const heavy = createWorld(lootLevel(), 1);
    const light = createWorld(lootLevel(), 1, { carryWeight: false });
    // Until the light one nears the far wall.
    for (let t = 0; t < 600 && light.player.x < 11; t++) {
      step(heavy, intent({ moveX: 1 }));
      step(light, intent({ moveX: 1 }));
    }
    expect(hudModel(light, { usesPhone: false }).load).toBeNull();
    // Both picked up what they walked over; only the weighed-down one fell behind.
    expect(light.player.x).toBeGreaterThan(heavy.player.x + 0.4);
  });

  it('a piece dropped comes off the load', () => {
    const w = createWorld(lootLevel(), 1);
    for (let t = 0; t < 400 && hudModel(w, { usesPhone: false }).load!.carried < 2; t++) step(w, intent({ moveX: 1 }));
    step(w, intent({ drop: true }));
    expect(hudModel(w, { usesPhone: false }).load).toMatchObject({ carried: 1, slow: 0.05 });
  });
});

describe('the rooftop HUD', () => {
  it('writes the helicopter countdown once: no second line repeating it (one short line on a phone)', async () => {
    const { loadChapterMap } = await import('../../src/levels/chapterMaps');
    const { createChapterWorld } = await import('../../src/chapters/chapterWorld');
    const { stepChapter } = await import('../../src/chapters/beats');
    const { ROOFTOP_CHAPTER } = await import('../../src/chapters/rooftop');
    const { emptyIntent } = await import('../../src/sim/intent');
    const w = createChapterWorld(ROOFTOP_CHAPTER, loadChapterMap('rooftop'), { seed: 1, overrides: { peaceful: true } });
    for (let t = 0; t < 5 * TICK_RATE; t++) stepChapter(w, emptyIntent(), ROOFTOP_CHAPTER.beats);
    const m = hudModel(w, { objective: ROOFTOP_CHAPTER.objective!(w), usesPhone: false });
    expect(m.objective).toMatch(/Helicopter in 2:2\d/);
    expect(m.objectives.some((o) => o.secondsLeft !== null)).toBe(true);
    expect(m.progress).toBe('');
  });

  it('every line it writes through the siege reads in two lines on a 360 px phone: the stair door in every state beside the countdown (it was three)', async () => {
    const { loadChapterMap } = await import('../../src/levels/chapterMaps');
    const { createChapterWorld } = await import('../../src/chapters/chapterWorld');
    const { stepChapter } = await import('../../src/chapters/beats');
    const { ROOFTOP_CHAPTER, rooftopObjective } = await import('../../src/chapters/rooftop');
    const { doorNamed } = await import('../../src/chapters/script');
    const { emptyIntent } = await import('../../src/sim/intent');
    const w = createChapterWorld(ROOFTOP_CHAPTER, loadChapterMap('rooftop'), { seed: 1, overrides: { peaceful: true } });
    const lines = [rooftopObjective(w)]; // in the stairwell: barricade the door
    // Out in front of the stair door: it is braced, and the siege's line gives its state.
    const d = doorNamed(w, 'stair door')!;
    w.player.x = d.x + 0.5;
    w.player.y = d.y + 1.8;
    for (let t = 0; t < 0.2 * TICK_RATE; t++) stepChapter(w, emptyIntent(), ROOFTOP_CHAPTER.beats);
    const door = w.doors[w.level.doors.findIndex((dd) => dd.name === 'stair door')]!;
    for (const hp of [door.hp, door.hp * 0.5, 1]) {
      door.hp = hp;
      lines.push(rooftopObjective(w));
    }
    door.broken = true;
    lines.push(rooftopObjective(w));
    expect(lines.slice(1).map((l) => l.replace(/.*Stair door /, ''))).toEqual(['holding', 'cracking', 'splintering!', 'broken']);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(OBJECTIVE_MAX_CHARS);
  });
});
