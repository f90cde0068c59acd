import * as Phaser from 'phaser';
import type { Theme } from '../assets/frames';
import { TILESET, TILE_SIZE } from '../assets/manifest';
import { Tile } from '../sim/grid';
import { DOOR } from '../sim/tuning';
import type { World } from '../sim/world';
import { chooseTileFrame, doorFrame, doorLook, isHorizontalDoor } from './tileArt';

/** Tiles per side of one pre-drawn piece of the map (512 px: a handful cover the screen). */
const CHUNK_TILES = 16;
/** Each piece also holds this many pixels of its neighbours' tiles, and pieces overlap by it: no seam where two meet under a fractional zoom. */
const CHUNK_BLEED = 1;

let chunkSerial = 0;

/**
 * Draws the level from the auto-tiler's frames (chooseTileFrame) and keeps door tiles in
 * step with the sim's door table (closed / open / damaged / broken / locked).
 *
 * The map is drawn once into canvas textures of CHUNK_TILES x CHUNK_TILES tiles shown as
 * plain images (issue 16): a Phaser tilemap layer in the Canvas renderer re-issues every
 * visible tile each frame (a save, translate, drawImage and restore per tile: ~370 at
 * 1280x720), and those per-draw costs were a large part of the crowd bench's frame. A
 * door that changes look repaints its cell in the pieces that hold it. `?mapDraw=tiles`
 * draws the old tilemap layer instead (for `npm run bench:crowd -- --compare`).
 */
export class LevelView {
  private readonly map: Phaser.Tilemaps.Tilemap | null = null;
  private readonly layer: Phaser.Tilemaps.TilemapLayer | null = null;
  private readonly chunks: { key: string; texture: Phaser.Textures.CanvasTexture; image: Phaser.GameObjects.Image; left: number; top: number }[] = [];
  private readonly tileImage: CanvasImageSource | null = null;
  private readonly tileColumns: number = 1;
  private readonly doorFrames: number[];
  private readonly doorHorizontal: boolean[];
  private readonly widthTiles: number;
  private readonly heightTiles: number;
  readonly theme: Theme;

  constructor(
    private readonly scene: Phaser.Scene,
    world: World,
    theme: Theme,
    asTilemap = typeof location !== 'undefined' && new URLSearchParams(location.search).get('mapDraw') === 'tiles',
  ) {
    this.theme = theme;
    const { grid } = world;
    this.widthTiles = grid.width;
    this.heightTiles = grid.height;
    const frames: number[][] = [];
    for (let y = 0; y < grid.height; y++) {
      const row: number[] = [];
      for (let x = 0; x < grid.width; x++) row.push(chooseTileFrame(grid.tiles, grid.width, grid.height, x, y, theme));
      frames.push(row);
    }
    this.doorFrames = world.doors.map(() => -1);
    this.doorHorizontal = world.doors.map((d) =>
      grid.tiles[d.y * grid.width + d.x] === Tile.Door ? isHorizontalDoor(grid.tiles, grid.width, grid.height, d.x, d.y) : true,
    );
    if (asTilemap) {
      this.map = scene.make.tilemap({ data: frames, tileWidth: TILE_SIZE, tileHeight: TILE_SIZE });
      const tileset = this.map.addTilesetImage(TILESET.key, TILESET.key, TILESET.tileWidth, TILESET.tileHeight, TILESET.margin, TILESET.spacing);
      if (!tileset) throw new Error('the tiles image is missing');
      this.layer = this.map.createLayer(0, tileset, 0, 0) as Phaser.Tilemaps.TilemapLayer;
    } else {
      const source = scene.textures.get(TILESET.key).getSourceImage() as HTMLImageElement | HTMLCanvasElement;
      if (!source || !source.width) throw new Error('the tiles image is missing');
      this.tileImage = source;
      // The tileset's grid, as Phaser's Tileset cuts it: a margin round the image, spacing between tiles.
      this.tileColumns = Math.max(1, Math.floor((source.width - TILESET.margin * 2 + TILESET.spacing) / (TILESET.tileWidth + TILESET.spacing)));
      const side = CHUNK_TILES * TILE_SIZE + CHUNK_BLEED * 2;
      for (let cy = 0; cy < grid.height; cy += CHUNK_TILES) {
        for (let cx = 0; cx < grid.width; cx += CHUNK_TILES) {
          const key = `levelChunk${chunkSerial++}`;
          const texture = scene.textures.createCanvas(key, side, side);
          if (!texture) throw new Error('could not make a canvas for the map');
          const left = cx * TILE_SIZE - CHUNK_BLEED;
          const top = cy * TILE_SIZE - CHUNK_BLEED;
          const ctx = texture.getContext();
          ctx.imageSmoothingEnabled = false;
          // Its own tiles and the one-tile ring round them (only their first pixels land on the canvas).
          for (let y = Math.max(0, cy - 1); y < Math.min(grid.height, cy + CHUNK_TILES + 1); y++) {
            for (let x = Math.max(0, cx - 1); x < Math.min(grid.width, cx + CHUNK_TILES + 1); x++) this.paint(ctx, left, top, x, y, frames[y]![x]!);
          }
          texture.refresh();
          const image = scene.add.image(left, top, key).setOrigin(0, 0);
          this.chunks.push({ key, texture, image, left, top });
        }
      }
    }
    this.update(world);
  }

  get widthPx(): number {
    return this.widthTiles * TILE_SIZE;
  }

  get heightPx(): number {
    return this.heightTiles * TILE_SIZE;
  }

  update(world: World): void {
    const doors = world.doors;
    for (let i = 0; i < doors.length; i++) {
      const d = doors[i]!;
      const frame = doorFrame(this.doorHorizontal[i] ?? true, doorLook(d, DOOR.hp), this.theme);
      if (this.doorFrames[i] !== frame) {
        this.doorFrames[i] = frame;
        this.putTile(frame, d.x, d.y);
      }
    }
  }

  /** Changes one cell's frame: in the tilemap layer, or repainted in every piece that holds it. */
  private putTile(frame: number, x: number, y: number): void {
    if (this.layer) {
      this.layer.putTileAt(frame, x, y);
      return;
    }
    const px = x * TILE_SIZE;
    const py = y * TILE_SIZE;
    for (const c of this.chunks) {
      const side = c.texture.width;
      if (px + TILE_SIZE <= c.left || py + TILE_SIZE <= c.top || px >= c.left + side || py >= c.top + side) continue;
      const ctx = c.texture.getContext();
      ctx.clearRect(px - c.left, py - c.top, TILE_SIZE, TILE_SIZE);
      this.paint(ctx, c.left, c.top, x, y, frame);
      c.texture.refresh();
    }
  }

  /** Draws tile frame `frame` at cell (x, y) into a piece whose top-left is (left, top) in map pixels. */
  private paint(ctx: CanvasRenderingContext2D, left: number, top: number, x: number, y: number, frame: number): void {
    if (frame < 0 || !this.tileImage) return;
    const col = frame % this.tileColumns;
    const row = (frame - col) / this.tileColumns;
    const sx = TILESET.margin + col * (TILESET.tileWidth + TILESET.spacing);
    const sy = TILESET.margin + row * (TILESET.tileHeight + TILESET.spacing);
    ctx.drawImage(this.tileImage, sx, sy, TILE_SIZE, TILE_SIZE, x * TILE_SIZE - left, y * TILE_SIZE - top, TILE_SIZE, TILE_SIZE);
  }

  destroy(): void {
    this.map?.destroy();
    for (const c of this.chunks) {
      c.image.destroy();
      if (this.scene.textures.exists(c.key)) this.scene.textures.remove(c.key);
    }
    this.chunks.length = 0;
  }
}
