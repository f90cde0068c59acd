/**
 * Everything the sim tells the outside world happened during a tick. The view and the
 * audio read `world.events` after each step; the sim itself reads noise events too.
 * One discriminated union, no string bus: add new kinds here.
 */
import type { VariantName } from './tuning';

export type DirectorPhaseName = 'buildUp' | 'peak' | 'fade' | 'relax';

export type NoiseSource = 'footstep' | 'door' | 'spray' | 'throw' | 'vending' | 'cheer' | 'phone' | 'bash' | 'breath' | 'reinforce' | 'din' | 'vent';

/** Why objectives lost the chapter (a bite is the `bitten` event); src/chapters LossCause names. */
export type ObjectiveLossCause = 'doorBroken' | 'timeUp' | 'allyLost';

export type SimEvent =
  | { type: 'noise'; x: number; y: number; loudness: number; source: NoiseSource }
  | { type: 'doorOpened'; door: number }
  | { type: 'doorClosed'; door: number }
  | { type: 'doorLocked'; door: number }
  /** The extinguisher started / stopped spraying (hiss and foam particles start / stop). */
  | { type: 'sprayStart'; x: number; y: number }
  | { type: 'sprayStop'; x: number; y: number }
  /** Spray pressed with an empty extinguisher: a cough of air. */
  | { type: 'sputter'; x: number; y: number }
  /** A fresh stagger from the foam; `tumble` when a sprinter was hit mid-sprint (hit-stop, shake). */
  | { type: 'foamHit'; agent: number; x: number; y: number; tumble: boolean }
  /** The empty extinguisher swung: `agent` is the id shoved, -1 for a miss. */
  | { type: 'shove'; agent: number; x: number; y: number }
  | { type: 'canisterThrown'; x: number; y: number }
  | { type: 'canisterHit'; agent: number; x: number; y: number }
  | { type: 'canisterLanded'; x: number; y: number }
  /** A fresh extinguisher taken from a wall cabinet (index into world.cabinets). */
  | { type: 'cabinetUsed'; cabinet: number }
  /** Interact on a cabinet that is empty, or while the extinguisher in hand is still full. */
  | { type: 'cabinetRefused'; cabinet: number; reason: 'empty' | 'full' }
  /**
   * A checkpoint: the game keeps a copy of the world now, and "Retry from checkpoint"
   * starts from it (src/sim/retry.ts). `area`: a checkpoint rectangle (`checkpoint` is its
   * index); `item`: a key was taken (so a bite never takes it away again).
   */
  | { type: 'checkpointReached'; checkpoint: number; reason: 'area' | 'item' }
  /** The chapter was won with the player standing in one of the level's exits. */
  | { type: 'reachedExit' }
  /** Objectives (src/sim/objectives.ts): `objective` indexes world.objectives.specs. */
  | { type: 'objectiveActivated'; objective: number; id: string }
  /** A collect objective counted another item (`progress` of `count`). */
  | { type: 'objectiveProgress'; objective: number; id: string; progress: number; count: number }
  | { type: 'objectiveCompleted'; objective: number; id: string }
  | { type: 'objectiveFailed'; objective: number; id: string; cause: ObjectiveLossCause }
  /** A required objective failed: the chapter is lost (status 'lost') for `cause`. */
  | { type: 'chapterLost'; cause: ObjectiveLossCause }
  | { type: 'lockerEntered'; locker: number; seen: boolean }
  | { type: 'lockerExited'; locker: number }
  | { type: 'classmateRescued'; locker: number; name: string }
  | { type: 'notePicked'; item: number; note: string }
  | { type: 'decoyPicked'; item: number; decoys: number }
  /** Loot taken (`loot`: its item name); carried until an objective takes it. */
  | { type: 'lootPicked'; item: number; loot: string }
  /** The drop button put a carried piece of loot down at (x, y). */
  | { type: 'lootDropped'; item: number; x: number; y: number }
  /** The player climbed onto a table to slide over it (chapter 2; its rattle is a 'footstep' noise of VAULT.noise). */
  | { type: 'tableSlid'; x: number; y: number }
  /** A vending machine emptied into the player's arms (its ring is a 'vending' noise). */
  | { type: 'vendingUsed'; machine: number; count: number }
  /** A thrown tray hit an infected and staggered it. */
  | { type: 'trayHit'; agent: number; x: number; y: number }
  /** A key taken (`key`: what it is); every door named `unlocks` is unlocked now. */
  | { type: 'keyPicked'; item: number; key: string; unlocks: string }
  | { type: 'decoyThrown'; x: number; y: number }
  | { type: 'decoyLanded'; x: number; y: number }
  | { type: 'noticeRead'; notice: number; text: string }
  /** The player entered a trigger area: chapter scripts start their beats from these. */
  | { type: 'trigger'; trigger: number; name: string }
  /** A chapter's scripted moment, with its caption (and a sound name for the audio). */
  | { type: 'beat'; name: string; caption: string; sfx?: string; x?: number; y?: number }
  /** Head-snap + gurgle: the telegraph before a sprint (view + audio cue). */
  | { type: 'infectedAlerted'; agent: number; x: number; y: number; variant: VariantName; telegraphSeconds: number }
  /** The first time the player sees an infected of this variant (once per variant per world). */
  | { type: 'variantSighted'; variant: VariantName; agent: number; x: number; y: number }
  | { type: 'infectedSprint'; agent: number; x: number; y: number }
  | { type: 'infectedSlammed'; agent: number; x: number; y: number }
  | { type: 'infectedFell'; agent: number; x: number; y: number }
  /** Killed (an arrow took its last health, or the siege's foam soaked it through): gone from the horde. */
  | { type: 'infectedKilled'; agent: number; x: number; y: number }
  | { type: 'infectedGaveUp'; agent: number; x: number; y: number }
  | { type: 'cheer'; agent: number; x: number; y: number }
  | { type: 'doorBashed'; door: number; hp: number; agent: number }
  | { type: 'doorBroken'; door: number }
  | { type: 'grabbed'; agent: number; variant: VariantName; grabsTaken: number }
  | { type: 'grabBroken'; agent: number }
  /** The bite: the chapter is lost; `variant` names what got you. */
  | { type: 'bitten'; agent: number; variant: VariantName }
  /** A pile crests the wall (a horde pile at a facade cell, or a siege segment's: siege.ts). */
  | { type: 'pileOpened'; x: number; y: number }
  /** A siege segment's pile is nearly at the top (SIEGE.warnBodies): bodies will come over there soon. */
  | { type: 'pileRising'; x: number; y: number; segment: number }
  /** The siege sent a body over the parapet at wall segment `segment` (it climbs up from there). */
  | { type: 'bodyOver'; agent: number; x: number; y: number; segment: number }
  | { type: 'pileClosed'; x: number; y: number }
  | { type: 'directorPhase'; phase: DirectorPhaseName; intensity: number }
  | { type: 'directorSpawn'; spawnPoint: number; x: number; y: number; count: number }
  | { type: 'directorSkip'; reason: 'budget' | 'noSpawnPoint' | 'phase' }
  /*
   * Allies (src/sim/allies.ts, allyRoles.ts): `ally` is the cast id, `survivor` its slot in
   * world.survivors, `agent` an infected's id.
   */
  /** An ally sees an infected after a quiet spell (a bark: "There's one!"). */
  | { type: 'allySpotted'; ally: string; survivor: number; agent: number; x: number; y: number }
  | { type: 'allyGrabbed'; ally: string; survivor: number; agent: number; x: number; y: number }
  /** The grab ended with the ally free: by itself, or because its grabber was knocked off. */
  | { type: 'allyBrokeFree'; ally: string; survivor: number; agent: number }
  /** Bitten (by `agent`, -1 when the story did it): still human, turns in `turnSeconds`. */
  | { type: 'allyBitten'; ally: string; survivor: number; agent: number; turnSeconds: number }
  /** A bitten ally turned: it is the infected `agent` now (-1 when the horde was full). */
  | { type: 'allyTurned'; ally: string; survivor: number; agent: number; x: number; y: number }
  /** The player's order to the group (the order button cycles follow -> wait -> hide). */
  | { type: 'allyOrder'; order: 'follow' | 'wait' | 'hide' }
  | { type: 'allyShove'; ally: string; survivor: number; agent: number; x: number; y: number }
  /** The archer shot at `agent` from (x, y) toward (tx, ty); `arrows` left. */
  | { type: 'arrowShot'; ally: string; survivor: number; agent: number; hit: boolean; x: number; y: number; tx: number; ty: number; arrows: number }
  | { type: 'arrowsLow'; ally: string; survivor: number; arrows: number }
  /** The phone (src/sim/phone.ts): the flashlight switched, a chat reply sent, the battery empty. */
  | { type: 'flashlightToggled'; on: boolean }
  | { type: 'phoneReplied'; question: string; choice: number; text: string }
  | { type: 'phoneDied' }
  /** An infected noticed the flashlight's glow under a closed door and comes to look. */
  | { type: 'glowNoticed'; agent: number; x: number; y: number }
  /** The player held their breath until it ran out: a gasp (a loud noise). */
  | { type: 'breathGasp' }
  /** A door braced with an item from the shelves (its hit points now). */
  | { type: 'doorReinforced'; door: number; hp: number; item: string }
  /** The player banged on vent `vent` (level.vents): a boom at the duct's far end (farX, farY), a softer one at the grille (x, y). */
  | { type: 'ventBanged'; vent: number; x: number; y: number; farX: number; farY: number };

export type SimEventType = SimEvent['type'];
export type SimEventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;
