/**
 * The fatal-error panel: a plain DOM overlay (index.html #fatal) that works even when
 * Phaser itself is what failed, so the player never sees a blank or frozen canvas.
 * While it shows, the game is halted (`gameHalted()`, `onHaltChange`: src/boot/startGame.ts puts the
 * Phaser loop to sleep, so no tick, input or bite happens behind the panel, and key
 * presses do not reach the menus). A lost graphics context is the one recoverable case:
 * when the browser restores it, the panel offers Continue and the run goes on.
 */
let shown = false;
let halted = false;
/** An error that no Continue can undo (anything but a lost graphics context) was shown. */
let unrecoverable = false;
const listeners: ((title: string, detail: string) => void)[] = [];
const haltListeners: ((halted: boolean) => void)[] = [];

/** How a shown problem may end: `contextLost` can be continued from once the context is back. */
export type FatalKind = 'error' | 'contextLost';

export function showFatalError(title: string, detail: string, kind: FatalKind = 'error'): void {
  console.error(`[fatal] ${title}\n${detail}`);
  if (kind === 'error') unrecoverable = true;
  for (const l of listeners) l(title, detail);
  setHalted(true);
  const panel = document.getElementById('fatal');
  if (!panel) return;
  // The first error is usually the cause; later ones are appended below it.
  const detailEl = document.getElementById('fatal-detail')!;
  if (!shown) {
    document.getElementById('fatal-title')!.textContent = title;
    detailEl.textContent = detail;
  } else {
    detailEl.textContent += `\n\n${title}\n${detail}`;
  }
  shown = true;
  continueButton()?.remove();
  panel.classList.add('show');
  document.getElementById('fatal-reload')!.onclick = () => location.reload();
}

export function fatalErrorShown(): boolean {
  return shown;
}

/** True while the error panel stops the game: nothing may step the sim. */
export function gameHalted(): boolean {
  return halted;
}

/** Lets the test API and the game loop know a fatal error happened. */
export function onFatalError(listener: (title: string, detail: string) => void): void {
  listeners.push(listener);
}

/** Called with true when the panel stops the game and false when the player continues. */
export function onHaltChange(listener: (halted: boolean) => void): void {
  haltListeners.push(listener);
}

/**
 * The graphics context is back (`webglcontextrestored`). When a lost context was all that
 * went wrong, the panel offers Continue: the run was only frozen, so it goes on from the
 * very tick it stopped at. After any other error the panel stays (only a reload helps).
 */
export function graphicsRestored(): void {
  if (!shown || unrecoverable) return;
  const panel = document.getElementById('fatal');
  if (!panel) {
    resume();
    return;
  }
  document.getElementById('fatal-title')!.textContent = 'The graphics are back';
  document.getElementById('fatal-detail')!.textContent = 'The browser gave the game its graphics context again. The game is paused where it stopped.';
  if (continueButton()) return;
  const button = document.createElement('button');
  button.id = 'fatal-continue';
  button.type = 'button';
  button.textContent = 'Continue';
  button.style.marginRight = '12px';
  button.onclick = resume;
  document.getElementById('fatal-reload')!.before(button);
  button.focus();
}

function continueButton(): HTMLElement | null {
  return document.getElementById('fatal-continue');
}

function resume(): void {
  continueButton()?.remove();
  document.getElementById('fatal')?.classList.remove('show');
  shown = false;
  setHalted(false);
}

function setHalted(on: boolean): void {
  if (halted === on) return;
  halted = on;
  for (const l of haltListeners) l(on);
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}${err.stack ? `\n\n${err.stack}` : ''}`;
  return String(err);
}

/** Routes uncaught errors and unhandled promise rejections to the panel, and holds keys while it shows. */
export function installGlobalErrorHandlers(): void {
  window.addEventListener('error', (e) => {
    // Resource errors (an <img> failing) have no error object and are handled where loaded.
    if (!e.error && !e.message) return;
    showFatalError('The game hit an unexpected error', describe(e.error ?? e.message));
  });
  window.addEventListener('unhandledrejection', (e) => {
    showFatalError('The game hit an unexpected error', describe(e.reason));
  });
  // Registered before any game listener, in the capture phase: while halted, a key press
  // reaches only the panel's buttons, never a menu under it (key releases pass, so no key
  // stays held when play resumes).
  window.addEventListener(
    'keydown',
    (e) => {
      if (!halted) return;
      const panel = document.getElementById('fatal');
      if (panel && e.target instanceof Node && panel.contains(e.target)) return;
      e.stopImmediatePropagation();
    },
    { capture: true },
  );
}
