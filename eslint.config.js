import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
