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

  it("the marker leads to the first cabinet, then the bolt cutters, then the spare keys, then the stairwell", () => {
    const w = createChapterWorld(HALLWAY, level);
    expect(hallwayTarget(w)).toEqual(w.level.cabinets[0]!.front);
    w.extinguisher.hasExtinguisher = true;
    w.cabinets[0]!.used = true;
    const cutters = level.items.findIndex((i) => i.kind === 'key' && i.item === 'bolt cutters');
    const spare = level.items.findIndex((i) => i.kind === 'key' && i.item === 'spare keys');
    expect(hallwayTarget(w)).toEqual(level.items[cutters]); // in the lab
    w.objects.itemTaken[cutters] = 1;
    expect(hallwayTarget(w)).toEqual(level.items[spare]); // in the teachers' room
    w.objects.itemTaken[spare] = 1;
    expect(hallwayTarget(w)).not.toEqual(level.items[spare]);
    w.objects.itemTaken.fill(1);
    const exit = w.level.exits[0]!;
    expect(hallwayTarget(w)).toEqual({ x: exit.x + exit.w / 2, y: exit.y + exit.h / 2 });
  });

  it("after the bolt cutters the way to the spare keys goes back west, through the music room and round the south corridor, not east past the desks", () => {
    const w = createChapterWorld(HALLWAY, level);
    // In the lab by the bolt cutters, the back door unlocked as the key does.
    const cutters = level.items.find((i) => i.kind === 'key' && i.item === 'bolt cutters')!;
    const spare = level.items.find((i) => i.kind === 'key' && i.item === 'spare keys')!;
    w.player.x = cutters.x;
    w.player.y = cutters.y;
    for (const d of w.doors) if (d.locked && w.level.doors[w.doors.indexOf(d)]!.name === 'stairwell back door') d.locked = false;
    const finder = new Wayfinder(level.width, level.height);
    const first = finder.find(w, spare)!;
    // Out of the lab by a door, into the corridor, heading west (x decreasing) on the way.
    expect(first.door).toBe(true);
    // Walk the waypoints as a player would follow the arrow: the way passes the music room
    // (west of the west link, x < 13) and the south corridor (y >= 17).
    let reachedSouth = false;
    let musicRoom = false;
    for (let k = 0; k < 80; k++) {
      const wp = finder.find(w, spare);
      if (!wp) break;
      w.player.x = wp.x;
      w.player.y = wp.y;
      if (wp.y >= 17) reachedSouth = true;
      if (wp.x < 13 && wp.y > 9) musicRoom = true;
    }
    expect(musicRoom).toBe(true);
    expect(reachedSouth).toBe(true);
    expect(Math.abs(w.player.x - spare.x) + Math.abs(w.player.y - spare.y)).toBeLessThan(2);
  });

  it('every place the objective lines name has a plaque on the map', () => {
    const names = level.plaques.map((p) => p.text.toLowerCase());
    for (const place of ['science lab', 'south corridor', 'toilets', 'stairs', '2-3', 'music room', "teachers' room", 'library', 'art room', 'computer room']) {
      expect(names, place).toContain(place);
    }
  });
});
