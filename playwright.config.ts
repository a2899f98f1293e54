import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (this machine and CI); Playwright's own browser elsewhere.
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath && { executablePath }),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  },
};

/** The site published under a sub-path, built into dist-base/ by `npm run build:base`. */
export const BASE_PATH = '/astrakhan-belarus/';

// Ports of the two servers; E2E_PORT moves both, so that two checkouts can run the tests at once.
const previewPort = Number(process.env['E2E_PORT'] ?? 4322);
const nginxPort = previewPort + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'root', use: { ...browser, baseURL: `http://localhost:${previewPort}/` }, testIgnore: ['every-page.spec.ts', 'served.spec.ts'] },
    // The site as published: nginx serving dist-base/ under the base path, with its headers. Every
    // page is checked here; readers' paths and search run again with every URL under the base path.
    {
      name: 'nginx',
      use: { ...browser, baseURL: `http://127.0.0.1:${nginxPort}${BASE_PATH}` },
      testMatch: ['every-page.spec.ts', 'served.spec.ts', 'navigation.spec.ts', 'search.spec.ts'],
    },
  ],
  // The production builds (npm test builds both before this runs): dist/ by astro preview (--ignore-lock
  // keeps it in the foreground), dist-base/ by Debian's nginx with a config of deploy/nginx.conf.
  webServer: [
    { command: `astro preview --ignore-lock --port ${previewPort}`, url: `http://localhost:${previewPort}/` },
    {
      command: `node scripts/serve-nginx.mjs dist-base ${BASE_PATH} ${nginxPort}`,
      url: `http://127.0.0.1:${nginxPort}${BASE_PATH}`,
      // SIGTERM lets the script stop nginx and remove its temporary prefix.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    },
  ],
});
