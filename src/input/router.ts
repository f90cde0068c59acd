import * as Phaser from 'phaser';
import type { Intent } from '../sim/intent';

/**
 * Turns devices into one Intent per sim tick. Foundation version: keyboard by physical
 * key position (`event.code`, so AZERTY and QWERTZ work) and a floating touch stick on
 * the left half of the screen. Scenes never read devices directly; they call sample().
 */
export type UiAction = 'pause' | 'mute';

const MOVE: Record<string, [number, number]> = {
  KeyW: [0, -1], ArrowUp: [0, -1],
  KeyS: [0, 1], ArrowDown: [0, 1],
  KeyA: [-1, 0], ArrowLeft: [-1, 0],
  KeyD: [1, 0], ArrowRight: [1, 0],
};
const GAME_CODES = new Set([...Object.keys(MOVE), 'ShiftLeft', 'ShiftRight', 'KeyC', 'Space', 'KeyE', 'KeyQ', 'Escape', 'KeyP', 'KeyM']);
const ACTION_BY_CODE: Record<string, UiAction> = { Escape: 'pause', KeyP: 'pause', KeyM: 'mute' };

/** Stick radius in CSS pixels; a push past RUN_FRACTION of it runs. */
const STICK_RADIUS = 56;
const RUN_FRACTION = 0.85;

export class InputRouter {
  private readonly held = new Set<string>();
  private readonly actionListeners: ((a: UiAction) => void)[] = [];
  private stickPointer = -1;
  private stickOriginX = 0;
  private stickOriginY = 0;
  private stickX = 0;
  private stickY = 0;
  private readonly stickGfx: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene) {
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('keyup', this.onKeyUp);
    window.addEventListener('blur', this.releaseAll);
    scene.input.on('pointerdown', this.onPointerDown);
    scene.input.on('pointermove', this.onPointerMove);
    scene.input.on('pointerup', this.onPointerUp);
    scene.input.on('pointerupoutside', this.onPointerUp);
    this.stickGfx = scene.add.graphics().setScrollFactor(0).setDepth(1000);
  }

  onAction(listener: (a: UiAction) => void): void {
    this.actionListeners.push(listener);
  }

  /** Fills `into` with what the devices say right now. */
  sample(into: Intent): Intent {
    let mx = 0;
    let my = 0;
    for (const code of this.held) {
      const m = MOVE[code];
      if (m) {
        mx += m[0];
        my += m[1];
      }
    }
    mx = Math.sign(mx);
    my = Math.sign(my);
    let run = this.held.has('ShiftLeft') || this.held.has('ShiftRight');
    if (this.stickPointer >= 0) {
      const len = Math.hypot(this.stickX, this.stickY);
      if (len > 6) {
        const mag = Math.min(1, len / STICK_RADIUS);
        mx = (this.stickX / len) * mag;
        my = (this.stickY / len) * mag;
        run = run || mag >= RUN_FRACTION;
      }
    }
    into.moveX = mx;
    into.moveY = my;
    into.aimX = 0;
    into.aimY = 0;
    into.run = run;
    into.sneak = this.held.has('KeyC');
    into.spray = this.held.has('Space');
    into.interact = this.held.has('KeyE');
    into.throw = this.held.has('KeyQ');
    return into;
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('keyup', this.onKeyUp);
    window.removeEventListener('blur', this.releaseAll);
    this.scene.input.off('pointerdown', this.onPointerDown);
    this.scene.input.off('pointermove', this.onPointerMove);
    this.scene.input.off('pointerup', this.onPointerUp);
    this.scene.input.off('pointerupoutside', this.onPointerUp);
    this.stickGfx.destroy();
    this.held.clear();
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (!GAME_CODES.has(e.code)) return;
    e.preventDefault();
    if (e.repeat) return;
    this.held.add(e.code);
    const action = ACTION_BY_CODE[e.code];
    if (action) for (const l of this.actionListeners) l(action);
  };

  private readonly onKeyUp = (e: KeyboardEvent): void => {
    this.held.delete(e.code);
  };

  /** Forgets every held key and touch (after a pause, a retry, a lost focus). */
  readonly releaseAll = (): void => {
    this.held.clear();
    this.stickPointer = -1;
    this.drawStick();
  };

  private readonly onPointerDown = (p: Phaser.Input.Pointer): void => {
    if (!p.wasTouch || this.stickPointer >= 0) return;
    if (p.x > this.scene.scale.width / 2) return;
    this.stickPointer = p.id;
    this.stickOriginX = p.x;
    this.stickOriginY = p.y;
    this.stickX = 0;
    this.stickY = 0;
    this.drawStick();
  };

  private readonly onPointerMove = (p: Phaser.Input.Pointer): void => {
    if (p.id !== this.stickPointer) return;
    this.stickX = p.x - this.stickOriginX;
    this.stickY = p.y - this.stickOriginY;
    this.drawStick();
  };

  private readonly onPointerUp = (p: Phaser.Input.Pointer): void => {
    if (p.id !== this.stickPointer) return;
    this.stickPointer = -1;
    this.drawStick();
  };

  private drawStick(): void {
    const g = this.stickGfx;
    g.clear();
    if (this.stickPointer < 0) return;
    const len = Math.hypot(this.stickX, this.stickY);
    const k = len > STICK_RADIUS ? STICK_RADIUS / len : 1;
    g.lineStyle(3, 0xffffff, 0.35).strokeCircle(this.stickOriginX, this.stickOriginY, STICK_RADIUS);
    g.fillStyle(0xffffff, 0.45).fillCircle(this.stickOriginX + this.stickX * k, this.stickOriginY + this.stickY * k, 22);
  }
}
