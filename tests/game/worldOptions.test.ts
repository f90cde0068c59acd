import { describe, expect, it } from 'vitest';
import { worldOptionsFor } from '../../src/game/worldOptions';
import { createWorld } from '../../src/sim/world';
import { hallwayGreybox } from '../../src/levels/hallwayGreybox';

describe('world options for a chapter', () => {
  it('uses the difficulty chosen in the settings', () => {
    expect(worldOptionsFor('', 'story')).toEqual({ difficulty: 'story', peaceful: false });
    expect(createWorld(hallwayGreybox(), 1, worldOptionsFor('', 'nightmare')).difficulty).toBe('nightmare');
  });

  it('lets ?difficulty= override the settings and ignores unknown values', () => {
    expect(worldOptionsFor('?difficulty=story', 'normal').difficulty).toBe('story');
    expect(worldOptionsFor('?difficulty=impossible', 'normal').difficulty).toBe('normal');
  });

  it('reads ?peaceful=1', () => {
    expect(worldOptionsFor('?peaceful=1&difficulty=nightmare', 'story')).toEqual({ difficulty: 'nightmare', peaceful: true });
  });

  it("adds the chapter's own options (chapter 1 starts without an extinguisher); ?extinguisher=1 hands one over", () => {
    expect(worldOptionsFor('', 'normal', { startWithExtinguisher: false })).toEqual({ difficulty: 'normal', peaceful: false, startWithExtinguisher: false });
    expect(createWorld(hallwayGreybox(), 1, worldOptionsFor('', 'normal', { startWithExtinguisher: false })).extinguisher.hasExtinguisher).toBe(false);
    expect(worldOptionsFor('?extinguisher=1', 'normal', { startWithExtinguisher: false }).startWithExtinguisher).toBe(true);
  });
});

describe('?allies= (the allies test entry)', () => {
  it('starts the chapter with those classmates beside the player, followers unless a role is given', () => {
    const options = worldOptionsFor('?peaceful=1&allies=tae-min,ji-an:halfInfected', 'normal');
    expect(options.allies).toEqual([
      { id: 'tae-min', role: 'follower' },
      { id: 'ji-an', role: 'halfInfected' },
    ]);
    const w = createWorld(hallwayGreybox(), 1, options);
    expect(w.survivors.count).toBe(3);
    expect(w.survivors.castId.slice(1)).toEqual(['tae-min', 'ji-an']);
    for (const k of [1, 2]) expect(Math.hypot(w.survivors.x[k]! - w.player.x, w.survivors.y[k]! - w.player.y)).toBeLessThan(2.5);
  });

  it('drops unknown classmates and roles, and adds nothing without the option', () => {
    expect(worldOptionsFor('?allies=joon,tae-min:wizard,__proto__,da-som:archer', 'normal').allies).toEqual([{ id: 'da-som', role: 'archer' }]);
    expect(worldOptionsFor('?allies=', 'normal').allies).toBeUndefined();
    expect(worldOptionsFor('', 'normal').allies).toBeUndefined();
  });
});
