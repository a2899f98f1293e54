import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { BASE, DIST } from './tests/helpers/built';

// Debian's Chromium where it is installed (this machine and CI); Playwright's own browser elsewhere.
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

// E2E_PORT moves the server, so that two checkouts can run the tests at once.
const port = Number(process.env['E2E_PORT'] ?? 4323);
const site = `http://127.0.0.1:${port}${BASE}`;

// One project: the site as published — the production build under its base path (npm run build:base),
// served by Debian's nginx with the headers of deploy/nginx.conf. Every spec runs once, against it.
export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: site,
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath && { executablePath }),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  webServer: {
    command: `node scripts/serve-nginx.mjs ${DIST} ${BASE} ${port}`,
    url: site,
    // SIGTERM lets the script stop nginx and remove its temporary prefix.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
  },
});
