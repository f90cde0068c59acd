import { buttonValue, type GamepadSnapshot } from './gamepadMapper';
import type { InputRouter } from './inputRouter';

/**
 * The thin browser side of the input layer: forwards keyboard (by `event.code`), mouse,
 * gamepad and page-visibility events to the InputRouter. Nothing here decides what an
 * input means. Returns a function that removes every listener.
 */
export function attachDomInput(router: InputRouter, canvas: HTMLCanvasElement): () => void {
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return; // browser shortcuts stay the browser's
    if (isTyping(e.target)) return;
    if (router.keyDown(e.code, e.repeat)) e.preventDefault();
  };
  const onKeyUp = (e: KeyboardEvent): void => router.keyUp(e.code);

  const onPointerMove = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse') router.mouseMove(e.clientX, e.clientY);
  };
  const onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button === 0) router.mouseButton(true, e.clientX, e.clientY);
  };
  const onPointerUp = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button === 0) router.mouseButton(false, e.clientX, e.clientY);
  };

  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') router.pageLeft('hidden');
  };
  const onBlur = (): void => router.pageLeft('blur');

  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerdown', onPointerDown);
  window.addEventListener('pointerup', onPointerUp);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('blur', onBlur);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('pointermove', onPointerMove);
    canvas.removeEventListener('pointerdown', onPointerDown);
    window.removeEventListener('pointerup', onPointerUp);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('blur', onBlur);
  };
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
}

const axes: number[] = [0, 0, 0, 0];
const buttons: number[] = new Array<number>(17).fill(0);
const snapshot: GamepadSnapshot = { axes, buttons };

/**
 * Reads the first connected gamepad into a reused snapshot (call once per frame).
 * Pads appear only after their first button press (a browser privacy rule).
 */
export function pollGamepad(): GamepadSnapshot | null {
  if (typeof navigator === 'undefined' || typeof navigator.getGamepads !== 'function') return null;
  let pads: (Gamepad | null)[];
  try {
    pads = navigator.getGamepads();
  } catch {
    return null; // a permissions policy may forbid gamepads
  }
  let pad: Gamepad | null = null;
  for (const p of pads) {
    if (p && p.connected && (p.mapping === 'standard' || pad === null)) {
      pad = p;
      if (p.mapping === 'standard') break;
    }
  }
  if (!pad) return null;
  axes.length = 0;
  for (const a of pad.axes) axes.push(a);
  buttons.length = 0;
  for (const b of pad.buttons) buttons.push(buttonValue(b.pressed, b.value));
  return snapshot;
}
