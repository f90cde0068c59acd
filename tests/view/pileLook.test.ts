import { describe, expect, it } from 'vitest';
import { worldFromAscii, run, SMALL_ROOF as ROOF } from '../helpers';
import { focusSiege, nearestSegment, startSiege } from '../../src/sim/siege';
import { TICK_RATE } from '../../src/sim/tuning';
import { pileRing } from '../../src/view/pileLook';

describe('the piles at the wall', () => {
  it('turn amber when the warning comes (that wall is next), red at the crest, and are plain before', () => {
    const w = worldFromAscii(ROOF, 1);
    w.director.enabled = true;
    startSiege(w, 180);
    const k = nearestSegment(w.level, 1.5, w.player.y);
    focusSiege(w, [k]);
    const rings: string[] = [];
    for (let t = 0; t < 90 * TICK_RATE && w.status === 'playing'; t++) {
      run(w, 1);
      for (const e of w.events) {
        if (e.type === 'pileRising' && e.segment === k) rings.push(`warned:${pileRing(w.siege.pile[k]!)}`);
        if (e.type === 'pileOpened') rings.push(`crested:${pileRing(w.siege.pile[k]!)}`);
      }
      if (rings.length === 0) expect(pileRing(w.siege.pile[k]!)).toBe('none');
      // Keep the roof clear so the cap never holds the wall back.
      w.horde.count = 0;
    }
    expect(rings.slice(0, 2)).toEqual(['warned:rising', 'crested:crest']);
  });
});
