import { describe, expect, it } from 'vitest';
import { markSeen } from '../../src/ui/floorPlan';

describe('the floor plan remembers what was on screen', () => {
  it('marks the cells of the view, clamped to the map', () => {
    const seen = new Uint8Array(10 * 5);
    markSeen(seen, 10, 5, -3.2, 1.5, 2.5, 9);
    const rows = Array.from({ length: 5 }, (_, y) => Array.from(seen.slice(y * 10, y * 10 + 10)).join(''));
    expect(rows).toEqual(['0000000000', '1110000000', '1110000000', '1110000000', '1110000000']);
  });

  it('keeps what was seen before', () => {
    const seen = new Uint8Array(4 * 1);
    markSeen(seen, 4, 1, 0, 0, 0.5, 0.5);
    markSeen(seen, 4, 1, 3, 0, 3.5, 0.5);
    expect(Array.from(seen)).toEqual([1, 0, 0, 1]);
  });
});
