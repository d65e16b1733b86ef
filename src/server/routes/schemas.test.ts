import { describe, expect, it } from 'vitest';
import { isoDate, isoDateTime } from '../../contract/common';
import { unstorableText } from './schemas';

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

describe('unstorableText', () => {
  const allowed = [0x09, 0x0a, 0x0d];
  it.each(
    [...Array(0x20).keys(), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i)]
      .filter((c) => !allowed.includes(c))
      .map((c) => [hex(c), c]),
  )('refuses the control character %s and names where it is', (_name, c) => {
    const found = unstorableText({ note: `ab${String.fromCharCode(c)}c` });
    expect(found).toEqual([{ path: ['note'], message: expect.stringContaining(`${hex(c)}) som tegn nr. 3`) }]);
  });

  it.each([
    ['tab, LF and CR', 'Linje 1\r\nLinje 2\tinnrykk'],
    ['Norwegian, Sámi, Polish and Vietnamese letters', 'Ærlig øl på Åsen, Čáhppes ŋ đ, Michał, Nguyễn'],
    ['an emoji (a surrogate pair)', 'Bra 👍🏽'],
    ['no-break space and right-to-left mark', 'a\u00a0b\u200fc'],
  ])('lets %s through', (_name, text) => {
    expect(unstorableText({ text })).toEqual([]);
  });

  it.each([
    ['a lone high surrogate', 'a\ud800b', 'U+D800'],
    ['a lone low surrogate', '\udc00b', 'U+DC00'],
    ['a high surrogate at the end', 'ab\ud83d', 'U+D83D'],
  ])('refuses %s as half a character', (_name, text, code) => {
    expect(unstorableText([text])).toEqual([
      { path: [0], message: expect.stringContaining(`et halvt tegn (ensom surrogat) (${code})`) },
    ]);
  });

  it('checks keys, nested values and arrays, in order, and leaves a file body alone', () => {
    const found = unstorableText({ answers: { 'a\u0000': 'ok', b: ['x', 'y\u0001'] }, file: Buffer.from([0, 1, 2]) });
    expect(found.map((f) => [f.path, f.message.split(' ')[0]])).toEqual([
      [['answers'], 'Et'],
      [['answers', 'b', 1], 'Teksten'],
    ]);
  });

  it('walks a body nested 200 000 deep without overflowing the stack, and reports at most 20 places', () => {
    let deep: unknown = 'bunn\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableText(deep)).toHaveLength(1);
    expect(unstorableText(Array.from({ length: 100 }, () => '\u0000'))).toHaveLength(20);
  });
});

describe('isoDate', () => {
  it.each(['2026-11-24', '2024-02-29', '1900-01-01', '2999-12-31'])('takes %s', (d) =>
    expect(isoDate.safeParse(d).success).toBe(true),
  );
  it.each([
    ['2026-13-45', 'finnes ikke'],
    ['0000-00-00', 'finnes ikke'],
    ['2026-02-30', 'finnes ikke'],
    ['2025-02-29', 'finnes ikke'],
    ['1899-12-31', 'finnes ikke'],
    ['9999-12-31', 'finnes ikke'],
    ['24.11.2026', 'Bruk ÅÅÅÅ-MM-DD'],
  ])('refuses %s with one message', (d, message) => {
    const issues = isoDate.safeParse(d).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual([expect.stringContaining(message)]);
  });
});

describe('isoDateTime', () => {
  it.each(['2026-11-24T08:00:00+01:00', '2026-11-24T07:00:00Z'])('takes %s', (d) =>
    expect(isoDateTime.safeParse(d).success).toBe(true),
  );
  it.each([
    '2026-02-30T08:00:00+01:00',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2026-11-24 08:00',
    '2026-11-24T08:00:00',
  ])('refuses %s', (d) => {
    expect(isoDateTime.safeParse(d).success).toBe(false);
  });
});
