import * as Phaser from 'phaser';
import type { Theme } from '../assets/frames';
import { TILESET, TILE_SIZE } from '../assets/manifest';
import { Tile } from '../sim/grid';
import { DOOR } from '../sim/tuning';
import type { World } from '../sim/world';
import { chooseTileFrame, doorFrame, doorLook, isHorizontalDoor } from './tileArt';

/**
 * Draws the level as a Phaser tilemap whose frames come from the auto-tiler
 * (chooseTileFrame) and keeps door tiles in step with the sim's door table
 * (closed / open / damaged / broken / locked).
 */
export class LevelView {
  private readonly map: Phaser.Tilemaps.Tilemap;
  private readonly layer: Phaser.Tilemaps.TilemapLayer;
  private readonly doorFrames: number[];
  private readonly doorHorizontal: boolean[];
  readonly theme: Theme;

  constructor(scene: Phaser.Scene, world: World, theme: Theme) {
    this.theme = theme;
    const { grid } = world;
    const data: number[][] = [];
    for (let y = 0; y < grid.height; y++) {
      const row: number[] = [];
      for (let x = 0; x < grid.width; x++) row.push(chooseTileFrame(grid.tiles, grid.width, grid.height, x, y, theme));
      data.push(row);
    }
    this.map = scene.make.tilemap({ data, tileWidth: TILE_SIZE, tileHeight: TILE_SIZE });
    const tileset = this.map.addTilesetImage(TILESET.key, TILESET.key, TILESET.tileWidth, TILESET.tileHeight, TILESET.margin, TILESET.spacing);
    if (!tileset) throw new Error('the tiles image is missing');
    this.layer = this.map.createLayer(0, tileset, 0, 0) as Phaser.Tilemaps.TilemapLayer;
    this.doorFrames = world.doors.map(() => -1);
    this.doorHorizontal = world.doors.map((d) =>
      grid.tiles[d.y * grid.width + d.x] === Tile.Door ? isHorizontalDoor(grid.tiles, grid.width, grid.height, d.x, d.y) : true,
    );
    this.update(world);
  }

  get widthPx(): number {
    return this.map.widthInPixels;
  }

  get heightPx(): number {
    return this.map.heightInPixels;
  }

  update(world: World): void {
    const doors = world.doors;
    for (let i = 0; i < doors.length; i++) {
      const d = doors[i]!;
      const frame = doorFrame(this.doorHorizontal[i] ?? true, doorLook(d, DOOR.hp), this.theme);
      if (this.doorFrames[i] !== frame) {
        this.doorFrames[i] = frame;
        this.layer.putTileAt(frame, d.x, d.y);
      }
    }
  }

  destroy(): void {
    this.map.destroy();
  }
}
