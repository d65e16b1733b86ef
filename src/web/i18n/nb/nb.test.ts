import { describe, expect, it } from 'vitest';
import nb, { nbFiles } from './index';

describe('the bokmål resource files', () => {
  it('name each top-level key in one file only', () => {
    const owners = new Map<string, string[]>();
    for (const [file, tree] of Object.entries(nbFiles))
      for (const key of Object.keys(tree)) owners.set(key, [...(owners.get(key) ?? []), file]);
    const twice = [...owners].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
  });

  it('assemble every file whole into the one namespace', () => {
    for (const tree of Object.values(nbFiles))
      for (const [key, value] of Object.entries(tree)) expect(nb[key as keyof typeof nb], key).toBe(value);
  });
});
