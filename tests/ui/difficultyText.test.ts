import { describe, expect, it } from 'vitest';
import { difficultySummary } from '../../src/ui/difficultyText';
import { DIFFICULTY } from '../../src/sim/tuning';
import { DIFFICULTIES } from '../../src/save/settings';

describe('difficulty descriptions', () => {
  it.each(DIFFICULTIES)('%s says what it changes, with the numbers the sim uses', (d) => {
    const text = difficultySummary(d);
    const t = DIFFICULTY[d];
    expect(text).toContain(`${t.sightRange} tiles`);
    expect(text).toContain(`${t.extinguisherSeconds} s`);
    expect(text).toContain(`${t.grabHealth} grabs`);
    expect(text).toContain(`${t.telegraphSeconds} s warning`);
  });

  it('tells the difficulties apart', () => {
    expect(new Set(DIFFICULTIES.map(difficultySummary)).size).toBe(DIFFICULTIES.length);
  });
});
