/**
 * Keyboard actions and their key bindings, by physical key position (`KeyboardEvent.code`),
 * so WASD stays under the left hand on AZERTY and QWERTZ keyboards too.
 * Pure data and functions: the settings screen, the saved settings and the keyboard
 * mapper all share them.
 */

/** Every rebindable keyboard action, in the order the settings screen lists them. */
export const ACTIONS = [
  'moveUp',
  'moveDown',
  'moveLeft',
  'moveRight',
  'run',
  'sneak',
  'spray',
  'interact',
  'throw',
  'order',
  'drop',
  'pause',
  'mute',
] as const;

export type Action = (typeof ACTIONS)[number];

/** How many keys one action may have (a primary and an alternative). */
export const KEYS_PER_ACTION = 2;

/** Action -> bound codes (0..KEYS_PER_ACTION of them). A code belongs to at most one action. */
export type Bindings = Record<Action, string[]>;

export const ACTION_LABELS: Record<Action, string> = {
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveLeft: 'Move left',
  moveRight: 'Move right',
  run: 'Run',
  sneak: 'Sneak',
  spray: 'Spray',
  interact: 'Use',
  throw: 'Throw',
  // Cycles Follow / Wait / Hide; short, so it fits the settings row on a 360 px phone.
  order: 'Ally orders',
  drop: 'Drop loot',
  pause: 'Pause',
  mute: 'Mute',
};

const DEFAULTS: Readonly<Record<Action, readonly string[]>> = {
  moveUp: ['KeyW', 'ArrowUp'],
  moveDown: ['KeyS', 'ArrowDown'],
  moveLeft: ['KeyA', 'ArrowLeft'],
  moveRight: ['KeyD', 'ArrowRight'],
  run: ['ShiftLeft', 'ShiftRight'],
  sneak: ['KeyC'],
  spray: ['Space'],
  interact: ['KeyE'],
  throw: ['KeyQ'],
  // R for "rally": free on every layout we map, and the left hand reaches it from WASD.
  order: ['KeyR'],
  drop: ['KeyG'],
  pause: ['Escape', 'KeyP'],
  mute: ['KeyM'],
};

/**
 * Actions added after settings were first saved. A save without one of them is still good:
 * `withAddedActions` gives it the default keys that the save does not already use elsewhere.
 */
export const ADDED_ACTIONS: readonly Action[] = ['order', 'drop'];

/**
 * Completes bindings saved before some actions existed: each missing action of
 * ADDED_ACTIONS gets its default keys, minus any the player already bound to something else
 * (so a player who put Throw on R keeps it, and Orders waits for a key in Settings).
 */
export function withAddedActions(saved: Partial<Record<Action, string[]>>): Bindings {
  const used = new Set<string>();
  for (const a of ACTIONS) for (const code of saved[a] ?? []) used.add(code);
  const b = {} as Bindings;
  for (const a of ACTIONS) {
    const own = saved[a];
    b[a] = own ? [...own] : DEFAULTS[a].filter((code) => !used.has(code));
    for (const code of b[a]) used.add(code);
  }
  return b;
}

/**
 * The phone's keys (chapter 3): fixed, not rebindable, so settings saved before the phone
 * existed stay valid; a key the player bound to an action keeps that action.
 */
export const PHONE_KEYS = {
  flashlight: 'KeyF',
  holdBreath: 'KeyB',
  replies: ['Digit1', 'Digit2', 'Digit3'],
} as const;

/** A fresh copy of the default bindings (callers may mutate it). */
export function defaultBindings(): Bindings {
  const b = {} as Bindings;
  for (const a of ACTIONS) b[a] = [...DEFAULTS[a]];
  return b;
}

export function cloneBindings(b: Bindings): Bindings {
  const c = {} as Bindings;
  for (const a of ACTIONS) c[a] = [...b[a]];
  return c;
}

/** A `KeyboardEvent.code`-shaped string ("KeyW", "ArrowUp", "Numpad5", "Backquote"). */
export function isKeyCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Za-z][A-Za-z0-9]{0,31}$/.test(code);
}

/** Code -> action lookup, built once per bindings change (the mapper reads it every tick). */
export function codeToAction(b: Bindings): Map<string, Action> {
  const map = new Map<string, Action>();
  for (const a of ACTIONS) for (const code of b[a]) if (!map.has(code)) map.set(code, a);
  return map;
}

export interface Conflict {
  code: string;
  actions: Action[];
}

/** Codes bound to more than one action (a valid set of bindings has none). */
export function findConflicts(b: Bindings): Conflict[] {
  const owners = new Map<string, Action[]>();
  for (const a of ACTIONS) {
    for (const code of b[a]) {
      const list = owners.get(code) ?? [];
      if (!list.includes(a)) list.push(a);
      owners.set(code, list);
    }
  }
  const out: Conflict[] = [];
  for (const [code, actions] of owners) if (actions.length > 1) out.push({ code, actions });
  return out;
}

export interface RebindResult {
  bindings: Bindings;
  /** The action that already had this key, if any (it lost the key, or got the old one in exchange). */
  displaced: Action | null;
  /** The key the displaced action received in exchange (null: it just lost the key). */
  swappedIn: string | null;
  /** A sentence for the settings screen; empty when nothing needs saying. */
  message: string;
}

/**
 * Binds `code` to `action` in key slot `slot` (0 primary, 1 alternative). If another action
 * already used that key, the two swap keys (so nothing silently ends up unbound when it can
 * be avoided) and the conflict is reported. Returns new bindings; the input is not changed.
 */
export function rebind(b: Bindings, action: Action, slot: number, code: string): RebindResult {
  const next = cloneBindings(b);
  const own = next[action];
  // Already this action's key (in either slot): nothing changes.
  if (own.includes(code)) return { bindings: next, displaced: null, swappedIn: null, message: '' };
  const s = Math.max(0, Math.min(KEYS_PER_ACTION - 1, Math.floor(slot)));
  const previous = s < own.length ? own[s] : null;

  let displaced: Action | null = null;
  let swappedIn: string | null = null;
  for (const other of ACTIONS) {
    if (other === action) continue;
    const i = next[other].indexOf(code);
    if (i < 0) continue;
    displaced = other;
    if (previous !== null && !next[other].includes(previous)) {
      next[other][i] = previous;
      swappedIn = previous;
    } else {
      next[other].splice(i, 1);
    }
  }
  if (s < own.length) own[s] = code;
  else own.push(code);

  let message = '';
  if (displaced) {
    const name = ACTION_LABELS[displaced];
    message = swappedIn
      ? `${keyLabel(code)} was used by ${name}; ${name} now uses ${keyLabel(swappedIn)}.`
      : `${keyLabel(code)} was used by ${name}; it was removed there.`;
    if (next[displaced].length === 0) message += ` ${name} has no key now.`;
  }
  return { bindings: next, displaced, swappedIn, message };
}

/** Removes the key in `slot` from `action`. */
export function unbind(b: Bindings, action: Action, slot: number): Bindings {
  const next = cloneBindings(b);
  if (slot >= 0 && slot < next[action].length) next[action].splice(slot, 1);
  return next;
}

const NAMED: Record<string, string> = {
  ArrowUp: '\u2191',
  ArrowDown: '\u2193',
  ArrowLeft: '\u2190',
  ArrowRight: '\u2192',
  ShiftLeft: 'L-Shift',
  ShiftRight: 'R-Shift',
  ControlLeft: 'L-Ctrl',
  ControlRight: 'R-Ctrl',
  AltLeft: 'L-Alt',
  AltRight: 'R-Alt',
  MetaLeft: 'L-Meta',
  MetaRight: 'R-Meta',
  Space: 'Space',
  Escape: 'Esc',
  Enter: 'Enter',
  Backspace: 'Backspace',
  Tab: 'Tab',
  CapsLock: 'Caps',
  Backquote: '`',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Quote: "'",
  Comma: ',',
  Period: '.',
  Slash: '/',
};

/**
 * A short label for a code, as printed on a US keyboard. `layoutLabels` (from
 * `navigator.keyboard.getLayoutMap()` where the browser offers it) gives the label of the
 * player's own layout, e.g. 'Z' for KeyW on AZERTY.
 */
export function keyLabel(code: string, layoutLabels?: ReadonlyMap<string, string>): string {
  const own = layoutLabels?.get(code);
  if (own && own.trim() !== '') return own.length === 1 ? own.toUpperCase() : own;
  if (NAMED[code]) return NAMED[code];
  if (code.startsWith('Key') && code.length === 4) return code.slice(3);
  if (code.startsWith('Digit') && code.length === 6) return code.slice(5);
  if (code.startsWith('Numpad')) return `Num ${code.slice(6)}`;
  return code;
}
