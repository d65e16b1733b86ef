import { describe, expect, it } from 'vitest';
import { parseProfile } from './profile-schema';

// Every shipped rule traces to a sentence of its source (issue 13): its `sourceText` occurs in the
// verbatim excerpt of the seed document committed beside the profile (content/profiles/<id>.source.txt).
// The excerpts come from PDFs, whose extraction breaks lines mid-sentence and drops spaces between
// words («invitereforesatte»), so the comparison ignores whitespace altogether; every other character
// must match.

// Not the nynorsk beside each profile (`*.nn.json`, decision 179): a translation, not a profile.
const profiles = import.meta.glob<unknown>(
  ['../../../content/profiles/*.json', '!../../../content/profiles/*.nn.json'],
  {
    eager: true,
    import: 'default',
  },
);
const excerpts = import.meta.glob<string>('../../../content/profiles/*.source.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const nameOf = (path: string) =>
  path
    .split('/')
    .at(-1)!
    .replace(/\.(source\.txt|json)$/, '');
const squeeze = (text: string) => text.replace(/\s+/g, '');

const shipped = Object.entries(profiles).map(([path, json]) => {
  const parsed = parseProfile(json, `${nameOf(path)}.json`);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return { name: nameOf(path), profile: parsed.profile };
});
const excerptOf = new Map(Object.entries(excerpts).map(([path, text]) => [nameOf(path), text]));

describe('shipped rules trace to their source', () => {
  it('finds the four shipped profiles and an excerpt beside each', () => {
    expect(shipped.map((s) => s.name).sort()).toEqual(['hardanger', 'jevnaker', 'kearney-2008', 'saltdal']);
    expect([...excerptOf.keys()].sort()).toEqual(shipped.map((s) => s.name).sort());
  });

  const rules = shipped.flatMap(({ name, profile }) => profile.rules.map((rule) => ({ name, rule })));

  it.each(rules.map(({ name, rule }) => [name, rule.id, rule] as const))(
    '%s: %s has a sourceText found word for word in the excerpt',
    (name, _id, rule) => {
      expect(rule.sourceText, 'sourceText mangler').toBeTruthy();
      expect(squeeze(excerptOf.get(name) ?? '')).toContain(squeeze(rule.sourceText!));
    },
  );

  it.each(rules.map(({ name, rule }) => [name, rule.id, rule] as const))(
    '%s: %s is the source’s, not a municipality’s own choice',
    (_name, _id, rule) => {
      expect(rule.basis ?? 'kilde').toBe('kilde');
    },
  );

  it('finds no figure in the Hardanger plan: its one rule is the contact teacher’s concern', () => {
    const hardanger = shipped.find((s) => s.name === 'hardanger')!.profile;
    expect(hardanger.rules.map((r) => [r.id, r.kind])).toEqual([['hardanger-bekymring-for-fravaer', 'observation']]);
    expect(excerptOf.get('hardanger')).not.toMatch(/\d+\s*%/);
  });

  it('would catch a sourceText that is not the source’s words', () => {
    const saltdal = excerptOf.get('saltdal')!;
    expect(squeeze(saltdal)).toContain(squeeze('Ved fravær 3 enkelte dager i løpet av en måned'));
    expect(squeeze(saltdal)).not.toContain(squeeze('Ved fravær 3 enkelte dager i løpet av en kalendermåned'));
  });
});
