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

describe('sounds of the allies, from the shared effects', () => {
  it('a bite on an ally plays where the ally stands (the bark says it: no caption)', async () => {
    const { worldWithAllies } = await import('../view/allyWorld');
    const { w: world } = worldWithAllies('#######\n#.P...#\n#######', [{ id: 'ji-an', x: 4.5, y: 1.5 }]);
    const [cue] = cuesForEvent({ type: 'allyBitten', ally: 'ji-an', survivor: 1, agent: 3, turnSeconds: 20 }, world);
    expect(cue).toMatchObject({ sfx: 'allyBitten', x: 4.5, y: 1.5 });
    expect(cue!.caption).toBeUndefined();
  });

  it('a shove thuds, a shot twangs at the bow and a hit lands at the target; a miss only twangs', () => {
    expect(cuesForEvent({ type: 'allyShove', ally: 'gu-ho', survivor: 1, agent: 2, x: 2, y: 1 }, w)[0]).toMatchObject({ sfx: 'shove', x: 2, y: 1 });
    const shot = { type: 'arrowShot', ally: 'da-som', survivor: 1, agent: 2, x: 2, y: 1, tx: 9, ty: 4, arrows: 5 };
    expect(cuesForEvent({ ...shot, hit: true }, w).map((c) => [c.sfx, c.x, c.y])).toEqual([['bowShot', 2, 1], ['arrowHit', 9, 4]]);
    expect(cuesForEvent({ ...shot, hit: false }, w).map((c) => c.sfx)).toEqual(['bowShot']);
  });
});
