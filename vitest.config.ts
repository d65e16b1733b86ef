import { configDefaults, defineConfig } from 'vitest/config';

// Projects: unit (pure, no database); pglite and postgres run the same integration suite, the
// latter only when TEST_DATABASE_URL is set (otherwise visibly skipped); e2e drives Chromium.
// The security tests (decision 056) run with both; their browser part (*.browser.test.ts) with e2e.
const integration = ['tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'];
const browserOnly = 'tests/security/**/*.browser.test.ts';

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
          globalSetup: ['tests/setup/e2e-demo-cache.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
        },
      },
    ],
  },
});
