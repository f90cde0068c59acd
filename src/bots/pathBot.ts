import { resetIntent, type Intent } from '../sim/intent';
import type { LevelData } from '../sim/level';
import { Tile } from '../sim/grid';
import type { World } from '../sim/world';

/** What the bot needs to see: where the player is and which door cells are shut. */
export interface BotView {
  x: number;
  y: number;
  /** True when the cell (y * width + x) holds a closed door. */
  closedDoorAt(cell: number): boolean;
}

export function botViewOfWorld(world: World): BotView {
  return {
    x: world.player.x,
    y: world.player.y,
    closedDoorAt: (cell) => {
      const d = world.grid.doorAt[cell]!;
      return d >= 0 && !world.doors[d]!.open && !world.doors[d]!.broken;
    },
  };
}

/**
 * A scripted player for tests and benchmarks: it walks the shortest route to the exit
 * (or to a list of waypoints), opening doors on the way, and produces the same Intents
 * a person would. Pure and deterministic (no DOM, no clock), so it runs in Vitest against
 * the sim and in Playwright against the real game through key presses.
 *
 * The route is a breadth-first distance field over the level's cells where doors count
 * as passable (the bot opens them) and locked doors do not, except doors a key in the
 * level unlocks: give the bot the keys as waypoints (`keyWaypoints`) so it fetches them first.
 */
export interface BotOptions {
  /** 'always': run flat out; 'never': walk. */
  run: 'always' | 'never';
  /** Cells (centres) to visit in order before heading for the exit. */
  waypoints?: { x: number; y: number }[];
}

export class PathBot {
  private readonly width: number;
  private readonly height: number;
  private readonly passable: Uint8Array;
  private readonly goals: Int32Array[] = [];
  private goalIndex = 0;
  private interactToggle = false;

  constructor(
    level: LevelData,
    private readonly options: BotOptions,
  ) {
    this.width = level.width;
    this.height = level.height;
    this.passable = new Uint8Array(level.width * level.height);
    const keyed = new Set(level.items.flatMap((i) => (i.kind === 'key' ? [i.unlocks] : [])));
    const lockedDoor = new Set(level.doors.filter((d) => d.locked && !(d.name !== undefined && keyed.has(d.name))).map((d) => d.y * level.width + d.x));
    for (let i = 0; i < this.passable.length; i++) {
      const kind = level.tiles[i];
      this.passable[i] = kind === Tile.Floor || (kind === Tile.Door && !lockedDoor.has(i)) ? 1 : 0;
    }
    for (const w of options.waypoints ?? []) this.goals.push(this.distanceField([[Math.floor(w.x), Math.floor(w.y)]]));
    const exitCells: [number, number][] = [];
    for (const r of level.exits) for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) exitCells.push([x, y]);
    this.goals.push(this.distanceField(exitCells));
  }

  /** Steps to the current goal from a cell (-1 where unreachable). */
  distanceAt(x: number, y: number): number {
    return this.goals[this.goalIndex]![Math.floor(y) * this.width + Math.floor(x)] ?? -1;
  }

  /** The intent for this tick. */
  decide(p: BotView, out: Intent): Intent {
    const cx = Math.floor(p.x);
    const cy = Math.floor(p.y);
    let field = this.goals[this.goalIndex]!;
    // Reached a waypoint: on to the next goal.
    while (field[cy * this.width + cx] === 0 && this.goalIndex < this.goals.length - 1) field = this.goals[++this.goalIndex]!;

    resetIntent(out).run = this.options.run === 'always';

    const here = field[cy * this.width + cx]!;
    let best = -1;
    let bestD = here < 0 ? Number.MAX_SAFE_INTEGER : here;
    for (const [dx, dy] of NEIGHBOURS) {
      const nx = cx + dx;
      const ny = cy + dy;
      if (nx < 0 || ny < 0 || nx >= this.width || ny >= this.height) continue;
      const d = field[ny * this.width + nx]!;
      if (d >= 0 && d < bestD) {
        bestD = d;
        best = ny * this.width + nx;
      }
    }
    if (best < 0) return out;
    steerToCell(p, best, this.width, out);
    // A closed door ahead: face it and press interact (a fresh press every other tick).
    if (p.closedDoorAt(best)) {
      this.interactToggle = !this.interactToggle;
      out.interact = this.interactToggle;
      out.run = false;
    }
    return out;
  }

  private distanceField(starts: [number, number][]): Int32Array {
    const field = new Int32Array(this.width * this.height).fill(-1);
    const queue = new Int32Array(this.width * this.height);
    let head = 0;
    let tail = 0;
    for (const [x, y] of starts) {
      const i = y * this.width + x;
      if (field[i] === -1) {
        field[i] = 0;
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      const i = queue[head++]!;
      const x = i % this.width;
      const y = (i - x) / this.width;
      for (const [dx, dy] of NEIGHBOURS) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= this.width || ny >= this.height) continue;
        const n = ny * this.width + nx;
        if (field[n] !== -1 || this.passable[n] === 0) continue;
        field[n] = field[i]! + 1;
        queue[tail++] = n;
      }
    }
    return field;
  }
}

/** The level's keys (in map order) as waypoints: a PathBot must fetch them before the doors they unlock. */
export function keyWaypoints(level: LevelData): { x: number; y: number }[] {
  return level.items.flatMap((i) => (i.kind === 'key' ? [{ x: i.x, y: i.y }] : []));
}

/** The loot every run holds (not seeded spots, not inside machines), in map order: the greedy straight-run grabs it all. */
export function lootWaypoints(level: LevelData): { x: number; y: number }[] {
  return level.items.flatMap((i) => (i.kind === 'loot' && !i.seeded && i.machine === undefined ? [{ x: i.x, y: i.y }] : []));
}

/**
 * Steers like a keyboard player toward the centre of the neighbouring cell `best`: full
 * speed along the way to it, plus a full sideways step while more than a little off its
 * centre line (so the body fits through doorways). Digital moves also translate
 * one-to-one into key presses. Writes moveX/moveY only.
 */
export function steerToCell(p: { x: number; y: number }, best: number, width: number, out: Intent): void {
  const cy = Math.floor(p.y);
  const tx = (best % width) + 0.5;
  const ty = Math.floor(best / width) + 0.5;
  const horizontal = ty === cy + 0.5;
  const offset = horizontal ? ty - p.y : tx - p.x;
  const along = horizontal ? Math.sign(tx - p.x) : Math.sign(ty - p.y);
  const side = Math.abs(offset) > 0.12 ? Math.sign(offset) : 0;
  out.moveX = horizontal ? along : side;
  out.moveY = horizontal ? side : along;
}

export const NEIGHBOURS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];
