import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// base: './' makes every asset URL relative, so dist/ works from any sub-path of a
// static host (https://example.org/games/last-period/ as well as the root).
export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    // Maps are written (for debugging a report from the field) but not linked from the JS;
    // scripts/move-maps.mjs moves them out of dist/ into dist-maps/, kept apart from what ships.
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Phaser in its own chunk: its hashed name changes only when Phaser does, so a
        // returning player's browser keeps it cached across game updates.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
