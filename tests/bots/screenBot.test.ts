import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { playChapter } from '../../src/bots/chapterRun';
import { ScreenView, UNKNOWN } from '../../src/bots/screenView';
import { HALLWAY } from '../../src/chapters/hallway';
import { createChapterWorld } from '../../src/chapters/chapterWorld';
import { Tile } from '../../src/sim/grid';
import { spawnInfected } from '../../src/sim/horde';
import { TICK_RATE } from '../../src/sim/tuning';
import { createRng, nextFloat } from '../../src/sim/rng';

/**
 * The screen-only bot plays chapter 1 knowing only what a 1280x720 screen shows. Its
 * ScreenView must not leak the map beyond the camera, and the bot must still find the
 * way (the marker, the prompts) and get out on Normal.
 */
const level = loadChapterMap('hallway');

/** A seeded generator: the sim's own mulberry32 (src/sim/rng.ts), as a function. */
function rng(seed: number): () => number {
  const state = createRng(seed);
  return () => nextFloat(state);
}

describe('ScreenView', () => {
  it('reads no cell and no infected outside the camera, and every cell inside it', () => {
    const random = rng(11);
    const floors: number[] = [];
    for (let c = 0; c < level.width * level.height; c++) if (level.tiles[c] === Tile.Floor) floors.push(c);
    for (let trial = 0; trial < 40; trial++) {
      const world = createChapterWorld(HALLWAY, level, { seed: trial + 1, overrides: { difficulty: 'normal' } });
      const cell = floors[Math.floor(random() * floors.length)]!;
      world.player.x = (cell % level.width) + 0.5;
      world.player.y = Math.floor(cell / level.width) + 0.5;
      // Infected scattered over the whole map: only those on screen may be listed.
      for (let k = 0; k < 30; k++) {
        const c = floors[Math.floor(random() * floors.length)]!;
        spawnInfected(world.horde, (c % level.width) + 0.5, Math.floor(c / level.width) + 0.5, 0);
      }
      const view = new ScreenView(HALLWAY, world);
      view.observe(world);
      const cam = view.camera;
      // 1280x720 at the game's zoom: about 23 x 13 tiles, inside the map.
      expect(cam.w).toBeGreaterThan(22);
      expect(cam.w).toBeLessThan(24);
      expect(cam.h).toBeCloseTo(13, 5);
      expect(cam.x).toBeGreaterThanOrEqual(0);
      expect(cam.x + cam.w).toBeLessThanOrEqual(level.width);
      for (let y = 0; y < level.height; y++) {
        for (let x = 0; x < level.width; x++) {
          const inside = x + 1 > cam.x && x < cam.x + cam.w && y + 1 > cam.y && y < cam.y + cam.h;
          const read = view.tileAt(x, y);
          if (inside) expect(read).toBe(level.tiles[y * level.width + x]);
          else expect(read, `cell (${x}, ${y}) outside the camera`).toBe(UNKNOWN);
        }
      }
      for (const z of view.infected) expect(view.onScreen(z.x, z.y)).toBe(true);
      let onScreen = 0;
      for (let i = 0; i < world.horde.count; i++) if (view.onScreen(world.horde.x[i]!, world.horde.y[i]!)) onScreen++;
      expect(view.infected.length).toBe(onScreen);
    }
  }, 60_000);

  it('remembers what was on screen once, as a player remembers the way', () => {
    const world = createChapterWorld(HALLWAY, level, { seed: 1, overrides: { difficulty: 'normal' } });
    const view = new ScreenView(HALLWAY, world);
    view.observe(world);
    const seen = view.tileAt(Math.floor(world.player.x), Math.floor(world.player.y));
    expect(seen).not.toBe(UNKNOWN);
    expect(view.tileAt(level.width - 2, level.height - 2)).toBe(UNKNOWN);
    world.player.x = level.width - 2.5;
    world.player.y = level.height - 2.5;
    view.restart(); // the camera jumps, as after a retry
    view.observe(world);
    expect(view.tileAt(level.width - 2, level.height - 2)).not.toBe(UNKNOWN);
    expect(view.tileAt(25, 2)).toBe(seen);
  });
});

describe('the screen-only bot', () => {
  it.each([3, 8, 10])('gets out of chapter 1 on Normal, one life (seed %i)', (seed) => {
    const run = playChapter(HALLWAY, level, seed, 'normal', 'screen');
    console.log(`screen bot normal seed ${seed}: ${run.status} in ${(run.ticks / TICK_RATE).toFixed(1)} s, grabs ${run.grabsTaken}, uses ${run.screen?.uses}`);
    expect(run.status).toBe('won');
    expect(run.retriesUsed).toBe(0);
  }, 60_000);
});
