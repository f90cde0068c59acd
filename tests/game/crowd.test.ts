import { describe, expect, it } from 'vitest';
import { crowdFor, spawnCrowd, CROWD_MAX } from '../../src/game/crowd';
import { worldOptionsFor } from '../../src/game/worldOptions';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { HALLWAY } from '../../src/chapters/hallway';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { isSolidCell } from '../../src/sim/grid';
import { step } from '../../src/sim/step';
import { emptyIntent } from '../../src/sim/intent';

describe('the benchmark crowd (?crowd=N)', () => {
  it('reads N from the URL, clamped, and makes room for it in the horde', () => {
    expect(crowdFor('')).toBe(0);
    expect(crowdFor('?crowd=abc')).toBe(0);
    expect(crowdFor('?crowd=500')).toBe(500);
    expect(crowdFor('?crowd=99999')).toBe(CROWD_MAX);
    expect(worldOptionsFor('?crowd=3000', 'story').hordeCapacity).toBeGreaterThanOrEqual(3000);
    expect(worldOptionsFor('', 'story').hordeCapacity).toBeUndefined();
  });

  it('puts N hunters on open floor round the player, who is never grabbed', () => {
    const overrides = worldOptionsFor('?crowd=300', 'story');
    const world = createChapterWorld(HALLWAY, loadChapterMap('hallway'), { overrides });
    const before = world.horde.count;
    expect(spawnCrowd(world, 300)).toBe(300);
    const h = world.horde;
    expect(h.count).toBe(before + 300);
    for (let i = before; i < h.count; i++) {
      expect(h.hunter[i]).toBe(1);
      expect(isSolidCell(world.grid, Math.floor(h.x[i]!), Math.floor(h.y[i]!))).toBe(false);
      expect(Math.hypot(h.x[i]! - world.player.x, h.y[i]! - world.player.y)).toBeGreaterThan(2);
    }
    for (let t = 0; t < 180; t++) step(world, emptyIntent());
    expect(world.status).toBe('playing');
    expect(world.player.grabbedBy).toBe(-1);
  });
});
