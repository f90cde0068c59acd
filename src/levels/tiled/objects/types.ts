import { Tile, type TileKind } from '../../../sim/grid';
import type { LevelPoint, LevelRect } from '../../../sim/level';
import type { LoadContext } from '../context';
import { aType, type ObjectLayerName, type PropRule, type PropValue } from '../format';

/**
 * One row of the object table: everything the loader knows about an object type. The
 * generic reader (./index.ts) checks the layer, the shape, the properties (names, types,
 * required ones), the name and the tile; `parse` then only does what is particular to
 * the type.
 */
export interface ObjectRule {
  layer: ObjectLayerName;
  /** point: a point or a rectangle (its centre cell counts); rect: a rectangle; either: a rectangle is kept when drawn. */
  shape: 'point' | 'rect' | 'either';
  /** The custom properties it may have, with their types and defaults. */
  props: Readonly<Record<string, PropRule>>;
  /** The object's name must be set (and unique among objects of its type). */
  named?: boolean;
  /** The tile kinds its cell must be, and the problem when it is not ("... (the cell is Wall)" is added). */
  stands?: { on: readonly TileKind[]; problem: string };
  /** Checks reported whatever tile it stands on (they run before the tile check). */
  check?(o: TiledObject, ctx: LoadContext): void;
  /** Turns the object into level data, writing into ctx (problems included). Runs only on the right tile. */
  parse(o: TiledObject, ctx: LoadContext): void;
}

/** An object as the generic reader hands it to a type's parse function. */
export interface TiledObject {
  readonly id: number;
  /** The object's name in Tiled ('' when unset). */
  readonly name: string;
  /** How problems name it: "object #12 'lab door' (door) at tile (40, 5)". */
  readonly label: string;
  /** Its cell (a rectangle's centre cell), inside the map. */
  readonly cx: number;
  readonly cy: number;
  readonly cell: number;
  /** The centre of that cell, in tiles. */
  readonly centre: LevelPoint;
  /** The rectangle in whole tiles (rect objects, and 'either' objects drawn as rectangles), else null. */
  readonly rect: LevelRect | null;
  readonly props: Props;
}

/** An object's properties, defaults applied (only values of the declared type are ever present). */
export interface Props {
  /** The author set it (whatever its value). */
  has(name: string): boolean;
  /** A string property; empty counts as absent. '' when absent without a default. */
  str(name: string): string;
  /** A bool property; false when absent without a default. */
  bool(name: string): boolean;
  /** A number property; null when absent without a default. */
  num(name: string): number | null;
}

/** One allocation per object (methods on the prototype): maps hold 100,000 objects. */
class ObjectProps implements Props {
  constructor(
    private readonly values: ReadonlyMap<string, PropValue>,
    private readonly rules: Readonly<Record<string, PropRule>>,
  ) {}
  private dflt(name: string): PropValue | undefined {
    return Object.hasOwn(this.rules, name) ? this.rules[name]!.default : undefined;
  }
  has(name: string): boolean {
    return this.values.has(name);
  }
  str(name: string): string {
    const v = this.values.get(name);
    if (typeof v === 'string' && v !== '') return v;
    const d = this.dflt(name);
    return typeof d === 'string' ? d : '';
  }
  bool(name: string): boolean {
    const v = this.values.get(name) ?? this.dflt(name);
    return typeof v === 'boolean' ? v : false;
  }
  num(name: string): number | null {
    const v = this.values.get(name) ?? this.dflt(name);
    return typeof v === 'number' ? v : null;
  }
}

export function propsOf(values: ReadonlyMap<string, PropValue>, rules: Readonly<Record<string, PropRule>>): Props {
  return new ObjectProps(values, rules);
}

/** The rule for things that stand on the floor (starts, spawns, infected, pick-ups). */
export const onFloor = (type: string): ObjectRule['stands'] => ({
  on: [Tile.Floor],
  problem: `${aType(type)} must stand on a Floor cell, not inside a wall or furniture`,
});
