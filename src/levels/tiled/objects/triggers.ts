import type { ObjectiveCommon, ObjectiveSpec } from '../../../sim/level';
import type { LoadContext } from '../context';
import type { ObjectRule, TiledObject } from './types';
import { quote } from '../format';

type ObjectiveKind = ObjectiveSpec['kind'];
export const OBJECTIVE_KINDS: readonly ObjectiveKind[] = ['reach', 'collect', 'holdOut', 'protectDoor'];
/** The properties only some kinds take (a list, not a record: read once per objective, of up to 65,536). */
const KIND_PROPS: readonly (readonly [string, readonly ObjectiveKind[]])[] = [
  ['item', ['collect']],
  ['count', ['collect']],
  ['deliver', ['collect']],
  ['seconds', ['holdOut']],
  ['door', ['protectDoor']],
];

/** The `triggers` layer: areas that start scripted beats, and the chapter's objectives. */
export const TRIGGER_OBJECTS = {
  trigger: {
    layer: 'triggers',
    shape: 'rect',
    props: { once: { type: 'bool', default: true } },
    named: true,
    parse: (o, ctx) => void ctx.triggers.push({ ...o.rect!, name: o.name, once: o.props.bool('once') }),
  },
  /**
   * An objective (ObjectiveSpec in src/sim/level.ts). The rectangle is the area to reach
   * (reach) or to bring the items to (collect with `deliver`); other kinds may be points.
   */
  objective: {
    layer: 'triggers',
    shape: 'either',
    props: {
      kind: { type: 'string', oneOf: OBJECTIVE_KINDS },
      text: { type: 'string', required: "the HUD's line while it is the current objective" },
      id: { type: 'string' },
      optional: { type: 'bool', default: false },
      startsActive: { type: 'bool', default: true },
      timeLimit: { type: 'float' },
      item: { type: 'string' },
      count: { type: 'int' },
      deliver: { type: 'bool', default: false },
      seconds: { type: 'float' },
      door: { type: 'string' },
    },
    parse: parseObjective,
  },
} as const satisfies Record<string, ObjectRule>;

function parseObjective(o: TiledObject, ctx: LoadContext): void {
  const { props } = o;
  const kind = props.str('kind') as ObjectiveKind;
  const before = ctx.problems.length;
  // Plain functions, not closures made per objective (a map may hold 65,536 of them).
  function problem(text: string): void {
    ctx.problems.push(`${o.label}: ${text}`);
  }
  function required(name: string, what: string): void {
    problem(`property '${name}' (${what}) is required for a ${kind} objective`);
  }

  for (const [name, kinds] of KIND_PROPS) {
    if (props.has(name) && !kinds.includes(kind)) problem(`property '${name}' does not apply to a ${kind} objective (it is for: ${kinds.join(', ')})`);
  }
  const id = props.str('id') || o.name;
  if (id === '') problem("an objective needs an id (its name, or the 'id' property)");
  else if (ctx.objectiveIds.has(id)) problem(`another objective already has the id ${quote(id, 24)}`);
  ctx.objectiveIds.add(id);
  const timeLimit = props.num('timeLimit');
  if (timeLimit !== null && !(timeLimit > 0)) problem(`property 'timeLimit' must be more than 0 seconds, got ${timeLimit}`);
  const common: ObjectiveCommon = {
    id,
    text: props.str('text'),
    optional: props.bool('optional'),
    startsActive: props.bool('startsActive'),
    timeLimit,
  };

  let spec: ObjectiveSpec | null = null;
  switch (kind) {
    case 'reach':
      if (!o.rect) {
        problem('a reach objective must be a rectangle with a size (the area to reach)');
        break;
      }
      spec = { ...common, kind, area: o.rect };
      ctx.mustReach.push({ area: o.rect, what: `${o.label}: the area to reach` });
      break;
    case 'collect': {
      const item = props.str('item');
      const count = props.num('count');
      const deliver = props.bool('deliver');
      if (item === '') required('item', "the item name to pick up: 'note' for notes");
      if (count === null) required('count', 'how many');
      else if (count < 1) problem(`property 'count' must be at least 1, got ${count}`);
      if (deliver && !o.rect) {
        problem("a collect objective with 'deliver' must be a rectangle with a size (the delivery area)");
        break;
      }
      if (deliver) ctx.mustReach.push({ area: o.rect!, what: `${o.label}: the delivery area` });
      if (item !== '' && count !== null) ctx.collects.push({ item, count, label: o.label });
      spec = { ...common, kind, item, count: count ?? 0, deliver: deliver ? o.rect : null };
      break;
    }
    case 'holdOut': {
      const seconds = props.num('seconds');
      if (seconds === null) required('seconds', 'how long to hold out');
      else if (!(seconds > 0)) problem(`property 'seconds' must be more than 0, got ${seconds}`);
      spec = { ...common, kind, seconds: seconds ?? 0 };
      break;
    }
    case 'protectDoor': {
      const door = props.str('door');
      if (door === '') required('door', 'the name of the door to protect');
      else ctx.doorRefs.push({ name: door, label: o.label });
      spec = { ...common, kind, door };
      break;
    }
  }
  if (spec && ctx.problems.length === before) ctx.objectives.push(spec);
}
