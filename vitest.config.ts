import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/unit needs only the content; tests/build reads dist/ and runs builds of broken content.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Builds of broken content run one after another: two Astro builds at once would compete for 2 cores.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
