// Checks the built dist/ against budgets.json and prints a table; exits non-zero when a
// figure is over its limit, so `npm run build` and `npm test` fail on a slower first load.
// Run after `vite build` with tsx loaded (it reads the common pack from src/assets):
//   node --import tsx scripts/budgets.mjs
// "Before the title" is what a first visit fetches until the title shows: index.html, its
// scripts, module preloads, stylesheets and icons, the chunks the entry needs before the
// title (scripts/firstLoad.ts: static imports, and the import()s budgets.json's
// loadedBeforeTitle names), then the Preload scene's common pack (images and sheets). The
// common sounds are not counted: they are fetched on the player's first gesture
// (src/audio/gameAudio.ts, startOnGesture).
// Text files count gzipped (as a static host serves them), binary files as they are.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = 'dist';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const { COMMON_PACK } = await import('../src/assets/packs.ts');
const { IMAGES, SHEETS } = await import('../src/assets/manifest.ts');
const { firstLoadFiles } = await import('./firstLoad.ts');

const { scripts, others } = firstLoadFiles(DIST, budgets.loadedBeforeTitle);
const pack = [
  ...COMMON_PACK.images.map((k) => IMAGES[k]),
  ...COMMON_PACK.sheets.map((k) => SHEETS[k].url),
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

if (process.env.BUDGETS_LIST) console.log(firstLoad.join("\n"));
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
