// Checks the built dist/ against budgets.json and prints a table; exits non-zero when a
// figure is over its limit, so `npm run build` and `npm test` fail on a slower first load.
// Run after `vite build` with tsx loaded (it reads the common pack from src/assets):
//   node --import tsx scripts/budgets.mjs
// "Before the title" is what a first visit fetches until the title shows: index.html, its
// scripts, module preloads, stylesheets and icons, then the Preload scene's common pack
// (images and sheets, and the first format of each common sound: Howler starts those then).
// Text files count gzipped (as a static host serves them), binary files as they are.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = 'dist';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const { COMMON_PACK } = await import('../src/assets/packs.ts');
const { IMAGES, SHEETS, AUDIO } = await import('../src/assets/manifest.ts');

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
const scripts = [];
const others = [];
for (const t of tags) {
  if (t.startsWith('<script')) {
    const src = attr(t, 'src');
    if (src) scripts.push(src);
  } else {
    const rel = attr(t, 'rel');
    const href = attr(t, 'href');
    if (!href) continue;
    if (rel === 'modulepreload') scripts.push(href);
    else if (rel === 'stylesheet' || rel === 'icon' || rel === 'manifest') others.push(href);
  }
}
const audioUrl = (key) => (AUDIO[key] ?? AUDIO.music[key])[0];
const pack = [
  ...COMMON_PACK.images.map((k) => IMAGES[k]),
  ...COMMON_PACK.sheets.map((k) => SHEETS[k].url),
  ...COMMON_PACK.audio.map(audioUrl),
];

const isText = (f) => /\.(html|js|mjs|css|json|webmanifest|svg)$/.test(f);
function transferBytes(rel) {
  const file = join(DIST, rel.replace(/^\.?\//, ''));
  if (!existsSync(file)) throw new Error(`budgets: ${rel} is named by the first load but not in ${DIST}/`);
  const data = readFileSync(file);
  return isText(file) ? gzipSync(data).length : data.length;
}

const jsGzip = scripts.reduce((n, f) => n + transferBytes(f), 0);
const firstLoad = ['index.html', ...scripts, ...others, ...pack];
const firstLoadBytes = firstLoad.reduce((n, f) => n + transferBytes(f), 0);
const maps = [];
(function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.map')) maps.push(p);
  }
})(DIST);

const rows = [
  ['first-load JS (gzip)', jsGzip, budgets.firstLoadJsGzipBytes, 'bytes'],
  ['first-load bytes before the title', firstLoadBytes, budgets.firstLoadBytes, 'bytes'],
  ['requests before the title', firstLoad.length, budgets.requestsBeforeTitle, ''],
  ['source maps in dist/', maps.length, 0, ''],
];
const kb = (n, unit) => (unit === 'bytes' ? `${(n / 1024).toFixed(1)} KiB` : String(n));
let over = 0;
console.log('\nBudgets (budgets.json)');
console.log(`${'figure'.padEnd(36)}${'now'.padStart(14)}${'limit'.padStart(14)}  `);
for (const [name, now, limit, unit] of rows) {
  const bad = now > limit;
  if (bad) over++;
  console.log(`${name.padEnd(36)}${kb(now, unit).padStart(14)}${kb(limit, unit).padStart(14)}  ${bad ? 'OVER' : 'ok'}`);
}
if (over) {
  console.error(`\n${over} budget(s) exceeded: make the first load smaller, or raise the limit in budgets.json with a reason.`);
  process.exit(1);
}
