import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Where code may run is visible in its path (STYLE.md principle 2); each layer's block below says what it
// may not import. `fence` builds the pattern group for a list of folders under src.
const fence = (...layers) => layers.flatMap((layer) => [`**/${layer}/**`, `**/${layer}`]);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // A promise nobody awaits loses its error (an unhandled rejection) and its order. Type-aware, so only
    // for the TypeScript files the project's tsconfig covers; `void` marks a deliberate fire-and-forget
    // and carries a comment saying why.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The database layer is below everything else: it knows tables and SQL, not requests or screens.
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: fence('server', 'web', 'cli'),
              message: 'src/db importerer ikke fra server, web eller cli.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: fence('web', 'cli'), message: 'src/server importerer ikke fra web eller cli.' }] },
      ],
    },
  },
  {
    // The web app runs in the browser and talks to the server only over HTTP (src/web/api.ts), tests too.
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: fence('server', 'db', 'cli'),
              message: 'src/web importerer ikke fra server, db eller cli: den snakker med serveren over HTTP.',
            },
            { group: ['node:*'], message: 'src/web kjører i nettleseren: ingen node:-moduler.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: fence('web'), message: 'src/cli importerer ikke fra web.' }] },
      ],
    },
  },
  {
    // The API contract is shared by the server and the browser: schemas and enums over zod and the pure
    // domain (decision 092), nothing that needs a server, a database or a browser.
    files: ['src/contract/**/*.ts'],
    ignores: ['src/contract/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\.\\.?/)',
              message: 'src/contract importerer bare zod, src/domain og andre filer i src/contract.',
            },
            {
              group: fence('server', 'db', 'web', 'cli'),
              message: 'src/contract importerer bare zod, src/domain og andre filer i src/contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the config module reads the environment.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/server/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Les miljøet bare gjennom src/server/config.ts.' },
        { object: 'Date', property: 'now', message: 'Bruk klokka (src/server/clock.ts).' },
      ],
    },
  },
  {
    // The web app's day is the server's (decision 101): a date field never defaults from the browser's clock.
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    ignores: ['src/web/appClock.ts', 'src/web/**/*.test.ts', 'src/web/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Dagens dato og tid kommer fra tjenerens klokke: bruk appNow()/appToday() fra src/web/appClock.ts.',
        },
      ],
    },
  },
  {
    // The domain is pure: plain data in, plain data out. No database, server, web, clock or I/O.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/**', '**/db', '**/server/**', '**/server', '**/web/**', '**/web', '**/cli/**', '**/cli'],
              message: 'src/domain er ren: den importerer ikke fra db, server, web eller cli.',
            },
            {
              group: ['node:*', 'fs', 'path', 'pg', '@electric-sql/*', 'fastify', 'kysely', 'react'],
              message: 'src/domain er ren: ingen I/O, database eller rammeverk.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/domain leser ikke miljøet.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/domain tar tiden som argument (asOf).' },
      ],
    },
  },
);
