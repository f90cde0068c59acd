import { Tile } from '../../../sim/grid';
import { REINFORCE } from '../../../sim/tuning';
import { cellArea } from '../context';
import { quote } from '../format';
import { onFloor, type ObjectRule } from './types';

/**
 * The `props` layer. Doors, lockers and cabinets exist because of their tiles; an object
 * on one only adds a name and properties. Pick-ups (notes, decoys, keys) lie on the floor.
 */
export const PROP_OBJECTS = {
  door: {
    layer: 'props',
    shape: 'point',
    props: { locked: { type: 'bool', default: false }, open: { type: 'bool', default: false } },
    stands: { on: [Tile.Door], problem: 'a door object must sit on a Door tile' },
    parse(o, ctx) {
      const door = ctx.doorCells.get(o.cell);
      if (!door) return;
      if (ctx.describedDoors.has(o.cell)) {
        ctx.problems.push(`${o.label}: another door object already describes this door`);
        return;
      }
      ctx.describedDoors.add(o.cell);
      door.locked = o.props.bool('locked');
      door.open = o.props.bool('open');
      if (door.open && door.locked) ctx.problems.push(`${o.label}: a door cannot be both open and locked`);
      if (o.name) door.name = o.name;
    },
  },
  locker: {
    layer: 'props',
    shape: 'point',
    props: { classmate: { type: 'string' } },
    stands: { on: [Tile.Locker], problem: 'a locker object must sit on a Locker tile' },
    parse(o, ctx) {
      if (ctx.lockerCells.has(o.cell)) {
        ctx.problems.push(`${o.label}: another locker object already describes this locker`);
        return;
      }
      const front = ctx.frontOf(o.cx, o.cy);
      if (!front && ctx.tilesOk) {
        ctx.problems.push(`${o.label}: no Floor cell next to the locker to get in from`);
        return;
      }
      const classmate = o.props.str('classmate') || null;
      ctx.lockerCells.add(o.cell);
      ctx.lockers.push({ x: o.cx, y: o.cy, front: front ?? o.centre, classmate });
      if (classmate && front) {
        ctx.mustReach.push({ area: cellArea(Math.floor(front.x), Math.floor(front.y)), what: `${o.label}: the locker hiding ${quote(classmate, 24)}` });
      }
    },
  },
  cabinet: {
    layer: 'props',
    shape: 'point',
    props: {},
    stands: { on: [Tile.Cabinet], problem: 'a cabinet object must sit on a Cabinet tile' },
    parse(o, ctx) {
      if (ctx.cabinetNames.has(o.cell)) ctx.problems.push(`${o.label}: another cabinet object already describes this cabinet`);
      else if (ctx.tilesOk && !ctx.frontOf(o.cx, o.cy)) ctx.problems.push(`${o.label}: no Floor cell in front of the cabinet to take the extinguisher from`);
      else ctx.cabinetNames.set(o.cell, o.name);
    },
  },
  note: {
    layer: 'props',
    shape: 'point',
    props: { note: { type: 'string', required: "the note's id" } },
    check(o, ctx) {
      const note = o.props.str('note');
      if (ctx.noteIds.has(note)) ctx.problems.push(`${o.label}: note ${quote(note, 24)} is placed twice`);
      ctx.noteIds.add(note);
    },
    stands: onFloor('note'),
    parse(o, ctx) {
      ctx.items.push({ kind: 'note', note: o.props.str('note'), ...o.centre });
      ctx.mustReach.push({ area: cellArea(o.cx, o.cy), what: `${o.label}: the note` });
    },
  },
  decoy: {
    layer: 'props',
    shape: 'point',
    props: { item: { type: 'string', default: 'can' } },
    stands: onFloor('decoy'),
    parse: (o, ctx) => void ctx.items.push({ kind: 'decoy', item: o.props.str('item'), ...o.centre }),
  },
  /**
   * Loot to carry back (`item`, default `snack`: what a collect objective counts). `seeded`:
   * one of the spots the seed chooses among, so a run holds only some of them (LOOT.seededShare).
   */
  loot: {
    layer: 'props',
    shape: 'point',
    props: { item: { type: 'string', default: 'snack' }, seeded: { type: 'bool', default: false } },
    stands: onFloor('loot'),
    parse(o, ctx) {
      const seeded = o.props.bool('seeded');
      ctx.items.push({ kind: 'loot', item: o.props.str('item'), ...o.centre, ...(seeded ? { seeded: true } : {}) });
      if (!seeded) ctx.mustReach.push({ area: cellArea(o.cx, o.cy), what: `${o.label}: the ${quote(o.props.str('item'), 24)}` });
    },
  },
  /** A vending machine on a Locker cell: `count` loot items (`item`) come out at once when it is used. */
  vending: {
    layer: 'props',
    shape: 'point',
    props: { item: { type: 'string', default: 'snack' }, count: { type: 'int', default: 4 } },
    stands: { on: [Tile.Locker], problem: 'a vending machine must sit on a Locker tile' },
    parse(o, ctx) {
      const front = ctx.frontOf(o.cx, o.cy);
      if (!front) {
        if (ctx.tilesOk) ctx.problems.push(`${o.label}: no Floor cell in front of the vending machine to use it from`);
        return;
      }
      const count = o.props.num('count') ?? 4;
      if (count < 1 || count > 16) {
        ctx.problems.push(`${o.label}: property 'count' must be 1 to 16, not ${count}`);
        return;
      }
      const machine = ctx.vendingMachines.length;
      ctx.vendingMachines.push({ x: o.cx, y: o.cy, front, name: o.name || 'vending machine' });
      for (let k = 0; k < count; k++) ctx.items.push({ kind: 'loot', item: o.props.str('item'), x: front.x, y: front.y, machine });
      ctx.mustReach.push({ area: cellArea(Math.floor(front.x), Math.floor(front.y)), what: `${o.label}: the vending machine` });
    },
  },
  key: {
    layer: 'props',
    shape: 'point',
    props: { item: { type: 'string', default: 'key' }, unlocks: { type: 'string', required: 'the name of the door it opens' } },
    stands: onFloor('key'),
    parse(o, ctx) {
      const item = o.props.str('item');
      ctx.keys.push({ item: ctx.items.length, label: o.label });
      ctx.items.push({ kind: 'key', item, unlocks: o.props.str('unlocks'), ...o.centre });
      ctx.mustReach.push({ area: cellArea(o.cx, o.cy), what: `${o.label}: the ${item === 'key' ? 'key' : `key ${quote(item, 24)}`}` });
    },
  },
  notice: {
    layer: 'props',
    shape: 'point',
    props: { text: { type: 'string' } },
    // A Cabinet cell counts as wall here, as in a door's wall line.
    stands: { on: [Tile.Wall, Tile.Window, Tile.Cabinet], problem: 'a notice board must hang on a Wall or Window cell' },
    parse(o, ctx) {
      if (!ctx.tilesOk) return;
      if (!ctx.frontOf(o.cx, o.cy)) ctx.problems.push(`${o.label}: no Floor cell in front of the notice board to read it from`);
      else ctx.notices.push({ x: o.cx, y: o.cy, text: o.props.str('text') });
    },
  },
  plaque: {
    layer: 'props',
    shape: 'point',
    props: { text: { type: 'string', required: 'the name on the sign' } },
    // A sign hangs on a wall, a window or a door frame, where the room it names begins.
    stands: { on: [Tile.Wall, Tile.Window, Tile.Door, Tile.Cabinet], problem: 'a plaque must hang on a Wall, Window or Door cell' },
    parse: (o, ctx) => void ctx.plaques.push({ x: o.cx, y: o.cy, text: o.props.str('text') }),
  },
  /**
   * A shelf item that braces a door (chapter 3's closet: `item` one of REINFORCE.items,
   * the mop handle or the tape). Picked up like loot; the use button at a closed door then
   * braces it (src/sim/interact.ts).
   */
  brace: {
    layer: 'props',
    shape: 'point',
    props: { item: { type: 'string', required: 'what braces the door (mop handle, tape)' } },
    check(o, ctx) {
      const item = o.props.str('item');
      if (!REINFORCE.items.includes(item)) ctx.problems.push(`${o.label}: property 'item' must be one of ${REINFORCE.items.join(', ')}, not ${quote(item, 24)}`);
    },
    stands: onFloor('brace'),
    parse(o, ctx) {
      ctx.items.push({ kind: 'loot', item: o.props.str('item'), ...o.centre });
      ctx.mustReach.push({ area: cellArea(o.cx, o.cy), what: `${o.label}: the ${quote(o.props.str('item'), 24)}` });
    },
  },
  /**
   * A vent grille on a wall cell (chapter 3's closet): the use button bangs it, and the boom
   * comes out at the duct's far end (`farX`, `farY`, tiles: a floor cell's centre is x.5).
   */
  vent: {
    layer: 'props',
    shape: 'point',
    props: { farX: { type: 'float', required: 'where the duct ends (tiles)' }, farY: { type: 'float', required: 'where the duct ends (tiles)' } },
    stands: { on: [Tile.Wall], problem: 'a vent must sit on a Wall cell' },
    parse(o, ctx) {
      if (!ctx.tilesOk) return;
      const front = ctx.frontOf(o.cx, o.cy);
      const far = { x: o.props.num('farX') ?? 0, y: o.props.num('farY') ?? 0 };
      if (!front) ctx.problems.push(`${o.label}: no Floor cell in front of the vent to bang it from`);
      else if (ctx.tileAt(Math.floor(far.x), Math.floor(far.y)) !== Tile.Floor) ctx.problems.push(`${o.label}: the duct's far end (${far.x}, ${far.y}) is not on a Floor cell`);
      else {
        ctx.vents.push({ x: o.cx, y: o.cy, front, far, name: o.name || 'vent' });
        ctx.mustReach.push({ area: cellArea(Math.floor(front.x), Math.floor(front.y)), what: `${o.label}: the vent` });
      }
    },
  },
} as const satisfies Record<string, ObjectRule>;
