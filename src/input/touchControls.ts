import type { InputRouter } from './inputRouter';
import { hitTest, touchLayout, type Insets, type TouchButtonId, type TouchLayout } from './touchLayout';
import { ORDER_NAMES, OrderRadial } from './orderRadial';

/**
 * On-screen touch controls: a DOM overlay drawn over the canvas (so CSS safe-area insets
 * and native multi-touch pointer ids work, in both renderers), shown only once the player
 * touches the screen during play. Touches are read on the window by pointer id and
 * hit-tested against the pure layout; the stick and button state lives in the router.
 */

// Their CSS is in src/styles/page.css: the CSP (style-src 'self') forbids injecting a <style>.

const LABELS: Record<TouchButtonId, string> = {
  spray: 'SPRAY',
  interact: 'USE',
  throw: 'THROW',
  drop: 'DROP',
  pause: '\u275a\u275a',
  fullscreen: 'full screen',
  orders: 'ORDERS',
};

/** Four corner brackets (system fonts often lack a fullscreen glyph). */
const FULLSCREEN_ICON =
  '<svg viewBox="0 0 24 24" width="60%" height="60%" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round"><path d="M3 9V3h6M15 3h6v6M21 15v6h-6M9 21H3v-6"/></svg>';

export class TouchControls {
  private readonly root: HTMLDivElement;
  private readonly insetProbe: HTMLDivElement;
  private readonly buttons = new Map<TouchButtonId, HTMLDivElement>();
  private readonly ring: HTMLDivElement;
  private readonly knob: HTMLDivElement;
  private layout: TouchLayout;
  /** Pointer id -> what it grabbed when it went down. */
  private readonly grabs = new Map<number, TouchButtonId | 'stick'>();
  private gameplay = false;
  private readonly fullscreenAllowed: boolean;
  private readonly knobAt = { x: 0, y: 0 };
  /** The orders radial (Follow / Wait / Hide) and its three choice circles. */
  private readonly radial = new OrderRadial();
  private readonly choices: HTMLDivElement[] = [];
  /** The group's order now, or null without allies (ORDERS hidden). */
  private order: number | null = null;
  private dropShown = true;

  constructor(private readonly router: InputRouter) {
    this.root = document.createElement('div');
    this.root.id = 'touch';
    this.root.setAttribute('aria-hidden', 'true');
    this.insetProbe = document.createElement('div');
    this.insetProbe.id = 'touch-insets';
    document.body.append(this.root, this.insetProbe);
    this.ring = this.el('ring idle');
    this.knob = this.el('knob');
    this.root.append(this.ring, this.knob);
    this.fullscreenAllowed = document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function';
    for (const id of Object.keys(LABELS) as TouchButtonId[]) {
      const b = this.el(`btn ${id}`);
      b.dataset.button = id;
      if (id === 'fullscreen') b.innerHTML = FULLSCREEN_ICON;
      else b.textContent = LABELS[id];
      b.setAttribute('aria-label', id);
      if (id === 'fullscreen' && !this.fullscreenAllowed) b.style.display = 'none';
      this.buttons.set(id, b);
      this.root.appendChild(b);
    }
    ORDER_NAMES.forEach((name, i) => {
      const c = this.el('btn choice');
      c.dataset.order = String(i);
      c.textContent = name.toUpperCase();
      c.setAttribute('aria-label', name);
      this.choices.push(c);
      this.root.appendChild(c);
    });
    this.buttons.get('orders')!.style.display = 'none';
    this.layout = this.relayout();

    window.addEventListener('pointerdown', this.onDown, { passive: false });
    window.addEventListener('pointermove', this.onMove, { passive: false });
    window.addEventListener('pointerup', this.onUp);
    window.addEventListener('pointercancel', this.onCancel);
    window.addEventListener('resize', this.onResize);
    window.addEventListener('orientationchange', this.onResize);
    document.addEventListener('fullscreenchange', this.onResize);
    // No long-press menu, no double-tap zoom, no pinch zoom.
    window.addEventListener('contextmenu', preventDefault);
    document.addEventListener('gesturestart', preventDefault);
    document.addEventListener('dblclick', preventDefault);
    // Phaser 4.2.1 calls preventDefault() on every touchcancel, and Chromium logs a console
    // error for that on a non-cancelable one; make it a no-op for those events only.
    window.addEventListener('touchcancel', muteNonCancelable, { capture: true });
    router.onDeviceChange = (d) => this.root.classList.toggle('show', d === 'touch' && this.gameplay);
  }

  /** The chapter is being played (controls react and may show) or not (menus, pause). */
  setGameplay(on: boolean): void {
    this.gameplay = on;
    if (!on) this.releaseAll();
    this.root.classList.toggle('show', on && this.router.lastDevice === 'touch');
  }

  /**
   * The group's order now (AllyOrder), or null when the player has no ally: ORDERS shows
   * only with allies, and the radial marks the order in force. Called every frame; cheap
   * when nothing changed.
   */
  setOrders(order: number | null): void {
    if (order === this.order) return;
    this.order = order;
    this.buttons.get('orders')!.style.display = order === null ? 'none' : '';
    if (order === null) this.radial.close();
    this.drawRadial();
  }

  /** DROP shows only where carried loot weighs on the player (World.carryWeight, and loot on the map). */
  setDrop(show: boolean): void {
    if (show === this.dropShown) return;
    this.dropShown = show;
    this.buttons.get('drop')!.style.display = show ? '' : 'none';
  }

  /** Whether the orders radial is open (the test API reports it). */
  get ordersOpen(): boolean {
    return this.radial.open;
  }

  get visible(): boolean {
    return this.root.classList.contains('show');
  }

  /** The screen's safe-area insets (CSS px): notches, rounded corners, the home indicator. */
  safeInsets(): Insets {
    return this.insets();
  }

  /** The top of the band the bottom controls cover (CSS px), or null while they are hidden. */
  controlsTop(): number | null {
    return this.visible ? this.layout.controlsTop : null;
  }

  private el(cls: string): HTMLDivElement {
    const d = document.createElement('div');
    d.className = cls;
    return d;
  }

  private insets(): Insets {
    const cs = getComputedStyle(this.insetProbe);
    const px = (v: string): number => parseFloat(v) || 0;
    return { top: px(cs.paddingTop), right: px(cs.paddingRight), bottom: px(cs.paddingBottom), left: px(cs.paddingLeft) };
  }

  private relayout(): TouchLayout {
    const l = touchLayout(window.innerWidth, window.innerHeight, this.insets(), this.router.stick.radius);
    for (const [id, b] of this.buttons) {
      const c = l.buttons[id];
      const font = id === 'pause' || id === 'fullscreen' ? 0.8 : id === 'orders' ? 0.44 : 0.42;
      Object.assign(b.style, { left: `${c.x - c.r}px`, top: `${c.y - c.r}px`, width: `${2 * c.r}px`, height: `${2 * c.r}px`, fontSize: `${Math.round(c.r * font)}px` });
    }
    l.orderChoices.forEach((c, i) => {
      Object.assign(this.choices[i]!.style, { left: `${c.x - c.r}px`, top: `${c.y - c.r}px`, width: `${2 * c.r}px`, height: `${2 * c.r}px`, fontSize: `${Math.max(11, Math.round(c.r * 0.44))}px` });
    });
    this.radial.setChoices(l.orderChoices);
    this.layout = l;
    this.drawStick();
    return l;
  }

  private readonly onResize = (): void => {
    this.releaseAll();
    this.relayout();
  };

  private readonly onDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') return;
    this.router.touchUsed(); // a tap on the title already means "show touch controls in play"
    if (!this.gameplay) return;
    this.root.classList.add('show');
    if (this.radial.open && !this.radial.owns(e.pointerId)) {
      const pick = this.radial.downElsewhere(e.clientX, e.clientY);
      this.drawRadial();
      if (pick >= 0) {
        e.preventDefault();
        this.router.chooseOrder(pick);
        return;
      }
    }
    const what = hitTest(this.layout, e.clientX, e.clientY, this.fullscreenAllowed, this.order !== null);
    if (!what) return;
    e.preventDefault();
    this.grabs.set(e.pointerId, what);
    switch (what) {
      case 'stick':
        this.router.stick.down(e.pointerId, e.clientX, e.clientY);
        this.drawStick();
        break;
      case 'spray':
        this.router.sprayPad.down(e.pointerId, e.clientX, e.clientY);
        break;
      case 'interact':
        this.router.interactButton.down(e.pointerId);
        break;
      case 'throw':
        this.router.throwButton.down(e.pointerId);
        break;
      case 'drop':
        this.router.dropButton.down(e.pointerId);
        break;
      case 'pause':
        this.router.emitUi('pause', 'touch');
        break;
      case 'fullscreen':
        break; // acts on release: browsers allow fullscreen from pointerup
      case 'orders':
        this.radial.downOnButton(e.pointerId);
        this.drawRadial();
        break;
    }
    this.buttons.get(what as TouchButtonId)?.classList.add('down');
  };

  private readonly onMove = (e: PointerEvent): void => {
    const what = this.grabs.get(e.pointerId);
    if (!what) return;
    e.preventDefault();
    if (what === 'stick') {
      this.router.stick.move(e.pointerId, e.clientX, e.clientY);
      this.drawStick();
    } else if (what === 'spray') {
      this.router.sprayPad.move(e.pointerId, e.clientX, e.clientY);
    } else if (what === 'orders') {
      this.radial.move(e.pointerId, e.clientX, e.clientY);
      this.drawRadial();
    }
  };

  private readonly onUp = (e: PointerEvent): void => {
    const what = this.grabs.get(e.pointerId);
    if (!what) return;
    if (what === 'fullscreen') this.toggleFullscreen();
    this.release(e.pointerId);
    if (what === 'orders') {
      // Slid from ORDERS onto a choice and lifted: that order.
      const pick = this.radial.up(e.pointerId, e.clientX, e.clientY);
      if (pick >= 0) this.router.chooseOrder(pick);
      this.drawRadial();
    }
  };

  /** touchcancel (an incoming call, a system gesture): that finger is gone. */
  private readonly onCancel = (e: PointerEvent): void => {
    if (this.grabs.has(e.pointerId)) this.release(e.pointerId);
  };

  private release(pointerId: number): void {
    const what = this.grabs.get(pointerId);
    this.grabs.delete(pointerId);
    switch (what) {
      case 'stick':
        this.router.stick.up(pointerId);
        this.drawStick();
        break;
      case 'spray':
        this.router.sprayPad.up(pointerId);
        break;
      case 'interact':
        this.router.interactButton.up(pointerId);
        break;
      case 'throw':
        this.router.throwButton.up(pointerId);
        break;
      case 'drop':
        this.router.dropButton.up(pointerId);
        break;
      default:
        break;
    }
    if (what && what !== 'stick' && ![...this.grabs.values()].includes(what)) this.buttons.get(what)?.classList.remove('down');
  }

  private releaseAll(): void {
    this.grabs.clear();
    this.radial.close();
    this.drawRadial();
    this.router.stick.reset();
    this.router.sprayPad.reset();
    this.router.interactButton.reset();
    this.router.throwButton.reset();
    this.router.dropButton.reset();
    for (const b of this.buttons.values()) b.classList.remove('down');
    this.drawStick();
  }

  private toggleFullscreen(): void {
    try {
      const p = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen({ navigationUI: 'hide' });
      // Denied (iOS Safari on iPhone, an iframe without permission): stay as we are, quietly.
      p?.catch(() => undefined);
    } catch {
      // Same: some browsers throw instead of rejecting.
    }
  }

  /** The radial's choices while it is open: the order in force outlined, the one under the finger lit. */
  private drawRadial(): void {
    this.choices.forEach((c, i) => {
      c.classList.toggle('open', this.radial.open);
      c.classList.toggle('current', i === this.order);
      c.classList.toggle('down', i === this.radial.hover);
    });
    this.buttons.get('orders')?.classList.toggle('down', this.radial.open);
  }

  /** The stick ring where the thumb is (or a faint hint bottom-left when idle). */
  drawStick(): void {
    const s = this.router.stick;
    const r = s.radius;
    let cx: number;
    let cy: number;
    if (s.active) {
      cx = s.originX;
      cy = s.originY;
      s.knob(this.knobAt);
    } else {
      const idle = (this.layout ?? touchLayout(window.innerWidth, window.innerHeight, this.insets(), r)).idleStick;
      cx = idle.x;
      cy = idle.y;
      this.knobAt.x = this.knobAt.y = 0;
    }
    this.ring.classList.toggle('idle', !s.active);
    Object.assign(this.ring.style, { left: `${cx - r}px`, top: `${cy - r}px`, width: `${2 * r}px`, height: `${2 * r}px` });
    const k = r * 0.45;
    Object.assign(this.knob.style, { left: `${cx + this.knobAt.x - k}px`, top: `${cy + this.knobAt.y - k}px`, width: `${2 * k}px`, height: `${2 * k}px` });
    this.knob.style.opacity = s.active ? '1' : '0.45';
  }
}

function muteNonCancelable(e: Event): void {
  if (!e.cancelable) Object.defineProperty(e, 'preventDefault', { value: () => undefined });
}

function preventDefault(e: Event): void {
  e.preventDefault();
}
