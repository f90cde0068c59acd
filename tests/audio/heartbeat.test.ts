import { describe, expect, it } from 'vitest';
import { Heartbeat, HEARTBEAT_RANGE, heartbeatInterval } from '../../src/audio/heartbeat';
import { spawnInfected } from '../../src/sim/horde';
import { Variant } from '../../src/sim/tuning';
import { worldFromAscii } from '../helpers';

describe('the heartbeat layer', () => {
  it('quickens as the nearest infected comes closer, and is silent beyond its range', () => {
    expect(heartbeatInterval(HEARTBEAT_RANGE + 0.5)).toBeNull();
    expect(heartbeatInterval(1)!).toBeLessThan(heartbeatInterval(6)!);
  });

  it('beats over time only with an awake infected near', () => {
    const w = worldFromAscii(['############', '#P.........#', '############'].join('\n'));
    const beats = (): number => {
      const hb = new Heartbeat();
      let n = 0;
      for (let k = 0; k < 300; k++) if (hb.update(1 / 60, w)) n++;
      return n;
    };
    expect(beats()).toBe(0);
    spawnInfected(w.horde, 9.5, 1.5, Variant.Sprinter, true);
    expect(beats()).toBe(0); // asleep
    w.horde.asleep[0] = 0;
    const far = beats();
    w.horde.x[0] = 2.5;
    expect(far).toBeGreaterThan(0);
    expect(beats()).toBeGreaterThan(far);
  });
});
