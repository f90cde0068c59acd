import { describe, expect, it } from 'vitest';
import { Wayfinder } from '../../src/game/wayfinding';
import { HALLWAY, hallwayTarget } from '../../src/chapters/hallway';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { worldFromAscii } from '../helpers';

// Two rooms joined by one door (D); the target X is in the right room.
const ROOMS = `
###########
#....#....#
#.P..D..X.#
#....#....#
###########`;

describe('the objective marker\'s waypoint', () => {
  it('leads to the door first when the objective is behind a wall', () => {
    const w = worldFromAscii(ROOMS);
    const wp = new Wayfinder(w.level.width, w.level.height).find(w, { x: 8.5, y: 2.5 });
    expect(wp).toMatchObject({ x: 5.5, y: 2.5, door: true });
    expect(wp!.distance).toBe(6);
  });

  it('goes straight for the objective once it can be walked to in a line', () => {
    const w = worldFromAscii(ROOMS);
    w.player.x = 6.5;
    const wp = new Wayfinder(w.level.width, w.level.height).find(w, { x: 8.5, y: 2.5 });
    expect(wp).toMatchObject({ x: 8.5, y: 2.5, door: false });
  });

  it('finds no way through a locked door', () => {
    const w = worldFromAscii(ROOMS.replace('D', 'K'));
    expect(new Wayfinder(w.level.width, w.level.height).find(w, { x: 8.5, y: 2.5 })).toBeNull();
  });
});

describe('chapter 1 for someone who has never seen the map', () => {
  const level = loadChapterMap('hallway');

  it('the marker leads to the first cabinet, then the bolt cutters, then the stairwell', () => {
    const w = createChapterWorld(HALLWAY, level);
    expect(hallwayTarget(w)).toEqual(w.level.cabinets[0]!.front);
    w.extinguisher.hasExtinguisher = true;
    w.cabinets[0]!.used = true;
    expect(hallwayTarget(w)).toMatchObject({ x: 49.5, y: 4.5 }); // the bolt cutters in the lab
    w.objects.itemTaken.fill(1);
    const exit = w.level.exits[0]!;
    expect(hallwayTarget(w)).toEqual({ x: exit.x + exit.w / 2, y: exit.y + exit.h / 2 });
  });

  it('after the bolt cutters the way to the stairwell goes back west and round the south corridor, not east past the desks', () => {
    const w = createChapterWorld(HALLWAY, level);
    // In the lab by the bolt cutters, the back door unlocked as the key does.
    w.player.x = 49.5;
    w.player.y = 4.5;
    for (const d of w.doors) if (d.locked && w.level.doors[w.doors.indexOf(d)]!.name === 'stairwell back door') d.locked = false;
    const finder = new Wayfinder(level.width, level.height);
    const exit = { x: 80.5, y: 10.5 };
    const first = finder.find(w, exit)!;
    // Out of the lab by a door, into the corridor, heading west (x decreasing) on the way.
    expect(first.door).toBe(true);
    // Walk the waypoints as a player would follow the arrow: the way passes the south corridor (y >= 17).
    let reachedSouth = false;
    for (let k = 0; k < 60; k++) {
      const wp = finder.find(w, exit);
      if (!wp) break;
      w.player.x = wp.x;
      w.player.y = wp.y;
      if (wp.y >= 17) reachedSouth = true;
    }
    expect(reachedSouth).toBe(true);
    expect(Math.abs(w.player.x - exit.x) + Math.abs(w.player.y - exit.y)).toBeLessThan(2);
  });

  it('every place the objective lines name has a plaque on the map', () => {
    const names = level.plaques.map((p) => p.text.toLowerCase());
    for (const place of ['science lab', 'south corridor', 'toilets', 'stairs', '2-3', 'music room', "teachers' room"]) {
      expect(names, place).toContain(place);
    }
  });
});
