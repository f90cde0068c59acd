import { Tile } from '../../../sim/grid';
import { at } from '../format';
import { cellArea } from '../context';
import { onFloor, type ObjectRule } from './types';

/** The `markers` layer: where the player starts and ends, and the areas with a rule of their own. */
export const MARKER_OBJECTS = {
  player_start: {
    layer: 'markers',
    shape: 'point',
    props: {},
    stands: onFloor('player_start'),
    parse: (o, ctx) => void ctx.starts.push(o.centre),
  },
  spawn: {
    layer: 'markers',
    shape: 'point',
    props: {},
    stands: onFloor('spawn'),
    check: (o, ctx) => void ctx.notInSafeZone.push({ ...o.centre, what: o.label }),
    parse: (o, ctx) => void ctx.spawnPoints.push(o.centre),
  },
  checkpoint: {
    layer: 'markers',
    shape: 'rect',
    props: {},
    named: true,
    parse(o, ctx) {
      const r = o.rect!;
      const rx = r.x + Math.floor(r.w / 2);
      const ry = r.y + Math.floor(r.h / 2);
      if (ctx.tilesOk && ctx.tileAt(rx, ry) !== Tile.Floor) {
        ctx.problems.push(`${o.label}: the checkpoint's centre ${at(rx, ry)} (where the player respawns) must be a Floor cell`);
      }
      ctx.checkpoints.push({ ...r, name: o.name, respawn: { x: rx + 0.5, y: ry + 0.5 } });
      ctx.mustReach.push({ area: cellArea(rx, ry), what: `${o.label}: the checkpoint` });
    },
  },
  exit: {
    layer: 'markers',
    shape: 'rect',
    props: {},
    parse(o, ctx) {
      ctx.exits.push(o.rect!);
      ctx.mustReach.push({ area: o.rect!, what: `${o.label}: the exit (objective)` });
    },
  },
  safe_zone: {
    layer: 'markers',
    shape: 'rect',
    props: {},
    parse: (o, ctx) => void ctx.safeZones.push(o.rect!),
  },
  /** An unlit area: drawn dark, and the infected see a player standing in it only up close. */
  dark: {
    layer: 'markers',
    shape: 'rect',
    props: {},
    parse(o, ctx) {
      const r = o.rect!;
      // Darkness only matters where someone can stand: an area over walls alone is a mistake.
      if (ctx.tilesOk && ctx.floorIn(r) === 0) {
        ctx.problems.push(`${o.label}: a dark area must cover at least one Floor cell`);
        return;
      }
      ctx.dark.push(r);
    },
  },
} as const satisfies Record<string, ObjectRule>;
