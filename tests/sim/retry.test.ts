import { describe, expect, it } from 'vitest';
import { retryFrom } from '../../src/sim/retry';
import { spawnInfected, InfectedState } from '../../src/sim/horde';
import { DIFFICULTY, RETRY, Variant } from '../../src/sim/tuning';
import { step } from '../../src/sim/step';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { HALLWAY } from '../../src/chapters/hallway';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { cuesForEvent } from '../../src/audio/cues';
import { intent, run, worldFromAscii } from '../helpers';

const ROOM = `
####################
#P.................#
#..................#
#..................#
####################`;

describe('a retry from a checkpoint is playable (issue 11)', () => {
  it('clears awake infected near the player, keeps the sleepers and the far ones', () => {
    const w = worldFromAscii(ROOM);
    const near = spawnInfected(w.horde, 3.5, 1.5, Variant.Sprinter);
    w.horde.state[near] = InfectedState.Sprint;
    spawnInfected(w.horde, 4.5, 2.5, Variant.Sprinter, true); // asleep
    spawnInfected(w.horde, 1.5 + RETRY.clearRadius + 2, 2.5, Variant.Sprinter); // far
    const r = retryFrom(w);
    expect(r.horde.count).toBe(2);
    for (let i = 0; i < r.horde.count; i++) {
      const d = Math.hypot(r.horde.x[i]! - r.player.x, r.horde.y[i]! - r.player.y);
      expect(r.horde.asleep[i] === 1 || d > RETRY.clearRadius).toBe(true);
    }
    // The checkpoint copy itself is untouched (a second retry starts from the same place).
    expect(w.horde.count).toBe(3);
  });

  it('leaves at least one grab, full stamina and pressure to spray with, and no grab in progress', () => {
    const w = worldFromAscii(ROOM);
    w.player.grabsTaken = DIFFICULTY.normal.grabHealth;
    w.player.grabbedBy = 12;
    w.player.stamina = 0.1;
    w.player.exhausted = true;
    w.extinguisher.pressure = 0.05;
    const r = retryFrom(w);
    expect(DIFFICULTY.normal.grabHealth - r.player.grabsTaken).toBeGreaterThanOrEqual(1);
    expect(r.player.grabbedBy).toBe(-1);
    expect(r.player.stamina).toBe(1);
    expect(r.player.exhausted).toBe(false);
    expect(r.extinguisher.pressure).toBeGreaterThanOrEqual(RETRY.minPressure);
  });

  it('is deterministic: the same checkpoint retries into the same world', async () => {
    const { hashWorld } = await import('../../src/sim/worldHash');
    const w = worldFromAscii(ROOM);
    spawnInfected(w.horde, 3.5, 1.5, Variant.Sprinter);
    run(w, 30, intent({ moveX: 1 }));
    expect(hashWorld(retryFrom(w))).toBe(hashWorld(retryFrom(w)));
  });
});

describe('checkpoints in chapter 1', () => {
  const level = loadChapterMap('hallway');

  it('taking the bolt cutters is a checkpoint (a bite after it never takes them away)', () => {
    const w = createChapterWorld(HALLWAY, level, { overrides: { peaceful: true } });
    const key = level.items.findIndex((i) => i.kind === 'key');
    w.player.x = level.items[key]!.x;
    w.player.y = level.items[key]!.y;
    step(w, intent());
    expect(w.events).toContainEqual(expect.objectContaining({ type: 'checkpointReached', reason: 'item' }));
    expect(w.objects.itemTaken[key]).toBe(1);
  });

  it('the east link is a checkpoint, and taking the spare keys (the last thing before the rush) is one', () => {
    const before = level.checkpoints.find((c) => c.name === 'east link');
    expect(before).toBeDefined();
    // In the east link, by the toilets' door: reached coming up from the south corridor.
    const toilets = level.doors.find((d) => d.name === 'toilets')!;
    expect(before!.x + before!.w).toBeGreaterThanOrEqual(toilets.x);
    expect(before!.x).toBeLessThan(toilets.x);
    expect(before!.y).toBeGreaterThan(toilets.y);
    const w = createChapterWorld(HALLWAY, level, { overrides: { peaceful: true } });
    const spare = level.items.find((i) => i.kind === 'key' && i.item === 'spare keys')!;
    w.player.x = spare.x;
    w.player.y = spare.y;
    step(w, intent({}));
    expect(w.events).toContainEqual(expect.objectContaining({ type: 'checkpointReached', reason: 'item' }));
  });
});

describe('the warning when no grab is left', () => {
  it('breaking free of the last survivable grab says the next one bites', () => {
    const w = worldFromAscii(ROOM);
    w.player.grabsTaken = DIFFICULTY.normal.grabHealth;
    const cues = cuesForEvent({ type: 'grabBroken', agent: 1 }, w);
    expect(cues.map((c) => c.caption).join(' ')).toMatch(/NO GRABS LEFT/);
    w.player.grabsTaken = 1;
    expect(cuesForEvent({ type: 'grabBroken', agent: 1 }, w).map((c) => c.caption).join(' ')).not.toMatch(/NO GRABS/);
  });
});
