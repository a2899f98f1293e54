import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/unit needs only the content; tests/build reads dist/ and runs builds of broken content.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
