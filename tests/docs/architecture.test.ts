// docs/ARCHITECTURE.md stays true to the tree: every top-level folder under src/ is described in its
// folder table, and every path it names (in backticks) exists — a `<placeholder>` segment matches any
// name, so `content/ladders/<kommune>.json` holds when some ladder file is there.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const doc = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');

/** Paths named in backticks that look like files or folders of this repository. */
function namedPaths(): string[] {
  const out = new Set<string>();
  for (const [, inner] of doc.matchAll(/`([^`\s]+)`/g)) {
    const path = inner!.replace(/[,.;:]$/, '');
    if (
      /^(src|content|docs|tests|bench|bin|scripts|\.ci)\//.test(path) ||
      /^(src|content|docs|tests|bench|bin|scripts)$/.test(path)
    )
      out.add(path);
  }
  return [...out];
}

/** Whether a path exists, a `<name>` segment standing for any entry and `*` inside a segment for any text. */
function exists(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  const walk = (dir: string, i: number): boolean => {
    if (i === segments.length) return true;
    const seg = segments[i]!;
    if (!seg.includes('<') && !seg.includes('*')) return existsSync(join(dir, seg)) && walk(join(dir, seg), i + 1);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
    const pattern = new RegExp(
      `^${seg
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/<[^>]+>/g, '.+')
        .replace(/\*/g, '.*')}$`,
    );
    return readdirSync(dir).some((name) => pattern.test(name) && walk(join(dir, name), i + 1));
  };
  return walk(root, 0);
}

describe('docs/ARCHITECTURE.md', () => {
  it('describes every top-level folder under src/', () => {
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const described = folders.filter((f) => doc.includes(`| \`src/${f}/\``));
    expect(folders.filter((f) => !described.includes(f))).toEqual([]);
  });

  it('names only paths that exist', () => {
    const paths = namedPaths();
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });

  it('has a «where to change what» table and a glossary', () => {
    expect(doc).toContain('## Where to change what');
    expect(doc).toContain('## Words used in the code');
  });
});
