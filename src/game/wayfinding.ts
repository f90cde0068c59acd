import type { LevelPoint } from '../sim/level';
import type { World } from '../sim/world';
import { crossedCells, walkSegment } from '../sim/grid';

/** Where the objective marker points: the next place to head for on the way to the objective. */
export interface Waypoint {
  /** Tile coordinates (a cell centre). */
  x: number;
  y: number;
  /** Tiles still to walk to the objective itself, along the way. */
  distance: number;
  /** The waypoint is a door on the way. */
  door: boolean;
}

/** How far along the way (in cells) a waypoint may be, at most. */
const LOOK_AHEAD = 14;

/**
 * The objective marker's pathfinding, for the view and the screen-only bot: a breadth-
 * first search over the cells a player can walk (closed but unlocked doors count: the
 * player opens them), then the next waypoint from the player: the farthest cell along
 * that way the player can walk to in a straight line, or the first door on it, so the
 * marker says "through that door" rather than "through that wall". Reads the world,
 * changes nothing; scratch arrays are kept between calls.
 */
export class Wayfinder {
  private dist: Int32Array;
  private queue: Int32Array;

  constructor(private readonly width: number, private readonly height: number) {
    this.dist = new Int32Array(width * height);
    this.queue = new Int32Array(width * height);
  }

  /** The next waypoint toward `target`, or null when the player cannot get there (or is there). */
  find(world: World, target: LevelPoint): Waypoint | null {
    const { width, height } = this;
    const grid = world.grid;
    const passable = (c: number): boolean => {
      if (grid.solid[c] === 0) return true;
      const door = grid.doorAt[c] ?? -1;
      return door >= 0 && !world.doors[door]!.locked;
    };
    const goal = Math.floor(target.y) * width + Math.floor(target.x);
    const start = Math.floor(world.player.y) * width + Math.floor(world.player.x);
    if (goal < 0 || goal >= width * height || start < 0 || start >= width * height) return null;
    const dist = this.dist.fill(-1);
    const queue = this.queue;
    // From the goal outward, so the way from the player is a walk downhill.
    let head = 0;
    let tail = 0;
    dist[goal] = 0;
    queue[tail++] = goal;
    while (head < tail && dist[start] < 0) {
      const c = queue[head++]!;
      const cx = c % width;
      const next = dist[c]! + 1;
      if (cx > 0 && dist[c - 1] < 0 && passable(c - 1)) ((dist[c - 1] = next), (queue[tail++] = c - 1));
      if (cx < width - 1 && dist[c + 1] < 0 && passable(c + 1)) ((dist[c + 1] = next), (queue[tail++] = c + 1));
      if (c >= width && dist[c - width] < 0 && passable(c - width)) ((dist[c - width] = next), (queue[tail++] = c - width));
      if (c < width * (height - 1) && dist[c + width] < 0 && passable(c + width)) ((dist[c + width] = next), (queue[tail++] = c + width));
    }
    if (dist[start]! <= 0) return null;

    const px = world.player.x;
    const py = world.player.y;
    let best = start;
    let cell = start;
    for (let k = 0; k < LOOK_AHEAD && dist[cell]! > 0; k++) {
      cell = this.downhill(cell);
      if ((grid.doorAt[cell] ?? -1) >= 0) {
        best = cell;
        break;
      }
      if (!this.straightWalk(world, px, py, cell)) break;
      best = cell;
    }
    return {
      x: (best % width) + 0.5,
      y: Math.floor(best / width) + 0.5,
      distance: dist[start]!,
      door: (grid.doorAt[best] ?? -1) >= 0,
    };
  }

  /** The neighbour one step nearer the goal (the first found, in a fixed order). */
  private downhill(c: number): number {
    const { width, dist } = this;
    const want = dist[c]! - 1;
    const cx = c % width;
    if (cx > 0 && dist[c - 1] === want) return c - 1;
    if (cx < width - 1 && dist[c + 1] === want) return c + 1;
    if (c >= width && dist[c - width] === want) return c - width;
    return c + width;
  }

  /** Nothing solid between the player and the cell's centre. */
  private straightWalk(world: World, px: number, py: number, cell: number): boolean {
    const x = (cell % this.width) + 0.5;
    const y = Math.floor(cell / this.width) + 0.5;
    const n = walkSegment(world.grid, px, py, x, y);
    if (n < 0) return false;
    const crossed = crossedCells();
    for (let k = 0; k < n; k++) if (world.grid.solid[crossed[k]!] === 1) return false;
    return true;
  }
}
