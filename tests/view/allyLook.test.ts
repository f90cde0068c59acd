import { describe, expect, it } from 'vitest';
import { ALLY_ROLE, ALLY_STATE, NAME_TAG_FADE, NAME_TAG_SECONDS, TURNING_SOON_SECONDS, allyDrawing, castMemberFor, nameTagAlpha, survivorsOf } from '../../src/view/allyLook';
import { worldFromAscii } from '../helpers';
import { worldWithAllies } from './allyWorld';

const MAP = `
#########
#.......#
#.P.....#
#.......#
#########
`;

describe('how an ally is drawn', () => {
  it('wears their own sheet from the cast (Seo-yeon for someone without one)', () => {
    expect(castMemberFor('ji-an')).toBe('jian');
    expect(castMemberFor('tae-min')).toBe('taemin');
    expect(castMemberFor('gu-ho')).toBe('guho');
    expect(castMemberFor('da-som')).toBe('dasom');
    expect(castMemberFor('seo-yeon')).toBe('seoyeon');
    expect(castMemberFor('mr-baek')).toBe('seoyeon');
    expect(castMemberFor('joon')).toBe('seoyeon');
  });

  it('is drawn between the last two ticks, faces and walks as the sim says', () => {
    const { w, s } = worldWithAllies(MAP, [{ id: 'tae-min', x: 4, y: 2.5 }]);
    s.prevX[1] = 3;
    s.gait[1] = 3;
    s.facingX[1] = -1;
    const d = allyDrawing(w, s, 1, 0.5)!;
    expect(d.x).toBeCloseTo(3.5);
    expect(d).toMatchObject({ name: 'Tae-min', member: 'taemin', anim: 'run', dir: 1, grabbed: false, bitten: false });
    s.gait[1] = 1;
    expect(allyDrawing(w, s, 1, 1)).toMatchObject({ anim: 'walk', rate: 0.5 });
    s.gait[1] = 0;
    expect(allyDrawing(w, s, 1, 1)!.anim).toBe('idle');
  });

  it('shows a grab, a bite, and a bite about to turn; a turned, gone or hidden ally is not drawn', () => {
    const { w, s } = worldWithAllies(MAP, [{ id: 'tae-min', x: 4, y: 2.5 }]);
    const state = s.state;
    state[1] = ALLY_STATE.Grabbed;
    expect(allyDrawing(w, s, 1, 1)!.grabbed).toBe(true);
    state[1] = ALLY_STATE.Bitten;
    s.turnTimer[1] = 20;
    expect(allyDrawing(w, s, 1, 1)).toMatchObject({ bitten: true, turningSoon: false });
    s.turnTimer[1] = TURNING_SOON_SECONDS - 1;
    expect(allyDrawing(w, s, 1, 1)!.turningSoon).toBe(true);
    state[1] = ALLY_STATE.Turned;
    expect(allyDrawing(w, s, 1, 1)).toBeNull();
    state[1] = ALLY_STATE.Gone;
    expect(allyDrawing(w, s, 1, 1)).toBeNull();
    state[1] = ALLY_STATE.Ok;
    s.hidden[1] = 1;
    expect(allyDrawing(w, s, 1, 1)).toBeNull();
    // Slot 0 is the player: PlayerView draws them.
    expect(allyDrawing(w, s, 0, 1)).toBeNull();
  });

  it("Ji-an's eyes glow in the dark, not in the light, not facing away, and nobody else's do", () => {
    const { w, s } = worldWithAllies(MAP, [
      { id: 'ji-an', role: 'halfInfected', x: 5.5, y: 2.5 },
      { id: 'tae-min', x: 6.5, y: 2.5 },
    ]);
    expect(s.role[1]).toBe(ALLY_ROLE.HalfInfected);
    expect(allyDrawing(w, s, 1, 1)!.eyesGlow).toBe(false);
    w.dark.fill(1);
    expect(allyDrawing(w, s, 1, 1)!.eyesGlow).toBe(true);
    expect(allyDrawing(w, s, 2, 1)!.eyesGlow).toBe(false);
    s.facingX[1] = 0;
    s.facingY[1] = -1;
    expect(allyDrawing(w, s, 1, 1)!.eyesGlow).toBe(false);
  });

  it('a world without allies has no survivors to draw', () => {
    const w = worldFromAscii(MAP);
    expect(survivorsOf(w).count).toBe(1);
  });

  it('a name tag shows on first appearance, then fades away', () => {
    expect(nameTagAlpha(0)).toBe(1);
    expect(nameTagAlpha(NAME_TAG_SECONDS)).toBe(1);
    expect(nameTagAlpha(NAME_TAG_SECONDS + NAME_TAG_FADE / 2)).toBeCloseTo(0.5);
    expect(nameTagAlpha(NAME_TAG_SECONDS + NAME_TAG_FADE)).toBe(0);
    expect(nameTagAlpha(1000)).toBe(0);
  });
});
