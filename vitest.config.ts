import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// Projects: unit (pure, no database); pglite and postgres run the same integration suite, the
// latter only when TEST_DATABASE_URL is set (otherwise visibly skipped); e2e drives Chromium.
// The security tests (decision 056) run with both; their browser part (*.browser.test.ts) with e2e.
const integration = ['tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'];
const browserOnly = 'tests/security/**/*.browser.test.ts';

// vitest's own default is one worker fewer than the cores, which on a 2-core CI machine is one worker for
// the whole suite while a core waits on PostgreSQL, Chromium and the file system. Two at least (decision 232).
const workers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: workers,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'tests/docs/**/*.test.ts', 'tests/mirrors/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: integration,
          exclude: [...configDefaults.exclude, browserOnly],
          globalSetup: ['tests/setup/db-template.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: integration,
          exclude: [...configDefaults.exclude, browserOnly],
          globalSetup: ['tests/setup/db-template.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', browserOnly],
          // Builds the web app once if stale, and keeps the day's demo database for the run's journeys. The
          // journeys run beside each other and beside the other projects (decision 232); a poll waits up to
          // ten seconds, since a page on a busy machine may take longer than vitest's one-second default. A long
          // journey took 83 s of its 90 with three files at once here, so a step may take three minutes.
          globalSetup: ['tests/setup/e2e-demo-cache.ts'],
          testTimeout: 180_000,
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
