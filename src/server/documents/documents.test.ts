import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/language/language';
import { DOCUMENT_TEXTS, documentDate, sortedLanguages } from './index';

/** Every fixed text of a language's resources, functions called with sample arguments. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 'X' : 'Y'));
    return strings((value as (...a: unknown[]) => unknown)(...args), path);
  }
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the documents’ texts', () => {
  it('give every language the same texts, none empty', () => {
    // The note on Norwegian content is English's alone (null in the Norwegian forms).
    const keys = (l: (typeof LANGUAGES)[number]) =>
      strings(DOCUMENT_TEXTS[l])
        .map(([k]) => k)
        .filter((k) => k !== 'norwegianContentNote');
    for (const l of LANGUAGES) {
      expect(keys(l), l).toEqual(keys('nb'));
      expect(
        strings(DOCUMENT_TEXTS[l]).filter(([, v]) => v.trim() === ''),
        l,
      ).toEqual([]);
    }
  });

  it('translate: no nynorsk or English heading is the bokmål one', () => {
    for (const l of ['nn', 'en'] as const) {
      expect(DOCUMENT_TEXTS[l].letter.title).not.toBe(DOCUMENT_TEXTS.nb.letter.title);
      expect(DOCUMENT_TEXTS[l].consent.title).not.toBe(DOCUMENT_TEXTS.nb.consent.title);
    }
    expect(DOCUMENT_TEXTS.en.norwegianContentNote).toMatch(/Norwegian/);
  });

  it.each([
    ['nb', '2026-03-05', '05.03.2026'],
    ['nn', '2026-03-05', '05.03.2026'],
    ['en', '2026-03-05', '5 March 2026'],
    ['en', '2026-12-31', '31 December 2026'],
  ] as const)('writes %s dates: %s → %s', (language, iso, written) => {
    expect(documentDate(iso, language)).toBe(written);
  });

  it('lists languages in one order', () => {
    expect(sortedLanguages(['en', 'nb', 'en', 'nn'])).toEqual(['nb', 'nn', 'en']);
  });
});
