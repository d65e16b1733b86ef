// The contract's own rules (decision 092): every loose shape says why it is loose, and the contract
// imports nothing but zod, the pure domain and itself, so the web app can import it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('the API contract', () => {
  it('has a file per area and an index that re-exports each', () => {
    const index = files.find((f) => f.name === 'index.ts')!.text;
    for (const { name } of files.filter((f) => f.name !== 'index.ts'))
      expect(index, `index.ts re-exports ${name}`).toContain(`export * from './${name.replace(/\.ts$/, '')}';`);
  });

  it.each(files.map((f) => [f.name, f.text] as const))(
    '%s holds no z.any() or z.unknown() without a «// why:» on the line',
    (_name, text) => {
      const loose = text
        .split('\n')
        .map((line, i) => ({ line, at: i + 1 }))
        .filter(({ line }) => /\bz\s*\.\s*(any|unknown)\s*\(/.test(line) && !line.includes('// why:'));
      expect(loose.map(({ line, at }) => `${at}: ${line.trim()}`)).toEqual([]);
    },
  );

  it.each(files.map((f) => [f.name, f.text] as const))(
    '%s imports only zod, the domain and the contract',
    (_name, text) => {
      const sources = [...text.matchAll(/^(?:import|export)[^'"]*from '([^']+)';/gm)].map((m) => m[1]!);
      const foreign = sources.filter((s) => s !== 'zod' && !s.startsWith('./') && !s.startsWith('../domain/'));
      expect(foreign).toEqual([]);
    },
  );

  it('the check above finds a loose shape', () => {
    const line = '  answers: z.record(z.string(), z.unknown()),';
    expect(/\bz\s*\.\s*(any|unknown)\s*\(/.test(line) && !line.includes('// why:')).toBe(true);
  });
});
