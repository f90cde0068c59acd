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

/** window.localStorage when it works, else memory (progress then lasts for the session). */
export function browserStorage(): KeyValueStorage {
  try {
    const s = window.localStorage;
    const probe = '__lp_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return new MemoryStorage();
  }
}
