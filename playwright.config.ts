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

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'root', use: { ...browser, baseURL: 'http://localhost:4322/' }, testIgnore: ['every-page.spec.ts', 'served.spec.ts'] },
    // The site as published: nginx serving dist-base/ under the base path, with its headers. Every
    // page is checked here; readers' paths and search run again with every URL under the base path.
    {
      name: 'nginx',
      use: { ...browser, baseURL: `http://127.0.0.1:4323${BASE_PATH}` },
      testMatch: ['every-page.spec.ts', 'served.spec.ts', 'navigation.spec.ts', 'search.spec.ts'],
    },
  ],
  // The production builds (npm test builds both before this runs): dist/ by astro preview (--ignore-lock
  // keeps it in the foreground), dist-base/ by Debian's nginx with a config of deploy/nginx.conf.
  webServer: [
    { command: 'astro preview --ignore-lock --port 4322', url: 'http://localhost:4322/' },
    {
      command: `node scripts/serve-nginx.mjs dist-base ${BASE_PATH} 4323`,
      url: `http://127.0.0.1:4323${BASE_PATH}`,
      // SIGTERM lets the script stop nginx and remove its temporary prefix.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 },
    },
  ],
});
