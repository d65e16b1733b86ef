// Every language has every text (issue 20 item 1, decision 177). For each JSON file in nb/ the same file stands
// in every other folder LANGUAGES names, with exactly the same keys (nested, none extra), non-empty string
// values, and the same {{placeholders}}, <n> Trans tags and $t() references as the bokmål value; nor may
// nn/ or en/ hold a file that nb/ lacks. The files are globbed, not taken from i18next, so a language folder
// that is not wired into i18next yet is checked all the same. The messages name the language, file and key.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/language/language';

// Every language folder's JSON files, read by Vite at test time (src/web has no node: modules).
const all = import.meta.glob<unknown>('./*/*.json', { eager: true, import: 'default' });
const filesOf = (language: string): Map<string, unknown> =>
  new Map(
    Object.entries(all)
      .filter(([path]) => path.startsWith(`./${language}/`))
      .map(([path, tree]) => [path.slice(language.length + 3), tree] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** The leaves of a resource tree by their dotted keys (an array's items by their index: `monthsShort.0`). */
export function leaves(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree === null || typeof tree !== 'object') {
    out.set(prefix, tree);
    return out;
  }
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

/** The parts of a value that code fills or reads: {{placeholders}}, <n>/</n>/<n/> Trans tags, $t() references; sorted. */
export function marks(value: string): string[] {
  return [...value.matchAll(/\{\{\s*[^}]+?\s*\}\}|<\/?\d+\s*\/?>|\$t\([^)]*\)/g)]
    .map((m) => m[0].replace(/\s+/g, ''))
    .sort();
}

/** What is wrong with `other` (a language's copy of the nb file `file`), one message per problem. */
export function compareFile(language: string, file: string, nb: unknown, other: unknown): string[] {
  const problems: string[] = [];
  const want = leaves(nb);
  const have = leaves(other);
  for (const key of want.keys()) if (!have.has(key)) problems.push(`${language}/${file}: mangler nøkkelen ${key}`);
  for (const [key, value] of have) {
    if (!want.has(key)) {
      problems.push(`${language}/${file}: nøkkelen ${key} finnes ikke i nb/${file}`);
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(
        `${language}/${file}: ${key} er ${typeof value === 'string' ? 'tom' : `ikke en tekst (${JSON.stringify(value)})`}`,
      );
      continue;
    }
    const nbValue = want.get(key);
    if (typeof nbValue !== 'string') continue; // nb's own shape is not this test's business
    const a = marks(nbValue).join(' ');
    const b = marks(value).join(' ');
    if (a !== b) problems.push(`${language}/${file}: ${key} har «${b}», nb har «${a}»`);
  }
  return problems;
}

const others = LANGUAGES.filter((l) => l !== 'nb');
const nb = filesOf('nb');
const nbFiles = [...nb.keys()];

describe('the resource files of every language', () => {
  it('nb has files to compare with', () => {
    expect(nbFiles.length).toBeGreaterThan(20);
  });

  for (const language of others) {
    it(`${language} has every nb file and no other`, () => {
      const have = new Set(filesOf(language).keys());
      const problems = [
        ...nbFiles.filter((f) => !have.has(f)).map((f) => `${language}/${f} mangler`),
        ...[...have].filter((f) => !nbFiles.includes(f)).map((f) => `${language}/${f} finnes, men ikke nb/${f}`),
      ];
      expect(problems).toEqual([]);
    });

    it(`${language} has the same keys, non-empty values and the same placeholders as nb`, () => {
      const problems: string[] = [];
      const theirs = filesOf(language);
      for (const [file, tree] of nb)
        if (theirs.has(file)) problems.push(...compareFile(language, file, tree, theirs.get(file))); // else the test above names it
      expect(problems).toEqual([]);
    });
  }
});

describe('compareFile', () => {
  const nb = { a: { title: 'Fravær for {{name}}', link: 'Se <1>saken</1>', ref: '$t(a.title) i dag' }, b: 'Lagre' };

  it('accepts a faithful copy', () => {
    const nn = { a: { title: 'Fråvær for {{name}}', link: 'Sjå <1>saka</1>', ref: '$t(a.title) i dag' }, b: 'Lagre' };
    expect(compareFile('nn', 'x.json', nb, nn)).toEqual([]);
  });

  it('names a missing key, an extra key, an empty value and a changed placeholder, tag or reference', () => {
    const en = { a: { title: 'Absence for {{navn}}', link: 'See the case', ref: 'today', extra: 'x' }, b: ' ' };
    expect(compareFile('en', 'x.json', nb, en)).toEqual([
      'en/x.json: a.title har «{{navn}}», nb har «{{name}}»',
      'en/x.json: a.link har «», nb har «</1> <1>»',
      'en/x.json: a.ref har «», nb har «$t(a.title)»',
      'en/x.json: nøkkelen a.extra finnes ikke i nb/x.json',
      'en/x.json: b er tom',
    ]);
    expect(compareFile('en', 'x.json', nb, { a: {} })).toEqual([
      'en/x.json: mangler nøkkelen a.title',
      'en/x.json: mangler nøkkelen a.link',
      'en/x.json: mangler nøkkelen a.ref',
      'en/x.json: mangler nøkkelen b',
    ]);
  });

  it('compares an array item by item', () => {
    const months = { m: ['jan', 'feb'] };
    expect(compareFile('en', 'x.json', months, { m: ['Jan', 'Feb'] })).toEqual([]);
    expect(compareFile('en', 'x.json', months, { m: ['Jan'] })).toEqual(['en/x.json: mangler nøkkelen m.1']);
  });

  it('names a value that is not a text', () => {
    expect(compareFile('nn', 'x.json', { b: 'Lagre' }, { b: { c: 'Lagre' } })).toEqual([
      'nn/x.json: mangler nøkkelen b',
      'nn/x.json: nøkkelen b.c finnes ikke i nb/x.json',
    ]);
    expect(compareFile('nn', 'x.json', { b: 'Lagre' }, { b: 3 })).toEqual(['nn/x.json: b er ikke en tekst (3)']);
  });
});
