import type { Device, InputRouter } from '../input/inputRouter';
import { PHONE_KEYS } from '../input/bindings';
import type { PhoneModel } from './phoneModel';

/**
 * The button hints the phone's controls show on the device in use: keys on a keyboard
 * ("F", "1"), the pad's buttons ("Y", the d-pad's arrows, "LT"), none on touch (the
 * buttons themselves are what you tap). Empty: no hint.
 */
export function phoneHints(device: Device): { flashlight: string; breath: string; replies: readonly string[] } {
  if (device === 'touch') return { flashlight: '', breath: '', replies: ['', '', ''] };
  if (device === 'gamepad') return { flashlight: 'Y', breath: 'LT', replies: ['\u25c0', '\u25b2', '\u25b6'] };
  return { flashlight: keyName(PHONE_KEYS.flashlight), breath: keyName(PHONE_KEYS.holdBreath), replies: PHONE_KEYS.replies.map(keyName) };
}

/**
 * The phone over the game (chapter 3): a DOM panel, top right, like the watch controls,
 * so it takes real taps and clicks and reads the same in Canvas and WebGL. It shows the
 * battery, the flashlight switch, the latest chat lines and the replies to the open
 * question (each a button, with its key, pad button or nothing on touch: phoneHints), and a
 * hold-breath button (held). Dead, it is a black screen that says so. Buttons feed the
 * InputRouter, which puts them in the Intent. The chat folds away (the Chat button; folded
 * from the start on narrow screens, where it would cover the corridor) and says when a
 * message came meanwhile; the replies show even folded. Its CSS is in src/styles/page.css (#phone).
 */
export class PhonePanel {
  private readonly root: HTMLDivElement;
  private readonly battery: HTMLSpanElement;
  private readonly light: HTMLButtonElement;
  private readonly chat: HTMLDivElement;
  private readonly replies: HTMLDivElement;
  private readonly breath: HTMLButtonElement;
  private readonly fold: HTMLButtonElement;
  private shown = '';
  private lastChat = '';
  private folded: boolean;

  constructor(private readonly router: InputRouter) {
    const root = document.createElement('div');
    root.id = 'phone';
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', 'Phone');
    const top = document.createElement('div');
    top.className = 'phone-top';
    this.battery = document.createElement('span');
    this.battery.className = 'phone-battery';
    this.light = this.button('phone-light', () => this.router.phoneButton('flashlight'));
    this.light.dataset.phone = 'flashlight';
    this.folded = typeof window !== 'undefined' && window.matchMedia?.('(max-width: 600px)').matches === true;
    this.fold = this.button('phone-fold', () => {
      this.folded = !this.folded;
      this.shown = '';
      this.fold.classList.remove('unread');
    });
    this.fold.dataset.phone = 'fold';
    top.append(this.battery, this.fold, this.light);
    this.chat = document.createElement('div');
    this.chat.className = 'phone-chat';
    this.chat.setAttribute('aria-live', 'polite');
    this.replies = document.createElement('div');
    this.replies.className = 'phone-replies';
    this.breath = document.createElement('button');
    this.breath.type = 'button';
    this.breath.className = 'phone-breath';
    this.breath.dataset.phone = 'breath';
    const hold = (down: boolean) => (e: PointerEvent) => {
      e.preventDefault();
      e.stopPropagation();
      this.router.holdBreathButton(down);
      if (down) this.breath.setPointerCapture?.(e.pointerId);
    };
    this.breath.addEventListener('pointerdown', hold(true));
    this.breath.addEventListener('pointerup', hold(false));
    this.breath.addEventListener('pointercancel', hold(false));
    root.append(top, this.chat, this.replies, this.breath);
    // Taps on the phone are not the touch stick's or the spray pad's.
    root.addEventListener('pointerdown', stop);
    document.body.appendChild(root);
    this.root = root;
  }

  private button(cls: string, onPress: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.addEventListener('pointerdown', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onPress();
    });
    return b;
  }

  /** Redraws from the model (only what changed). Null hides the panel. */
  update(m: PhoneModel | null): void {
    this.root.style.display = m ? '' : 'none';
    if (!m) return;
    const device = this.router.lastDevice;
    const key = JSON.stringify(m) + device + this.folded;
    if (key === this.shown) return;
    this.shown = key;
    const hints = phoneHints(device);
    const hint = (h: string) => (h ? ` (${h})` : '');
    this.root.classList.toggle('dead', m.dead);
    this.root.classList.toggle('folded', this.folded);
    // A message while folded: the Chat button says so until it is opened.
    const chat = m.chat.join('\n');
    if (chat !== this.lastChat && this.folded && m.chat.length > 0) this.fold.classList.add('unread');
    this.lastChat = chat;
    this.fold.textContent = this.folded ? 'Chat \u25be' : 'Chat \u25b4';
    this.fold.setAttribute('aria-expanded', String(!this.folded));
    this.battery.textContent = m.dead ? 'Phone dead: 0%' : `Battery ${m.battery}%`;
    this.battery.classList.toggle('low', m.low);
    this.light.textContent = `Light ${m.flashlight ? 'ON' : 'off'}${hint(hints.flashlight)}`;
    this.light.classList.toggle('on', m.flashlight);
    this.light.disabled = m.dead;
    this.chat.replaceChildren(...m.chat.map((line) => div('phone-line', line)));
    this.replies.replaceChildren(
      ...m.replies.map((text, k) => {
        const b = this.button('phone-reply', () => this.router.phoneButton(`reply${k + 1}` as 'reply1'));
        b.dataset.phone = `reply${k + 1}`;
        const h = hints.replies[k] ?? '';
        b.textContent = h ? `${h}  ${text}` : text;
        return b;
      }),
    );
    this.breath.textContent = `Hold breath${hint(hints.breath)}`;
    this.breath.style.display = m.breathing ? '' : 'none';
    this.breath.classList.toggle('on', m.holdingBreath);
  }

  destroy(): void {
    this.root.remove();
  }
}

function div(cls: string, text: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = cls;
  d.textContent = text;
  return d;
}

/** 'KeyF' -> 'F', 'Digit1' -> '1'. */
function keyName(code: string): string {
  return code.replace(/^Key|^Digit/, '');
}

function stop(e: Event): void {
  e.stopPropagation();
}
