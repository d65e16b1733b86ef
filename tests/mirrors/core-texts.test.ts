// The screens marked 'core' in App.tsx start before the rest of the texts is loaded (decision 110). This
// follows each such screen's static imports (and the layout's) through src/web and fails on any text key
// they name whose file is not in the core set: the screen would show the key instead of the words.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreFiles } from '../../src/web/i18n/nb/core';
import { restFiles } from '../../src/web/i18n/nb/rest';

const web = resolve(__dirname, '../../src/web');
const coreTops = new Set(Object.values(coreFiles).flatMap((tree) => Object.keys(tree)));
const restTops = new Set(Object.values(restFiles).flatMap((tree) => Object.keys(tree)));

/** The source file a relative import names, or null for a package or a non-source file. */
function sourceOf(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.tsx`, `${base}.ts`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate)) return candidate;
  return null;
}

/** Every source file reachable from `entry` through static imports (dynamic `import()` starts a new chunk). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      const next = sourceOf(file, m[1] as string);
      if (next) queue.push(next);
    }
  }
  return seen;
}

/** Text keys a file names: any string or template literal that starts with a known top-level key and a dot. */
function keysIn(file: string): string[] {
  if (!file.startsWith(web)) return []; // only the web app names texts
  const text = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');
  return [...text.matchAll(/['"`]([a-zA-Z]+)\.[a-zA-Z$]/g)]
    .map((m) => m[1] as string)
    .filter((top) => coreTops.has(top) || restTops.has(top));
}

function coreEntries(): string[] {
  const app = readFileSync(join(web, 'App.tsx'), 'utf8');
  const screens = [...app.matchAll(/import\('([^']+)'\)[^\n]*'core'\)/g)].map((m) => m[1] as string);
  const always = ['./components/AppLayout', './components/RequireAuth', './pages/NotFoundPage', './App'];
  return [...screens, ...always].map((spec) => sourceOf(join(web, 'App.tsx'), spec) as string);
}

describe('the texts in the first script', () => {
  it('cover every key the core screens and the layout name', () => {
    const entries = coreEntries();
    expect(entries.length).toBeGreaterThanOrEqual(6); // the login, the class, the register and the layout, at least
    const missing: string[] = [];
    // Nor may they import the whole set of texts, which would bring the rest into the first script.
    const whole = ['i18n/nb/index.ts', 'i18n/nb/rest.ts'].map((f) => join(web, f));
    for (const entry of entries)
      for (const file of reachable(entry))
        if (whole.includes(file)) missing.push(`${entry.slice(web.length + 1)} imports ${file.slice(web.length + 1)}`);
    for (const entry of entries)
      for (const file of reachable(entry))
        for (const top of keysIn(file)) if (!coreTops.has(top)) missing.push(`${file.slice(web.length + 1)}: ${top}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
