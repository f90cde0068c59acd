import { describe, expect, it } from 'vitest';
import { cuesForEvent } from '../../src/audio/cues';
import { SFX_SPRITE } from '../../src/assets/sfxSprite';
import { worldFromAscii } from '../helpers';

/** Chapter 2's table slide is heard: the sim's tableSlid plays the tableSlide scrape, with a caption. */
describe('the cafeteria sounds', () => {
  const w = worldFromAscii(['######', '#P.T.#', '######'].join('\n'));

  it('sliding over a table scrapes', () => {
    const cues = cuesForEvent({ type: 'tableSlid', x: 2, y: 1 }, w);
    expect(cues.map((c) => c.sfx)).toEqual(['tableSlide']);
    expect(cues[0]!.caption).toBeTruthy();
    expect(SFX_SPRITE).toHaveProperty('tableSlide');
  });
});
