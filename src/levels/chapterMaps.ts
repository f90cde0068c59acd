import { loadLevel, type TiledLevel } from './tiled';
// The maps ship inside the bundle as text (Vite's ?raw works the same in `vite build`,
// the dev server and Vitest) and are validated when a chapter starts.
import hallwayMap from './maps/hallway.tmj?raw';
import cafeteriaMap from './maps/cafeteria.tmj?raw';
import rooftopMap from './maps/rooftop.tmj?raw';
import closetMap from './maps/closet.tmj?raw';
import logicTileset from './maps/logic.tsj?raw';

/** External tilesets the maps may name, by file name. */
export const TILESETS: Record<string, string> = { 'logic.tsj': logicTileset };

const MAPS = {
  hallway: hallwayMap,
  cafeteria: cafeteriaMap,
  rooftop: rooftopMap,
  closet: closetMap,
} as const;
export type ChapterMapId = keyof typeof MAPS;

/** Loads and validates a chapter's authored map; throws LevelError listing every problem. */
export function loadChapterMap(id: ChapterMapId): TiledLevel {
  return loadLevel(MAPS[id], id, { tilesets: TILESETS });
}
