import { describe, expect, it } from 'vitest';
import { lossHeading, lossLine } from '../../src/chapters/definition';
import { HALLWAY } from '../../src/chapters/hallway';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { hudModel } from '../../src/ui/hudModel';

describe('losses beyond the bite', () => {
  it('the end screen names what was lost: a broken door, the time, an ally; a bite stays "Bitten"', () => {
    expect(lossHeading('doorBroken')).toBe('The door broke');
    expect(lossHeading('timeUp')).toBe('Out of time');
    expect(lossHeading('allyLost')).toBe('Left behind');
    expect(lossHeading('sprinter')).toBe('Bitten');
    expect(lossHeading(null)).toBe('Bitten');
    // Chapter 1 has no door to keep: the plain line.
    expect(lossLine(HALLWAY, 'doorBroken')).toBe('The door gave way.');
    expect(lossLine(HALLWAY, 'sprinter')).toMatch(/sprinter ran you down/);
  });
});

describe('chapter 1 and the sim objectives', () => {
  it('its exit is the one objective, and the HUD keeps the chapter\'s own words with no count line', () => {
    const world = createChapterWorld(HALLWAY, loadChapterMap('hallway'), { overrides: { peaceful: true } });
    expect(world.objectives.specs.map((s) => s.kind)).toEqual(world.level.exits.map(() => 'reach'));
    const m = hudModel(world, { objective: HALLWAY.objective!(world), usesPhone: false });
    expect(m.objective).toMatch(/extinguisher from the cabinet/);
    expect(m.progress).toBe('');
  });
});
