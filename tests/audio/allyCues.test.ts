import { describe, expect, it } from 'vitest';
import { cuesForEvent } from '../../src/audio/cues';
import { worldFromAscii } from '../helpers';

const w = worldFromAscii(`
#####
#.P.#
#####
`);

describe('sounds of the allies', () => {
  it('an ally turning is heard where it stands, says who, and hits the stinger', () => {
    const [cue] = cuesForEvent({ type: 'allyTurned', ally: 'tae-min', survivor: 1, agent: 4, x: 3, y: 1.5 }, w);
    expect(cue).toMatchObject({ x: 3, y: 1.5, stinger: true, caption: 'Tae-min has turned' });
  });

  it('a grabbed ally is heard where it is; its words are a bark, not a sound caption', () => {
    const [cue] = cuesForEvent({ type: 'allyGrabbed', ally: 'ji-an', survivor: 1, agent: 4, x: 2, y: 1 }, w);
    expect(cue).toMatchObject({ sfx: 'grab', x: 2, y: 1 });
    expect(cue!.caption).toBeUndefined();
  });
});
