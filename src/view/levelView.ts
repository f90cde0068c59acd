import * as Phaser from 'phaser';
import { TILE_FRAME, TILE_SIZE } from '../assets/manifest';
import { Tile } from '../sim/grid';
import type { World } from '../sim/world';

const FRAME_BY_KIND: Record<number, number> = {
  [Tile.Floor]: TILE_FRAME.floor,
  [Tile.Wall]: TILE_FRAME.wall,
  [Tile.Window]: TILE_FRAME.window,
  [Tile.Void]: TILE_FRAME.void,
  [Tile.Locker]: TILE_FRAME.locker,
  [Tile.Door]: TILE_FRAME.doorClosed,
  [Tile.Cabinet]: TILE_FRAME.cabinet,
  [Tile.Table]: TILE_FRAME.table,
};

/** Draws the level's tiles as a Phaser tilemap and keeps door tiles in step with the sim. */
export class LevelView {
  private readonly map: Phaser.Tilemaps.Tilemap;
  private readonly layer: Phaser.Tilemaps.TilemapLayer;
  private readonly doorFrames: number[];

  constructor(scene: Phaser.Scene, world: World) {
    const { grid } = world;
    const data: number[][] = [];
    for (let y = 0; y < grid.height; y++) {
      const row: number[] = [];
      for (let x = 0; x < grid.width; x++) row.push(FRAME_BY_KIND[grid.tiles[y * grid.width + x]!] ?? TILE_FRAME.wall);
      data.push(row);
    }
    this.map = scene.make.tilemap({ data, tileWidth: TILE_SIZE, tileHeight: TILE_SIZE });
    const tileset = this.map.addTilesetImage('tiles', 'tiles', TILE_SIZE, TILE_SIZE, 0, 0);
    if (!tileset) throw new Error('the tiles image is missing');
    this.layer = this.map.createLayer(0, tileset, 0, 0) as Phaser.Tilemaps.TilemapLayer;
    this.doorFrames = world.doors.map(() => -1);
    this.update(world);
  }

  get widthPx(): number {
    return this.map.widthInPixels;
  }

  get heightPx(): number {
    return this.map.heightInPixels;
  }

  update(world: World): void {
    world.doors.forEach((d, i) => {
      const frame = d.open || d.broken ? TILE_FRAME.doorOpen : d.locked ? TILE_FRAME.doorLocked : TILE_FRAME.doorClosed;
      if (this.doorFrames[i] !== frame) {
        this.doorFrames[i] = frame;
        this.layer.putTileAt(frame, d.x, d.y);
      }
    });
  }

  destroy(): void {
    this.map.destroy();
  }
}
