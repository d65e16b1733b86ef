import { describe, expect, it } from 'vitest';
import { dateOption, fileSlug } from './archive';

describe('naervaer archive: options', () => {
  it.each([
    ['24.11.2026', '2026-11-24'],
    ['1.2.2026', '2026-02-01'],
    ['2026-11-24', '2026-11-24'],
    ['29.02.2028', '2028-02-29'],
  ])('reads the date %s as %s', (text, iso) => expect(dateOption('from', text)).toBe(iso));

  it.each(['29.02.2026', '2026-13-01', '2026-1-5', '24/11/2026', '24.11.26', '', '2026-11-24T10:00'])(
    'refuses «%s» naming the option',
    (text) =>
      expect(() => dateOption('to', text)).toThrow(
        `--to: «${text}» er ikke en dato. Skriv dd.mm.åååå eller åååå-mm-dd.`,
      ),
  );

  it('names a file after a school with letters, digits and dashes only', () => {
    expect(fileSlug('Nærvik ungdomsskole')).toBe('naervik-ungdomsskole');
    expect(fileSlug('Åsen skole (1–7)')).toBe('asen-skole-1-7');
    expect(fileSlug('Sørbøvåg skule')).toBe('sorbovag-skule');
    expect(fileSlug('Écoles «Café»')).toBe('ecoles-cafe');
  });
});
