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
