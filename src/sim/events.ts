/**
 * Everything the sim tells the outside world happened during a tick. The view and the
 * audio read `world.events` after each step; the sim itself reads noise events too.
 * One discriminated union, no string bus: add new kinds here.
 */
export type NoiseSource = 'footstep' | 'door' | 'spray' | 'throw' | 'vending' | 'cheer' | 'phone' | 'bash';

export type SimEvent =
  | { type: 'noise'; x: number; y: number; loudness: number; source: NoiseSource }
  | { type: 'doorOpened'; door: number }
  | { type: 'doorClosed'; door: number }
  | { type: 'doorLocked'; door: number }
  | { type: 'reachedExit' }
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
  | { type: 'cabinetRefused'; cabinet: number; reason: 'empty' | 'full' };

export type SimEventType = SimEvent['type'];
export type SimEventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;
