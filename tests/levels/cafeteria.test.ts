import { describe, expect, it } from 'vitest';
import { loadChapterMap } from '../../src/levels/chapterMaps';
import { reachableFrom, reachedCell, reachedRect } from '../../src/levels/reachability';
import { Tile } from '../../src/sim/grid';
import { pointInRect } from '../../src/sim/level';
import { ItemState } from '../../src/sim/objects';
import { createWorld } from '../../src/sim/world';
import { CAFETERIA_BONUS, CAFETERIA_NEEDED } from '../../src/chapters/cafeteria';

const level = loadChapterMap('cafeteria');
const hallway = loadChapterMap('hallway');
const loot = level.items.filter((i) => i.kind === 'loot');
const fixed = loot.filter((i) => !i.seeded && i.machine === undefined);
const seeded = loot.filter((i) => i.seeded);
const machine = loot.filter((i) => i.machine !== undefined);

describe('the cafeteria map (chapter 2, src/levels/maps/cafeteria.tmj)', () => {
  it('loads, and everything on it can be reached from the stairs without a key', () => {
    const r = reachableFrom(level, level.playerStart);
    for (const item of level.items) expect(reachedCell(r, Math.floor(item.x), Math.floor(item.y)), `${item.kind} at ${item.x},${item.y}`).toBe(true);
    for (const t of level.triggers) expect(reachedRect(r, t), `trigger ${t.name}`).toBe(true);
    for (const c of level.checkpoints) expect(reachedCell(r, Math.floor(c.respawn.x), Math.floor(c.respawn.y)), `checkpoint ${c.name}`).toBe(true);
    for (const v of level.vendingMachines ?? []) expect(reachedCell(r, Math.floor(v.front.x), Math.floor(v.front.y))).toBe(true);
    // The loading door is locked and no key opens it: the yard behind it is the horde's.
    expect(r.lockedOut).toEqual(['loading door']);
    expect(reachedCell(r, 58, 3)).toBe(false);
  });

  it('holds enough snacks: six in every run without the machine, ten for the bonus with it or the seeded spots', () => {
    expect(fixed.length).toBeGreaterThanOrEqual(CAFETERIA_NEEDED);
    expect(fixed.length + machine.length).toBeGreaterThanOrEqual(CAFETERIA_BONUS);
    expect(machine.length).toBeGreaterThanOrEqual(3); // the machine gives several at once
    const snacks = level.objectives.find((o) => o.id === 'snacks');
    const bonus = level.objectives.find((o) => o.id === 'bonus');
    expect(snacks).toMatchObject({ kind: 'collect', item: 'snack', count: CAFETERIA_NEEDED, optional: false });
    expect(bonus).toMatchObject({ kind: 'collect', item: 'snack', count: CAFETERIA_BONUS, optional: true });
    // Snacks are brought back to the stairs: where the player starts, and safe.
    const area = snacks?.kind === 'collect' ? snacks.deliver! : null;
    expect(area && pointInRect(level.playerStart.x, level.playerStart.y, area)).toBe(true);
    expect(level.safeZones.some((z) => area && z.x === area.x && z.y === area.y)).toBe(true);
  });

  it('the food is deep: every fixed snack is behind the counters or beyond, and the hall never holds half of the six', () => {
    // Rows 0-8: the kitchen, the pantry, the loading bay and the serving line behind the counters (row 9).
    const deep = (y: number) => y < 9;
    for (const s of fixed) expect(deep(s.y), `snack at ${s.x},${s.y}`).toBe(true);
    for (let seed = 1; seed <= 20; seed++) {
      const w = createWorld(level, seed);
      const inHall = level.items.filter((item, i) => item.kind === 'loot' && item.machine === undefined && !deep(item.y) && w.objects.itemTaken[i] === ItemState.OnFloor);
      expect(inHall.length, `seed ${seed}`).toBeLessThanOrEqual(CAFETERIA_NEEDED / 2);
    }
  });

  it('the seed fills half the seeded spots, and different seeds fill different ones', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(4);
    const filled = (seed: number) =>
      level.items.flatMap((item, i) => (item.kind === 'loot' && item.seeded && createWorld(level, seed).objects.itemTaken[i] === ItemState.OnFloor ? [i] : []));
    expect(filled(1)).toHaveLength(seeded.length / 2);
    expect(filled(1)).toEqual(filled(1));
    const patterns = new Set([1, 2, 3, 4, 5, 6].map((s) => filled(s).join(',')));
    expect(patterns.size).toBeGreaterThan(1);
  });

  it('has more infected than the hallway, most of them asleep at the tables, the cheerleader and the coach', () => {
    expect(level.infected.length).toBeGreaterThan(hallway.infected.length);
    const asleep = level.infected.filter((z) => z.asleep).length;
    expect(asleep * 2).toBeGreaterThan(level.infected.length);
    expect(level.infected.some((z) => z.variant === 'cheerleader')).toBe(true);
    expect(level.infected.some((z) => z.variant === 'heavy')).toBe(true);
    // Sleepers sit beside the tables (a Table cell next to them).
    const nextToTable = (x: number, y: number) =>
      [-1, 0, 1].some((dy) => [-1, 0, 1].some((dx) => level.tiles[(Math.floor(y) + dy) * level.width + Math.floor(x) + dx] === Tile.Table));
    const seated = level.infected.filter((z) => z.asleep && nextToTable(z.x, z.y)).length;
    expect(seated).toBeGreaterThanOrEqual(10);
  });

  it('signposts every place the chapter names, and the pantry is dark', () => {
    const plaques = level.plaques.map((p) => p.text.toLowerCase()).join(' | ');
    for (const place of ['kitchen', 'pantry', 'loading', 'stairs', 'vending', 'serving']) expect(plaques).toContain(place);
    const pantry = level.triggers.find((t) => t.name === 'pantry')!;
    expect(level.dark?.some((d) => d.x === pantry.x && d.y === pantry.y && d.w === pantry.w)).toBe(true);
    expect(level.items.filter((i) => i.kind === 'decoy' && i.item === 'tray').length).toBeGreaterThanOrEqual(3);
    expect(level.doors.find((d) => d.name === 'loading door')?.locked).toBe(true);
  });
});
