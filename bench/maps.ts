/**
 * Chapter maps for Node scripts (benchmarks), read from disk: Vite's `?raw` imports that
 * src/levels/chapterMaps.ts uses do not resolve under tsx.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLevel, type TiledLevel } from '../src/levels/tiled';

const maps = fileURLToPath(new URL('../src/levels/maps/', import.meta.url));

/** Loads and validates src/levels/maps/<id>.tmj, as loadChapterMap does in the game. */
export function loadMapFile(id: string): TiledLevel {
  return loadLevel(readFileSync(`${maps}${id}.tmj`, 'utf8'), id, { tilesets: { 'logic.tsj': readFileSync(maps + 'logic.tsj', 'utf8') } });
}
