import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Resolve packages the way Node does for a user: without the "development" condition Vite adds,
 * which loads micromark's development builds (internal assertions, two to three times slower)
 * into the test workers and their worker threads. The CLI tests' child processes never had it.
 */
const withoutDevelopmentCondition: Plugin = {
  name: 'without-development-condition',
  configResolved(config) {
    const keep = (conditions: string[]) => conditions.filter((c) => c !== 'development' && c !== 'development|production');
    if (config.ssr.resolve) config.ssr.resolve.conditions = keep(config.ssr.resolve.conditions ?? []);
    for (const environment of Object.values(config.environments)) {
      environment.resolve.conditions = keep(environment.resolve.conditions);
    }
  },
};

export default defineConfig({
  plugins: [withoutDevelopmentCondition],
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
