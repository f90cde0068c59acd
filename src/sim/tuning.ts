/**
 * Every gameplay number in one table (units: tiles and seconds, as in LEVELS.md).
 * Tune by playing; tests read from here rather than repeating literals.
 */
export const TICK_RATE = 60;
export const TICK_SECONDS = 1 / TICK_RATE;

export const PLAYER = {
  radius: 0.3,
  walkSpeed: 3.0,
  runSpeed: 5.2,
  sneakSpeed: 1.6,
  /** Seconds of running that empty a full stamina bar. */
  staminaRunSeconds: 6,
  /** Seconds to refill an empty stamina bar while not running. */
  staminaRegainSeconds: 5,
  /** Stamina (0..1) needed to start running again once exhausted. */
  staminaRestartThreshold: 0.25,
  /** How far in front of the player (tiles) an interaction reaches. */
  interactReach: 1.1,
} as const;

export const NOISE = {
  walk: 2,
  run: 7,
  door: 8,
  spray: 10,
  vending: 14,
  cheer: 16,
  /** Seconds between footstep noise events. */
  footstepInterval: 0.35,
  /** Fraction of loudness lost per wall crossed, and per closed door crossed. */
  wallDamping: 0.6,
  doorDamping: 0.4,
} as const;

export const DOOR = {
  /** Sprinter hits to break a door. */
  hp: 12,
} as const;

/** Difficulty changes the telegraph (reaction window) and the director's budget. */
export type Difficulty = 'story' | 'normal' | 'nightmare';
export const DIFFICULTY = {
  story: { telegraphSeconds: 0.6, directorBudgetScale: 0.5, grabBreakSeconds: 3 },
  normal: { telegraphSeconds: 0.4, directorBudgetScale: 1, grabBreakSeconds: 2 },
  nightmare: { telegraphSeconds: 0.25, directorBudgetScale: 1.6, grabBreakSeconds: 1.6 },
} as const;

/** Variant ids, as stored in the horde's `variant` byte. */
export const Variant = { Sprinter: 0, Cheerleader: 1, Climber: 2, Heavy: 3 } as const;
export type VariantId = (typeof Variant)[keyof typeof Variant];
export const VARIANT_NAMES = ['sprinter', 'cheerleader', 'climber', 'heavy'] as const;
export type VariantName = (typeof VARIANT_NAMES)[number];

/**
 * Per-variant stats, indexed by Variant id (speeds in tiles/s, times in seconds).
 * `mass` divides impulses (foam, shoves); `doorDamage` is door HP per bash hit.
 */
export interface InfectedStats {
  shambleSpeed: number;
  sprintSpeed: number;
  recoverSpeed: number;
  searchSpeed: number;
  /** Acceleration toward the wanted speed (tiles/s^2): momentum. */
  acceleration: number;
  sprintSeconds: number;
  recoverSeconds: number;
  /** Turn rate while sprinting (radians/s); walking turns are much quicker. */
  sprintTurnRate: number;
  walkTurnRate: number;
  radius: number;
  mass: number;
  health: number;
  doorDamage: number;
  /** Speed (tiles/s) above which hitting a wall makes it stagger. */
  slamSpeed: number;
  climbSpeed: number;
}

const deg = Math.PI / 180;
export const INFECTED: readonly InfectedStats[] = [
  // sprinter
  { shambleSpeed: 1.0, sprintSpeed: 7.5, recoverSpeed: 1.5, searchSpeed: 3.2, acceleration: 20, sprintSeconds: 3.5, recoverSeconds: 1.5, sprintTurnRate: 140 * deg, walkTurnRate: 540 * deg, radius: 0.3, mass: 1, health: 3, doorDamage: 1, slamSpeed: 4.2, climbSpeed: 0.6 },
  // cheerleader: cheers first, then chases like a slightly slower sprinter
  { shambleSpeed: 0.8, sprintSpeed: 6.0, recoverSpeed: 1.5, searchSpeed: 3.0, acceleration: 12, sprintSeconds: 3.0, recoverSeconds: 1.8, sprintTurnRate: 150 * deg, walkTurnRate: 540 * deg, radius: 0.3, mass: 0.9, health: 2, doorDamage: 1, slamSpeed: 4.0, climbSpeed: 0.5 },
  // climber: scales climbable walls quickly
  { shambleSpeed: 1.0, sprintSpeed: 6.0, recoverSpeed: 1.5, searchSpeed: 3.2, acceleration: 14, sprintSeconds: 3.0, recoverSeconds: 1.5, sprintTurnRate: 160 * deg, walkTurnRate: 600 * deg, radius: 0.28, mass: 0.8, health: 2, doorDamage: 1, slamSpeed: 4.2, climbSpeed: 1.6 },
  // heavy: slow, hard to push, breaks doors fast
  { shambleSpeed: 0.7, sprintSpeed: 3.4, recoverSpeed: 1.2, searchSpeed: 2.2, acceleration: 5, sprintSeconds: 5, recoverSeconds: 1.0, sprintTurnRate: 90 * deg, walkTurnRate: 300 * deg, radius: 0.4, mass: 4, health: 8, doorDamage: 4, slamSpeed: 99, climbSpeed: 0.3 },
];

export const HORDE = {
  /** Preallocated agents per world (the rooftop finale needs thousands). */
  capacity: 4096,
  /** Sight: range and cone in lit areas, range in the dark. */
  sightRange: 9,
  sightConeRadians: 110 * deg,
  darkSightRange: 3,
  /** Within this distance an infected notices the player in any direction (bumping). */
  senseRadius: 1.2,
  /** Perception runs for each agent every this many ticks, staggered by index. */
  perceptionEvery: 4,
  /** Seconds an agent keeps knowing where the player is after losing sight. */
  searchLookSeconds: 4,
  /** Arrived at the last known position when within this many tiles. */
  arriveRadius: 0.9,
  staggerSeconds: 1.0,
  /** Separation: agents push apart when centres are closer than this. */
  separationDistance: 0.6,
  separationStrength: 5,
  /** At most this many overlapping neighbours push an agent per tick (bounds the cost in a crush). */
  separationMaxNeighbours: 6,
  /** Idle wander: chance per second to start/stop shambling; twitch speed factor. */
  wanderSeconds: 2.5,
  idleStillSeconds: 2.0,
  /** Seconds between bash hits on a door. */
  bashSeconds: 0.8,
  /** How near a door (centre to centre) an infected must be to bash it. */
  bashReach: 1.0,
  /** Cheerleader: seconds of cheering before she chases; cheer noise loudness is NOISE.cheer. */
  cheerSeconds: 1.2,
  /** Flow-field costs: a step costs 5 (orthogonal) / 7 (diagonal); a closed door adds this. */
  closedDoorCost: 60,
  climbableCost: 30,
  /** Flow fields kept per world (LRU); goals beyond this fall back to direct steering. */
  fieldCacheSize: 12,
  /** At most this many new flow fields are built per tick. */
  fieldBuildsPerTick: 2,
  /** Pile: height (bodies) a pile must reach to crest a climbable wall; body height per presser. */
  wallHeightBodies: 5,
  pileGrowPerSecond: 2.5,
  pileDecayPerSecond: 1.5,
} as const;

export const GRAB = {
  /** Centre distance at which a chasing infected catches the player. */
  reach: 0.65,
  /** Presses (interact or wiggles) that break a grab within the window (DIFFICULTY.grabBreakSeconds). */
  breakPresses: 6,
  /** Grabs the player survives; the next one is a bite. */
  health: 3,
  /** Seconds after breaking free during which nobody can grab again. */
  immunitySeconds: 1.5,
  /** The grabber is thrown back and staggers this long. */
  grabberStaggerSeconds: 1.4,
  shoveImpulse: 4,
} as const;

export const DIRECTOR = {
  /** Intensity (0..1) added per event. */
  perGrab: 0.35,
  perDamage: 0.25,
  /** Per second an infected chases within nearMissRadius. */
  perNearMissSecond: 0.12,
  nearMissRadius: 2.5,
  /** Per noise, times loudness/16. */
  perNoise: 0.02,
  /** Intensity falls by this much per second outside a peak. */
  decayPerSecond: 0.05,
  peakThreshold: 0.7,
  peakSeconds: 4,
  fadeSeconds: 5,
  relaxSeconds: 12,
  /** Seconds between spawn decisions during build-up. */
  spawnEverySeconds: 3,
  /** Infected per spawn wave and the chapter's total budget on Normal. */
  waveSize: 3,
  budget: 40,
  /** Never spawn closer to the player than this. */
  minSpawnDistance: 8,
  /** How far the player can see down a lit corridor (about half a screen and more). */
  playerViewRange: 20,
} as const;
