import { describe, expect, it } from 'vitest';
import { parseAsciiLevel } from '../../src/levels/ascii';
import type { LevelRect } from '../../src/sim/level';
import { createWorld, type World } from '../../src/sim/world';
import { InfectedState, spawnInfected } from '../../src/sim/horde';
import { trySpawnWave } from '../../src/sim/director';
import { emitNoise } from '../../src/sim/noise';
import { step } from '../../src/sim/step';
import { emptyIntent } from '../../src/sim/intent';
import { DIFFICULTY, DIRECTOR, HORDE, INFECTED, TICK_RATE, TICK_SECONDS, Variant } from '../../src/sim/tuning';
import { intent } from '../helpers';

/**
 * Rules a player notices that nothing else pins down. Each test drives the sim only
 * through createWorld / step / spawnInfected / emitNoise and the director's exported
 * trySpawnWave, and reads world fields; the player's facing is set by aiming.
 */

/** A quiet world from an ASCII map: no placed infected, no director (unless `director`). */
function world(map: string, options: { dark?: LevelRect[]; director?: boolean; seed?: number } = {}): World {
  const level = { ...parseAsciiLevel('rules', 'rules', map.trim()), dark: options.dark ?? [] };
  return createWorld(level, options.seed ?? 1, { peaceful: !options.director });
}

/** Steps with no input; true when any infected was alerted (saw the player) meanwhile. */
function alertedWithin(w: World, ticks: number): boolean {
  for (let t = 0; t < ticks; t++) {
    step(w, emptyIntent());
    if (w.events.some((e) => e.type === 'infectedAlerted')) return true;
  }
  return false;
}

/** A lit corridor; the player stands `d` tiles east of (2.5, 1.5), where an infected looks east. */
function corridorWithPlayerAt(d: number): string {
  const row = '.'.repeat(1 + d) + 'P' + '.'.repeat(30 - d);
  return ['#'.repeat(row.length + 2), `#${row}#`, `#${'.'.repeat(row.length)}#`, '#'.repeat(row.length + 2)].join('\n');
}

// Perception runs every HORDE.perceptionEvery ticks: a second is plenty to notice.
const LOOK_TICKS = TICK_RATE;

describe('darkness shortens the sight of the infected', () => {
  const lit = DIFFICULTY.normal.sightRange;
  const dark = HORDE.darkSightRange;
  // Between the dark range and the lit range.
  const d = Math.round((lit + dark) / 2);

  it('an infected facing the player sees him in the light but not when he stands in a dark cell', () => {
    expect(d).toBeGreaterThan(dark);
    expect(d).toBeLessThan(lit);
    const litWorld = world(corridorWithPlayerAt(d));
    spawnInfected(litWorld.horde, 2.5, 1.5, Variant.Sprinter, false, 1, 0);
    expect(alertedWithin(litWorld, LOOK_TICKS)).toBe(true);

    const playerCell = { x: 2 + d, y: 1, w: 1, h: 1 };
    const darkWorld = world(corridorWithPlayerAt(d), { dark: [playerCell] });
    spawnInfected(darkWorld.horde, 2.5, 1.5, Variant.Sprinter, false, 1, 0);
    expect(alertedWithin(darkWorld, LOOK_TICKS * 3)).toBe(false);
  });

  it('in the dark he is still seen up close, and it is where he stands that counts, not where the infected stands', () => {
    const close = world(corridorWithPlayerAt(dark - 1), { dark: [{ x: 0, y: 0, w: 40, h: 4 }] });
    spawnInfected(close.horde, 2.5, 1.5, Variant.Sprinter, false, 1, 0);
    expect(alertedWithin(close, LOOK_TICKS)).toBe(true);

    // The infected waits in the dark; the player is in the light at the same distance.
    const watcherInDark = world(corridorWithPlayerAt(d), { dark: [{ x: 0, y: 0, w: 2 + d, h: 4 }] });
    spawnInfected(watcherInDark.horde, 2.5, 1.5, Variant.Sprinter, false, 1, 0);
    expect(alertedWithin(watcherInDark, LOOK_TICKS)).toBe(true);
  });
});

describe('sleepers see half as far', () => {
  const range = DIFFICULTY.normal.sightRange;
  // Beyond half the range (an awake one sees, a sleeper does not) and within it.
  const far = Math.round(range * 0.7);
  const near = Math.round(range * 0.35);

  it('a sleeper facing the player misses him where an awake infected sees him, but wakes when he comes within half the range', () => {
    expect(far).toBeGreaterThan(range / 2);
    expect(near).toBeLessThan(range / 2);
    expect(near).toBeGreaterThan(HORDE.senseRadius);
    const seenBy = (asleep: boolean, d: number): boolean => {
      const w = world(corridorWithPlayerAt(d));
      spawnInfected(w.horde, 2.5, 1.5, Variant.Sprinter, asleep, 1, 0);
      return alertedWithin(w, LOOK_TICKS * 2);
    };
    expect(seenBy(false, far)).toBe(true);
    expect(seenBy(true, far)).toBe(false);
    expect(seenBy(true, near)).toBe(true);
  });
});

describe('the director spawns mostly behind the player', () => {
  // The player in a hall between two sealed side rooms with two spawn points each: half of
  // the points are behind him whichever way he faces, so a pick that ignored his facing
  // would land behind him half the time.
  const MAP = `
#########################################
#s.....#.........................#.....s#
#......#.........................#......#
#s.....#...........P.............#.....s#
#########################################`;

  const SEEDS = 200;
  /** Fraction of first waves (one per seed) that spawn behind a player aiming along aimX. */
  const behindFraction = (aimX: number): number => {
    let behind = 0;
    let spawns = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const w = world(MAP, { director: true, seed });
      step(w, intent({ aimX }));
      trySpawnWave(w);
      const spawn = w.events.find((e) => e.type === 'directorSpawn');
      if (spawn?.type !== 'directorSpawn') continue;
      spawns++;
      if ((spawn.x - w.player.x) * aimX < 0) behind++;
    }
    expect(spawns).toBe(SEEDS);
    return behind / spawns;
  };

  it('about 80% of waves (plus a fair share of the rest) come from behind his facing, either way he faces', () => {
    const level = parseAsciiLevel('rules', 'rules', MAP.trim());
    const px = level.playerStart.x;
    expect(level.spawnPoints.filter((s) => s.x < px).length).toBe(level.spawnPoints.length / 2);
    // 0.8 + 0.2 * 0.5 = 0.9 expected; a facing-blind pick would give 0.5.
    expect(behindFraction(1)).toBeGreaterThan(0.8);
    expect(behindFraction(-1)).toBeGreaterThan(0.8);
  });
});

describe('near misses raise the director\'s intensity', () => {
  // A searching infected walks the top corridor toward a noise at its far end. The player
  // stands behind the wall below it: close enough for a near miss (row 3) or not (row 5).
  // The wall keeps it from seeing or grabbing him.
  const MAP = `
#########################
#.......................#
#########################
#...........n...........#
#.......................#
#...........f..........s#
#########################`;

  /** The director's intensity tick by tick while the infected walks past. */
  const intensities = (where: 'n' | 'f'): { intensity: number[]; grabs: number } => {
    const w = world(MAP.replace(where, 'P'), { director: true });
    const i = spawnInfected(w.horde, 1.5, 1.5, Variant.Sprinter, false, 1, 0);
    emitNoise(w, 22.5, 1.5, 22, 'throw');
    const intensity: number[] = [];
    let grabs = 0;
    let closest = Infinity;
    for (let t = 0; t < 8 * TICK_RATE; t++) {
      step(w, emptyIntent());
      intensity.push(w.director.intensity);
      grabs += w.events.filter((e) => e.type === 'grabbed').length;
      closest = Math.min(closest, Math.hypot(w.horde.x[i]! - w.player.x, w.horde.y[i]! - w.player.y));
    }
    // It really walked past the player, as close as the wall lets it.
    expect(w.horde.x[i]!).toBeGreaterThan(w.player.x + 3);
    if (where === 'n') expect(closest).toBeLessThan(DIRECTOR.nearMissRadius);
    else expect(closest).toBeGreaterThan(DIRECTOR.nearMissRadius);
    return { intensity, grabs };
  };

  it('an infected passing within nearMissRadius without grabbing raises it; one passing further off does not', () => {
    const near = intensities('n');
    const far = intensities('f');
    expect(near.grabs + far.grabs).toBe(0);
    // Further off, only the noise counted: the intensity never rises after it.
    expect(far.intensity.every((v, t) => t === 0 || v <= far.intensity[t - 1]!)).toBe(true);
    // Both heard the same noise; the difference is the pass. It lasts a chord of the circle
    // at 2 tiles, walked at search speed, gaining perNearMissSecond less the decay per
    // second: expect at least half of that.
    const secondsNear = (2 * Math.sqrt(DIRECTOR.nearMissRadius ** 2 - 2 ** 2)) / INFECTED[Variant.Sprinter]!.searchSpeed;
    const gain = Math.max(...near.intensity.map((v, t) => v - far.intensity[t]!));
    expect(gain).toBeGreaterThan(0.5 * (DIRECTOR.perNearMissSecond - DIRECTOR.decayPerSecond) * secondsNear);
  });
});

describe('a searching infected looks around, then gives up', () => {
  // It hears a noise across an empty room; the player is walled off, out of sight and silent.
  const MAP = `
####################
#..............#...#
#..............#.P.#
#..............#...#
####################`;

  it('at the noise it stays put and sweeps its heading back and forth for the look-around time, then goes idle', () => {
    const w = world(MAP);
    const i = spawnInfected(w.horde, 2.5, 2.5, Variant.Sprinter, false, 1, 0);
    const goal = { x: 9.5, y: 1.5 };
    emitNoise(w, goal.x, goal.y, 10, 'throw');
    const h = w.horde;
    let arrivedAt = -1;
    let gaveUpAt = -1;
    let at = { x: 0, y: 0 };
    let wander = 0;
    let prevAngle = 0;
    let turned = 0;
    let minTurned = 0;
    let maxTurned = 0;
    let lastSign = 0;
    let reversals = 0;
    for (let t = 0; t < 10 * TICK_RATE && gaveUpAt < 0; t++) {
      step(w, emptyIntent());
      const angle = Math.atan2(h.headingY[i]!, h.headingX[i]!);
      if (arrivedAt < 0 && Math.hypot(h.x[i]! - goal.x, h.y[i]! - goal.y) < HORDE.arriveRadius) {
        arrivedAt = t;
        at = { x: h.x[i]!, y: h.y[i]! };
        prevAngle = angle;
      } else if (arrivedAt >= 0) {
        wander = Math.max(wander, Math.hypot(h.x[i]! - at.x, h.y[i]! - at.y));
        let delta = angle - prevAngle;
        if (delta > Math.PI) delta -= 2 * Math.PI;
        if (delta < -Math.PI) delta += 2 * Math.PI;
        prevAngle = angle;
        turned += delta;
        minTurned = Math.min(minTurned, turned);
        maxTurned = Math.max(maxTurned, turned);
        const sign = Math.sign(delta);
        if (sign !== 0 && lastSign !== 0 && sign !== lastSign) reversals++;
        if (sign !== 0) lastSign = sign;
      }
      if (w.events.some((e) => e.type === 'infectedGaveUp' && e.agent === h.id[i])) gaveUpAt = t;
    }
    expect(arrivedAt).toBeGreaterThan(0);
    expect(gaveUpAt).toBeGreaterThan(arrivedAt);
    // Looks around for HORDE.searchLookSeconds (give or take the tick of arrival)...
    expect(Math.abs((gaveUpAt - arrivedAt) * TICK_SECONDS - HORDE.searchLookSeconds)).toBeLessThan(0.1);
    // ...on the spot (it only coasts to a stop)...
    expect(wander).toBeLessThan(0.5);
    // ...turning its head well to one side and back the other way, more than once.
    expect(maxTurned - minTurned).toBeGreaterThan(Math.PI / 3);
    expect(reversals).toBeGreaterThanOrEqual(2);
    // Then it has given up: idle, going nowhere in particular.
    step(w, emptyIntent());
    expect(h.state[i]).toBe(InfectedState.Idle);
    expect(h.hasTarget[i]).toBe(0);
  });
});
