import { emptyIntent, type Intent } from '../sim/intent';
import { codeToAction, PHONE_KEYS, type Action, type Bindings } from './bindings';
import { heldActions, keyboardIntent } from './keyboardMapper';
import { button, gamepadActive, gamepadIntent, gamepadInteractPressed, gamepadOrderPressed, gamepadPausePressed, gamepadReplyPressed, PAD_PHONE, PAD_TUNING, type GamepadSnapshot } from './gamepadMapper';
import { ORDER_COUNT, pressesToReach } from './orderRadial';
import { SprayPad, TouchButton, TouchStick } from './touchStick';

/**
 * The one place devices meet. DOM adapters (domInput.ts, touchControls.ts) feed raw
 * device events in; the chapter scene calls `sample(intent)` once per sim tick and gets
 * one merged Intent; menu-level actions (pause, mute) go out separately through `onUi`,
 * at once, because they must work while the sim is paused. Scenes never read devices.
 * No DOM in here, so the merging rules are unit-tested in Node.
 */

export type UiAction = 'pause' | 'mute';
/** Why a pause was asked for: the player, or the page losing the player's attention. */
export type UiSource = 'keyboard' | 'gamepad' | 'touch' | 'hidden' | 'blur';
export type Device = 'keyboard' | 'mouse' | 'touch' | 'gamepad';

export interface ClientPoint {
  x: number;
  y: number;
}

/** Samples without mouse movement after which keyboard movement hands aim back to facing. */
const MOUSE_AIM_IDLE_SAMPLES = 120;

export class InputRouter {
  private codeMap: Map<string, Action>;
  private readonly heldCodes = new Set<string>();
  private readonly tappedCodes = new Set<string>();
  private readonly actions = new Set<Action>();
  /**
   * Interact presses (key downs, pad A edges) since the last sample: at 100 presses a
   * second two can fall in one 60 Hz tick, and each counts toward breaking a grab.
   */
  private interactPresses = 0;
  /** Order presses (key downs, pad Y edges, touch choices) not yet sent to the sim. */
  private orderPresses = 0;
  /** The last sample sent an order press: the next one sends none, so each press is its own edge. */
  private orderPulse = false;
  /** The order picked on the touch radial, reached by as many presses as it takes (null: none asked). */
  private orderTarget: number | null = null;
  private orderTargetPresses = 0;
  private capture: ((code: string) => void) | null = null;
  private readonly uiListeners = new Set<(action: UiAction, source: UiSource) => void>();

  private mouseX = 0;
  private mouseY = 0;
  private mouseAim = false;
  private mouseIdleSamples = 0;
  private mouseSpray = false;
  private mouseSprayTapped = false;

  readonly stick = new TouchStick();
  readonly sprayPad = new SprayPad();
  readonly interactButton = new TouchButton();
  readonly throwButton = new TouchButton();
  readonly dropButton = new TouchButton();

  /** The phone (chapter 3): keys held, a flashlight tap latched until sampled, the reply chosen since the last sample. */
  private readonly phoneHeld = new Set<string>();
  private flashlightTap = false;
  private holdBreathTouch = false;
  private replyChosen = 0;

  private pad: GamepadSnapshot | null = null;
  /** A copy of the previous snapshot (the adapter reuses its snapshot object). */
  private readonly prevPad: { axes: number[]; buttons: number[] } = { axes: [], buttons: [] };
  private hadPad = false;

  /** The player's position on screen (client px), for mouse aim; set by the chapter scene. */
  aimOrigin: (() => ClientPoint | null) | null = null;
  /**
   * The group's order now (AllyOrder: 0 Follow, 1 Wait, 2 Hide), or null with no ally; set
   * by the chapter scene, so a choice on the touch radial knows how many presses it is.
   */
  groupOrder: (() => number | null) | null = null;
  /**
   * The phone's chat is asking (its replies are on screen); set by the chapter scene. Then
   * the pad's d-pad picks replies only and does not also walk the player out of hiding.
   */
  phoneAsking: (() => boolean) | null = null;
  /** The device the player touched last (touch controls show only for 'touch'). */
  lastDevice: Device = 'keyboard';
  /** Listeners for device changes (touch controls show/hide). */
  onDeviceChange: ((device: Device) => void) | null = null;

  private readonly kb = emptyIntent();
  private readonly gp = emptyIntent();
  private readonly stickRead = { moveX: 0, moveY: 0, run: false };
  private readonly aimRead = { x: 0, y: 0 };

  constructor(bindings: Bindings) {
    this.codeMap = codeToAction(bindings);
  }

  setBindings(bindings: Bindings): void {
    this.codeMap = codeToAction(bindings);
    this.heldCodes.clear();
    this.tappedCodes.clear();
    this.interactPresses = 0;
    this.clearOrders();
  }

  onUi(listener: (action: UiAction, source: UiSource) => void): () => void {
    this.uiListeners.add(listener);
    return () => this.uiListeners.delete(listener);
  }

  emitUi(action: UiAction, source: UiSource): void {
    for (const l of [...this.uiListeners]) l(action, source);
  }

  /** The next key press goes to `cb` instead of the game (rebinding); null cancels. */
  captureNextKey(cb: ((code: string) => void) | null): void {
    this.capture = cb;
  }

  get capturing(): boolean {
    return this.capture !== null;
  }

  private useDevice(d: Device): void {
    if (d === 'touch' || d === 'gamepad') this.mouseAim = false;
    if (this.lastDevice === d) return;
    this.lastDevice = d;
    this.onDeviceChange?.(d);
  }

  /** Returns true if the key means something to the game (the adapter then prevents the browser default). */
  keyDown(code: string, repeat: boolean): boolean {
    if (this.capture) {
      if (repeat) return true;
      const cb = this.capture;
      this.capture = null;
      cb(code);
      return true;
    }
    const action = this.codeMap.get(code);
    if (!action) return this.phoneKeyDown(code, repeat);
    this.useDevice('keyboard');
    if (action === 'pause' || action === 'mute') {
      if (!repeat) this.emitUi(action, 'keyboard');
      return true;
    }
    this.heldCodes.add(code);
    if (!repeat) {
      this.tappedCodes.add(code);
      if (action === 'interact') this.interactPresses++;
      else if (action === 'order') this.orderPress();
    }
    return true;
  }

  keyUp(code: string): void {
    this.heldCodes.delete(code);
    this.phoneHeld.delete(code);
  }

  /** The phone's fixed keys (PHONE_KEYS), for codes no action is bound to. */
  private phoneKeyDown(code: string, repeat: boolean): boolean {
    const reply = (PHONE_KEYS.replies as readonly string[]).indexOf(code);
    if (reply >= 0) {
      if (!repeat) this.replyChosen = reply + 1;
    } else if (code === PHONE_KEYS.flashlight) {
      if (!repeat) this.flashlightTap = true;
    } else if (code !== PHONE_KEYS.holdBreath) return false;
    this.useDevice('keyboard');
    this.phoneHeld.add(code);
    return true;
  }

  /** The phone panel's buttons (touch, mouse): a flashlight tap, a reply picked, the hold-breath button held or let go. */
  phoneButton(what: 'flashlight' | 'reply1' | 'reply2' | 'reply3'): void {
    if (what === 'flashlight') this.flashlightTap = true;
    else this.replyChosen = Number(what.slice(5));
  }

  holdBreathButton(down: boolean): void {
    this.holdBreathTouch = down;
  }

  mouseMove(clientX: number, clientY: number): void {
    this.mouseX = clientX;
    this.mouseY = clientY;
    this.mouseAim = true;
    this.mouseIdleSamples = 0;
    this.useDevice('mouse');
  }

  /** Left button sprays. */
  mouseButton(down: boolean, clientX: number, clientY: number): void {
    this.mouseX = clientX;
    this.mouseY = clientY;
    this.mouseAim = true;
    this.mouseIdleSamples = 0;
    this.mouseSpray = down;
    if (down) this.mouseSprayTapped = true;
    this.useDevice('mouse');
  }

  /** Touch adapter reports that a finger went down (touch controls appear). */
  touchUsed(): void {
    this.useDevice('touch');
  }

  /** A Standard-mapping gamepad snapshot, polled once per frame (null: none connected). */
  gamepad(snapshot: GamepadSnapshot | null): void {
    this.pad = snapshot;
    if (!snapshot) {
      this.hadPad = false;
      return;
    }
    if (gamepadActive(snapshot)) this.useDevice('gamepad');
    const prev = this.hadPad ? this.prevPad : null;
    if (gamepadPausePressed(prev, snapshot)) this.emitUi('pause', 'gamepad');
    if (gamepadInteractPressed(prev, snapshot)) this.interactPresses++;
    if (gamepadOrderPressed(prev, snapshot)) this.orderPress();
    const reply = gamepadReplyPressed(prev, snapshot);
    if (reply > 0) this.replyChosen = reply;
    if (button(snapshot, PAD_PHONE.flashlight) > 0.5 && !(prev && button(prev, PAD_PHONE.flashlight) > 0.5)) this.flashlightTap = true;
    this.prevPad.axes.length = 0;
    this.prevPad.axes.push(...snapshot.axes);
    this.prevPad.buttons.length = 0;
    this.prevPad.buttons.push(...snapshot.buttons);
    this.hadPad = true;
  }

  /**
   * Let go of everything held (window blur, hidden tab, touchcancel): nothing stays stuck
   * down while the player is away.
   */
  releaseAll(): void {
    this.heldCodes.clear();
    this.tappedCodes.clear();
    this.interactPresses = 0;
    this.clearOrders();
    this.phoneHeld.clear();
    this.flashlightTap = false;
    this.holdBreathTouch = false;
    this.replyChosen = 0;
    this.mouseSpray = false;
    this.mouseSprayTapped = false;
    this.stick.reset();
    this.sprayPad.reset();
    this.interactButton.reset();
    this.throwButton.reset();
    this.dropButton.reset();
    this.pad = null;
  }

  /** One press of the order key or button: the group's order moves on by one. */
  orderPress(): void {
    this.orderTarget = null;
    // Three presses come back round to the same order: more queued would only flicker.
    this.orderPresses = Math.min(ORDER_COUNT - 1, this.orderPresses + 1);
  }

  /** The touch radial's choice: press until the group's order is `order` (at most a full turn). */
  chooseOrder(order: number): void {
    this.orderPresses = 0;
    this.orderTarget = order;
    this.orderTargetPresses = 0;
  }

  private clearOrders(): void {
    this.orderPresses = 0;
    this.orderTarget = null;
    this.orderPulse = false;
  }

  /** Whether this tick's intent carries an order press (one tick on, at least one off). */
  private nextOrderPulse(): boolean {
    let press = false;
    if (!this.orderPulse) {
      if (this.orderPresses > 0) {
        this.orderPresses--;
        press = true;
      } else if (this.orderTarget !== null) {
        const now = this.groupOrder?.() ?? null;
        const left = now === null ? 0 : pressesToReach(now, this.orderTarget);
        // Reached, no group, or the sim did not follow (it never will): stop pressing.
        if (left === 0 || this.orderTargetPresses >= ORDER_COUNT - 1) this.orderTarget = null;
        else {
          this.orderTargetPresses++;
          press = true;
        }
      }
    }
    this.orderPulse = press;
    return press;
  }

  /** The page lost the player's attention: release everything and ask for a pause. */
  pageLeft(source: 'hidden' | 'blur'): void {
    this.releaseAll();
    this.emitUi('pause', source);
  }

  /** One merged Intent for this sim tick. Call once per tick. */
  sample(out: Intent): Intent {
    heldActions(this.codeMap, this.heldCodes, this.tappedCodes, this.actions);
    this.tappedCodes.clear();
    const kb = keyboardIntent(this.actions, this.kb);

    let mx = kb.moveX;
    let my = kb.moveY;
    let run = kb.run;
    let spray = kb.spray || this.mouseSpray || this.mouseSprayTapped;
    this.mouseSprayTapped = false;
    let interact = kb.interact;
    let throwing = kb.throw;
    let drop = kb.drop === true;
    let ax = 0;
    let ay = 0;

    const stick = this.stick.read(this.stickRead);
    mx += stick.moveX;
    my += stick.moveY;
    run = run || stick.run;
    const sprayTouch = this.sprayPad.button.consume();
    spray = spray || sprayTouch;
    const presses = this.interactPresses + this.interactButton.takePresses();
    this.interactPresses = 0;
    interact = this.interactButton.consume() || interact || presses > 0;
    throwing = this.throwButton.consume() || throwing;
    drop = this.dropButton.consume() || drop;

    if (this.pad) {
      const gp = gamepadIntent(this.pad, this.gp, !(this.phoneAsking?.() ?? false));
      mx += gp.moveX;
      my += gp.moveY;
      run = run || gp.run;
      spray = spray || gp.spray;
      interact = interact || gp.interact;
      throwing = throwing || gp.throw;
      drop = drop || gp.drop === true;
      ax = gp.aimX;
      ay = gp.aimY;
    }

    const touchAim = this.sprayPad.aim(this.aimRead);
    if (touchAim.x !== 0 || touchAim.y !== 0) {
      ax = touchAim.x;
      ay = touchAim.y;
    } else if (ax === 0 && ay === 0 && this.mouseAim) {
      this.mouseIdleSamples++;
      // Keyboard-only play after a stray mouse nudge goes back to aiming where you walk.
      if (this.mouseIdleSamples > MOUSE_AIM_IDLE_SAMPLES && (kb.moveX !== 0 || kb.moveY !== 0) && !this.mouseSpray) {
        this.mouseAim = false;
      } else {
        const origin = this.aimOrigin?.() ?? null;
        if (origin) {
          ax = this.mouseX - origin.x;
          ay = this.mouseY - origin.y;
          if (Math.hypot(ax, ay) < 4) ax = ay = 0;
        }
      }
    }

    const len = Math.hypot(mx, my);
    if (len > 1) {
      mx /= len;
      my /= len;
    }
    out.moveX = mx;
    out.moveY = my;
    out.aimX = ax;
    out.aimY = ay;
    out.run = run;
    out.sneak = kb.sneak || (this.pad !== null && this.gp.sneak);
    out.spray = spray;
    out.interact = interact;
    out.interactPresses = presses;
    out.throw = throwing;
    out.drop = drop;
    // Absent means no press (as in intents from before orders existed): set only when it matters.
    const order = this.nextOrderPulse();
    if (order || out.order) out.order = order;
    // The phone: the flashlight is held while its key is down or for the one tick of a tap.
    out.flashlight = this.flashlightTap || this.phoneHeld.has(PHONE_KEYS.flashlight) || (this.pad !== null && button(this.pad, PAD_PHONE.flashlight) > 0.5);
    this.flashlightTap = false;
    out.holdBreath = this.holdBreathTouch || this.phoneHeld.has(PHONE_KEYS.holdBreath) || (this.pad !== null && button(this.pad, PAD_PHONE.holdBreath) >= PAD_TUNING.triggerPressed);
    out.reply = this.replyChosen;
    this.replyChosen = 0;
    return out;
  }

  /** Whether the mouse currently aims (the view draws the aim indicator then). */
  get mouseAiming(): boolean {
    return this.mouseAim;
  }

  get pointer(): ClientPoint {
    return { x: this.mouseX, y: this.mouseY };
  }
}
