import { describe, expect, it } from 'vitest';
import { worldFromAscii, run } from '../helpers';
import { spawnInfected } from '../../src/sim/horde';
import { step } from '../../src/sim/step';
import { emptyIntent } from '../../src/sim/intent';
import { cloneWorld } from '../../src/sim/snapshot';
import { hashWorld } from '../../src/sim/worldHash';
import { HORDE, SIGHTING, Variant, type VariantName } from '../../src/sim/tuning';
import type { World } from '../../src/sim/world';
import { stepChapter } from '../../src/chapters/beats';
import { DEFAULT_SIGHTINGS } from '../../src/chapters/sightings';
import { HALLWAY } from '../../src/chapters/hallway';

// A long room split by a wall with one door (closed) at x = 12.
const ROOM = `
##########################
#P..........#............#
#...........D............#
#...........#............#
##########################
`;

/** Variants sighted over `ticks` steps (in order, one entry per event). */
function sightedOver(world: World, ticks: number): VariantName[] {
  const out: VariantName[] = [];
  for (let t = 0; t < ticks; t++) {
    step(world, emptyIntent());
    for (const e of world.events) if (e.type === 'variantSighted') out.push(e.variant);
  }
  return out;
}

/** A sleeper stays put (and, at half sight, does not notice the player at these ranges). */
function sleeper(world: World, x: number, y: number, variant: number): void {
  spawnInfected(world.horde, x, y, variant as never, true);
}

describe('first sightings (the player sees each variant once)', () => {
  it('fires once per variant in sight, and never again for that variant', () => {
    const world = worldFromAscii(ROOM);
    sleeper(world, 5.5, 2.5, Variant.Sprinter);
    sleeper(world, 6.5, 3.5, Variant.Heavy);
    expect(sightedOver(world, 1).sort()).toEqual(['heavy', 'sprinter']);
    expect(world.variantsSeen).toBe((1 << Variant.Sprinter) | (1 << Variant.Heavy));
    // Another sprinter in plain sight is nothing new.
    sleeper(world, 7.5, 1.5, Variant.Sprinter);
    expect(sightedOver(world, 120)).toEqual([]);
    // A cheerleader is.
    sleeper(world, 8.5, 1.5, Variant.Cheerleader);
    expect(sightedOver(world, 10)).toEqual(['cheerleader']);
  });

  it('not through a wall or a closed door; once the door opens, yes', () => {
    const world = worldFromAscii(ROOM);
    world.player.x = 10.5;
    world.player.y = 2.5;
    sleeper(world, 14.5, 1.5, Variant.Heavy); // 4 tiles away, behind the wall
    sleeper(world, 14.5, 2.5, Variant.Climber); // behind the closed door
    expect(sightedOver(world, 120)).toEqual([]);
    const door = world.doors[0]!;
    world.player.x = 11.5; // face the door and open it
    step(world, { ...emptyIntent(), aimX: 1, interact: true });
    expect(door.open).toBe(true);
    // Through the open doorway, on the tick it opens, and only then.
    expect(world.events.filter((e) => e.type === 'variantSighted').map((e) => e.variant).sort()).toEqual(['climber', 'heavy']);
    expect(sightedOver(world, 2)).toEqual([]);
  });

  it(`only within ${SIGHTING.range} tiles (a circle, not the box around it)`, () => {
    const open = ['##############', ...Array.from({ length: 12 }, (_, y) => (y === 0 ? '#P' : '#.') + '.'.repeat(11) + '#'), '##############'].join('\n');
    const world = worldFromAscii(open);
    world.player.x = 1.5;
    world.player.y = 1.5;
    // dx 6, dy 5: inside the square of side 2 x range, outside the circle.
    sleeper(world, 7.5, 6.5, Variant.Heavy);
    expect(Math.hypot(6, 5)).toBeGreaterThan(SIGHTING.range);
    expect(sightedOver(world, 60)).toEqual([]);
    world.player.x = 2.5;
    world.player.y = 2.5;
    expect(sightedOver(world, 1)).toEqual(['heavy']);
  });

  it(`in the dark only within HORDE.darkSightRange (${HORDE.darkSightRange}) tiles, as the light shows it`, () => {
    const world = worldFromAscii(ROOM);
    world.player.x = 1.5;
    world.player.y = 2.5;
    // The room's east half of the west side is dark; the player stands in the light.
    for (let y = 1; y <= 3; y++) for (let x = 5; x <= 11; x++) world.dark[y * world.grid.width + x] = 1;
    sleeper(world, 6.5, 2.5, Variant.Heavy); // 5 tiles, in the dark
    expect(sightedOver(world, 60)).toEqual([]);
    world.player.x = 4.5; // 2 tiles: inside the light
    expect(sightedOver(world, 1)).toEqual(['heavy']);
    // A player standing in the dark still sees into the light.
    const lit = worldFromAscii(ROOM);
    lit.player.x = 6.5;
    lit.player.y = 2.5;
    for (let y = 1; y <= 3; y++) for (let x = 5; x <= 7; x++) lit.dark[y * lit.grid.width + x] = 1;
    sleeper(lit, 11.5, 2.5, Variant.Sprinter); // 5 tiles, lit
    expect(sightedOver(lit, 1)).toEqual(['sprinter']);
  });

  it('foam does not hide them from the player (the view draws them through it)', () => {
    const world = worldFromAscii(ROOM);
    sleeper(world, 5.5, 1.5, Variant.Heavy);
    world.foam[1 * world.grid.width + 5] = 3;
    world.foam[1 * world.grid.width + 3] = 3;
    expect(sightedOver(world, 1)).toEqual(['heavy']);
  });

  it('the seen mask survives a checkpoint copy and is part of the state hash', () => {
    const a = worldFromAscii(ROOM);
    const b = worldFromAscii(ROOM);
    expect(hashWorld(a)).toBe(hashWorld(b));
    sleeper(a, 5.5, 1.5, Variant.Heavy);
    sleeper(b, 5.5, 1.5, Variant.Heavy);
    run(a, 1);
    run(b, 1);
    b.variantsSeen = 0;
    expect(hashWorld(a)).not.toBe(hashWorld(b));
    const copy = cloneWorld(a);
    expect(copy.variantsSeen).toBe(a.variantsSeen);
    expect(sightedOver(copy, 30)).toEqual([]);
  });
});

describe('first-sighting captions', () => {
  it("a chapter's own line, else the default, as a beat at the infected", () => {
    const world = worldFromAscii(ROOM);
    sleeper(world, 5.5, 1.5, Variant.Heavy);
    sleeper(world, 6.5, 1.5, Variant.Climber);
    stepChapter(world, emptyIntent(), null, HALLWAY.sightings);
    const beats = world.events.filter((e) => e.type === 'beat');
    expect(beats).toContainEqual(expect.objectContaining({ name: 'sighted_heavy', caption: HALLWAY.sightings!.heavy, x: 5.5, y: 1.5 }));
    expect(HALLWAY.sightings!.heavy).toMatch(/coach.*foam/i);
    expect(beats).toContainEqual(expect.objectContaining({ name: 'sighted_climber', caption: DEFAULT_SIGHTINGS.climber }));
    // Once: the next ticks caption nothing.
    for (let t = 0; t < 30; t++) {
      stepChapter(world, emptyIntent(), null, HALLWAY.sightings);
      expect(world.events.some((e) => e.type === 'beat')).toBe(false);
    }
  });
});
