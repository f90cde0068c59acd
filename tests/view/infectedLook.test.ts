import { describe, expect, it } from 'vitest';
import { InfectedState } from '../../src/sim/horde';
import { EXTINGUISHER, GRAB } from '../../src/sim/tuning';
import { KNOCKED_DOWN_SECONDS, VARIANT_RINGS, infectedDrawing, markerFrame } from '../../src/view/infectedLook';
import { FxFrame, INFECTED_ANIMS } from '../../src/assets/frames';

describe('reading an infected at a glance (issue 11)', () => {
  it('the wind-up, a sleeper, a knocked-down one, a reeling one and a winded one all look different', () => {
    const windup = infectedDrawing(InfectedState.Alerted, false, 0.3, false);
    const sleeper = infectedDrawing(InfectedState.Idle, true, 0, false);
    const knocked = infectedDrawing(InfectedState.Stagger, false, EXTINGUISHER.tumbleSeconds, false);
    const reeling = infectedDrawing(InfectedState.Stagger, false, 0.3, false);
    const winded = infectedDrawing(InfectedState.Recover, false, 1, true);
    const looks = [windup, sleeper, knocked, reeling, winded].map((d) => `${d.anim}/${d.marker}`);
    expect(new Set(looks).size).toBe(looks.length);
    // Each pose has frames of its own in the sheet (no two share a column).
    const columns = [windup, sleeper, knocked, reeling, winded].map((d) => INFECTED_ANIMS[d.anim].start);
    expect(new Set(columns).size).toBe(columns.length);
    expect(windup.marker).toBe('alert');
    expect(sleeper.marker).toBe('asleep');
    expect(knocked.marker).toBe('dazed');
  });

  it('a tumble or a grab thrown back lies down first; a plain foam stagger only reels', () => {
    expect(EXTINGUISHER.tumbleSeconds).toBeGreaterThan(KNOCKED_DOWN_SECONDS);
    expect(GRAB.grabberStaggerSeconds).toBeGreaterThan(KNOCKED_DOWN_SECONDS);
    expect(infectedDrawing(InfectedState.Stagger, false, EXTINGUISHER.staggerSeconds, false).anim).toBe('stagger');
    expect(infectedDrawing(InfectedState.Stagger, false, GRAB.grabberStaggerSeconds, false).anim).toBe('knocked');
  });

  it('the "!" flashes: both of its frames show within a quarter second', () => {
    const frames = new Set([0, 0.06, 0.13, 0.19, 0.25].map((t) => markerFrame('alert', t)));
    expect(frames).toEqual(new Set([FxFrame.AlertBang, FxFrame.AlertFlash]));
  });

  it('every variant has its own ring colour and shape, none the player ring\'s cyan', () => {
    const rings = Object.values(VARIANT_RINGS);
    expect(new Set(rings.map((r) => r.colour)).size).toBe(rings.length);
    expect(new Set(rings.map((r) => r.shape)).size).toBe(rings.length);
    expect(rings.map((r) => r.colour)).not.toContain(0x35e0ff);
  });
});
