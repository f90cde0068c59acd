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

/**
 * The fire extinguisher (LEVELS.md: 5 tiles / 40 deg / 12 s of spray to start from).
 * Pressure is 0..1; "seconds" below are seconds of spray at full flow.
 */
export const EXTINGUISHER = {
  coneLength: 5,
  /** Full opening angle of the spray cone. */
  coneAngleRadians: (40 * Math.PI) / 180,
  /** Seconds of continuous spray a full extinguisher holds. */
  pressureSeconds: 12,
  /** Every burst costs this many seconds of pressure up front (short bursts are efficient, not free). */
  burstStartSeconds: 0.25,
  /** A tap still sprays at least this long (one visible puff). */
  minBurstSeconds: 0.15,
  /** Spray noise (NOISE.spray loudness) repeats this often while spraying. */
  noiseIntervalSeconds: 0.3,
  /** The player is pushed back along the aim while spraying (tiles/s). */
  recoilSpeed: 0.6,
  /** Push on a hit infected at the nozzle, on the cone's axis, per second of spray (tiles/s of velocity per s). */
  pushAcceleration: 40,
  /** Fraction of the push left at the cone's full length and at its edge (linear falloff in between). */
  pushAtMaxDistance: 0.25,
  pushAtConeEdge: 0.35,
  /** Stagger from a fresh foam hit; sprinters hit mid-sprint tumble (longer); heavies barely stop. */
  staggerSeconds: 0.7,
  tumbleSeconds: 1.6,
  heavyStaggerSeconds: 0.25,
  /** A tumbling sprinter is thrown back with at least this speed (tiles/s) before mass. */
  tumbleImpulse: 5,
  /**
   * Diminishing returns: each stagger adds 1 to the agent's staggerCount (which decays
   * by staggerCountDecayPerSecond); push and stagger time are divided by
   * 1 + diminishing * staggerCount, so a crowd cannot be stun-locked forever.
   */
  diminishing: 0.35,
  staggerCountDecayPerSecond: 0.5,
  /** Foam clouds: one is left along the spray this often; radius, life, how many exist at most. */
  foamEverySeconds: 0.08,
  foamRadius: 0.8,
  foamSeconds: 3.5,
  foamCapacity: 96,
  /** Empty: a swing shoves one infected in front of the player (reach, half arc, impulse, stagger, cooldown). */
  swingReach: 1.3,
  swingHalfArcRadians: (50 * Math.PI) / 180,
  swingImpulse: 7,
  swingStaggerSeconds: 1.2,
  swingCooldownSeconds: 0.6,
  /** Empty: the thrown canister (speed, range, radius of its hit, stagger, knock, landing noise loudness). */
  throwSpeed: 10,
  throwRange: 8,
  canisterRadius: 0.25,
  canisterHitRadius: 0.55,
  canisterStaggerSeconds: 1.5,
  canisterImpulse: 4,
  canisterNoise: 9,
  canisterCapacity: 4,
  /** Cabinets: how far in front of the player a cabinet can be reached (like doors). */
  cabinetReach: 1.1,
} as const;
