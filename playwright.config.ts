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
    { name: 'root', use: { ...browser, baseURL: 'http://localhost:4322/' } },
    // Readers' paths and search again, with every URL under the base path.
    {
      name: 'base-path',
      use: { ...browser, baseURL: `http://localhost:4323${BASE_PATH}` },
      testMatch: ['navigation.spec.ts', 'search.spec.ts'],
    },
  ],
  // The production builds, served as built (npm test builds both before this runs).
  // --ignore-lock: two preview servers of one project side by side, in the foreground.
  webServer: [
    { command: 'astro preview --ignore-lock --port 4322', url: 'http://localhost:4322/' },
    {
      command: `astro preview --ignore-lock --port 4323 --outDir dist-base`,
      url: `http://localhost:4323${BASE_PATH}`,
      env: { BASE_PATH },
    },
  ],
});
