import { describe, expect, it } from 'vitest';
import { cuesForEvent } from '../../src/audio/cues';
import { musicTracks } from '../../src/audio/gameAudio';
import { SFX_SPRITE } from '../../src/assets/sfxSprite';
import { worldFromAscii } from '../helpers';

/** Chapter 3's sounds: the phone and the closet's events are heard, with story-art's effects. */
describe('the closet sounds', () => {
  const w = worldFromAscii(['######', '#P.D.#', '######'].join('\n'));

  it.each([
    [{ type: 'flashlightToggled', on: true }, 'flashlightClick'],
    [{ type: 'breathGasp' }, 'breathIn'],
    [{ type: 'noise', source: 'breath', x: 1, y: 1, loudness: 4 }, 'breathOut'],
    [{ type: 'doorReinforced', door: 0, hp: 20, item: 'tape' }, 'reinforce'],
    [{ type: 'glowNoticed', agent: 1, x: 3, y: 1 }, 'sniff'],
  ])('%o plays %s', (event, sfx) => {
    const cues = cuesForEvent(event as { type: string } & Record<string, unknown>, w);
    expect(cues.map((c) => c.sfx)).toEqual([sfx]);
    expect(SFX_SPRITE).toHaveProperty(sfx);
  });

  it("the closet's bed plays with the shared chase stems", () => {
    expect(musicTracks('exploreCloset')).toEqual(['exploreCloset', 'chaseLow', 'chaseHigh']);
  });
});
