import { TICK_RATE } from '../sim/tuning';
import { formatTicks } from './format';

/** The playback speeds of watch mode. */
export const WATCH_SPEEDS = [1, 2, 4] as const;
export type WatchSpeed = (typeof WATCH_SPEEDS)[number];

/**
 * Watch mode's controls: a DOM bar (pause/play, x1 x2 x4, back to the title,
 * where the replay is) for the mouse and touch, and keys: Space pauses, 1/2/4 pick a
 * speed, + and - step it. DOM like the touch controls, so it looks the same in Canvas
 * and WebGL and takes real taps.
 */
export class WatchControls {
  speed: WatchSpeed = 1;
  paused = false;
  private readonly bar: HTMLElement;
  private readonly pauseButton: HTMLButtonElement;
  private readonly speedButtons: HTMLButtonElement[];
  private readonly clock: HTMLElement;
  private shownSecond = -1;

  constructor(
    private readonly totalTicks: number,
    private readonly onQuit: () => void,
  ) {
    const bar = document.createElement('div');
    bar.id = 'watch';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Replay');
    Object.assign(bar.style, {
      position: 'fixed', zIndex: '7', display: 'flex', flexWrap: 'wrap', justifyContent: 'center', alignItems: 'center',
      gap: '6px', padding: '6px 8px', boxSizing: 'border-box', width: 'fit-content', background: '#12060acc', border: '2px solid #ff5a6a', borderRadius: '10px',
      font: 'bold 15px/1 system-ui, sans-serif', color: '#f2eef0', userSelect: 'none', touchAction: 'manipulation',
    } satisfies Partial<CSSStyleDeclaration>);
    this.clock = document.createElement('span');
    this.clock.dataset.watch = 'clock';
    Object.assign(this.clock.style, { padding: '0 6px', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' });
    this.pauseButton = this.button('pause', 'Pause', () => this.togglePause());
    this.speedButtons = WATCH_SPEEDS.map((s) => this.button(`x${s}`, `x${s}`, () => this.setSpeed(s)));
    const quit = this.button('title', 'Title', () => this.onQuit());
    bar.append(this.clock, this.pauseButton, ...this.speedButtons, quit);
    document.body.appendChild(bar);
    this.bar = bar;
    this.place();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('resize', this.place);
    this.refresh();
    this.showTick(0);
  }

  /** Sim ticks to run per rendered frame's worth of time: 0 while paused. */
  get rate(): number {
    return this.paused ? 0 : this.speed;
  }

  setSpeed(s: WatchSpeed): void {
    this.speed = s;
    this.paused = false;
    this.refresh();
  }

  togglePause(): void {
    this.paused = !this.paused;
    this.refresh();
  }

  pause(): void {
    this.paused = true;
    this.refresh();
  }

  /** The clock: where the playback is ("0:12 / 0:52"), redrawn when the second changes. */
  showTick(tick: number): void {
    const second = Math.floor(tick / TICK_RATE);
    if (second === this.shownSecond) return;
    this.shownSecond = second;
    this.clock.textContent = `REPLAY ${formatTicks(tick)} / ${formatTicks(this.totalTicks)}`;
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.place);
    this.bar.remove();
  }

  /**
   * Wide screens: the top right corner (the HUD is top left, captions bottom centre).
   * Narrow ones: centred above the captions' lines at the bottom.
   */
  private readonly place = (): void => {
    const narrow = window.innerWidth < 640;
    Object.assign(this.bar.style, narrow
      ? { top: '', right: '0', left: '0', margin: '0 auto', maxWidth: 'calc(100vw - 12px)', bottom: 'calc(96px + env(safe-area-inset-bottom))' }
      : { bottom: '', left: '', margin: '0', right: 'max(10px, env(safe-area-inset-right))', top: 'max(10px, env(safe-area-inset-top))', maxWidth: '60vw' });
    // Narrow: the clock gets a row of its own above the buttons.
    Object.assign(this.clock.style, { flexBasis: narrow ? '100%' : 'auto', textAlign: 'center', paddingBottom: narrow ? '2px' : '0' });
  };

  private step(by: 1 | -1): void {
    const k = WATCH_SPEEDS.indexOf(this.speed) + by;
    this.setSpeed(WATCH_SPEEDS[Math.max(0, Math.min(WATCH_SPEEDS.length - 1, k))]!);
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.repeat || e.metaKey || e.ctrlKey || e.altKey) return;
    const speedKey: Record<string, WatchSpeed> = { Digit1: 1, Numpad1: 1, Digit2: 2, Numpad2: 2, Digit4: 4, Numpad4: 4 };
    if (e.code === 'Space') this.togglePause();
    else if (speedKey[e.code]) this.setSpeed(speedKey[e.code]!);
    else if (e.code === 'Equal' || e.code === 'NumpadAdd' || e.key === '+') this.step(1);
    else if (e.code === 'Minus' || e.code === 'NumpadSubtract' || e.key === '-') this.step(-1);
    else return;
    e.preventDefault();
  };

  private refresh(): void {
    this.pauseButton.textContent = this.paused ? 'Play' : 'Pause';
    this.pauseButton.setAttribute('aria-pressed', String(this.paused));
    this.speedButtons.forEach((b, k) => {
      const on = WATCH_SPEEDS[k] === this.speed;
      b.setAttribute('aria-pressed', String(on));
      b.style.background = on ? '#ff5a6a' : '#2a1218';
      b.style.color = on ? '#12060a' : '#f2eef0';
    });
  }

  private button(name: string, label: string, onPress: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.watch = name;
    b.textContent = label;
    Object.assign(b.style, {
      minWidth: '44px', minHeight: '40px', padding: '0 10px', border: '1px solid #ff5a6a', borderRadius: '6px',
      background: '#2a1218', color: '#f2eef0', font: 'inherit', cursor: 'pointer',
    } satisfies Partial<CSSStyleDeclaration>);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      onPress();
      b.blur(); // Space must keep pausing, not press the focused button again
    });
    return b;
  }
}
