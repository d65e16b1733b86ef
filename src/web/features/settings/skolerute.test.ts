import { describe, expect, it } from 'vitest';
import { draftFromCalendar, draftToSkolerute, nextKey, skoleruteProblems, withFrom } from './skolerute';
import type { SkoleruteDraft } from './skolerute';

const valid: SkoleruteDraft = {
  firstDay: '2026-08-17',
  lastDay: '2027-06-18',
  springStarts: '2027-01-01',
  closed: [{ key: 1, name: 'Høstferie', from: '2026-09-28', to: '2026-10-02' }],
};

describe('draftFromCalendar', () => {
  it('sorts closed periods by start and numbers the rows', () => {
    const draft = draftFromCalendar({
      firstDay: '2026-08-17',
      lastDay: '2027-06-18',
      springStarts: '2027-01-01',
      closed: [
        { name: 'Juleferie', from: '2026-12-21', to: '2027-01-02' },
        { name: 'Høstferie', from: '2026-09-28', to: '2026-10-02' },
      ],
    });
    expect(draft.closed.map((p) => [p.key, p.name])).toEqual([
      [1, 'Høstferie'],
      [2, 'Juleferie'],
    ]);
    expect(nextKey(draft)).toBe(3);
  });

  it('gives empty fields when the school year has no skolerute yet', () => {
    expect(draftFromCalendar(null)).toEqual({ firstDay: '', lastDay: '', springStarts: '', closed: [] });
    expect(nextKey(draftFromCalendar(null))).toBe(1);
  });
});

describe('withFrom', () => {
  it.each([
    ['an empty end follows the start', '', '2026-11-27', '2026-11-27'],
    ['an end before the new start follows it', '2026-11-20', '2026-11-27', '2026-11-27'],
    ['a later end stays', '2026-11-30', '2026-11-27', '2026-11-30'],
    ['a half-typed start leaves the end alone', '2026-11-30', '', '2026-11-30'],
  ])('%s', (_name, to, from, expected) => {
    expect(withFrom({ key: 1, name: 'x', from: '', to }, from).to).toBe(expected);
  });
});

describe('skoleruteProblems', () => {
  it('finds nothing in a valid skolerute', () => {
    expect(skoleruteProblems(valid)).toEqual({});
  });

  it.each<[string, Partial<SkoleruteDraft>, Record<string, string>]>([
    [
      'missing dates',
      { firstDay: '', springStarts: '2027-02-30' },
      { firstDay: 'missingDate', springStarts: 'missingDate' },
    ],
    ['last day not after the first', { lastDay: '2026-08-17' }, { lastDay: 'lastBeforeFirst' }],
    ['spring before the first day', { springStarts: '2026-08-01' }, { springStarts: 'springOutside' }],
    ['spring after the last day', { springStarts: '2027-06-19' }, { springStarts: 'springOutside' }],
    ['spring on the last day is allowed', { springStarts: '2027-06-18' }, {}],
    [
      'a nameless period',
      { closed: [{ key: 4, name: '  ', from: '2026-11-27', to: '2026-11-27' }] },
      { 'closed.4.name': 'missingName' },
    ],
    [
      'a period ending before it starts',
      { closed: [{ key: 2, name: 'x', from: '2026-11-27', to: '2026-11-26' }] },
      { 'closed.2.to': 'toBeforeFrom' },
    ],
    [
      'a period outside the school year (a mistyped year)',
      { closed: [{ key: 5, name: 'x', from: '2062-11-27', to: '2062-11-27' }] },
      { 'closed.5.from': 'outsideYear', 'closed.5.to': 'outsideYear' },
    ],
    [
      'a period running past the last day',
      { closed: [{ key: 6, name: 'x', from: '2027-06-14', to: '2027-06-25' }] },
      { 'closed.6.to': 'outsideYear' },
    ],
    [
      'a period without dates',
      { closed: [{ key: 3, name: 'x', from: '', to: '' }] },
      { 'closed.3.from': 'missingDate', 'closed.3.to': 'missingDate' },
    ],
  ])('%s', (_name, change, expected) => {
    expect(skoleruteProblems({ ...valid, ...change })).toEqual(expected);
  });

  it('lists problems in the order the fields appear, so the first one gets focus', () => {
    const problems = skoleruteProblems({
      firstDay: '',
      lastDay: '',
      springStarts: '',
      closed: [{ key: 9, name: '', from: '', to: '' }],
    });
    expect(Object.keys(problems)).toEqual([
      'firstDay',
      'lastDay',
      'springStarts',
      'closed.9.name',
      'closed.9.from',
      'closed.9.to',
    ]);
  });
});

describe('draftToSkolerute', () => {
  it('trims names and drops row keys', () => {
    expect(
      draftToSkolerute(
        { ...valid, closed: [{ key: 7, name: ' Planleggingsdag ', from: '2026-11-27', to: '2026-11-27' }] },
        2026,
      ),
    ).toEqual({
      schoolYear: 2026,
      firstDay: '2026-08-17',
      lastDay: '2027-06-18',
      springStarts: '2027-01-01',
      closed: [{ name: 'Planleggingsdag', from: '2026-11-27', to: '2026-11-27' }],
    });
  });
});
