import { defineConfig } from 'vitest/config';

// Projects: unit (pure, no database); pglite and postgres run the same integration suite, the
// latter only when TEST_DATABASE_URL is set (otherwise visibly skipped); e2e drives Chromium.
const integration = ['tests/integration/**/*.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'] } },
      { extends: true, test: { name: 'pglite', include: integration, globalSetup: ['tests/setup/db-template.ts'] } },
      { extends: true, test: { name: 'postgres', include: integration, globalSetup: ['tests/setup/db-template.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], fileParallelism: false, testTimeout: 90_000 } },
    ],
  },
});
