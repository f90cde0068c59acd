import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { APP_ICONS } from './src/assets/manifest';
import { inkPlugin } from './scripts/inkPlugin';
import { phaserModuleFiles } from './scripts/phaserModules';

const PHASER_ENTRY = fileURLToPath(new URL('./src/boot/phaser.cjs', import.meta.url));
const PHASER_FILES = phaserModuleFiles(PHASER_ENTRY);

// Phaser built from its own sources (src/boot/phaser.cjs): the feature switches its webpack
// build sets, with the same values. No Phaser sound system: Howler plays every sound
// (src/audio) and the game starts Phaser with audio.noAudio, so its sound managers were
// code evaluated for nothing.
const PHASER_SWITCHES = {
  'typeof CANVAS_RENDERER': JSON.stringify(true),
  'typeof WEBGL_RENDERER': JSON.stringify(true),
  'typeof WEBGL_DEBUG': JSON.stringify(false),
  'typeof FEATURE_SOUND': JSON.stringify(false),
};

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// base: './' makes every asset URL relative, so dist/ works from any sub-path of a
// static host (https://example.org/games/last-period/ as well as the root).
export default defineConfig({
  base: './',
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    ...PHASER_SWITCHES,
    // Phaser's sources are written for webpack, which provides `global`.
    global: 'globalThis',
  },
  resolve: {
    // The game's own Phaser entry from Phaser's sources instead of the prebuilt bundle: only
    // the objects, loaders and systems the game uses (no physics, sound, tilemaps, bitmap
    // text, video, meshes, shaders, ...), which is what a phone evaluates before the title.
    alias: [
      { find: /^phaser$/, replacement: PHASER_ENTRY },
      // Phaser's package exports only its prebuilt bundles; the entry reaches into its sources.
      { find: /^phaser\/src\//, replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)) },
    ],
  },
  plugins: [
    // The interludes' ink stories, compiled here in Node: players get JSON and the runtime only.
    inkPlugin(),
    // Offline and installable: a Workbox service worker that precaches the whole build
    // (code, art, both audio formats) on the first visit, and the web app manifest.
    VitePWA({
      // 'prompt': a new version waits until the player presses Reload on the title (src/pwa.ts),
      // never a reload in the middle of a chapter. src/pwa.ts registers the worker itself.
      registerType: 'prompt',
      injectRegister: null,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: './',
        name: 'Last Period',
        short_name: 'Last Period',
        description: 'Escape Daon High when the last class of the day goes wrong.',
        lang: 'en',
        // Relative to the manifest, which sits next to index.html: any sub-path works.
        start_url: './',
        scope: './',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#101014',
        theme_color: '#101014',
        icons: [
          { src: APP_ICONS.icon192, sizes: '192x192', type: 'image/png' },
          { src: APP_ICONS.icon512, sizes: '512x512', type: 'image/png' },
          { src: APP_ICONS.maskable512, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,webp,mp3,webm,json,webmanifest}'],
        globIgnores: ['**/*.map'],
        // Only Vite's hashed chunks may skip a revision: public/assets keeps its names when the art changes.
        dontCacheBustURLsMatching: /-[\w-]{8}\.js$/,
        sourcemap: false,
        // Phaser's chunk is over Workbox's 2 MiB default; the game is not playable without it.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // Any navigation (?peaceful=1, ?renderer=canvas, a sub-path) gets the cached page offline.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Maps are written (for debugging a report from the field) but not linked from the JS;
    // scripts/move-maps.mjs moves them out of dist/ into dist-maps/, kept apart from what ships.
    sourcemap: 'hidden',
    // .vite/manifest.json: which chunk holds which module and what it imports, statically or
    // with import(). scripts/budgets.mjs reads it to know what the first load fetches;
    // scripts/move-maps.mjs moves it out of dist/ with the maps (it never ships).
    manifest: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Phaser in its own chunk: its hashed name changes only when Phaser does, so a
        // returning player's browser keeps it cached across game updates.
        // Exactly the files the game's Phaser entry pulls in (scripts/phaserModules.ts): what
        // only the tilemaps use stays in their own chunk, loaded for ?mapDraw=tiles alone.
        codeSplitting: { groups: [{ name: 'phaser', test: (id: string) => PHASER_FILES.has(id.split('?')[0]) }] },
      },
    },
  },
  // The dev server pre-bundles the same entry (CommonJS, like Phaser's sources), with the
  // same switches: left as `typeof X` they read "undefined", a truthy string, and Phaser
  // would require spector.js for WEBGL_DEBUG and fail to start.
  optimizeDeps: { include: ['phaser'], rolldownOptions: { transform: { define: { ...PHASER_SWITCHES, global: 'globalThis' } } } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
