import { describe, expect, it } from 'vitest';
import { cloneWorld } from '../../src/sim/snapshot';
import { hashWorld } from '../../src/sim/worldHash';
import { step } from '../../src/sim/step';
import { hallwayGreybox } from '../../src/levels/hallwayGreybox';
import { createWorld } from '../../src/sim/world';
import { intent, run } from '../helpers';

describe('checkpoint snapshots', () => {
  it('a clone hashes the same, shares the level, and does not move when the original does', () => {
    const w = run(createWorld(hallwayGreybox(), 7), 30, intent({ moveY: 1 }));
    const saved = cloneWorld(w);
    expect(hashWorld(saved)).toBe(hashWorld(w));
    expect(saved.level).toBe(w.level);
    expect(saved.grid.solid).not.toBe(w.grid.solid);
    run(w, 60, intent({ moveY: 1, interact: true }));
    expect(hashWorld(saved)).not.toBe(hashWorld(w));
  });

  it('restoring a checkpoint and replaying the same input gives the same state', () => {
    const w = run(createWorld(hallwayGreybox(), 7), 30, intent({ moveY: 1 }));
    const saved = cloneWorld(w);
    const a = cloneWorld(saved);
    const b = cloneWorld(saved);
    for (let t = 0; t < 90; t++) {
      step(a, intent({ moveY: 1, interact: t < 5 }));
      step(b, intent({ moveY: 1, interact: t < 5 }));
    }
    expect(hashWorld(a)).toBe(hashWorld(b));
    expect(a.player.y).toBeGreaterThan(saved.player.y);
  });
});

describe('checkpoints', () => {
  it('entering a checkpoint area records it once, in order', () => {
    const level = { ...hallwayGreybox(), checkpoints: [{ name: 'door', x: 13, y: 4, w: 5, h: 4, respawn: { x: 15.5, y: 6.5 } }] };
    const w = createWorld(level, 1);
    const reached: number[] = [];
    for (let t = 0; t < 200; t++) {
      step(w, intent({ moveY: 1, interact: t > 20 && t < 30 }));
      for (const e of w.events) if (e.type === 'checkpointReached') reached.push(e.checkpoint);
    }
    expect(reached).toEqual([0]);
    expect(w.checkpoint).toBe(0);
  });
});
