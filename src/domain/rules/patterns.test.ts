import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../calendar/dates';
import type { AbsenceEvent } from './event-store';
import { binomialTail, findPatterns } from './patterns';
import type { PatternKind } from './patterns';
import { day, days, late, lesson, testCalendar, TEST_CALENDAR_JSON } from './testing';

const TIMETABLE = [
  ['norsk', 'matematikk', 'engelsk', 'naturfag', 'kroppsøving', 'kroppsøving'],
  ['matematikk', 'norsk', 'samfunnsfag', 'KRLE', 'musikk', 'kunst og håndverk'],
  ['engelsk', 'norsk', 'matematikk', 'svømming', 'svømming', 'naturfag'],
  ['norsk', 'matematikk', 'samfunnsfag', 'engelsk', 'musikk', 'mat og helse'],
  ['matematikk', 'norsk', 'KRLE', 'engelsk', 'kunst og håndverk'],
];
const CAL = testCalendar({ ...TEST_CALENDAR_JSON, timetable: TIMETABLE });

interface Case {
  name: string;
  events: AbsenceEvent[];
  asOf: string;
  found: PatternKind[];
}

// Hand-made histories: each pattern just over and just under its minimum sample or significance.
const cases: Case[] = [
  { name: 'seks mandager og fredager', events: days(['2025-09-01', '2025-09-05', '2025-09-08', '2025-09-12', '2025-09-15', '2025-09-19']), asOf: '2025-09-26', found: ['weekend-adjacent'] },
  { name: 'fire mandager er under minsteutvalget (5)', events: days(['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22']), asOf: '2025-09-26', found: [] },
  { name: 'seks dager midt i uka', events: days(['2025-09-02', '2025-09-03', '2025-09-10', '2025-09-17', '2025-09-24', '2025-09-25']), asOf: '2025-09-26', found: [] },
  {
    name: 'fem av seks timer i kroppsøving',
    events: [lesson('2025-09-01', 5, { subject: 'kroppsøving' }), lesson('2025-09-08', 6, { subject: 'kroppsøving' }), lesson('2025-09-15', 5, { subject: 'kroppsøving' }), lesson('2025-09-22', 5, { subject: 'kroppsøving' }), lesson('2025-09-22', 6, { subject: 'kroppsøving' }), lesson('2025-09-10', 2, { subject: 'norsk' })],
    asOf: '2025-09-26',
    found: ['subject'],
  },
  { name: 'fire timer spredt på fire fag', events: [lesson('2025-09-01', 1, { subject: 'norsk' }), lesson('2025-09-02', 1, { subject: 'matematikk' }), lesson('2025-09-03', 1, { subject: 'engelsk' }), lesson('2025-09-04', 4, { subject: 'engelsk' })], asOf: '2025-09-26', found: [] },
  { name: 'de første dagene etter høstferie og jul', events: days(['2025-10-07', '2026-01-06', '2026-01-07', '2025-11-12', '2025-10-08']), asOf: '2026-01-16', found: ['after-holiday'] },
  { name: 'seks registreringer i november, ingen i oktober', events: [...days(['2025-11-04', '2025-11-11', '2025-11-19']), lesson('2025-11-05', 2), lesson('2025-11-13', 3), lesson('2025-11-26', 1)], asOf: '2025-11-28', found: ['rising-trend'] },
  { name: 'jevnt fravær over to perioder er ingen trend', events: [...days(['2025-10-07', '2025-10-14', '2025-10-22']), ...days(['2025-11-04', '2025-11-11', '2025-11-19'])], asOf: '2025-11-28', found: [] },
  { name: 'tre forsentkomminger siste fire uker', events: [late('2025-11-04', 10), late('2025-11-12', 5), late('2025-11-20', 20)], asOf: '2025-11-28', found: ['repeated-late'] },
  { name: 'to forsentkomminger', events: [late('2025-11-04', 10), late('2025-11-12', 5)], asOf: '2025-11-28', found: [] },
  { name: 'fravær etter datoen teller ikke', events: [late('2025-11-04', 10), late('2025-11-12', 5), late('2025-11-20', 20)], asOf: '2025-11-13', found: [] },
];

describe('pattern findings (000 §6.1.2)', () => {
  it.each(cases)('$name', ({ events, asOf, found }) => {
    const findings = findPatterns(events, CAL, parseIsoDate(asOf)!);
    expect(findings.map((f) => f.pattern)).toEqual(found);
    for (const f of findings) {
      expect(f.total).toBeGreaterThanOrEqual(f.minimumSample);
      expect(f.detail.length).toBeGreaterThan(10);
    }
  });

  it('gives the counts behind a finding and flags sensitive activities', () => {
    const [finding] = findPatterns(cases[3]!.events, CAL, parseIsoDate('2025-09-26')!);
    expect(finding).toMatchObject({ pattern: 'subject', subject: 'kroppsøving', observed: 5, total: 6 });
    expect(finding?.title).toContain('aktivitet kildene peker på');
    expect(finding?.detail).toBe('5 av 6 timer med fravær er i kroppsøving, som utgjør 7 % av timeplanen.');
  });

  it('needs a timetable for subject findings', () => {
    expect(findPatterns(cases[3]!.events, testCalendar(), parseIsoDate('2025-09-26')!)).toEqual([]);
  });

  it.each([
    [0, 5, 0.5, 1],
    [6, 5, 0.5, 0],
    [5, 5, 0.5, 1 / 32],
    [1, 3, 0.5, 7 / 8],
    [2, 10, 0.1, 1 - 0.9 ** 10 - 10 * 0.1 * 0.9 ** 9],
  ])('binomial tail P(X ≥ %i | n = %i, p = %f)', (k, n, p, expected) => {
    expect(binomialTail(k, n, p)).toBeCloseTo(expected, 12);
  });

  it('ignores a single day absence sample', () => {
    expect(findPatterns([day('2025-09-01')], CAL, parseIsoDate('2025-09-30')!)).toEqual([]);
  });
});
