import { type LoadContext } from '../context';
import {
  MAX_MAP_OBJECTS,
  OBJECT_LAYERS,
  TILE_SIZE_PX,
  aType,
  at,
  describe,
  isFiniteNumber,
  isInt,
  isRecord,
  quote,
  readProperties,
  tileName,
  type Json,
  type LayerName,
} from '../format';
import { INFECTED_OBJECTS } from './infected';
import { MARKER_OBJECTS } from './markers';
import { PROP_OBJECTS } from './props';
import { TRIGGER_OBJECTS } from './triggers';
import { propsOf, type ObjectRule, type TiledObject } from './types';

/**
 * The object table: every object type a map may hold, by its Tiled class, with its layer,
 * shape, properties, tile and parser. A new type is a new row (in the file of its layer).
 */
export const OBJECT_TYPES: Readonly<Record<string, ObjectRule>> = {
  ...MARKER_OBJECTS,
  ...INFECTED_OBJECTS,
  ...PROP_OBJECTS,
  ...TRIGGER_OBJECTS,
};
/** The types each layer holds, for "unknown type" messages (the whole list would not fit in one). */
const TYPES_IN_LAYER = new Map<string, string>(
  OBJECT_LAYERS.map((layer) => [layer, Object.keys(OBJECT_TYPES).filter((t) => OBJECT_TYPES[t]!.layer === layer).join(', ')]),
);
const UNSUPPORTED_SHAPES = ['ellipse', 'polygon', 'polyline', 'text', 'gid'];
/** Each rule's properties as a list, made once (not once per object). */
const PROP_ENTRIES = new Map(Object.values(OBJECT_TYPES).map((rule) => [rule, Object.entries(rule.props)]));
const propEntries = (rule: ObjectRule) => PROP_ENTRIES.get(rule) ?? Object.entries(rule.props);

/**
 * Reads every object of the object layers, in layer order then map order. Returns false
 * (one problem, nothing read) when the map holds more than MAX_MAP_OBJECTS.
 */
export function readObjectLayers(layers: ReadonlyMap<LayerName, Json>, ctx: LoadContext): boolean {
  const objectIds = new Set<number>();
  let count = 0;
  for (const layerName of OBJECT_LAYERS) {
    const objects = layers.get(layerName)?.objects;
    if (Array.isArray(objects)) count += objects.length;
  }
  if (count > MAX_MAP_OBJECTS) {
    ctx.problems.push(`map has ${count} objects, more than the ${MAX_MAP_OBJECTS} allowed`);
    return false;
  }
  for (const layerName of OBJECT_LAYERS) {
    const layer = layers.get(layerName);
    if (!layer) continue;
    if (!Array.isArray(layer.objects)) {
      ctx.problems.push(`layer '${layerName}' has no objects array`);
      continue;
    }
    const list: unknown[] = layer.objects;
    for (let index = 0; index < list.length; index++) readObject(list[index], index, layerName, objectIds, ctx);
  }
  return true;
}

/** The checks every object goes through, then its type's parser. */
function readObject(obj: unknown, index: number, layerName: string, objectIds: Set<number>, ctx: LoadContext): void {
  const { problems, width, height } = ctx;
  if (!isRecord(obj)) {
    problems.push(`layer '${layerName}': object ${index} is not an object`);
    return;
  }
  const objId = isInt(obj.id) ? obj.id : -1;
  const objName = typeof obj.name === 'string' ? obj.name : '';
  const rawType = typeof obj.type === 'string' && obj.type !== '' ? obj.type : obj.class;
  // Own keys only: a type named '__proto__' or 'toString' is unknown, not Object's.
  const rule = typeof rawType === 'string' && Object.hasOwn(OBJECT_TYPES, rawType) ? OBJECT_TYPES[rawType] : undefined;
  // Names and unknown types are the author's raw strings: quoted and cut short.
  let label = `object #${objId}${objName ? ` ${quote(objName, 24)}` : ''}${rule ? ` (${rawType as string})` : ''}`;
  if (objId < 0) problems.push(`layer '${layerName}': object ${index} has no integer id`);
  else if (objectIds.has(objId)) problems.push(`${label}: id used by another object`);
  else objectIds.add(objId);

  if (!isFiniteNumber(obj.x) || !isFiniteNumber(obj.y)) {
    problems.push(`${label} in layer '${layerName}': position is not a number`);
    return;
  }
  const w = isFiniteNumber(obj.width) ? obj.width : 0;
  const h = isFiniteNumber(obj.height) ? obj.height : 0;
  const cx = Math.floor((obj.x + w / 2) / TILE_SIZE_PX);
  const cy = Math.floor((obj.y + h / 2) / TILE_SIZE_PX);
  label += ` at ${at(cx, cy)}`;

  if (typeof rawType !== 'string' || rawType === '') {
    problems.push(`${label} in layer '${layerName}': no type (set its Class to one of: ${TYPES_IN_LAYER.get(layerName)})`);
    return;
  }
  if (!rule) {
    problems.push(`${label}: unknown object type ${quote(rawType, 24)} (layer '${layerName}' holds: ${TYPES_IN_LAYER.get(layerName)})`);
    return;
  }
  const type = rawType;
  ctx.seenTypes.add(type);
  if (rule.layer !== layerName) {
    problems.push(`${label}: ${aType(type)} belongs in layer '${rule.layer}', not '${layerName}'`);
    return;
  }
  let unsupportedShape: string | undefined;
  for (const k of UNSUPPORTED_SHAPES) {
    if (Object.hasOwn(obj, k) && obj[k] !== undefined && obj[k] !== false) {
      unsupportedShape = k;
      break;
    }
  }
  if (unsupportedShape) {
    problems.push(`${label}: ${unsupportedShape} objects are not supported, use a ${rule.shape === 'rect' ? 'rectangle' : 'point or rectangle'}`);
    return;
  }
  const values = readProperties(obj.properties, label, rule.props, problems);
  if (rule.named) {
    if (objName === '') problems.push(`${label}: ${aType(type)} needs a name`);
    else {
      let names = ctx.namesByType.get(type);
      if (!names) ctx.namesByType.set(type, (names = new Set()));
      if (names.has(objName)) problems.push(`${label}: another ${type} is already named ${quote(objName, 24)}`);
      names.add(objName);
    }
  }

  let rect: TiledObject['rect'] = null;
  const drawnAsRect = obj.point !== true && w > 0 && h > 0;
  if (rule.shape === 'rect' || (rule.shape === 'either' && drawnAsRect)) {
    if (!drawnAsRect) {
      problems.push(`${label}: ${aType(type)} must be a rectangle with a size`);
      return;
    }
    const x0 = Math.round(obj.x / TILE_SIZE_PX);
    const y0 = Math.round(obj.y / TILE_SIZE_PX);
    const x1 = Math.round((obj.x + w) / TILE_SIZE_PX);
    const y1 = Math.round((obj.y + h) / TILE_SIZE_PX);
    if (x1 <= x0 || y1 <= y0) {
      problems.push(`${label}: rectangle is smaller than one tile`);
      return;
    }
    if (x0 < 0 || y0 < 0 || x1 > width || y1 > height) {
      problems.push(`${label}: rectangle reaches outside the map`);
      return;
    }
    rect = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  } else if (cx < 0 || cy < 0 || cx >= width || cy >= height) {
    problems.push(`${label}: outside the map`);
    return;
  }

  // Required properties (and one-of lists) first: without them the object means nothing.
  let missing = false;
  for (const [name, prop] of propEntries(rule)) {
    const value = values.get(name);
    if (prop.oneOf) {
      const v = value ?? prop.default;
      if (typeof v !== 'string' || !prop.oneOf.includes(v)) {
        problems.push(`${label}: property '${name}' must be one of ${prop.oneOf.join(', ')} (got ${describe(value)})`);
        missing = true;
      }
    } else if (prop.required && (value === undefined || value === '')) {
      problems.push(`${label}: property '${name}' (${prop.required}) is required`);
      missing = true;
    }
  }
  if (missing) return;

  const o: TiledObject = {
    id: objId,
    name: objName,
    label,
    cx,
    cy,
    cell: cy * width + cx,
    centre: { x: cx + 0.5, y: cy + 0.5 },
    rect,
    props: propsOf(values, rule.props),
  };
  rule.check?.(o, ctx);
  if (rule.stands && ctx.tilesOk) {
    const tile = ctx.tileAt(cx, cy);
    if (!(rule.stands.on as readonly number[]).includes(tile)) {
      problems.push(`${label}: ${rule.stands.problem} (the cell is ${tileName(tile)})`);
      return;
    }
  }
  rule.parse(o, ctx);
}
