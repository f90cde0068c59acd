import { Tile } from '../../sim/grid';
import type { DoorSpec, ItemSpec } from '../../sim/level';
import { reachableFrom, reachedRect } from '../reachability';
import type { LoadContext } from './context';
import { CellProblems, at } from './format';

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

/** The rules about the level as a whole, checked once every object is read. */
export function checkLevelRules(ctx: LoadContext, hasMarkers: boolean): void {
  const { problems } = ctx;
  if (hasMarkers) {
    if (ctx.starts.length === 0 && !problems.some((p) => p.includes('(player_start)'))) {
      problems.push("no player_start object in layer 'markers'");
    }
    if (ctx.starts.length > 1) problems.push(`${ctx.starts.length} player_start objects, expected exactly one`);
    // Authored objectives say how the chapter is won; without them the exit is the objective.
    const objectiveTried = ctx.objectives.length > 0 || problems.some((p) => p.includes('(objective) at tile'));
    if (ctx.exits.length === 0 && !objectiveTried && !problems.some((p) => p.includes('(exit)'))) {
      problems.push("no exit object in layer 'markers' (the level's objective)");
    }
  }

  // Doors by name, now that every door has its name.
  const doorsByName = new Map<string, DoorSpec[]>();
  for (const d of ctx.doorCells.values()) {
    if (d.name === undefined) continue;
    const list = doorsByName.get(d.name);
    if (list) list.push(d);
    else doorsByName.set(d.name, [d]);
  }
  const knownDoors = () => [...doorsByName.keys()].map((n) => `'${n}'`).join(', ') || 'none named';
  for (const k of ctx.keys) {
    const key = ctx.items[k.item];
    if (key?.kind !== 'key') continue;
    const named = doorsByName.get(key.unlocks);
    if (!named) {
      problems.push(`${k.label}: unlocks '${key.unlocks}', but no door has that name (doors: ${knownDoors()})`);
    } else if (!named.some((d) => d.locked)) {
      problems.push(`${k.label}: unlocks '${key.unlocks}', but that door is not locked (set its 'locked' property, or remove the key)`);
    }
  }
  for (const ref of ctx.doorRefs) {
    if (!doorsByName.has(ref.name)) problems.push(`${ref.label}: protects door '${ref.name}', but no door has that name (doors: ${knownDoors()})`);
  }

  // A collect objective must be completable with the items the map holds.
  if (ctx.collects.length > 0) {
    const itemCounts = new Map<string, number>();
    for (const item of ctx.items) {
      const name = itemName(item);
      itemCounts.set(name, (itemCounts.get(name) ?? 0) + 1);
    }
    for (const c of ctx.collects) {
      const held = itemCounts.get(c.item) ?? 0;
      if (held < c.count) {
        const names = [...itemCounts.keys()].map((n) => `'${n}'`).join(', ') || 'none';
        problems.push(`${c.label}: collect ${c.count} '${c.item}', but the map holds ${held} (items on the map: ${names})`);
      }
    }
  }

  if (ctx.safeZones.length > 0 && ctx.notInSafeZone.length > 0) {
    const safe = new Uint8Array(ctx.width * ctx.height);
    for (const z of ctx.safeZones) {
      for (let y = z.y; y < z.y + z.h; y++) safe.fill(1, y * ctx.width + z.x, y * ctx.width + z.x + z.w);
    }
    for (const p of ctx.notInSafeZone) {
      if (safe[Math.floor(p.y) * ctx.width + Math.floor(p.x)] === 1) {
        problems.push(`${p.what}: inside a safe zone (no infected may start or spawn there)`);
      }
    }
  }

  // Reachability: a flood fill from the start over Floor and unlocked doors, where a key
  // reached opens its doors (see ../reachability.ts).
  const start = ctx.starts[0];
  if (ctx.tilesOk && start && ctx.starts.length === 1 && ctx.mustReach.length > 0) {
    const level = { width: ctx.width, height: ctx.height, tiles: ctx.tiles, items: ctx.items, doors: [...ctx.doorCells.values()] };
    const reach = reachableFrom(level, start);
    const how = ctx.keys.length > 0 ? 'walking over Floor and unlocked doors, and through doors opened by keys it can reach' : 'walking over Floor and unlocked doors';
    for (const { area, what } of ctx.mustReach) {
      if (!reachedRect(reach, area)) {
        problems.push(`${what} cannot be reached from the player start at ${at(Math.floor(start.x), Math.floor(start.y))} (${how})`);
      }
    }
  }
}

/** The name a collect objective counts an item by: notes are 'note'. */
export function itemName(item: ItemSpec): string {
  return item.kind === 'note' ? 'note' : item.item;
}
