import type { World } from '../sim/world';
import { DIFFICULTY, TICK_RATE } from '../sim/tuning';
import { currentObjectives, objectiveSecondsLeft } from '../sim/objectives';
import { formatTicks } from './format';

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
}

/** Grabs survived on Normal (the difficulty's grabHealth). */
export const HUD_DEFAULT_MAX_GRABS = DIFFICULTY.normal.grabHealth;

export interface HudContext {
  /** The chapter's own objective line (ChapterDefinition.objective, a grab's prompt); the sim's current objective when absent. */
  objective?: string;
  /** Whether this chapter uses the phone (shows the battery meter). */
  usesPhone: boolean;
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
    ...objectiveLines(world, ctx.objective),
    // The phone's battery (src/sim/phone.ts) is in percent; the meter reads 0..1.
    battery: ctx.usesPhone ? unit((world.phone?.battery ?? 0) / 100) : null,
  };
}

/** The open objectives with their numbers, and which of them the two objective lines show. */
function objectiveLines(world: World, override: string | undefined): Pick<HudModel, 'objective' | 'objectives' | 'progress'> {
  const objectives = currentObjectives(world).map((k) => hudObjective(world, k));
  const first = objectives[0];
  const objective = override ?? first?.line ?? '';
  // Without the chapter's own words the first objective is the line; the second line carries the rest's numbers.
  const numbered = objectives.filter((o) => (o.progress !== null || o.secondsLeft !== null) && (override !== undefined || o !== first));
  return { objective, objectives, progress: numbered.map((o) => o.line).join('   ') };
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
