#!/usr/bin/env node
// Builds the web app (dist/web) only when a source is newer than the last build, so `npm start`
// is fast after the first run and never serves an outdated app. Plain Node: runs before anything
// is compiled. Sources: src/web/**, index.html, vite.config.ts (and the lockfile, for upgrades).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = join(root, 'dist', 'web', 'index.html');
const sources = ['src/web', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) => join(root, p));

/** The newest modification time under `path` (a file or a directory tree), with the file it came from. */
function newest(path) {
  if (!existsSync(path)) return { mtime: 0, file: path };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { mtime: stat.mtimeMs, file: path };
  let best = { mtime: stat.mtimeMs, file: path }; // a deleted file changes the directory's mtime
  for (const entry of readdirSync(path)) {
    const candidate = newest(join(path, entry));
    if (candidate.mtime > best.mtime) best = candidate;
  }
  return best;
}

const source = sources.map(newest).reduce((a, b) => (b.mtime > a.mtime ? b : a));
const built = existsSync(output) ? statSync(output).mtimeMs : 0;

if (built >= source.mtime) {
  console.log('Nettappen er oppdatert (dist/web), bygger ikke på nytt.');
} else {
  const why = built === 0 ? 'dist/web finnes ikke' : `${relative(root, source.file)} er endret`;
  console.log(`Bygger nettappen (${why}) …`);
  // A production build whoever runs this: under vitest NODE_ENV is «test», which would give React's
  // development build (half again as large) to the browser journeys that rebuild through here.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  console.log('Nettappen er bygd til dist/web.');
}
