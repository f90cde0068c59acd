/**
 * Which of Phaser's source files a Phaser entry (src/boot/phaser.cjs) pulls in: its
 * `require`s followed transitively, the way the bundler does. vite.config.ts puts exactly
 * these files in the cached `phaser` chunk (a file only the tilemaps need stays with the
 * tilemaps' own chunk), and tests/boot/phaserEntry.test.ts reads what they register.
 * Phaser's sources are CommonJS with literal `require('...')` calls; the few behind a
 * feature switch (`if (typeof FEATURE_SOUND)`) are followed too, so this may name a file
 * the bundler then drops, never miss one it keeps. A package that is not installed is
 * skipped: Phaser requires one only behind a switch that is off (WEBGL_DEBUG's spector.js),
 * and were it really needed the build itself would fail on it.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PHASER_SRC = join(ROOT, 'node_modules/phaser/src');
const requireHere = createRequire(join(ROOT, 'package.json'));

/** A require() target as a real file path (symlinks resolved), or null when none. */
export function resolvePhaserRequire(spec: string, fromFile: string): string | null {
  let base: string;
  if (spec.startsWith('phaser/src/')) base = join(PHASER_SRC, spec.slice('phaser/src/'.length));
  else if (spec.startsWith('.')) base = resolve(dirname(fromFile), spec);
  else {
    try {
      return realpathSync(requireHere.resolve(spec));
    } catch {
      return null;
    }
  }
  for (const candidate of [base, `${base}.js`, join(base, 'index.js')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return realpathSync(candidate);
  }
  return null;
}

/** Every file `entry` requires, itself included, as real paths. Throws on a file of Phaser's (or a relative one) that does not resolve. */
export function phaserModuleFiles(entry: string): Set<string> {
  const seen = new Set<string>([realpathSync(entry)]);
  const todo = [...seen];
  while (todo.length > 0) {
    const file = todo.pop()!;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const target = resolvePhaserRequire(m[1], file);
      if (!target && !m[1].startsWith('.') && !m[1].startsWith('phaser/')) continue;
      if (!target) throw new Error(`phaserModules: ${file} requires ${m[1]}, which does not resolve`);
      if (!seen.has(target)) {
        seen.add(target);
        todo.push(target);
      }
    }
  }
  return seen;
}
