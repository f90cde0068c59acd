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
  /** A corner clipped by up to this much (tiles) is slid round, not snagged on (door frames, lockers). */
  cornerSlideReach: 0.3,
  /** Moving less than this fraction of the intended step counts as blocked (no stamina spent running). */
  blockedFraction: 0.25,
} as const;

export const NOISE = {
  walk: 2,
  run: 7,
  door: 8,
  spray: 10,
  vending: 14,
  cheer: 16,
  /** Each hit on a door: a little louder than footsteps (breaking it is NOISE.door). */
  bashHit: 4,
  /** Seconds between footstep noise events. */
  footstepInterval: 0.35,
  /** Fraction of loudness lost per wall crossed, and per closed door crossed. */
  wallDamping: 0.6,
  doorDamping: 0.4,
} as const;

export const DOOR = {
  /** Sprinter hits to break a door. */
  hp: 12,
  /** An infected this close (half-size, tiles) to a door's cell keeps the door from shutting on it. */
  doorwayBodyRadius: 0.45,
} as const;

/**
 * Difficulty changes the telegraph (reaction window), the director's budget, the time to
 * break a grab and how many grabs the player survives (the next one is a bite), how far
 * the infected see in the light (`sightRange`, tiles), how many seconds of spray an
 * extinguisher holds (`extinguisherSeconds`), and how many waves a chapter's scripted
 * final rush sends (`rushWaves`). A careful player feels these: on Story they slip past
 * at 7 tiles and a can lasts 16 s; on Nightmare they are seen at 11 and it lasts 8.
 */
export type Difficulty = 'story' | 'normal' | 'nightmare';
export const DIFFICULTY = {
  story: { telegraphSeconds: 0.6, directorBudgetScale: 0.5, grabBreakSeconds: 3, grabHealth: 4, sightRange: 7, extinguisherSeconds: 16, rushWaves: 1 },
  normal: { telegraphSeconds: 0.4, directorBudgetScale: 1, grabBreakSeconds: 2, grabHealth: 3, sightRange: 9, extinguisherSeconds: 12, rushWaves: 2 },
  nightmare: { telegraphSeconds: 0.25, directorBudgetScale: 1.6, grabBreakSeconds: 1.6, grabHealth: 2, sightRange: 11, extinguisherSeconds: 8, rushWaves: 3 },
} as const;

/**
 * Per-variant stats (speeds in tiles/s, times in seconds).
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

/**
 * The one table of infected variants. A variant's id (the horde's `variant` byte) is its
 * position here; `Variant`, `VARIANT_NAMES`, `VARIANT_BY_NAME` and `INFECTED` below are
 * derived from it, so a new variant is one line here.
 */
const VARIANT_TABLE = [
  { name: 'sprinter', stats: { shambleSpeed: 1.0, sprintSpeed: 7.5, recoverSpeed: 1.5, searchSpeed: 3.2, acceleration: 20, sprintSeconds: 3.5, recoverSeconds: 1.5, sprintTurnRate: 140 * deg, walkTurnRate: 540 * deg, radius: 0.3, mass: 1, health: 3, doorDamage: 1, slamSpeed: 4.2, climbSpeed: 0.6 } },
  // cheers first, then chases like a slightly slower sprinter
  { name: 'cheerleader', stats: { shambleSpeed: 0.8, sprintSpeed: 6.0, recoverSpeed: 1.5, searchSpeed: 3.0, acceleration: 12, sprintSeconds: 3.0, recoverSeconds: 1.8, sprintTurnRate: 150 * deg, walkTurnRate: 540 * deg, radius: 0.3, mass: 0.9, health: 2, doorDamage: 1, slamSpeed: 4.0, climbSpeed: 0.5 } },
  // scales climbable walls quickly
  { name: 'climber', stats: { shambleSpeed: 1.0, sprintSpeed: 6.0, recoverSpeed: 1.5, searchSpeed: 3.2, acceleration: 14, sprintSeconds: 3.0, recoverSeconds: 1.5, sprintTurnRate: 160 * deg, walkTurnRate: 600 * deg, radius: 0.28, mass: 0.8, health: 2, doorDamage: 1, slamSpeed: 4.2, climbSpeed: 1.6 } },
  // slow, hard to push, breaks doors fast
  { name: 'heavy', stats: { shambleSpeed: 0.7, sprintSpeed: 3.4, recoverSpeed: 1.2, searchSpeed: 2.2, acceleration: 5, sprintSeconds: 5, recoverSeconds: 1.0, sprintTurnRate: 90 * deg, walkTurnRate: 300 * deg, radius: 0.4, mass: 4, health: 8, doorDamage: 4, slamSpeed: 99, climbSpeed: 0.3 } },
] as const satisfies readonly { name: string; stats: InfectedStats }[];

type VariantTable = typeof VARIANT_TABLE;
export type VariantName = VariantTable[number]['name'];
/** The id of variant N: its index in the table (a literal type: Variant.Heavy is 3). */
type VariantIdOf<N extends VariantName, Rest extends readonly unknown[] = VariantTable, Before extends unknown[] = []> = Rest extends readonly [infer Head, ...infer Tail]
  ? Head extends { name: N }
    ? Before['length']
    : VariantIdOf<N, Tail, [...Before, Head]>
  : never;
/** Any variant id: 0 | 1 | ... (the table's indices). */
export type VariantId = Exclude<Partial<VariantTable>['length'], VariantTable['length']>;

/** Variant ids by name in PascalCase (Variant.Sprinter = 0, ...). */
export const Variant = Object.fromEntries(VARIANT_TABLE.map((v, id) => [v.name.charAt(0).toUpperCase() + v.name.slice(1), id])) as {
  readonly [N in VariantName as Capitalize<N>]: VariantIdOf<N>;
};
/** Variant names by id (what events and the view use). */
export const VARIANT_NAMES: readonly VariantName[] = VARIANT_TABLE.map((v) => v.name);
/** Variant ids by name (what levels place). */
export const VARIANT_BY_NAME = Object.fromEntries(VARIANT_TABLE.map((v, id) => [v.name, id])) as { readonly [N in VariantName]: VariantIdOf<N> };
/** Per-variant stats, indexed by variant id. */
export const INFECTED: readonly InfectedStats[] = VARIANT_TABLE.map((v) => v.stats);

export const HORDE = {
  /** Preallocated agents per world (the rooftop finale needs thousands). */
  capacity: 4096,
  /** Sight: range (Normal; DIFFICULTY.sightRange per difficulty) and cone in lit areas, range in the dark. */
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
  /**
   * A searcher that has made no headway toward its target for this many seconds (wedged in
   * a doorway against another body, pressed in a crowd) looks around where it is, then gives
   * up: chapter 2's coach and a sprinter held each other in the kitchen doorway for ever.
   */
  searchStuckSeconds: 3,
  /** No headway: it moved less than this fraction of its search speed in a tick. */
  searchStuckFraction: 0.2,
  staggerSeconds: 1.0,
  /** Separation: agents push apart when centres are closer than this. */
  separationDistance: 0.6,
  separationStrength: 5,
  /** At most this many overlapping neighbours push an agent per tick (bounds the cost in a crush). */
  separationMaxNeighbours: 6,
  /**
   * Level of detail: an agent farther than this many tiles from the player on either axis
   * (well off screen) runs separation on every other tick with twice the push.
   */
  farSeparationRadius: 24,
  /** ...on one tick in this many, its push multiplied by the same number (on average, the same push). */
  farSeparationEvery: 2,
  /**
   * Idle (awake): when its spell runs out an agent shambles off in a random direction
   * (wanderChance) or stands twitching; a spell lasts its seconds times a random factor
   * from idleSpellMinFactor to idleSpellMinFactor + 1, so a crowd does not move in step.
   */
  wanderSeconds: 2.5,
  idleStillSeconds: 2.0,
  wanderChance: 0.5,
  idleSpellMinFactor: 0.5,
  /**
   * Searching, arrived: the agent looks around, sweeping its heading one way then back
   * (a full sweep takes lookSweepSeconds) at this fraction of its walking turn rate.
   */
  lookSweepSeconds: 1.5,
  lookTurnFraction: 0.25,
  /** Back on its feet after a stagger with a target: recovers for this fraction of recoverSeconds. */
  recoverAfterStaggerFraction: 0.5,
  /** Staggered bodies slide to a stop: this fraction of their speed is lost per second. */
  staggerFriction: 6,
  /** Slowing down is this many times quicker than speeding up (acceleration). */
  brakeFactor: 2,
  /** A slam bounces the body back off the wall at this fraction of its speed. */
  slamBounce: 0.2,
  /** Seconds between bash hits on a door; the first hit lands after firstBashFraction of that (it arrived moving). */
  bashSeconds: 0.8,
  firstBashFraction: 0.5,
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
  /** An open pile closes again only when it sinks this many bodies below the wall height (no flicker). */
  pileCloseMarginBodies: 1,
  /** Bodies pressing at the neighbouring cells count this much toward a pile (a pile spreads). */
  pileSpread: 0.5,
  /** A blocked body presses on the climbable wall this far (tiles) beyond its radius, along its heading. */
  pileProbeReach: 0.2,
} as const;

export const GRAB = {
  /** Centre distance at which a chasing infected catches the player. */
  reach: 0.65,
  /** Presses (interact or wiggles) that break a grab within the window (DIFFICULTY.grabBreakSeconds). */
  breakPresses: 6,
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
  /** A chapter opens quiet: the director waits this long before its first build-up. */
  openingQuietSeconds: 20,
  /**
   * A build-up that has not peaked after this long (a careful, quiet player) peaks anyway:
   * the chase is followed by relief instead of waves until the budget is spent.
   */
  buildUpMaxSeconds: 18,
  /** Seconds between spawn decisions during build-up. */
  spawnEverySeconds: 4,
  /** Infected per spawn wave and the chapter's total budget on Normal. */
  waveSize: 3,
  budget: 40,
  /** Never spawn closer to the player than this. */
  minSpawnDistance: 8,
  /** How far the player can see down a lit corridor (about half a screen and more). */
  playerViewRange: 20,
} as const;

/**
 * The fire extinguisher (LEVELS.md: 5 tiles / 40 deg / 12 s of spray to start from).
 * Pressure is 0..1; "seconds" below are seconds of spray at full flow.
 */
export const EXTINGUISHER = {
  coneLength: 5,
  /** Full opening angle of the spray cone. */
  coneAngleRadians: (40 * Math.PI) / 180,
  /** Seconds of continuous spray a full extinguisher holds on Normal (DIFFICULTY.extinguisherSeconds per difficulty). */
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
   * Diminishing returns: each foam stagger adds 1 to the agent's staggerCount (the horde
   * decays it by 1 per second); the spray's push and stagger time are divided by
   * 1 + diminishing * staggerCount, so a crowd cannot be stun-locked forever.
   */
  diminishing: 0.35,
  /** Below this a stagger is not worth it: the infected shrugs it off and wades through the foam, slowed by wadeDrag (per second, scaled by falloff). */
  minStaggerSeconds: 0.1,
  wadeDrag: 3,
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
} as const;

/**
 * First sightings (src/sim/sightings.ts): the player "sees" an infected within this many
 * tiles with a clear line over the grid, about what a phone shows round the player (16
 * tiles across in portrait, 13 high in landscape), so the caption names something on screen.
 */
export const SIGHTING = {
  range: 7,
} as const;

/** Chapter scripts' actions (src/chapters/script.ts). */
export const SCRIPT = {
  /** A scripted wave's sprinters start this far apart (tiles): wider than the director's, a crowd up the stairs. */
  waveSpread: 0.6,
} as const;

/** Chapter 2's Tae-min (src/chapters/cafeteria.ts): what he carries, how often he jokes, when the bite comes. */
export const TAE_MIN = {
  /** Snacks he carries for the player (his are no weight on the player). */
  carries: 2,
  /** He takes a snack the player picks up while within this many tiles. */
  handReach: 4,
  /** Seconds between his jokes while all is well. */
  jokeEverySeconds: 22,
  /** On the stairs while the hall settles, bitten: his first line this long into the wait, then one every waitJokeEverySeconds. */
  firstWaitJokeSeconds: 6,
  waitJokeEverySeconds: 14,
  /** The bite is on the way back with the first full load: at the serving line or the hall's stairs end, or at the latest this long after the player's arms first fill. */
  biteLatestSeconds: 45,
  /** The bite lands this long into his last joke (mid-joke). */
  biteMidJokeSeconds: 0.6,
  /** Seconds from the bite to his turning: long past this chapter (the closet's story turns him). */
  turnSeconds: 3600,
} as const;

/** Chapter 2's dining hall between trips (src/chapters/cafeteria.ts). */
export const SNACK_RAID = {
  /**
   * Each load handed in on the stairs sets off a clatter somewhere in the hall (a tray
   * sliding off a table; loudness, tiles heard): it wakes the sleepers near it, and the
   * player waits on the stairs for them to sit back down (or goes anyway).
   */
  stirLoudness: 6,
  /** After a stir, the first of those up sits back down once none of them has seen the player for this long (seconds)... */
  settleQuietSeconds: 14,
  /** ...and then more every this many seconds: the hall settles one by one, not all at once... */
  settleEverySeconds: 6,
  /** ...one in this many of those up each time (at least one), so a hall the raid woke is down in about a minute. */
  settleShare: 4,
  /** The landing's doors, held shut by the group on the stairs while the hall is up (hit points; a bare door has DOOR.hp 12). */
  heldDoorHp: 1500,
  /**
   * The director's whole budget here on Nightmare (the map's 4 x 1.6 would be 6): Normal's 4, a
   * wave of 3 and 1. With 6 a second wave of 3 broke the kitchen's east door ~29 s in and the hall woke.
   */
  nightmareDirectorBudget: 4,
} as const;

/** Lockers, pick-ups and the like (src/sim/objects.ts). */
/** "Retry from checkpoint" (src/sim/retry.ts): what a retry gives back so it is playable. */
export const RETRY = {
  /** Awake infected this close to the player (tiles) are gone when the retry starts. */
  clearRadius: 8,
  /** The extinguisher is topped up to at least this (0..1). */
  minPressure: 0.5,
  /** Seconds nobody can grab the player after a retry. */
  graceSeconds: 1.5,
  /** The director stays quiet at least this long. */
  quietSeconds: 8,
} as const;

/** The use button: what it reaches (src/sim/interact.ts). */
export const INTERACT = {
  /** Doors, cabinets and lockers within this many tiles of the player (cell centres) can be used. */
  reach: 1.5,
  /** A locker is used from its front cell: the player stands within this of its front point. */
  lockerFrontReach: 0.9,
  /** A thing straight behind the player counts as this many times farther than one in front. */
  behindWeight: 3,
} as const;

/**
 * Chapter 2's raid: what carried loot costs, and the vending machine. Weight is the
 * number of items carried; it slows every gait and louds the footsteps, so a greedy
 * haul back through the sleeping hall wakes it.
 */
export const LOOT = {
  /** Each item carried takes this share off the player's speed (walk, run and sneak)... */
  slowPerItem: 0.05,
  /** ...up to this share: a full bag still walks. */
  maxSlow: 0.45,
  /** Each item carried makes footsteps this much louder (bags rustle, cans clink): 6 items nearly double them. */
  loudPerItem: 0.15,
  /**
   * Where a level sets a carry limit (WorldOptions.armsFull: chapter 2), the most loot the
   * player holds at once: the cafeteria's snacks are boxes and flats, two fill your arms, so
   * the raid is several trips to the stairs with the hall between.
   */
  armsFull: 3,
  /** The share of a map's seeded loot spots that hold something in a run (the seed picks which). */
  seededShare: 0.5,
  /** The vending machine emptying (loudness, tiles heard): it rings out over the whole dining hall. */
  vendingNoise: 40,
  /** A thrown tray: the stagger (seconds) and knock it gives the first infected it hits (a can only clatters). */
  trayStaggerSeconds: 1.2,
  trayImpulse: 3,
} as const;

/**
 * The slow slide over a table (chapter 2's dining tables and counters): hold toward a
 * Table cell while touching it and the player crosses, slowly and loudly, and cannot stop
 * on it. Tables stay solid to the horde, so a sprinter still cannot run straight through.
 */
export const VAULT = {
  /** Seconds of pushing against the table before the slide starts (a bump does not vault). */
  holdSeconds: 0.4,
  /** Tiles a second while sliding: slower than sneaking, so it is no escape from a sprinter. */
  speed: 1.2,
  /** Loudness (tiles heard) as the player climbs on: trays and cutlery rattle, louder than running. */
  noise: 8,
  /** Table cells crossed at most in one slide: the hall's two-row tables, not a whole counter lengthwise. */
  maxDepth: 2,
} as const;

export const OBJECTS = {
  /** Walking within this distance (tiles) of a pick-up takes it. */
  pickupRadius: 0.6,
  maxDecoys: 3,
  /** A notice board is read within this distance (tiles from its cell centre)... */
  noticeReach: 1.6,
  /** ...while the player looks at it (cosine of the widest angle). */
  noticeFacingCos: 0.3,
  /** Loudness (tiles heard) where a thrown decoy lands: louder than running. */
  decoyNoise: 10,
} as const;

/**
 * The group (src/sim/survivors.ts, allies.ts): humans the horde hunts besides the player.
 * Allies walk like the player and keep near them; a grabbed ally struggles, then either
 * breaks free (a chance per difficulty) or is bitten, and turns after the story's time.
 */
export const SURVIVORS = {
  /** Survivor slots per world, the player's included (the story's biggest group is five). */
  capacity: 8,
  /** An ally's body: the player's size, so it fits every doorway the player does. */
  radius: 0.3,
  /** Follow: an ally stops this far (tiles) from the player, plus `rankSpacing` per ally before it in the group. */
  followDistance: 1.4,
  rankSpacing: 0.7,
  /** Farther than this from the player an ally runs to catch up. */
  catchUpDistance: 4,
  /** Two survivors closer than this (centres) push apart, at `spacingStrength` tiles/s per tile of overlap. */
  spacing: 0.8,
  spacingStrength: 4,
  /** The player's path: the box ahead of a moving player an ally steps out of (length along the walk, half width). */
  playerPathLength: 2.5,
  playerPathHalfWidth: 0.6,
  /** An ally opens a closed door on its way when its centre is this near the door's centre. */
  doorReach: 1.0,
  /** Flow-field cost for allies of a closed (unlocked) door: a little detour is better than a noisy door. */
  closedDoorCost: 10,
  /** The allies' flow fields kept (toward the player, and the spots they hide at). */
  fieldCacheSize: 4,
  /** Hide: lockers farther than this (tiles, straight line) are not considered. */
  hideSearchRadius: 14,
  /** Arrived at a spot (a locker's front, a wait spot) within this many tiles. */
  arriveRadius: 0.25,
  /** Seconds a grabbed ally struggles before the outcome: broken free, or bitten. */
  struggleSeconds: 1.2,
  /** Seconds after breaking free (or being freed) during which nobody grabs that ally again. */
  grabImmunitySeconds: 1.5,
  /** Seconds from a bite to turning when the story sets none. */
  turnSeconds: 30,
  /** An ally barks (allySpotted) when it sees an infected after seeing none for this long. */
  spotQuietSeconds: 8,
  /** How far an ally notices infected (tiles, with a clear line), and how often it looks (ticks). */
  spotRange: 8,
  spotEveryTicks: 6,
} as const;

/** Per difficulty: the chance a grabbed ally breaks free by itself (otherwise it is bitten). */
export const ALLY_BREAK_FREE_CHANCE: Record<Difficulty, number> = { story: 0.7, normal: 0.5, nightmare: 0.3 };

/**
 * What allies do by role (src/sim/allyRoles.ts). A shover pushes one infected back; the
 * archer (Da-som) shoots the nearest climber or chaser she can see; the half-infected
 * (Ji-an) shoves too, and the horde ignores her except for a while after she does.
 */
export const ALLY_ROLES = {
  shove: {
    /** Reach (centre to centre) of a shove, the push (tiles/s for a mass-1 body), the stagger, the wait before the next. */
    reach: 1.2,
    impulse: 6,
    staggerSeconds: 1.2,
    cooldownSeconds: 4,
  },
  archer: {
    /** Arrows she starts with, and the count at which she says she is running low. */
    arrows: 12,
    lowArrows: 3,
    /** She shoots at infected within range with a clear line, once per reload. */
    range: 12,
    reloadSeconds: 1.6,
    /** Hit chance: sure within closeRange, falling linearly to hitAtRange at full range (misses at range). */
    closeRange: 3,
    hitAtClose: 1,
    hitAtRange: 0.3,
    /** A hit takes this much health (a sprinter has 3), pushes and staggers; a climber hit falls. */
    damage: 2,
    impulse: 3,
    staggerSeconds: 0.8,
  },
  halfInfected: {
    /** After she shoves, the horde sees her for this long. */
    noticedSeconds: 5,
  },
} as const;

/** The interludes between chapters (src/scenes/InterludeScene.ts). */
export const STORY = {
  /** Seconds to decide a vote when the vote timer is on (Settings); then the group's majority decides. */
  voteSeconds: 20,
  /** The dance after the cafeteria lasts this long unless skipped: one chorus. */
  danceSeconds: 9,
  /** Presses in the first moments of a vote are ignored: mashing Next through dialogue must not cast it. */
  voteSettleMs: 600,
} as const;

/**
 * The rooftop siege (src/sim/siege.ts): the crowd at the foot of the building, counted per
 * stretch of wall (a segment: the outer facade cells in one segmentCells x segmentCells
 * square), heaps bodies against the wall; a heap that crests the parapet sends bodies over;
 * lone climbers come up anywhere. Times in seconds, bodies as in HORDE.wallHeightBodies.
 */
export const SIEGE = {
  /** A wall segment: the outer facade cells inside one square of this many cells. */
  segmentCells: 6,
  /** Bodies at the foot of each segment when the siege begins (tens of segments: about a thousand below). */
  crowdStart: 50,
  /** Bodies arriving per second per segment, at the start and at the end of the siege (the horde thickens). */
  arrivePerSecondStart: 0.5,
  arrivePerSecondEnd: 2.5,
  /** A segment the chapter draws the crowd to ("piles at two walls") gets this many times the arrivals. */
  focusArrivals: 4,
  /** Below this many bodies at its foot a segment heaps no pile; above, each body adds pileGrowPerBody bodies/s. */
  crowdPileFrom: 80,
  pileGrowPerBody: 0.004,
  /** Pile height (bodies) that crests the parapet; a pile never heaps higher than crest + pileOverCrest. */
  crestBodies: 5,
  pileOverCrest: 1,
  /** A pile this high is nearly at the top: the warning (pileRising) comes this early, seconds before it crests. */
  warnBodies: 3.5,
  /** A crested segment sends one body over this often (start of the siege -> its end). */
  overEveryStart: 5,
  overEveryEnd: 2,
  /** A lone climber comes up somewhere this often (start -> end), crest or not. */
  climberEveryStart: 14,
  climberEveryEnd: 6,
  /** The first lone climber waits this long after the siege begins. */
  firstClimberSeconds: 8,
  /** A body knocked off the wall takes this much of the pile below down with it. */
  fallDropBodies: 2.5,
  /**
   * A staggered infected pushed against the parapet faster than this (tiles/s) goes over it
   * and falls: the spray clears the roof's edge, not only the wall.
   */
  edgeFallSpeed: 1.2,
  /** How far past its radius (tiles) a body's push is probed for the parapet: this near the low wall, a push tips it over. */
  edgeProbe: 2,
  /** Share of the bodies over a crest that are climbers (the rest sprinters). */
  climberShareOverCrest: 0.15,
  /**
   * During a siege, health a body loses per second in the spray's full force (less off its
   * axis): soaked through, it goes down (a climber, 2, in 2 s; a sprinter, 3, in 3 s). Without
   * it, a body on the roof shrugs repeated staggers off and can never be dealt with.
   */
  soakPerSecond: 1,
} as const;

/**
 * Per difficulty: how many infected may be up on the roof at once, off its walls (the siege
 * holds back beyond it: the roof never fills past what a careful player can foam), and a scale on
 * the siege's intervals (over a crest, lone climbers): above 1 is slower.
 */
export const SIEGE_BY_DIFFICULTY = {
  story: { roofCap: 1, intervalScale: 1.5 },
  normal: { roofCap: 1, intervalScale: 1 },
  // Two up at once, not four: with 8 s of spray a canister, four on the roof could not all be foamed down.
  nightmare: { roofCap: 2, intervalScale: 0.7 },
} as const;

/** Chapter 4, the rooftop (src/chapters/rooftop.ts): its beats' clock, in seconds of the rescue hold-out. */
export const ROOFTOP = {
  /** The siege's ramp: the crowd thickens until the helicopter's last moment (150 s hold + 30 s on the pad). */
  siegeSeconds: 180,
  /** The stair door braced with the roof's junk: hits it takes (DOOR.hp bare; a heavy does 4). */
  barricadeHp: 720,
  /**
   * The brace per difficulty (x barricadeHp): Nightmare's director and waves send half again as
   * many up the stairs, so its brace is sized to give way about when Normal's does (~110 s), not at 90 s.
   */
  barricadeScale: { story: 1, normal: 1, nightmare: 5 / 3 },
  /** The crowd is drawn to two walls (their piles crest first). */
  pilesAt: 25,
  /** Waves up the stairs start hitting the stair door, and again. */
  stairWavesAt: [60, 100, 130],
  /** Sprinters per stair wave (plus DIFFICULTY.rushWaves - 1). */
  stairWaveSize: 3,
  /** Every wall has a pile by now: the caption says so. */
  peakAt: 100,
  /** Jets over the city: the flash and the rumble. */
  jetsAt: 120,
  /** Gu-ho back with the group: the siege starts this far along (the crowd followed him up). */
  guHoHeadStart: 60,
  /**
   * The braced stair door's state as the HUD words it: below this share of barricadeHp it is
   * "cracking", below the second "splintering" (a caption says so once: get ready for them).
   */
  doorCrackingShare: 0.66,
  doorSplinteringShare: 0.33,
  /** Arrows in one bundle on the roof (Da-som starts with ALLY_ROLES.archer.arrows: about a minute of shooting). */
  arrowsPerBundle: 8,
  /** A carried bundle is handed to Da-som within this many tiles of her (she follows close, so it is at once). */
  arrowHandReach: 2.5,
} as const;

/**
 * The phone (chapter 3, src/sim/phone.ts): battery in percent. The screen alone drains it
 * slowly; the flashlight is what empties it, and every message sent costs a bite of it.
 */
export const PHONE = {
  /** The battery when the closet chapter starts: already low after a day of school. */
  startBattery: 40,
  /** Screen on, waiting for messages: ~0.03 %/s, about 20 minutes from 40 %. */
  drainPerSecond: 0.03,
  /** The flashlight on top: about 70 s of light from 40 %, so it is for moments, not the whole way. */
  flashlightDrainPerSecond: 0.55,
  /** A reply sent to the group chat (the screen at full brightness, the radio). */
  messageCost: 3,
  /** Infected see a player lit by the flashlight this far (tiles), dark or not: the light gives you away. */
  litSightRange: 14,
  /** The flashlight shows the player infected in its beam this far in the dark (tiles). */
  beamReach: 7,
  /** The beam's half angle (cosine of 28 deg): the cone the view draws (the flashlight image). */
  beamCos: 0.8829,
  /** Its glow under a closed door is noticed by an infected this close to the player (tiles). */
  glowRange: 3.5,
  /** Seconds between checks of who notices the glow (a glance, not every tick). */
  glowEverySeconds: 0.5,
} as const;

/**
 * Breathing in the silence (chapter 3's closet, src/sim/phone.ts): the player's breath is a
 * quiet noise an infected at the door can hear; holding it spends stamina.
 */
export const BREATH = {
  /** Loudness (tiles) of a breath: through a closed door (x0.6) it reaches ~2.4 tiles, someone just outside. */
  loudness: 4,
  /** One breath every this many seconds. */
  everySeconds: 1,
  /** Holding your breath empties full stamina in this many seconds (and stamina does not refill meanwhile). */
  holdSeconds: 7,
  /** Running out of breath: a gasp, as loud as running. */
  gasp: 7,
} as const;

/** Bracing a door with things from the shelves (chapter 3's closet, src/sim/interact.ts). */
export const REINFORCE = {
  /** Loot items that brace a door. */
  items: ['mop handle', 'tape'] as readonly string[],
  /** Hit points one item adds (a door has DOOR.hp = 12): eight more sprinter hits, two more from the coach. */
  hpPerItem: 8,
  /** Jamming a mop handle under a handle is not quiet: a noise this loud (tiles) at the door. */
  noise: 6,
  /** The use button braces (instead of opening) while an awake infected is this close to the door (tiles), or it was hit. */
  threatRadius: 3,
} as const;

/** Banging on a vent (chapter 3's closet, src/sim/interact.ts): a diversion of your own. */
export const VENT = {
  /** The boom at the duct's far end (tiles): it pulls the infected that hear it there, door-bashers too (a din, like the group's). */
  farLoudness: 16,
  /** At the grille, in the room you bang from: softer, but a thing right outside the door may hear it. */
  nearLoudness: 3,
  /** Seconds before it can be banged again: the duct rings on meanwhile (no spamming a lure). */
  cooldownSeconds: 6,
} as const;

/** Chapter 3, "Low Battery" (src/chapters/closet.ts): the chat's clock and the diversions. */
export const CLOSET = {
  /** The phone at the start (percent): enough for the chat and about a minute of light. */
  startBattery: 40,
  /** Seconds from the start: Seo-yeon's first message, then her question (the plan). */
  firstMessageSeconds: 6,
  questionSeconds: 14,
  /**
   * Seconds from the start when the nearest infected within snifferRadius tiles comes to the
   * closet door: they come in turns over the wait (a sniff, then scratching, then heavier steps).
   */
  visitSeconds: [24, 78, 132, 190] as readonly number[],
  snifferRadius: 20,
  /** An infected this close to the spot outside the door is "at the door" (the sniff caption). */
  sniffRadius: 1.6,
  /**
   * After the reply, the group needs this long to get into place (they cross the floor below
   * with infected on the stairs): the fire bell at the west stairs is nearer than the lab's
   * windows across the yard. The GO plan: they say they are in place after goReadySeconds,
   * then ring the bell goDelaySeconds after your GO. The wait is the chapter.
   */
  bellDelaySeconds: 165,
  labDelaySeconds: 185,
  goReadySeconds: 150,
  /** With no GO this long after they are in place (or the phone dead), they ring it anyway. */
  goWaitSeconds: 60,
  goDelaySeconds: 3,
  /** The group's news on the way, this many seconds after the reply (the chat over the wait). */
  progressSeconds: [35, 85] as readonly number[],
  /** Their last word before the din, this long before it. */
  countdownSeconds: 20,
  /** No reply by then (ignored, or the phone died): the group sets off anyway for the lab, with the smaller din. */
  planDeadlineSeconds: 100,
  /** Tae-min (kept by the vote) runs a fever, then turns; it costs the group this much time. */
  taeMinFeverSeconds: 60,
  taeMinTurnSeconds: 110,
  taeMinDelaySeconds: 20,
  /** How far each din is heard (tiles, damped by walls and doors like any noise). */
  bellLoudness: 40,
  labLoudness: 36,
  /** The plan that ran without you: fewer hands, smaller din (the coach by the stairs may stay). */
  defaultLoudness: 26,
  /** The din lasts this long, heard again every dinEverySeconds (a bell rings on; banging goes on). */
  dinSeconds: 20,
  dinEverySeconds: 0.5,
  /** Seconds after the din starts before the way is called clear: the corridor's infected run past the closet door meanwhile. */
  goAfterSeconds: 7,
  /** ...and not while an awake infected is this near the closet door (tiles), for at most goMaxWaitSeconds more. */
  goClearRadius: 6,
  goMaxWaitSeconds: 8,
} as const;
