import { VARIANT_NAMES } from '../../../sim/tuning';
import type { InfectedPlacement } from '../../../sim/level';
import { onFloor, type ObjectRule } from './types';

/** The variants a map may place: the sim's one variant table (tuning.ts). */
export const INFECTED_VARIANTS: readonly InfectedPlacement['variant'][] = VARIANT_NAMES;

/** The `infected` layer: who is there when the chapter starts. */
export const INFECTED_OBJECTS = {
  infected: {
    layer: 'infected',
    shape: 'point',
    props: { variant: { type: 'string', oneOf: INFECTED_VARIANTS }, asleep: { type: 'bool', default: false } },
    stands: onFloor('infected'),
    parse(o, ctx) {
      const placement: InfectedPlacement = { ...o.centre, variant: o.props.str('variant') as InfectedPlacement['variant'] };
      if (o.props.bool('asleep')) placement.asleep = true;
      ctx.infected.push(placement);
      ctx.notInSafeZone.push({ ...o.centre, what: o.label });
    },
  },
} as const satisfies Record<string, ObjectRule>;
