import type { World } from './world';

/**
 * A deep copy of the world's state for checkpoints: typed arrays, arrays and plain
 * objects are copied; the static level data is shared (it never changes). Restoring a
 * checkpoint is `cloneWorld(saved)` again, so the saved copy stays pristine.
 */
export function cloneWorld(world: World): World {
  return cloneValue(world, world.level) as World;
}

function cloneValue(value: unknown, shared: unknown): unknown {
  if (value === null || typeof value !== 'object' || value === shared) return value;
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): unknown }).slice();
  if (Array.isArray(value)) return value.map((v) => cloneValue(v, shared));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    throw new Error(`cloneWorld: cannot copy a ${(value as object).constructor?.name ?? 'class instance'}; keep sim state plain data`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = cloneValue(v, shared);
  return out;
}
