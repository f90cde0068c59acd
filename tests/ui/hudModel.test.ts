import { describe, expect, it } from 'vitest';
import { HUD_DEFAULT_MAX_GRABS, hudModel } from '../../src/ui/hudModel';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { createWorld } from '../../src/sim/world';
import { worldFromAscii, run, intent } from '../helpers';

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
    expect(m.battery).toBe(1);
  });
});
