import type { World } from './world';
import type { LevelData } from './level';
import { pointInRect } from './level';
import type { DirectorPhaseName } from './events';
import { hasLineOfSight } from './grid';
import { spawnInfected, InfectedState } from './horde';
import { nextFloat, nextInt } from './rng';
import { DIFFICULTY, DIRECTOR, NOISE, TICK_SECONDS, Variant, type Difficulty } from './tuning';

/**
 * The intensity director: paces a chapter like a survival-horror director. Intensity
 * (0..1) rises with grabs, near misses (infected chasing close by) and noise, and decays
 * over time. Phases: build-up (spawns waves behind the player until intensity peaks) ->
 * peak (sustained a few seconds, no new spawns) -> fade -> relax (quiet) -> build-up.
 * It spawns only at level.spawnPoints that are out of the player's sight, far enough,
 * not in a safe area, preferring points behind the player; never beyond the budget.
 * Every decision is an event (directorPhase / directorSpawn / directorSkip).
 */
export const DirectorPhase = { BuildUp: 0, Peak: 1, Fade: 2, Relax: 3 } as const;
export const DIRECTOR_PHASE_NAMES: readonly DirectorPhaseName[] = ['buildUp', 'peak', 'fade', 'relax'];

export interface DirectorState {
  phase: number;
  phaseTimer: number;
  intensity: number;
  spawnTimer: number;
  spawned: number;
  budget: number;
  /** Set by the horde each tick: infected chasing within DIRECTOR.nearMissRadius. */
  nearMisses: number;
  /** Set by the horde each tick: grabs that began. */
  grabs: number;
  /** Spawn point chosen last (-1 none), for overlays. */
  lastSpawnPoint: number;
  /** Off in tests that want a quiet level. */
  enabled: boolean;
}

/** `budget`: the whole budget, in place of the level's scaled by difficulty (a chapter's own: WorldOptions.directorBudget). */
export function createDirector(level: LevelData, difficulty: Difficulty, enabled = true, budget?: number): DirectorState {
  return {
    phase: DirectorPhase.Relax,
    phaseTimer: DIRECTOR.openingQuietSeconds,
    intensity: 0,
    spawnTimer: DIRECTOR.spawnEverySeconds,
    spawned: 0,
    budget: budget ?? Math.round((level.directorBudget ?? DIRECTOR.budget) * DIFFICULTY[difficulty].directorBudgetScale),
    nearMisses: 0,
    grabs: 0,
    lastSpawnPoint: -1,
    enabled: enabled && level.spawnPoints.length > 0,
  };
}

function setPhase(world: World, phase: number, seconds: number): void {
  const d = world.director;
  d.phase = phase;
  d.phaseTimer = seconds;
  world.events.push({ type: 'directorPhase', phase: DIRECTOR_PHASE_NAMES[phase]!, intensity: d.intensity });
}

/** True when the player could see (x, y): in sight range and unobstructed. */
export function playerCanSee(world: World, x: number, y: number): boolean {
  const p = world.player;
  const dx = x - p.x;
  const dy = y - p.y;
  const range = DIRECTOR.playerViewRange;
  if (dx * dx + dy * dy > range * range) return false;
  return hasLineOfSight(world.grid, p.x, p.y, x, y);
}

/** Reads the noises heard this tick (the first `heard` in world.noises). */
export function updateDirector(world: World, heard: number): void {
  const d = world.director;
  if (!d.enabled) return;
  let add = d.grabs * DIRECTOR.perGrab + d.nearMisses * DIRECTOR.perNearMissSecond * TICK_SECONDS;
  for (let k = 0; k < heard; k++) add += (world.noises.loudness[k]! / NOISE.cheer) * DIRECTOR.perNoise;
  const decay = (d.phase === DirectorPhase.Fade ? 4 : 1) * DIRECTOR.decayPerSecond * TICK_SECONDS;
  d.intensity = Math.min(1, Math.max(0, d.intensity + add - decay));
  d.grabs = 0;
  d.nearMisses = 0;

  d.phaseTimer -= TICK_SECONDS;
  switch (d.phase) {
    case DirectorPhase.BuildUp:
      // phaseTimer counts down from 0 in build-up: -phaseTimer is the build-up's length.
      if (d.intensity >= DIRECTOR.peakThreshold || -d.phaseTimer >= DIRECTOR.buildUpMaxSeconds) {
        setPhase(world, DirectorPhase.Peak, DIRECTOR.peakSeconds);
        break;
      }
      d.spawnTimer -= TICK_SECONDS;
      if (d.spawnTimer <= 0) {
        d.spawnTimer += DIRECTOR.spawnEverySeconds;
        trySpawnWave(world);
      }
      break;
    case DirectorPhase.Peak:
      if (d.phaseTimer <= 0) setPhase(world, DirectorPhase.Fade, DIRECTOR.fadeSeconds);
      break;
    case DirectorPhase.Fade:
      if (d.phaseTimer <= 0) setPhase(world, DirectorPhase.Relax, DIRECTOR.relaxSeconds);
      break;
    default:
      if (d.phaseTimer <= 0) {
        d.spawnTimer = 0;
        setPhase(world, DirectorPhase.BuildUp, 0);
      }
  }
}

function inSafeArea(world: World, x: number, y: number): boolean {
  for (const r of world.level.safeZones) if (pointInRect(x, y, r)) return true;
  for (const r of world.level.safeZones) {
    const p = world.player;
    if (pointInRect(p.x, p.y, r)) return true; // the player is resting: no spawns at all
  }
  return false;
}

/** Chooses a spawn point out of sight, preferring behind the player, and spawns a wave. */
export function trySpawnWave(world: World): boolean {
  const d = world.director;
  if (d.spawned >= d.budget) {
    world.events.push({ type: 'directorSkip', reason: 'budget' });
    return false;
  }
  const p = world.player;
  const fx = p.facingX;
  const fy = p.facingY;
  const points = world.level.spawnPoints;
  let behind = 0;
  let any = 0;
  for (let k = 0; k < points.length; k++) {
    const sp = points[k]!;
    if (!spawnPointUsable(world, sp.x, sp.y)) continue;
    any++;
    if ((sp.x - p.x) * fx + (sp.y - p.y) * fy < 0) behind++;
  }
  if (any === 0) {
    world.events.push({ type: 'directorSkip', reason: 'noSpawnPoint' });
    return false;
  }
  // Mostly behind the player's route: 80% of waves pick a point behind (when there is one).
  const wantBehind = behind > 0 && nextFloat(world.rng) < 0.8;
  let pick = nextInt(world.rng, wantBehind ? behind : any);
  let chosen = -1;
  for (let k = 0; k < points.length && chosen < 0; k++) {
    const sp = points[k]!;
    if (!spawnPointUsable(world, sp.x, sp.y)) continue;
    if (wantBehind && (sp.x - p.x) * fx + (sp.y - p.y) * fy >= 0) continue;
    if (pick-- === 0) chosen = k;
  }
  const sp = points[chosen]!;
  const made = spawnSearchingWave(world, sp.x, sp.y, Math.min(DIRECTOR.waveSize, d.budget - d.spawned), 0.3);
  d.spawned += made;
  d.lastSpawnPoint = chosen;
  world.events.push({ type: 'directorSpawn', spawnPoint: chosen, x: sp.x, y: sp.y, count: made });
  return made > 0;
}

/**
 * Spawns up to `count` sprinters around (x, y) (random offsets within `spread` tiles so a
 * wave does not start stacked on one point). They come because they heard something:
 * they search toward where the player is now. Returns how many were made.
 */
export function spawnSearchingWave(world: World, x: number, y: number, count: number, spread: number): number {
  const h = world.horde;
  const p = world.player;
  let made = 0;
  for (let n = 0; n < count; n++) {
    const ox = (nextFloat(world.rng) - 0.5) * spread;
    const oy = (nextFloat(world.rng) - 0.5) * spread;
    const i = spawnInfected(h, x + ox, y + oy, Variant.Sprinter);
    if (i < 0) break;
    h.state[i] = InfectedState.Search;
    h.hasTarget[i] = 1;
    h.targetX[i] = p.x;
    h.targetY[i] = p.y;
    made++;
  }
  return made;
}

function spawnPointUsable(world: World, x: number, y: number): boolean {
  const p = world.player;
  const dx = x - p.x;
  const dy = y - p.y;
  if (dx * dx + dy * dy < DIRECTOR.minSpawnDistance * DIRECTOR.minSpawnDistance) return false;
  if (playerCanSee(world, x, y)) return false;
  if (inSafeArea(world, x, y)) return false;
  return true;
}
