/**
 * The page's entry: small on purpose. It installs the error panel's handlers, lets the
 * browser paint the HTML loading screen (index.html), and only then fetches and starts
 * the game (Phaser and every scene, src/boot/startGame.ts). A phone on a slow network
 * shows "LAST PERIOD / Loading…" at once instead of a blank page while ~440 KiB of script
 * arrive, and the big chunk's evaluation no longer delays that first paint.
 */
import { installGlobalErrorHandlers, showFatalError } from './ui/errorPanel';

installGlobalErrorHandlers();

function fail(err: unknown): void {
  showFatalError('The game could not start', err instanceof Error ? `${err.message}\n\n${err.stack ?? ''}` : String(err));
}

/** The next task (setTimeout 0): splits one long block of work into two. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

// Two frames: the first paints the loading screen, the callback of the second runs after
// it. Then Phaser's evaluation (the import) and the game's construction run as two tasks.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    import('./boot/startGame')
      .then(async (m) => {
        await m.loadPhaserExtras(location.search);
        await nextTask();
        m.startGame();
      })
      .catch(fail);
  }),
);
