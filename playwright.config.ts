import { defineConfig } from '@playwright/test';

// End-to-end tests run against the production build (vite preview of dist/).
// LP_PORT lets several checkouts test at once; LP_CHROMIUM points at the browser.
const port = Number(process.env.LP_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}/`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two workers by default (one preview server serves both): the walks steer by the state,
  // not by timed key holds, and the whole suite passed twice in a row with two (7.7, 7.0 min
  // on the shared 2-core machine). LP_WORKERS=1 runs the specs one at a time.
  workers: Number(process.env.LP_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.LP_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--enable-unsafe-swiftshader',
      ],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
