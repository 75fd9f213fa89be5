import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Temp folders on a memory file system where there is one (see the file).
    globalSetup: ['tests/helpers/memory-tmpdir.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep file-level parallelism modest so timing-free tests stay reliable.
    maxWorkers: 2,
  },
});
