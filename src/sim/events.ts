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
  | { type: 'checkpointReached'; checkpoint: number }
  | { type: 'reachedExit' };

export type SimEventType = SimEvent['type'];
export type SimEventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;
