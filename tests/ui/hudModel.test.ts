import { describe, expect, it } from 'vitest';
import { CaptionLog, HUD_DEFAULT_MAX_GRABS, captionFor, hudModel } from '../../src/ui/hudModel';
import { worldFromAscii, run, intent } from '../helpers';

const MAP = `
#######
#.....#
#..P..#
#######
`;

describe('hudModel', () => {
  it('shows full grabs, stamina, the objective, no pressure or battery by default', () => {
    const w = worldFromAscii(MAP);
    const m = hudModel(w, { objective: 'Reach the stairwell', usesPhone: false, captions: [] });
    expect(m).toMatchObject({ grabsLeft: HUD_DEFAULT_MAX_GRABS, maxGrabs: HUD_DEFAULT_MAX_GRABS, stamina: 1, pressure: null, battery: null, objective: 'Reach the stairwell' });
  });

  it('stamina drops on the HUD while the player runs', () => {
    const w = worldFromAscii(MAP);
    run(w, 30, intent({ moveX: 1, run: true }));
    expect(hudModel(w, { objective: '', usesPhone: false, captions: [] }).stamina).toBeLessThan(1);
  });

  it('picks up grabs and pressure once the player state has them, and the battery in phone chapters', () => {
    const w = worldFromAscii(MAP);
    Object.assign(w.player, { grabsLeft: 1, pressure: 0.4 });
    const m = hudModel(w, { objective: '', usesPhone: true, captions: [] });
    expect(m.grabsLeft).toBe(1);
    expect(m.pressure).toBeCloseTo(0.4);
    expect(m.battery).toBe(1);
  });
});

describe('captions', () => {
  it('caption the sounds that matter and skip footsteps', () => {
    expect(captionFor({ type: 'doorOpened', door: 0 })).toBe('[door opens]');
    expect(captionFor({ type: 'noise', x: 0, y: 0, loudness: 2, source: 'footstep' })).toBeNull();
  });

  it('expire, cap their number and do not stack repeats', () => {
    const log = new CaptionLog(2, 2);
    log.push('a', 0);
    log.push('a', 1);
    log.push('b', 1);
    expect(log.visible(1)).toEqual(['a', 'b']);
    log.push('c', 1.5);
    expect(log.visible(1.5)).toEqual(['b', 'c']);
    expect(log.visible(10)).toEqual([]);
  });
});
