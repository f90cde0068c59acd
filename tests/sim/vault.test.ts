import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import { Tile } from '../../src/sim/grid';
import { step } from '../../src/sim/step';
import { PLAYER, TICK_RATE, TICK_SECONDS, VAULT } from '../../src/sim/tuning';
import { createWorld, type World } from '../../src/sim/world';
import { intent, run } from '../helpers';
import { cafeteriaWorldOptions } from '../../src/chapters/cafeteria';
import { newRunState } from '../../src/campaign/runState';

// A two-row dining table between the player and the far side of the room.
const HALL = `
##########
#...TT...#
#.P.TT...#
#...TT...#
##########`;
// The same table with a wall right behind it: nowhere to land.
const AGAINST_WALL = `
#######
#...TT#
#.P.TT#
#...TT#
#######`;

const world = (plan = HALL, tableVault = true): World => createWorld(parseAsciiLevel('v', 'v', plan.trim()), 1, { peaceful: true, tableVault });
const tileUnder = (w: World) => w.grid.tiles[Math.floor(w.player.y) * w.grid.width + Math.floor(w.player.x)];

describe('sliding over a table (chapter 2)', () => {
  it('holding toward a table slides the player over it to the far side, slower than sneaking', () => {
    const w = world();
    let onTable = 0;
    let fastest = 0;
    for (let t = 0; t < 6 * TICK_RATE && w.player.x < 6.5; t++) {
      const x = w.player.x;
      step(w, intent({ moveX: 1 }));
      if (w.player.vaultLeft > 0) {
        onTable++;
        fastest = Math.max(fastest, w.player.x - x);
      }
    }
    expect(w.player.x).toBeGreaterThan(6);
    expect(onTable).toBeGreaterThan(0);
    expect(fastest).toBeLessThan(PLAYER.sneakSpeed * TICK_SECONDS);
  });

  it('cannot stop on the table: letting go mid-slide still lands on the far side', () => {
    const w = world();
    for (let t = 0; t < 3 * TICK_RATE && w.player.vaultLeft === 0; t++) step(w, intent({ moveX: 1 }));
    expect(w.player.vaultLeft).toBeGreaterThan(0);
    run(w, 5 * TICK_RATE, intent());
    expect(tileUnder(w)).toBe(Tile.Floor);
    expect(w.player.x).toBeGreaterThan(6);
  });

  it('is loud as the player climbs on (louder than running), and the table stays solid for the horde', () => {
    const w = world();
    let loudest = 0;
    for (let t = 0; t < 3 * TICK_RATE && w.player.vaultLeft === 0; t++) {
      step(w, intent({ moveX: 1 }));
      for (const e of w.events) if (e.type === 'noise') loudest = Math.max(loudest, e.loudness);
    }
    expect(loudest).toBe(VAULT.noise);
    run(w, 5 * TICK_RATE, intent());
    expect(w.grid.solid[2 * w.grid.width + 4]).toBe(1);
  });

  it('a bump does not vault; a table against a wall, or a level without sliding, just blocks', () => {
    const bump = world();
    // Walks up to it (the body stops at its edge), then pushes for half the hold.
    for (let t = 0; t < 2 * TICK_RATE && bump.player.x < 4 - PLAYER.radius - 0.01; t++) step(bump, intent({ moveX: 1 }));
    run(bump, Math.round((VAULT.holdSeconds / 2) * TICK_RATE), intent({ moveX: 1 }));
    run(bump, TICK_RATE, intent());
    expect(bump.player.x).toBeLessThan(4);
    for (const w of [world(AGAINST_WALL), world(HALL, false)]) {
      run(w, 4 * TICK_RATE, intent({ moveX: 1 }));
      expect(w.player.x).toBeLessThan(4);
      expect(w.player.vaultLeft).toBe(0);
    }
  });
});

describe('where tables can be slid over', () => {
  it('the cafeteria turns it on; other chapters keep their tables (and the roof its water tanks) solid', () => {
    expect(cafeteriaWorldOptions(newRunState()).tableVault).toBe(true);
    expect(createWorld(parseAsciiLevel('v', 'v', HALL.trim()), 1).player.canVault).toBe(false);
  });
});

describe('the slide is heard and told', () => {
  it('climbing onto the table is a tableSlid event (the scrape), and touching it first counts as pushing', () => {
    const w = world();
    let pushed = false;
    let slid = 0;
    for (let t = 0; t < 3 * TICK_RATE; t++) {
      step(w, intent({ moveX: 1 }));
      if (w.player.vaultHold > 0) pushed = true;
      slid += w.events.filter((e) => e.type === 'tableSlid').length;
    }
    expect(pushed).toBe(true);
    expect(slid).toBe(1);
  });
});
