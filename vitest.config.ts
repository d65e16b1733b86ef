import { defineConfig } from 'vitest/config';

// Two projects run the same integration tests: on embedded PGlite always, and on a PostgreSQL
// server when TEST_DATABASE_URL is set. Unit tests (src/**) run once, in the pglite project.
export default defineConfig({
  test: {
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
    ],
  },
});
