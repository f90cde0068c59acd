/**
 * The fatal-error panel: a plain DOM overlay (index.html #fatal) that works even when
 * Phaser itself is what failed, so the player never sees a blank or frozen canvas.
 */
let shown = false;
const listeners: ((title: string, detail: string) => void)[] = [];

export function showFatalError(title: string, detail: string): void {
  console.error(`[fatal] ${title}\n${detail}`);
  for (const l of listeners) l(title, detail);
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
  panel.classList.add('show');
  document.getElementById('fatal-reload')!.onclick = () => location.reload();
}

export function fatalErrorShown(): boolean {
  return shown;
}

/** Lets the test API and the game loop know a fatal error happened. */
export function onFatalError(listener: (title: string, detail: string) => void): void {
  listeners.push(listener);
}

function describe(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}${err.stack ? `\n\n${err.stack}` : ''}`;
  return String(err);
}

/** Routes uncaught errors and unhandled promise rejections to the panel. */
export function installGlobalErrorHandlers(): void {
  window.addEventListener('error', (e) => {
    // Resource errors (an <img> failing) have no error object and are handled where loaded.
    if (!e.error && !e.message) return;
    showFatalError('The game hit an unexpected error', describe(e.error ?? e.message));
  });
  window.addEventListener('unhandledrejection', (e) => {
    showFatalError('The game hit an unexpected error', describe(e.reason));
  });
}
