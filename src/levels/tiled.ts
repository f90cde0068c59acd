import { Tile } from '../sim/grid';
import type { InfectedPlacement, LevelData } from '../sim/level';
import { cabinetsOf } from './cells';
import { createContext } from './tiled/context';
import {
  LevelError,
  Problems,
  readLayers,
  readLogicLayer,
  readMapHeader,
  readMapJson,
  readProperties,
  readTilesets,
  type LoadLevelOptions,
} from './tiled/format';
import { readObjectLayers } from './tiled/objects';
import { checkLevelRules, readDoorTiles } from './tiled/rules';

/**
 * Loads a level authored in Tiled's JSON map format (.tmj) into sim data, checking
 * everything a map can get wrong and reporting ALL problems at once, each with the
 * object (id, name, type) or cell it is about. The format is documented in
 * docs/architecture.md ("Level format"). The parts:
 *
 * - tiled/format.ts: the raw Tiled JSON (header, layers, tilesets, the logic tile layer,
 *   custom properties);
 * - tiled/objects/: the object table, one row per object type (layer, shape, properties
 *   with their types and defaults, the tile it must stand on, its parser), one file per
 *   object layer, and the generic reader every object goes through;
 * - tiled/rules.ts: door tiles, and the rules about the whole level (keys name locked
 *   doors, nothing spawns in a safe zone, everything that matters is reachable, using
 *   reachability.ts).
 */

export { LevelError, LAYERS, MAX_LISTED_PROBLEMS, MAX_MAP_CELLS, MAX_MAP_OBJECTS, MAX_PROBLEM_CHARS, TILE_SIZE_PX, type LoadLevelOptions } from './tiled/format';
export { OBJECT_TYPES } from './tiled/objects';
export type { InfectedPlacement } from '../sim/level';
export type InfectedVariant = InfectedPlacement['variant'];

/** What a Tiled map loads into: the sim's level plus the authored infected. */
export type TiledLevel = LevelData & { infected: InfectedPlacement[] };

/**
 * Validates a Tiled map (parsed JSON, or its text) into sim data. Throws one LevelError
 * listing every problem found; never throws anything else for any input.
 */
export function loadLevel(json: unknown, id: string, options: LoadLevelOptions = {}): TiledLevel {
  const problems = new Problems();
  const fail = (): never => {
    throw new LevelError(id, problems.shown, problems.length);
  };

  const map = readMapJson(json, problems);
  if (!map) return fail();
  const size = readMapHeader(map, problems);
  if (!size) return fail();
  const { width, height } = size;
  const mapProps = readProperties(map.properties, 'map', { name: { type: 'string' }, directorBudget: { type: 'int' } }, problems);
  const name = mapProps.get('name');
  // The director's spawn budget on Normal (LevelData.directorBudget; DIRECTOR.budget when absent).
  const budget = mapProps.get('directorBudget');
  if (budget !== undefined && (typeof budget !== 'number' || budget < 0)) problems.push(`map: property 'directorBudget' must be 0 or more, not ${String(budget)}`);
  const levelName = typeof name === 'string' && name !== '' ? name : id;

  const kindByGid = readTilesets(map.tilesets, options, problems);
  const layers = readLayers(map, problems);
  // An empty cell is a wall (outside the building).
  const tiles = new Uint8Array(width * height).fill(Tile.Wall);
  const logic = layers.get('logic');
  const tilesOk = logic ? readLogicLayer(logic, width, height, kindByGid, tiles, problems) : false;

  const ctx = createContext(width, height, tiles, tilesOk, problems);
  if (tilesOk) readDoorTiles(ctx);
  if (!readObjectLayers(layers, ctx)) fail();
  checkLevelRules(ctx, layers.has('markers'));
  if (problems.length > 0) fail();

  return {
    id,
    name: levelName,
    width,
    height,
    tiles,
    doors: [...ctx.doorCells.values()],
    playerStart: ctx.starts[0]!,
    exits: ctx.exits,
    spawnPoints: ctx.spawnPoints,
    lockers: ctx.lockers,
    cabinets: cabinetsOf(tiles, width, height, ctx.cabinetNames),
    items: ctx.items,
    notices: ctx.notices,
    plaques: ctx.plaques,
    triggers: ctx.triggers,
    safeZones: ctx.safeZones,
    checkpoints: ctx.checkpoints,
    objectives: ctx.objectives,
    ...(ctx.dark.length > 0 ? { dark: ctx.dark } : {}),
    ...(ctx.vendingMachines.length > 0 ? { vendingMachines: ctx.vendingMachines } : {}),
    ...(ctx.vents.length > 0 ? { vents: ctx.vents } : {}),
    ...(typeof budget === 'number' ? { directorBudget: budget } : {}),
    infected: ctx.infected,
  };
}
