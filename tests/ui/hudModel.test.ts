import { createPhone } from '../../src/sim/phone';
import { describe, expect, it } from 'vitest';
import { HUD_DEFAULT_MAX_GRABS, hudModel } from '../../src/ui/hudModel';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld } from '../../src/sim/world';
import { worldFromAscii, run, intent } from '../helpers';
import type { ItemSpec, ObjectiveSpec } from '../../src/sim/level';
import { step } from '../../src/sim/step';
import { TICK_RATE } from '../../src/sim/tuning';

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
