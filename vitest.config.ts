import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Builds spawned by tests (content failures) can take a few seconds each.
    testTimeout: 60_000,
  },
});
