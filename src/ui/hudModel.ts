import type { World } from '../sim/world';
import { DIFFICULTY, TICK_RATE } from '../sim/tuning';
import { currentObjectives, objectiveSecondsLeft } from '../sim/objectives';
import { formatTicks } from './format';
import { castName } from '../campaign/cast';
import { orderName, type OrderName } from '../input/orderRadial';
import { ALLY_ROLE, ALLY_STATE, survivorsOf } from '../view/allyLook';
import { loadSpeedFactor, lootCarried, lootWithAllies } from '../sim/objects';
import { LOOT } from '../sim/tuning';

/** One ally on the HUD: who, and whether they need the player. */
export interface HudAlly {
  id: string;
  name: string;
  state: 'ok' | 'grabbed' | 'bitten';
  /** The archer's arrows left; null for everyone else. */
  arrows: number | null;
  /** What the HUD writes beside the name: "ok", "GRABBED!", "bitten", "ok · 9 arrows". */
  line: string;
}

/** The weight the player carries (chapter 2's loot), as its own HUD row. */
export interface HudLoad {
  /** Pieces of loot in the player's hands (each slows and louds them). */
  carried: number;
  /** Pieces the allies carry for the player (no weight on the player). */
  withAllies: number;
  /** How much slower the player walks, 0..LOOT.maxSlow (0.15: 15% slower). */
  slow: number;
  /** 0 unladen, 1 light, 2 heavy (half the most it can slow or more), 3 at the most it can slow. */
  level: 0 | 1 | 2 | 3;
  /** What the row writes: "3 · 15% slower", "none", "+2 with allies". */
  line: string;
}

/** One objective the player is working on, as the HUD words it. */
export interface HudObjective {
  id: string;
  text: string;
  optional: boolean;
  /** Collect: items counted and needed ("3/6"); null for other kinds. */
  progress: { done: number; total: number } | null;
  /** Seconds left on its clock (hold out, time limit), or null. */
  secondsLeft: number | null;
  /** The text with its numbers: "Snacks 3/6", "Hold the door 0:42", "(optional) ...". */
  line: string;
}

/**
 * What the HUD shows, as a small plain snapshot made by a pure function from the world,
 * so the HUD scene never digs into sim internals and the mapping is unit-tested.
 */
export interface HudModel {
  /** Grabs the player can still survive, and the most there can be. */
  grabsLeft: number;
  maxGrabs: number;
  /** 0..1 */
  stamina: number;
  exhausted: boolean;
  /** Extinguisher pressure 0..1, or null before the player has one. */
  pressure: number | null;
  /** The objective line: the chapter's own wording, else the current objective's line. */
  objective: string;
  /** The objectives open now (the sim's), required ones first. */
  objectives: HudObjective[];
  /** The HUD's second line: the numbers of open objectives not already on the objective line ('' for none). */
  progress: string;
  /** Phone battery 0..1 in chapters that use the phone, else null. */
  battery: number | null;
  /** The group's order (Follow / Wait / Hide), or null when the player has no ally with them. */
  order: OrderName | null;
  /** The allies still human and with the group, in the order they joined. */
  allies: HudAlly[];
  /** The load row, in levels with loot (chapter 2); null where there is nothing to carry. */
  load: HudLoad | null;
}

/**
 * The longest objective line (characters, before the HUD's "\u25b8 ") a chapter's own wording
 * should write: it reads in two lines on a 360 px phone, where the HUD wraps it at 246 px
 * of 14 px text (about 34 characters a line, less what a word that does not fit leaves at a line's end).
 */
export const OBJECTIVE_MAX_CHARS = 60;

/** Grabs survived on Normal (the difficulty's grabHealth). */
export const HUD_DEFAULT_MAX_GRABS = DIFFICULTY.normal.grabHealth;

export interface HudContext {
  /** The chapter's own objective line (ChapterDefinition.objective, a grab's prompt); the sim's current objective when absent. */
  objective?: string;
  /** Whether this chapter uses the phone (shows the battery meter). */
  usesPhone: boolean;
  /** Objective ids the chapter's own line already counts (ChapterDefinition.objectiveCounts): not repeated under it. */
  counted?: readonly string[];
}

function unit(v: number): number {
  return Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
}

export function hudModel(world: World, ctx: HudContext): HudModel {
  const p = world.player;
  // Grabs survived depend on the difficulty; the one after the last is a bite.
  const maxGrabs = DIFFICULTY[world.difficulty].grabHealth;
  return {
    grabsLeft: Math.max(0, Math.min(maxGrabs, maxGrabs - p.grabsTaken)),
    maxGrabs,
    stamina: unit(p.stamina),
    exhausted: p.exhausted,
    pressure: world.extinguisher.hasExtinguisher ? unit(world.extinguisher.pressure) : null,
    ...objectiveLines(world, ctx.objective, ctx.counted),
    // The phone's battery (src/sim/phone.ts) is in percent; the meter reads 0..1.
    battery: ctx.usesPhone ? unit((world.phone?.battery ?? 0) / 100) : null,
    ...groupLines(world),
    load: loadLine(world),
  };
}

/** The load row: what the player carries and what it costs them; null in levels with no loot, or where it has no weight. */
function loadLine(world: World): HudLoad | null {
  if (!world.carryWeight || !world.level.items.some((it) => it.kind === 'loot')) return null;
  const carried = lootCarried(world);
  const withAllies = lootWithAllies(world);
  const slow = Math.round((1 - loadSpeedFactor(carried)) * 100) / 100;
  const level = carried === 0 ? 0 : slow >= LOOT.maxSlow ? 3 : slow >= LOOT.maxSlow / 2 ? 2 : 1;
  // A carry limit (chapter 2): the count says out of how many ("3/3": arms full), short enough for a phone.
  const limit = world.objects.armsFull;
  const count = limit > 0 ? `${carried}/${limit}` : `${carried}`;
  const own = carried === 0 ? 'none' : `${count} \u00b7 ${Math.round(slow * 100)}% slower`;
  const line = withAllies > 0 ? `${own}  +${withAllies} with allies` : own;
  return { carried, withAllies, slow, level, line };
}

/** The allies' rows: name and state, arrows for the archer. The turned and the gone are not listed. */
function groupLines(world: World): Pick<HudModel, 'order' | 'allies'> {
  const s = survivorsOf(world);
  const allies: HudAlly[] = [];
  let order: number | null = null;
  for (let k = 1; s && k < s.count; k++) {
    const st = s.state[k]!;
    if (st >= ALLY_STATE.Turned) continue;
    order ??= s.order[k]!;
    const state = st === ALLY_STATE.Grabbed ? 'grabbed' : st === ALLY_STATE.Bitten ? 'bitten' : 'ok';
    const arrows = s.role[k] === ALLY_ROLE.Archer ? s.arrows[k]! : null;
    const word = state === 'grabbed' ? 'GRABBED!' : state;
    const line = arrows === null ? word : `${word} \u00b7 ${arrows} arrow${arrows === 1 ? '' : 's'}`;
    const id = s.castId[k] ?? '';
    allies.push({ id, name: castName(id), state, arrows, line });
  }
  return { order: order === null ? null : orderName(order), allies };
}

/** The open objectives with their numbers, and which of them the two objective lines show. */
function objectiveLines(world: World, override: string | undefined, counted: readonly string[] = []): Pick<HudModel, 'objective' | 'objectives' | 'progress'> {
  const objectives = currentObjectives(world).map((k) => hudObjective(world, k));
  const first = objectives[0];
  const objective = override ?? first?.line ?? '';
  // Without the chapter's own words the first objective is the line; the second line carries the rest's numbers,
  // less a count the chapter's line already words (chapter 2's snacks) or a clock it already shows
  // ("Helicopter in 0:24": the same countdown twice took two lines on a phone).
  const numbered = objectives.filter(
    (o) =>
      (o.progress !== null || o.secondsLeft !== null) &&
      (override === undefined ? o !== first : !counted.includes(o.id) && !(o.progress === null && override.includes(clockOf(o)))),
  );
  return { objective, objectives, progress: numbered.map((o) => o.line).join('   ') };
}

/** An objective's clock as the HUD writes it (m:ss, rounded up), '' without one. */
function clockOf(o: HudObjective): string {
  return o.secondsLeft === null ? '' : formatTicks(Math.ceil(o.secondsLeft) * TICK_RATE);
}

function hudObjective(world: World, k: number): HudObjective {
  const spec = world.objectives.specs[k]!;
  const progress = spec.kind === 'collect' ? { done: Math.min(spec.count, world.objectives.progress[k]!), total: spec.count } : null;
  const secondsLeft = objectiveSecondsLeft(world, k);
  const parts = [spec.optional ? `(optional) ${spec.text}` : spec.text];
  if (progress) parts.push(`${progress.done}/${progress.total}`);
  // Rounded up, so the clock shows 0:00 only when the time is out.
  if (secondsLeft !== null) parts.push(formatTicks(Math.ceil(secondsLeft) * TICK_RATE));
  return { id: spec.id, text: spec.text, optional: spec.optional, progress, secondsLeft, line: parts.join(' ') };
}
