import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWorld } from '../../src/sim/world';
import { step } from '../../src/sim/step';
import { Tile } from '../../src/sim/grid';
import { boxHitsSolid } from '../../src/sim/collision';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { INFECTED, Variant, type VariantId } from '../../src/sim/tuning';
import { emptyIntent } from '../../src/sim/intent';
import { playerCanSee } from '../../src/sim/director';
import { noAuthoredObjects, type LevelData } from '../../src/sim/level';
import { worldFromAscii } from '../helpers';

/** A random walled map: border walls, random interior walls and doors, floor elsewhere. */
function randomLevel(seed: number, width: number, height: number, wallChance: number): LevelData {
  let s = seed >>> 0 || 1;
  const rand = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const tiles = new Uint8Array(width * height);
  const doors: LevelData['doors'] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const border = x === 0 || y === 0 || x === width - 1 || y === height - 1;
      const r = rand();
      let kind: number = Tile.Floor;
      if (border || r < wallChance) kind = Tile.Wall;
      else if (r < wallChance + 0.02) {
        kind = Tile.Door;
        doors.push({ x, y, open: rand() < 0.5, locked: false });
      }
      tiles[y * width + x] = kind;
    }
  }
  const px = 1 + Math.floor(rand() * (width - 2));
  const py = 1 + Math.floor(rand() * (height - 2));
  tiles[py * width + px] = Tile.Floor;
  return { id: 'random', name: 'random', width, height, tiles, doors, playerStart: { x: px + 0.5, y: py + 0.5 }, exits: [], spawnPoints: [], infected: [], ...noAuthoredObjects() };
}

describe('horde invariants over random maps and seeds', () => {
  it('no NaN, nobody inside a wall, and the count only changes by spawns and deaths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 8 }),
        (seed, agents, moves) => {
          const level = randomLevel(seed, 24, 16, 0.18);
          const world = createWorld(level, seed);
          const h = world.horde;
          // Scatter agents on free floor cells.
          let placed = 0;
          for (let c = 0; c < level.width * level.height && placed < agents; c += 1 + (seed % 7)) {
            if (world.grid.solid[c] !== 0) continue;
            const x = (c % level.width) + 0.5;
            const y = Math.floor(c / level.width) + 0.5;
            const i = spawnInfected(h, x, y, (placed % 4) as VariantId);
            if (placed % 3 === 0) h.hunter[i] = 1;
            placed++;
          }
          const intent = emptyIntent();
          for (let t = 0; t < 240; t++) {
            const [mx, my, run, interact] = moves[Math.floor(t / 30) % moves.length]!;
            intent.moveX = mx;
            intent.moveY = my;
            intent.run = run;
            intent.interact = interact && t % 20 < 10;
            step(world, intent);
            if (world.status !== 'playing') break;
          }
          expect(h.count).toBe(placed);
          for (let i = 0; i < h.count; i++) {
            const r = INFECTED[h.variant[i]!]!.radius;
            expect(Number.isFinite(h.x[i]) && Number.isFinite(h.y[i]) && Number.isFinite(h.vx[i]) && Number.isFinite(h.vy[i])).toBe(true);
            expect(Number.isFinite(h.headingX[i]) && Number.isFinite(h.headingY[i])).toBe(true);
            expect(boxHitsSolid(world.grid, h.x[i]!, h.y[i]!, r * 0.999)).toBe(false);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

const DIRECTOR_MAP = `
########################################
#s.....#.........s.........#..........s#
#......#...................#...........#
#......D...................D...........#
#......#.........P.........#...........#
#......#...................#...........#
#s.....#.........s.........#..........s#
########################################`;

describe('the director', () => {
  it('never spawns where the player can see, whatever the seed and wherever the player walks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), fc.double({ min: -1, max: 1, noNaN: true }), (seed, dir) => {
        const world = worldFromAscii(DIRECTOR_MAP, seed);
        world.player.grabImmunity = Infinity; // keep the run going
        const intent = emptyIntent();
        let spawns = 0;
        for (let t = 0; t < 60 * 40; t++) {
          intent.moveX = Math.sin(t / 200 + dir * 3);
          intent.moveY = Math.cos(t / 150) * 0.5;
          step(world, intent);
          for (const e of world.events) {
            if (e.type !== 'directorSpawn') continue;
            spawns++;
            expect(playerCanSee(world, e.x, e.y)).toBe(false);
          }
        }
        expect(spawns).toBeGreaterThan(0);
        expect(world.director.spawned).toBeLessThanOrEqual(world.director.budget);
      }),
      { numRuns: 8 },
    );
  });

  it('cycles build-up -> peak -> fade -> relax as intensity rises and falls, and logs each decision', () => {
    const world = worldFromAscii(DIRECTOR_MAP, 7);
    world.player.grabImmunity = Infinity;
    const phases: string[] = [];
    for (let t = 0; t < 60 * 90; t++) {
      // A noisy player: running back and forth.
      step(world, { ...emptyIntent(), moveX: Math.sign(Math.sin(t / 90)), run: true });
      for (const e of world.events) if (e.type === 'directorPhase') phases.push(e.phase);
    }
    const joined = phases.join(',');
    expect(joined).toContain('buildUp,peak,fade,relax');
  });

  it('never spawns into a safe area', () => {
    const base = worldFromAscii(DIRECTOR_MAP, 3);
    const level: LevelData = { ...base.level, safeZones: [{ x: 28, y: 1, w: 11, h: 6 }] };
    const world = createWorld(level, 3);
    world.player.grabImmunity = Infinity;
    for (let t = 0; t < 60 * 60; t++) {
      step(world, emptyIntent());
      for (const e of world.events) if (e.type === 'directorSpawn') expect(e.x).toBeLessThan(28);
    }
    expect(world.director.spawned).toBeGreaterThan(0);
  });
});

describe('climbing and piles', () => {
  const ROOF = `
####################
#P.................#
#..................#
#^^^^^^^^^^^^^^^^^^#
#..................#
#..................#
#..................#
####################`;

  it('climbers scale a facade; others pile at its base until the pile crests it', () => {
    const world = worldFromAscii(ROOF);
    world.player.grabImmunity = Infinity;
    const h = world.horde;
    const climber = spawnInfected(h, 10.5, 5.5, Variant.Climber);
    h.hunter[climber] = 1;
    let climbed = false;
    for (let t = 0; t < 60 * 6 && !climbed; t++) {
      step(world, emptyIntent());
      climbed = h.y[0]! < 3;
    }
    expect(climbed).toBe(true);

    const world2 = worldFromAscii(ROOF);
    world2.player.grabImmunity = Infinity;
    const h2 = world2.horde;
    for (let k = 0; k < 12; k++) {
      const i = spawnInfected(h2, 3.5 + (k % 6) * 0.6, 5.5 + Math.floor(k / 6) * 0.6, Variant.Sprinter);
      h2.hunter[i] = 1;
    }
    let opened = false;
    for (let t = 0; t < 60 * 20 && !opened; t++) {
      step(world2, emptyIntent());
      opened = world2.events.some((e) => e.type === 'pileOpened');
    }
    expect(opened).toBe(true);
    let over = false;
    for (let t = 0; t < 60 * 20 && !over; t++) {
      step(world2, emptyIntent());
      for (let i = 0; i < h2.count; i++) if (h2.y[i]! < 3) over = true;
    }
    expect(over).toBe(true);
    expect([InfectedState.Climb, InfectedState.Search, InfectedState.Alerted, InfectedState.Sprint]).toContain(h2.state[0]);
  });
});
