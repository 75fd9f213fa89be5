import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep file-level parallelism modest so timing-free tests stay reliable.
    maxWorkers: 2,
  },
});
