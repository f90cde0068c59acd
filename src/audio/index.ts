import { Howl, Howler } from 'howler';
import { GameAudio, type AudioEnvironment } from './gameAudio';

export { GameAudio } from './gameAudio';
export type { Caption } from './gameAudio';
export type { Volumes } from './mix';

let instance: GameAudio | null = null;

const windowEnvironment: AudioEnvironment = {
  on: (type, listener) => (type === 'visibilitychange' ? document : window).addEventListener(type, listener, { passive: true }),
  off: (type, listener) => (type === 'visibilitychange' ? document : window).removeEventListener(type, listener),
  hidden: () => document.visibilityState === 'hidden',
};

/** The game's one audio instance (Howler-backed), created on first use. */
export function gameAudio(): GameAudio {
  instance ??= new GameAudio({
    createHowl: (options) => new Howl(options),
    howler: Howler as unknown as ConstructorParameters<typeof GameAudio>[0]['howler'],
    nowMs: () => performance.now(),
    env: windowEnvironment,
    startOnGesture: true,
  });
  return instance;
}
