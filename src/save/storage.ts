/**
 * The bit of the Web Storage API the game uses, injected so saves can be tested in Node
 * and so a browser that refuses storage (private mode, disabled cookies) still plays.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** In-memory storage: tests, and the fallback when localStorage is unavailable. */
export class MemoryStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** What the player is told when saves will not outlive this visit. */
export const NOT_KEPT_NOTICE =
  "This browser is not keeping the game's saves (its storage is full or blocked): what you do now lasts until you close the game.";

/**
 * The browser's storage with a safety net. Reads go to the browser's storage, so storage
 * that is full or refuses writes still loads the saves; a write the browser refuses is
 * kept in memory for this visit instead (later reads see it), and `kept` turns false
 * with one call to the `onNotKept` listeners, so the game can tell the player.
 * A read the browser refuses still throws: the loaders must know a save could not be
 * read, so they never write defaults over it.
 */
export class SafeStorage implements KeyValueStorage {
  /** Values written this visit that the browser refused (null: a refused removal). */
  private readonly unsaved = new Map<string, string | null>();
  private keptSoFar = true;
  private readonly listeners = new Set<() => void>();

  /** `backing` null: no browser storage at all (everything lasts this visit only). */
  constructor(private readonly backing: KeyValueStorage | null) {
    if (!backing) this.keptSoFar = false;
  }

  /** False once a write was refused or there is no storage: saves last this visit only. */
  get kept(): boolean {
    return this.keptSoFar;
  }

  getItem(key: string): string | null {
    if (this.unsaved.has(key)) return this.unsaved.get(key) ?? null;
    return this.backing ? this.backing.getItem(key) : null;
  }

  setItem(key: string, value: string): void {
    this.write(key, value, () => this.backing!.setItem(key, value));
  }

  removeItem(key: string): void {
    this.write(key, null, () => this.backing!.removeItem(key));
  }

  /** Calls `listener` once when saves stop being kept (at once if they already are not). */
  onNotKept(listener: () => void): void {
    if (!this.keptSoFar) listener();
    else this.listeners.add(listener);
  }

  /** Records that the browser refused a write (the start-up probe, or a real save). */
  markNotKept(): void {
    if (!this.keptSoFar) return;
    this.keptSoFar = false;
    for (const l of [...this.listeners]) l();
    this.listeners.clear();
  }

  private write(key: string, value: string | null, attempt: () => void): void {
    if (this.backing) {
      try {
        attempt();
        this.unsaved.delete(key);
        return;
      } catch {
        // Full or blocked: fall through and keep it for this visit.
      }
    }
    this.unsaved.set(key, value);
    this.markNotKept();
  }
}

/**
 * Reads a key; `undefined` when the storage refused to read (then nothing may be
 * written over that save: it may be fine, we just could not see it).
 */
export function tryRead(storage: Pick<KeyValueStorage, 'getItem'> | null, key: string): string | null | undefined {
  if (!storage) return null;
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

/**
 * True when `text` is a save from a newer version of the game (a higher `version`), e.g.
 * an updated tab next to an old one: this version can neither use nor overwrite it.
 */
export function fromNewerGame(text: string | null | undefined, version: number): boolean {
  if (typeof text !== 'string') return false;
  try {
    const saved = (JSON.parse(text) as { version?: unknown } | null)?.version;
    return typeof saved === 'number' && saved > version;
  } catch {
    return false;
  }
}

/** Whether a save may be written over what `tryRead` returned: not when it could not be read, nor over a newer game's save. */
export function mayOverwrite(text: string | null | undefined, version: number): boolean {
  return text !== undefined && !fromNewerGame(text, version);
}

let shared: SafeStorage | null = null;

/**
 * The game's one storage: window.localStorage behind a SafeStorage. A failed probe write
 * (quota full, write-blocked) no longer hides the existing saves: they are still read,
 * and the storage reports that new progress is not kept. No localStorage at all (private
 * mode, disabled cookies, Node): memory only.
 */
export function browserStorage(): SafeStorage {
  if (shared) return shared;
  let local: Storage | null = null;
  try {
    local = typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    local = null;
  }
  shared = new SafeStorage(local);
  if (local) {
    try {
      const probe = '__lp_probe__';
      local.setItem(probe, '1');
      local.removeItem(probe);
    } catch {
      shared.markNotKept();
    }
  }
  return shared;
}

/**
 * Calls `onChange` when another tab of the game changes `key` (the browser's `storage`
 * event, which fires only in the other tabs). Returns the function that stops listening.
 */
export function watchOtherTabs(key: string, onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const handler = (e: StorageEvent): void => {
    // key null: the other tab cleared all storage.
    if (e.key === key || e.key === null) onChange();
  };
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
}
