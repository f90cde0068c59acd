import { Tile } from '../sim/grid';
import type { LevelData, LevelPoint, LevelRect } from '../sim/level';

/**
 * Where a player can walk from a point, the way the level is authored: a flood fill over
 * Floor cells and unlocked doors, where a locked door counts as open once the fill has
 * reached a key that unlocks it (so keys behind keys work, and a key behind its own door
 * does not). The loader's reachability rule uses it; chapter tests use it to check a
 * route's shape ("the exit is behind the bolt cutters") as a property of the map.
 *
 * Linear in the map's cells: one queue, and the locked door cells met before their key
 * wait in a list per door name until the key is reached.
 */

/** What the fill reads from a level (a loaded LevelData, or one the loader is building). */
export type ReachLevel = Pick<LevelData, 'width' | 'height' | 'tiles' | 'doors' | 'items'>;

export interface Reach {
  readonly width: number;
  readonly height: number;
  /** 1 for every cell reached, 0 elsewhere (row-major, width * height). */
  readonly cells: Uint8Array;
  /** Every key reached, as its index into `level.items`, in the order the fill picks them up. */
  readonly keys: number[];
  /** Names of the locked doors the fill met but could not open (no key reached), in the order first met. */
  readonly lockedOut: string[];
}

export interface ReachOptions {
  /** Pick up keys on the way (default true). With false, every locked door stays shut. */
  keys?: boolean;
}

/** The flood fill from `start` (a point in tiles; its cell counts as reached). */
export function reachableFrom(level: ReachLevel, start: LevelPoint, options: ReachOptions = {}): Reach {
  const { width, height, tiles } = level;
  const size = width * height;
  const cells = new Uint8Array(size);
  const reach: Reach = { width, height, cells, keys: [], lockedOut: [] };
  const sx = Math.floor(start.x);
  const sy = Math.floor(start.y);
  if (!(sx >= 0 && sy >= 0 && sx < width && sy < height)) return reach;

  const useKeys = options.keys !== false;
  // Locked doors by cell (door cells without a locked spec are plain open doorways).
  const lockedAt = new Map<number, string>();
  for (const d of level.doors) if (d.locked) lockedAt.set(d.y * width + d.x, d.name ?? '');
  const keysAt = new Map<number, number[]>();
  if (useKeys) {
    level.items.forEach((item, index) => {
      if (item.kind !== 'key') return;
      const cell = Math.floor(item.y) * width + Math.floor(item.x);
      const list = keysAt.get(cell);
      if (list) list.push(index);
      else keysAt.set(cell, [index]);
    });
  }
  const opened = new Set<string>();
  /** Locked door cells next to reached cells, by door name, until their key is reached. */
  const waiting = new Map<string, number[]>();
  const queued = new Uint8Array(size); // 1: in the queue; 2: waiting behind a lock

  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;
  const first = sy * width + sx;
  queued[first] = 1;
  queue[tail++] = first;

  const visit = (n: number) => {
    if (queued[n] !== 0) return;
    const tile = tiles[n];
    if (tile === Tile.Floor) {
      queued[n] = 1;
      queue[tail++] = n;
    } else if (tile === Tile.Door) {
      const lock = lockedAt.get(n);
      if (lock === undefined || opened.has(lock)) {
        queued[n] = 1;
        queue[tail++] = n;
        return;
      }
      queued[n] = 2;
      const list = waiting.get(lock);
      if (list) list.push(n);
      else waiting.set(lock, [n]);
    }
  };

  while (head < tail) {
    const i = queue[head++]!;
    cells[i] = 1;
    const here = keysAt.get(i);
    if (here) {
      for (const k of here) {
        reach.keys.push(k);
        const item = level.items[k]!;
        const name = item.kind === 'key' ? item.unlocks : '';
        if (name === '' || opened.has(name)) continue;
        opened.add(name);
        // The doors of that name met so far are next to reached cells: go on through them.
        for (const door of waiting.get(name) ?? []) {
          queued[door] = 1;
          queue[tail++] = door;
        }
        waiting.delete(name);
      }
    }
    const x = i % width;
    if (x > 0) visit(i - 1);
    if (x < width - 1) visit(i + 1);
    if (i >= width) visit(i - width);
    if (i + width < size) visit(i + width);
  }
  for (const name of waiting.keys()) if (name !== '') reach.lockedOut.push(name);
  return reach;
}

/** Whether the fill reached cell (x, y). */
export function reachedCell(reach: Reach, x: number, y: number): boolean {
  return x >= 0 && y >= 0 && x < reach.width && y < reach.height && reach.cells[y * reach.width + x] === 1;
}

/** Whether the fill reached any cell of the rectangle (an exit, a trigger, an objective's area). */
export function reachedRect(reach: Reach, r: LevelRect): boolean {
  for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) if (reachedCell(reach, x, y)) return true;
  return false;
}

/**
 * `reachedRect` for many areas: a summed-area table of the reached cells, built once, so
 * each area (inside the map) costs four lookups however large it is.
 */
export function reachedAreas(reach: Reach): (r: LevelRect) => boolean {
  const { width, height, cells } = reach;
  const w1 = width + 1;
  const sums = new Int32Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += cells[y * width + x]!;
      sums[(y + 1) * w1 + x + 1] = sums[y * w1 + x + 1]! + row;
    }
  }
  return (r) => {
    const x0 = Math.max(0, r.x);
    const y0 = Math.max(0, r.y);
    const x1 = Math.min(width, r.x + r.w);
    const y1 = Math.min(height, r.y + r.h);
    if (x1 <= x0 || y1 <= y0) return false;
    return sums[y1 * w1 + x1]! - sums[y0 * w1 + x1]! - sums[y1 * w1 + x0]! + sums[y0 * w1 + x0]! > 0;
  };
}
