// End-to-end tests: the built dist/ in headless Chromium (Debian's, never a downloaded one).
// Two servers: dist/ (the demo page and the single file) and the test host pages, on another
// port, so the single file is loaded cross-origin as a site owner would.
import { defineConfig } from '@playwright/test';

export const DIST = 'http://127.0.0.1:5173';
export const HOSTS = 'http://127.0.0.1:5174';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: DIST,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    { command: 'node scripts/serve.mjs dist 5173', url: `${DIST}/index.html`, reuseExistingServer: false },
    { command: 'node scripts/serve.mjs tests/e2e/hosts 5174', url: `${HOSTS}/plain.html`, reuseExistingServer: false },
  ],
});
