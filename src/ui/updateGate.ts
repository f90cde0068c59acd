/**
 * The "a new version is ready" prompt's rules, apart from the DOM and the service worker
 * (src/pwa.ts wires both), so they can be tested.
 */

/** What the update notice looks like to the gate: shown, hidden, and the player's Reload press. */
export interface UpdateView {
  show(onReload: () => void): void;
  hide(): void;
}

/** How the gate reaches the waiting service worker and the page. */
export interface UpdateActions {
  /** Asks the waiting worker to take over; the page reloads once it controls (onControlling). */
  activateWaiting(): void;
  reload(): void;
}

/**
 * When the "a new version is ready" notice shows and what Reload does. It shows only on
 * the title; a new worker that took over from another tab is not a reason to reload this
 * one mid-chapter: the page reloads only after the player pressed Reload here.
 */
export class UpdateGate {
  private ready = false;
  private onTitle = false;
  private pressed = false;
  /** The new worker already controls this page (activated by another tab's Reload). */
  private controlled = false;

  constructor(
    private readonly view: UpdateView,
    private readonly actions: UpdateActions,
  ) {}

  /** A new version is installed and waiting. */
  updateReady(): void {
    this.ready = true;
    this.sync();
  }

  /** The title started (true) or stopped (false). */
  titleShown(on: boolean): void {
    this.onTitle = on;
    this.sync();
  }

  /**
   * The new worker took control of this page (or, after Reload, the wait for it ran out).
   * Reloads only if the player pressed Reload and is still on the title.
   */
  onControlling(): void {
    this.controlled = true;
    this.ready = true;
    if (this.pressed && this.onTitle) {
      this.actions.reload();
      return;
    }
    this.pressed = false; // a chapter started before the reload could happen: ask again on the title
    this.sync();
  }

  private readonly press = (): void => {
    if (this.pressed) return;
    this.pressed = true;
    this.view.hide();
    if (this.controlled) this.actions.reload();
    else this.actions.activateWaiting();
  };

  private sync(): void {
    if (this.ready && this.onTitle && !this.pressed) this.view.show(this.press);
    else this.view.hide();
  }
}

/** The prompt's text and the notice of sounds that could not be loaded (once a session). */
export const UPDATE_TEXT = 'A new version of Last Period is ready.';
export function audioFailureText(online: boolean): string {
  return online
    ? 'Some sounds could not be loaded: the game plays on without them.'
    : 'You are offline and some sounds were not saved for offline play yet: the game plays on without them.';
}
