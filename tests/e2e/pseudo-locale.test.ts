// The pseudo-locale's texts (./pseudo-locale.ts) on small values: no browser needed.
import { describe, expect, it } from 'vitest';
import { pseudoLocale, pseudoText } from './pseudo-locale';

describe('pseudoText', () => {
  it('marks the words, lengthens them by about 40 % and wraps them in right-to-left marks', () => {
    const text = pseudoText('Lagre nå');
    expect(text.startsWith('\u200f') && text.endsWith('\u200f')).toBe(true);
    expect(text).toContain('Lágré ñå');
    expect(text.length - 2).toBeGreaterThanOrEqual(Math.round('Lagre nå'.length * 1.4));
  });

  it('keeps placeholders, $t() references and Trans tags as they are', () => {
    const text = pseudoText('Fravær for {{name}}: $t(app.name) <1>i dag</1>');
    expect(text).toContain('{{name}}');
    expect(text).toContain('$t(app.name)');
    expect(text).toContain('<1>î dág</1>');
    expect(text).not.toContain('Fravær');
  });

  it('cuts the filler into short words, so a long text still wraps', () => {
    const filler = pseudoText('Registrering ført for hele klassen i dag').split(' ').slice(-3);
    for (const word of filler) expect(word.replace('\u200f', '').length).toBeLessThanOrEqual(5);
  });
});

describe('pseudoLocale', () => {
  it('turns every text of the tree and adds the Arabic plural forms beside …_other', () => {
    const tree = pseudoLocale({ a: { n_one: '{{count}} dag', n_other: '{{count}} dager' }, m: ['jan'] }) as {
      a: Record<string, string>;
      m: string[];
    };
    expect(Object.keys(tree.a)).toEqual(['n_one', 'n_other', 'n_zero', 'n_two', 'n_few', 'n_many']);
    expect(tree.a.n_few).toBe(tree.a.n_other);
    expect(tree.m[0]).toContain('jáñ');
  });
});
