/**
 * What a first visit fetches from a build before the title shows, read from dist/:
 * index.html's scripts, module preloads, stylesheets, icons and manifest, and every chunk
 * the entry needs, from Vite's manifest (build.manifest): static imports are followed
 * transitively; an `import()` only where its module is one of `loadedBeforeTitle`
 * (budgets.json: the game the entry starts after the first paint, the update checker the
 * title asks for as it opens). Any other import() (a chapter's story, the ink runner,
 * Phaser's tilemaps for ?mapDraw=tiles) waits for the player and is not counted.
 * scripts/budgets.mjs sizes this list; e2e/firstLoad.spec.ts reaches the title with no
 * other script allowed, so a chunk the title needs cannot go uncounted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** dist/.vite/manifest.json, or dist-maps/.vite/manifest.json once scripts/move-maps.mjs has moved it. */
function readManifest(dist: string): Record<string, ManifestChunk> {
  for (const file of [join(dist, '.vite/manifest.json'), join(`${dist}-maps`, '.vite/manifest.json')]) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  }
  throw new Error(`firstLoad: no Vite manifest in ${dist}/.vite or ${dist}-maps/.vite (build.manifest in vite.config.ts)`);
}

/** A manifest key names `module` when it is that path or ends with it (keys of virtual and linked modules carry a relative prefix). */
const names = (key: string, module: string) => key === module || key.endsWith(`/${module}`);

/**
 * The first load's files, relative to `dist` (no leading "./"): `scripts` (JS) and
 * `others` (index.html's stylesheets, icons and manifest). Throws when a module of
 * `loadedBeforeTitle` is not in the build (a stale list would count nothing for it).
 */
export function firstLoadFiles(dist: string, loadedBeforeTitle: readonly string[]): { scripts: string[]; others: string[] } {
  const manifest = readManifest(dist);
  for (const module of loadedBeforeTitle) {
    if (!Object.keys(manifest).some((k) => names(k, module))) throw new Error(`firstLoad: ${module} (budgets.json loadedBeforeTitle) is not a chunk of this build`);
  }
  const norm = (f: string) => f.replace(/^\.?\//, '');
  const scripts: string[] = [];
  const others: string[] = [];
  const add = (list: string[], f: string) => {
    if (!scripts.includes(norm(f)) && !others.includes(norm(f))) list.push(norm(f));
  };

  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  for (const t of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    if (t.startsWith('<script')) {
      const src = attr(t, 'src');
      if (src) add(scripts, src);
    } else {
      const rel = attr(t, 'rel');
      const href = attr(t, 'href');
      if (!href) continue;
      if (rel === 'modulepreload') add(scripts, href);
      else if (rel === 'stylesheet' || rel === 'icon' || rel === 'manifest') add(others, href);
    }
  }

  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    add(scripts, chunk.file);
    for (const css of chunk.css ?? []) add(others, css);
    for (const k of chunk.imports ?? []) visit(k);
    for (const k of chunk.dynamicImports ?? []) if (loadedBeforeTitle.some((m) => names(k, m))) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return { scripts, others };
}
