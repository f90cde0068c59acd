/**
 * The logic tileset every chapter map uses (src/levels/maps/logic.tsj) and its editor
 * image (logic-tiles.png): one tile per Tile kind of src/sim/grid.ts, in Tile order (the
 * tile id is the kind), each with its string property `kind`. Written by the map scripts
 * (buildHallwayMap.ts, buildRooftopMap.ts), so a new kind is one line here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Logic tiles in Tile order (src/sim/grid.ts); the tileset's tile id = index. */
export const KINDS = ['Floor', 'Wall', 'Window', 'Void', 'Locker', 'Door', 'Cabinet', 'Table', 'Facade'] as const;
export type Kind = (typeof KINDS)[number];
const TILE = 32;

/** Writes logic.tsj and logic-tiles.png into `outDir`. */
export function writeLogicTileset(outDir: string): void {
  const tileset = {
    type: 'tileset', version: '1.10', tiledversion: '1.10.2', name: 'logic',
    tilewidth: TILE, tileheight: TILE, tilecount: KINDS.length, columns: KINDS.length, margin: 0, spacing: 0,
    image: 'logic-tiles.png', imagewidth: TILE * KINDS.length, imageheight: TILE,
    tiles: KINDS.map((kind, id) => ({ id, properties: [{ name: 'kind', type: 'string', value: kind }] })),
  };
  writeFileSync(join(outDir, 'logic.tsj'), JSON.stringify(tileset, null, 1) + '\n');
  writeFileSync(join(outDir, 'logic-tiles.png'), PNG.sync.write(logicTilesImage()));
}

/** A flat, high-contrast swatch per logic tile so the map reads clearly in Tiled. */
export function logicTilesImage(): PNG {
  const png = new PNG({ width: TILE * KINDS.length, height: TILE });
  const colours: Record<Kind, [number, number, number]> = {
    Floor: [200, 196, 180], Wall: [60, 60, 70], Window: [120, 190, 230], Void: [20, 20, 30],
    Locker: [70, 120, 90], Door: [170, 110, 50], Cabinet: [210, 40, 40], Table: [150, 130, 100],
    Facade: [150, 120, 170],
  };
  KINDS.forEach((kind, i) => {
    const [r, g, b] = colours[kind];
    for (let y = 0; y < TILE; y++) {
      for (let x = 0; x < TILE; x++) {
        const edge = x === 0 || y === 0 || x === TILE - 1 || y === TILE - 1;
        // A small per-kind mark: stripes for lockers, a bar for doors, a cross for cabinets, rungs for facades.
        const mark =
          (kind === 'Locker' && x % 8 === 0) ||
          (kind === 'Door' && y >= 14 && y <= 17) ||
          (kind === 'Cabinet' && (Math.abs(x - 16) < 2 || Math.abs(y - 16) < 2) && x > 6 && x < 26 && y > 6 && y < 26) ||
          (kind === 'Window' && (x === 16 || y === 16)) ||
          (kind === 'Facade' && y % 8 === 4);
        const k = edge ? 0.7 : mark ? 0.55 : 1;
        const o = (y * png.width + i * TILE + x) * 4;
        png.data[o] = Math.round(r * k);
        png.data[o + 1] = Math.round(g * k);
        png.data[o + 2] = Math.round(b * k);
        png.data[o + 3] = 255;
      }
    }
  });
  return png;
}
