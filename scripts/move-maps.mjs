// Moves the source maps Vite writes (build.sourcemap: 'hidden') out of dist/ into
// dist-maps/, so the shipped site carries none (they were 12 MB) while a stack trace
// from a player can still be mapped back with the matching build's dist-maps/. Vite's
// manifest (dist/.vite/manifest.json, read by scripts/budgets.mjs) goes with them.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const dist = 'dist';
const out = 'dist-maps';
rmSync(out, { recursive: true, force: true });

let moved = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.map')) {
      const to = join(out, relative(dist, p));
      mkdirSync(dirname(to), { recursive: true });
      renameSync(p, to);
      moved++;
    }
  }
}
walk(dist);
if (existsSync(join(dist, '.vite'))) {
  mkdirSync(out, { recursive: true });
  renameSync(join(dist, '.vite'), join(out, '.vite'));
}
console.log(`source maps: ${moved} moved from ${dist}/ to ${out}/`);
