import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests/unit needs only the content; tests/build reads dist-base/ and runs builds of small content.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Two files at a time on two cores: the builds among them take turns by themselves (the build lock
    // lets one run per checkout), while the files that only read dist-base/ go on beside them.
    maxWorkers: 2,
    testTimeout: 120_000,
  },
});
