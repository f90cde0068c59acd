import { Tile } from '../../sim/grid';
import type { ItemSpec } from '../../sim/level';
import { reachableFrom, reachedAreas } from '../reachability';
import type { LoadContext } from './context';
import { CellProblems, at, nameList, quote } from './format';

/** Cells a door may sit between. */
const WALL_LINE: readonly number[] = [Tile.Wall, Tile.Window, Tile.Door, Tile.Cabinet];

/**
 * Every Door tile is a door (closed, unlocked until a door object says otherwise), and it
 * must sit in a wall line: walls on two opposite sides, open cells on the other two.
 */
export function readDoorTiles(ctx: LoadContext): void {
  const { width, height, tileAt } = ctx;
  const badDoors = new CellProblems();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (tileAt(x, y) !== Tile.Door) continue;
      const wall = (dx: number, dy: number) => WALL_LINE.includes(tileAt(x + dx, y + dy));
      const acrossX = wall(-1, 0) && wall(1, 0) && !wall(0, -1) && !wall(0, 1);
      const acrossY = wall(0, -1) && wall(0, 1) && !wall(-1, 0) && !wall(1, 0);
      if (!acrossX && !acrossY) badDoors.add('door not on a wall line (needs walls on two opposite sides and open cells on the other two)', at(x, y));
      ctx.doorCells.set(y * width + x, { x, y, open: false, locked: false });
    }
  }
  badDoors.flush(ctx.problems);
}

/**
 * The rules about the level as a whole, checked once every object is read. Each is linear
 * in objects and cells (maps by name, summed-area tables for areas), and the lists of names
 * a message offers are built once.
 */
export function checkLevelRules(ctx: LoadContext, hasMarkers: boolean): void {
  const { problems } = ctx;
  if (hasMarkers) {
    // An object of the type that had its own problems already says what is wrong with it.
    if (ctx.starts.length === 0 && !ctx.seenTypes.has('player_start')) {
      problems.push("no player_start object in layer 'markers'");
    }
    if (ctx.starts.length > 1) problems.push(`${ctx.starts.length} player_start objects, expected exactly one`);
    // Authored objectives say how the chapter is won; without them the exit is the objective.
    const objectiveTried = ctx.objectives.length > 0 || ctx.seenTypes.has('objective');
    if (ctx.exits.length === 0 && !objectiveTried && !ctx.seenTypes.has('exit')) {
      problems.push("no exit object in layer 'markers' (the level's objective)");
    }
  }

  // Doors by name, now that every door has its name: is any door of that name locked?
  const lockedByName = new Map<string, boolean>();
  for (const d of ctx.doorCells.values()) {
    if (d.name === undefined) continue;
    lockedByName.set(d.name, (lockedByName.get(d.name) ?? false) || d.locked);
  }
  let doorNames: string | null = null;
  const knownDoors = () => (doorNames ??= lockedByName.size === 0 ? 'none named' : nameList([...lockedByName.keys()]));
  for (const k of ctx.keys) {
    const key = ctx.items[k.item];
    if (key?.kind !== 'key') continue;
    const locked = lockedByName.get(key.unlocks);
    if (locked !== true && problems.full) problems.skip();
    else if (locked === undefined) {
      problems.push(`${k.label}: unlocks ${quote(key.unlocks)}, but no door has that name (doors: ${knownDoors()})`);
    } else if (!locked) {
      problems.push(`${k.label}: unlocks ${quote(key.unlocks)}, but that door is not locked (set its 'locked' property, or remove the key)`);
    }
  }
  for (const ref of ctx.doorRefs) {
    if (!lockedByName.has(ref.name)) problems.push(`${ref.label}: protects door ${quote(ref.name)}, but no door has that name (doors: ${knownDoors()})`);
  }

  // A collect objective must be completable with the items the map holds.
  if (ctx.collects.length > 0) {
    const itemCounts = new Map<string, number>();
    for (const item of ctx.items) {
      // A seeded spot holds something only on some seeds: a collect must not need it.
      if (item.kind === 'loot' && item.seeded) continue;
      const name = itemName(item);
      itemCounts.set(name, (itemCounts.get(name) ?? 0) + 1);
    }
    let itemNames: string | null = null;
    for (const c of ctx.collects) {
      const held = itemCounts.get(c.item) ?? 0;
      if (held < c.count) {
        itemNames ??= nameList([...itemCounts.keys()]);
        problems.push(`${c.label}: collect ${c.count} ${quote(c.item)}, but the map holds ${held} (items on the map: ${itemNames})`);
      }
    }
  }

  if (ctx.safeZones.length > 0 && ctx.notInSafeZone.length > 0) {
    // Zones may overlap (50,000 over the whole map): a difference array marks their cells
    // in O(zones + cells) instead of filling each zone.
    const { width, height } = ctx;
    const w1 = width + 1;
    const diff = new Int32Array(w1 * (height + 1));
    for (const z of ctx.safeZones) {
      diff[z.y * w1 + z.x]!++;
      diff[z.y * w1 + z.x + z.w]!--;
      diff[(z.y + z.h) * w1 + z.x]!--;
      diff[(z.y + z.h) * w1 + z.x + z.w]!++;
    }
    const safe = new Uint8Array(width * height);
    const above = new Int32Array(w1);
    for (let y = 0; y < height; y++) {
      let run = 0;
      for (let x = 0; x < width; x++) {
        run += diff[y * w1 + x]!;
        above[x]! += run;
        if (above[x]! > 0) safe[y * width + x] = 1;
      }
    }
    for (const p of ctx.notInSafeZone) {
      if (safe[Math.floor(p.y) * width + Math.floor(p.x)] !== 1) continue;
      if (problems.full) problems.skip();
      else problems.push(`${p.what}: inside a safe zone (no infected may start or spawn there)`);
    }
  }

  // Reachability: a flood fill from the start over Floor and unlocked doors, where a key
  // reached opens its doors (see ../reachability.ts). With two starts (already an error)
  // the first one is checked, so an unreachable exit is reported too.
  const start = ctx.starts[0];
  if (ctx.tilesOk && start && ctx.mustReach.length > 0) {
    const level = { width: ctx.width, height: ctx.height, tiles: ctx.tiles, items: ctx.items, doors: [...ctx.doorCells.values()] };
    const reach = reachableFrom(level, start);
    const reached = reachedAreas(reach);
    const how = `over Floor and unlocked doors${ctx.keys.length > 0 ? ' and doors opened by keys it can reach' : ''}`;
    const from = at(Math.floor(start.x), Math.floor(start.y));
    for (const { area, what } of ctx.mustReach) {
      if (reached(area)) continue;
      if (problems.full) problems.skip();
      else problems.push(`${what} cannot be reached from the player start at ${from} (${how})`);
    }
  }
}

/** The name a collect objective counts an item by: notes are 'note'. */
export function itemName(item: ItemSpec): string {
  return item.kind === 'note' ? 'note' : item.item;
}
