import { defineConfig } from '@playwright/test';

// Each run gets its own database (dropped afterwards) and Redis key prefix, on ports that do not
// clash with a developer's `npm start`. The product is started by the same launcher as `npm start`.
const run = `${Date.now().toString(36)}${process.pid}`;
process.env.E2E_DATABASE_NAME ??= `camhs_e2e_${run}`; // for tests that look in the database; `??=` keeps the runner's name in workers, which reload this file
const apiPort = Number(process.env.E2E_API_PORT ?? 3310);
const webPort = Number(process.env.E2E_WEB_PORT ?? 4310);

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: '../../test-results/web-e2e',
  use: {
    baseURL: `http://127.0.0.1:${webPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node tools/dev/start.mjs',
    cwd: '../..',
    url: `http://127.0.0.1:${webPort}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      DATABASE_NAME: `camhs_e2e_${run}`,
      QUEUE_PREFIX: `e2e_${run}`,
      START_EPHEMERAL: '1',
      START_DEMO_DATA: '0', // the suites count rows in a fresh database
      // Every browser reaches the API through the dev-server proxy as 127.0.0.1; the suite signs in ~15 times.
      SIGN_IN_RATE_PER_MINUTE: '1000',
      START_SKIP_BUILD: process.env.E2E_SKIP_BUILD ?? '0',
      API_PORT: String(apiPort),
      WEB_PORT: String(webPort),
    },
  },
});
