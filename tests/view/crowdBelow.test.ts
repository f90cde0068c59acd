import { describe, expect, it } from 'vitest';
import { CROWD_BELOW, FACE_LOOKS, crowdLayout, dropRect, headsShown } from '../../src/view/crowdBelow';
import { loadMapFile } from '../../bench/maps';
import { siegeSegments } from '../../src/sim/siege';
import { Tile } from '../../src/sim/grid';

/** The drop south of a wall: 6 tiles along it, 3 out (the wall is the rect's top side). */
const south = { x: 10, y: 30, w: 6, h: 3, outX: 0, outY: 1 };

describe('the crowd below the walls', () => {
  it('draws one head per body counted below, up to what the drop holds', () => {
    const l = crowdLayout(south, 0);
    expect(l.count).toBe(6 * 3 * CROWD_BELOW.headsPerTile);
    expect(headsShown(0, l.count)).toBe(0);
    expect(headsShown(198, l.count)).toBe(198);
    expect(headsShown(5000, l.count)).toBe(l.count);
  });

  it('fills from the wall outward: the first heads press against the wall, faces up', () => {
    const l = crowdLayout(south, 3);
    const meanY = (from: number, to: number) => {
      let s = 0;
      for (let i = from; i < to; i++) s += l.y[i]!;
      return s / (to - from);
    };
    const third = Math.floor(l.count / 3);
    // A thin crowd hugs the wall (y = 30); a thick one reaches the street.
    expect(meanY(0, third)).toBeLessThan(meanY(2 * third, l.count) - 1);
    let frontFaces = 0;
    let frontArms = 0;
    for (let i = 0; i < 40; i++) {
      if (l.look[i]! < FACE_LOOKS) frontFaces++;
      frontArms += l.armsUp[i]!;
    }
    expect(frontFaces).toBeGreaterThan(30);
    expect(frontArms).toBeGreaterThan(15);
    for (let i = 0; i < l.count; i++) {
      expect(l.x[i]).toBeGreaterThanOrEqual(south.x);
      expect(l.x[i]).toBeLessThanOrEqual(south.x + south.w);
      expect(l.y[i]).toBeGreaterThanOrEqual(south.y);
      expect(l.y[i]).toBeLessThanOrEqual(south.y + south.h);
    }
  });

  it('is the same crowd every game, and neighbouring segments differ', () => {
    expect(Array.from(crowdLayout(south, 5).x)).toEqual(Array.from(crowdLayout(south, 5).x));
    expect(Array.from(crowdLayout(south, 5).x)).not.toEqual(Array.from(crowdLayout(south, 6).x));
  });

  it("puts no head over the rooftop's wall or roof, and covers the drop at every wall of the real map", () => {
    const level = loadMapFile('rooftop');
    const seg = siegeSegments(level);
    const w = level.width;
    const isDrop = (x: number, y: number) => level.tiles[Math.floor(y) * w + Math.floor(x)] === Tile.Void;
    // Every Void cell of the map's outer ring should get heads from some segment (corners included).
    const covered = new Uint8Array(w * level.height);
    for (let k = 0; k < seg.count; k++) {
      const r = dropRect(level, seg, k, 3);
      const l = crowdLayout({ ...r, outX: seg.outX[k]!, outY: seg.outY[k]! }, k, isDrop);
      for (let i = 0; i < l.count; i++) {
        expect(isDrop(l.x[i]!, l.y[i]!)).toBe(true);
        covered[Math.floor(l.y[i]!) * w + Math.floor(l.x[i]!)] = 1;
      }
    }
    let voids = 0;
    let bare = 0;
    for (let c = 0; c < w * level.height; c++) {
      if (level.tiles[c] !== Tile.Void) continue;
      voids++;
      if (!covered[c]) bare++;
    }
    expect(voids).toBeGreaterThan(0);
    expect(bare).toBe(0);
  });
});
