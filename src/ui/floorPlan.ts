import type * as Phaser from 'phaser';
import type { LevelData, LevelPoint } from '../sim/level';
import { Tile } from '../sim/grid';
import { FONT } from './theme';

/** What the pause screen's floor plan shows: the level, what the player has seen of it, where they are and where to go. */
export interface FloorPlan {
  level: LevelData;
  /** Per cell: 1 once it has been on screen. Only those are drawn (the rest is unknown). */
  seen: Uint8Array;
  player: LevelPoint;
  /** The objective marker's target, or null. */
  target: LevelPoint | null;
  /** Door cells, in the level's order, and whether each is open. */
  doorsOpen: readonly boolean[];
}

/** Colours of the plan (one place). */
/** Cells are drawn at least this big (px); a map that would be smaller is shown round the player. */
const MIN_CELL_PX = 7;
const PLAN = { wall: 0x5a5560, floor: 0x24262c, door: 0xc08a4a, player: 0x5ae0ff, target: 0xffd24a, unseenAlpha: 0 } as const;

/**
 * Marks the cells in view as seen (the camera's world rectangle in tiles, clamped to the
 * map): the floor plan shows where the player has been able to look, not the whole map.
 */
export function markSeen(seen: Uint8Array, width: number, height: number, x0: number, y0: number, x1: number, y1: number): void {
  const ax = Math.max(0, Math.floor(x0));
  const ay = Math.max(0, Math.floor(y0));
  const bx = Math.min(width - 1, Math.floor(x1));
  const by = Math.min(height - 1, Math.floor(y1));
  for (let y = ay; y <= by; y++) seen.fill(1, y * width + ax, y * width + bx + 1);
}

/**
 * Draws the plan into `g` inside the box (x, y, w, h), with the plaques of seen places as
 * labels. Returns the labels made (the caller destroys them with its layout).
 */
export function drawFloorPlan(scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, plan: FloorPlan, x: number, y: number, w: number, h: number): Phaser.GameObjects.Text[] {
  const { level, seen } = plan;
  // The whole map when it fits at a readable size; else a window of it round the player.
  const cell = Math.max(MIN_CELL_PX, Math.min(w / level.width, h / level.height));
  const cols = Math.min(level.width, Math.floor(w / cell));
  const rows = Math.min(level.height, Math.floor(h / cell));
  const left = Math.max(0, Math.min(level.width - cols, Math.round(plan.player.x - cols / 2)));
  const top = Math.max(0, Math.min(level.height - rows, Math.round(plan.player.y - rows / 2)));
  const ox = x + (w - cell * cols) / 2 - left * cell;
  const oy = y + (h - cell * rows) / 2 - top * cell;
  const inside = (cx: number, cy: number): boolean => cx >= left && cx < left + cols && cy >= top && cy < top + rows;
  g.fillStyle(0x000000, 0.8).fillRect(ox + left * cell - 6, oy + top * cell - 6, cell * cols + 12, cell * rows + 12);
  for (let cy = top; cy < top + rows; cy++) {
    for (let cx = left; cx < left + cols; cx++) {
      const i = cy * level.width + cx;
      if (seen[i] !== 1) continue;
      const kind = level.tiles[i];
      const colour = kind === Tile.Floor ? PLAN.floor : kind === Tile.Door ? PLAN.door : kind === Tile.Void ? 0x0c0c10 : PLAN.wall;
      g.fillStyle(colour, 1).fillRect(ox + cx * cell, oy + cy * cell, Math.ceil(cell), Math.ceil(cell));
    }
  }
  level.doors.forEach((d, k) => {
    if (seen[d.y * level.width + d.x] !== 1 || !inside(d.x, d.y)) return;
    g.fillStyle(plan.doorsOpen[k] ? 0x3a3020 : PLAN.door, 1).fillRect(ox + d.x * cell, oy + d.y * cell, Math.ceil(cell), Math.ceil(cell));
  });
  const dot = Math.max(4, cell * 0.7);
  if (plan.target && inside(Math.floor(plan.target.x), Math.floor(plan.target.y))) {
    g.fillStyle(PLAN.target, 1).fillCircle(ox + plan.target.x * cell, oy + plan.target.y * cell, dot + 1);
  }
  g.fillStyle(PLAN.player, 1).fillCircle(ox + plan.player.x * cell, oy + plan.player.y * cell, dot);
  g.lineStyle(2, 0xffffff, 1).strokeCircle(ox + plan.player.x * cell, oy + plan.player.y * cell, dot);
  // The names of places seen (one label per name, none on top of another).
  const labels: Phaser.GameObjects.Text[] = [];
  const named = new Set<string>();
  const placed: { x: number; y: number; w: number }[] = [];
  for (const p of level.plaques) {
    if (seen[p.y * level.width + p.x] !== 1 || named.has(p.text) || !inside(p.x, p.y)) continue;
    const lx = ox + (p.x + 0.5) * cell;
    const ly = oy + (p.y + 0.5) * cell;
    const t = scene.add.text(lx, ly, p.text, { fontFamily: FONT, fontSize: '14px', color: '#f4efe4', backgroundColor: '#000000b0', padding: { x: 2, y: 0 } }).setOrigin(0.5);
    if (placed.some((q) => Math.abs(q.y - ly) < 18 && Math.abs(q.x - lx) < (q.w + t.width) / 2 + 4)) {
      t.destroy();
      continue;
    }
    named.add(p.text);
    placed.push({ x: lx, y: ly, w: t.width });
    labels.push(t);
  }
  return labels;
}
