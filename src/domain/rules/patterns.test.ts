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

/** Ten school days of documented illness, 1.–12.9.2025. */
const ILLNESS_10 = days(
  [
    '2025-09-01',
    '2025-09-02',
    '2025-09-03',
    '2025-09-04',
    '2025-09-05',
    '2025-09-08',
    '2025-09-09',
    '2025-09-10',
    '2025-09-11',
    '2025-09-12',
  ],
  { documented: true, reason: 'sykdom' },
);
const cases: Case[] = [
  {
    name: 'seks mandager og fredager',
    events: days(['2025-09-01', '2025-09-05', '2025-09-08', '2025-09-12', '2025-09-15', '2025-09-19']),
    asOf: '2025-09-26',
    found: ['weekend-adjacent'],
  },
  {
    name: 'fire mandager er under minsteutvalget (5)',
    events: days(['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22']),
    asOf: '2025-09-26',
    found: [],
  },
  {
    name: 'seks dager midt i uka',
    events: days(['2025-09-02', '2025-09-03', '2025-09-10', '2025-09-17', '2025-09-24', '2025-09-25']),
    asOf: '2025-09-26',
    found: [],
  },
  {
    name: 'fem av seks timer i kroppsøving',
    events: [
      lesson('2025-09-01', 5, { subject: 'kroppsøving' }),
      lesson('2025-09-08', 6, { subject: 'kroppsøving' }),
      lesson('2025-09-15', 5, { subject: 'kroppsøving' }),
      lesson('2025-09-22', 5, { subject: 'kroppsøving' }),
      lesson('2025-09-22', 6, { subject: 'kroppsøving' }),
      lesson('2025-09-10', 2, { subject: 'norsk' }),
    ],
    asOf: '2025-09-26',
    found: ['subject'],
  },
  {
    name: 'fire timer spredt på fire fag',
    events: [
      lesson('2025-09-01', 1, { subject: 'norsk' }),
      lesson('2025-09-02', 1, { subject: 'matematikk' }),
      lesson('2025-09-03', 1, { subject: 'engelsk' }),
      lesson('2025-09-04', 4, { subject: 'engelsk' }),
    ],
    asOf: '2025-09-26',
    found: [],
  },
  {
    name: 'de første dagene etter høstferie og jul',
    events: days(['2025-10-07', '2026-01-06', '2026-01-07', '2025-11-12', '2025-10-08']),
    asOf: '2026-01-16',
    found: ['after-holiday'],
  },
  {
    name: 'seks registreringer i november, ingen i oktober',
    events: [
      ...days(['2025-11-04', '2025-11-11', '2025-11-19']),
      lesson('2025-11-05', 2),
      lesson('2025-11-13', 3),
      lesson('2025-11-26', 1),
    ],
    asOf: '2025-11-28',
    found: ['rising-trend'],
  },
  {
    name: 'jevnt fravær over to perioder er ingen trend',
    events: [...days(['2025-10-07', '2025-10-14', '2025-10-22']), ...days(['2025-11-04', '2025-11-11', '2025-11-19'])],
    asOf: '2025-11-28',
    found: [],
  },
  {
    name: 'tre forsentkomminger siste fire uker',
    events: [late('2025-11-04', 10), late('2025-11-12', 5), late('2025-11-20', 20)],
    asOf: '2025-11-28',
    found: ['repeated-late'],
  },
  {
    name: 'to forsentkomminger',
    events: [late('2025-11-04', 10), late('2025-11-12', 5)],
    asOf: '2025-11-28',
    found: [],
  },
  {
    name: 'fravær etter datoen teller ikke',
    events: [late('2025-11-04', 10), late('2025-11-12', 5), late('2025-11-20', 20)],
    asOf: '2025-11-13',
    found: [],
  },

  // «Har eleven ofte fravær uten melding fra foresatte?»: whole days a teacher registered, with no
  // documentation and no report from the guardians, at least 3 in the last four weeks.
  {
    name: 'tre dager uten melding fra foresatte de siste fire ukene',
    events: days(['2025-11-04', '2025-11-12', '2025-11-20'], { source: 'laerer' }),
    asOf: '2025-11-28',
    found: ['unreported-by-guardians'],
  },
  {
    name: 'to dager er under grensen (3)',
    events: days(['2025-11-04', '2025-11-12'], { source: 'laerer' }),
    asOf: '2025-11-28',
    found: [],
  },
  {
    name: 'foresatte meldte den ene dagen',
    events: [
      ...days(['2025-11-04', '2025-11-20'], { source: 'laerer' }),
      day('2025-11-12', { source: 'foresatt', documented: true, reason: 'sykdom' }),
    ],
    asOf: '2025-11-28',
    found: [],
  },
  {
    name: 'en dokumentert dag er ikke umeldt',
    events: [
      ...days(['2025-11-04', '2025-11-20'], { source: 'laerer' }),
      day('2025-11-12', { source: 'laerer', documented: true, reason: 'helse' }),
    ],
    asOf: '2025-11-28',
    found: [],
  },
  {
    name: 'importerte registreringer sier ikke hvem som meldte',
    events: days(['2025-11-04', '2025-11-12', '2025-11-20'], { source: 'import' }),
    asOf: '2025-11-28',
    found: [],
  },
  {
    name: 'uten kjent kilde (en hendelsesfil) teller ingen dag',
    events: days(['2025-11-04', '2025-11-12', '2025-11-20']),
    asOf: '2025-11-28',
    found: [],
  },
  {
    name: 'en dag eldre enn fire uker teller ikke',
    events: days(['2025-10-20', '2025-11-04', '2025-11-12'], { source: 'laerer' }),
    asOf: '2025-11-28',
    found: [],
  },
  {
    name: 'enkelttimer er ikke dager uten melding',
    events: [1, 2, 3].map((p) => lesson('2025-11-12', p, { source: 'laerer' })),
    asOf: '2025-11-28',
    found: [],
  },

  // «Er det mer fravær … etter langvarig sykdom?»: at least 10 consecutive school days of documented
  // illness, then at least 2 undocumented registrations within four weeks of its last day.
  {
    name: 'ti dager syk, så en udokumentert dag og en time',
    events: [...ILLNESS_10, day('2025-09-17'), lesson('2025-09-24', 2)],
    asOf: '2025-09-30',
    found: ['after-long-illness'],
  },
  {
    name: 'ni dager syk er ikke langvarig (10)',
    events: [...ILLNESS_10.slice(0, 9), day('2025-09-17'), lesson('2025-09-24', 2)],
    asOf: '2025-09-30',
    found: [],
  },
  {
    name: 'én ny registrering er under grensen (2)',
    events: [...ILLNESS_10, day('2025-09-17')],
    asOf: '2025-09-30',
    found: [],
  },
  {
    name: 'nytt fravær mer enn fire uker etter',
    events: [...ILLNESS_10, day('2025-10-13'), day('2025-10-14')],
    asOf: '2025-10-17',
    found: [],
  },
  {
    name: 'dokumentert fravær uten årsak er ikke kjent sykdom',
    events: [
      ...days(
        ILLNESS_10.map((e) => e.date),
        { documented: true },
      ),
      day('2025-09-17'),
      lesson('2025-09-24', 2),
    ],
    asOf: '2025-09-30',
    found: [],
  },
  {
    name: 'forsentkomminger er ikke nytt fravær',
    events: [...ILLNESS_10, late('2025-09-17'), late('2025-09-24')],
    asOf: '2025-09-30',
    found: [],
  },
  {
    name: 'sykdommen går over høstferien: ti skoledager på rad',
    events: [
      ...days(
        [
          '2025-09-22',
          '2025-09-23',
          '2025-09-24',
          '2025-09-25',
          '2025-09-26',
          '2025-10-06',
          '2025-10-07',
          '2025-10-08',
          '2025-10-09',
          '2025-10-10',
        ],
        { documented: true, reason: 'sykdom' },
      ),
      day('2025-10-14'),
      day('2025-10-15'),
    ],
    asOf: '2025-10-17',
    // Twelve registrations in the last four weeks against none before are also a rising trend.
    found: ['rising-trend', 'after-long-illness'],
  },
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

  it('explains the two counted patterns in plain Norwegian, saying the thresholds are Nærvær’s', () => {
    const unreported = findPatterns(
      days(['2025-11-04', '2025-11-12', '2025-11-20'], { source: 'laerer' }),
      CAL,
      parseIsoDate('2025-11-28')!,
    );
    expect(unreported).toEqual([
      {
        pattern: 'unreported-by-guardians',
        title: 'Fravær uten melding fra foresatte',
        detail:
          '3 av 3 fraværsdager de siste fire ukene kom uten melding fra foresatte og uten dokumentasjon (04.11.2025, 12.11.2025 og 20.11.2025). Grensen på 3 dager på fire uker er Nærværs valg; kilden nevner mønsteret uten tall.',
        observed: 3,
        total: 3,
        minimumSample: 3,
        dates: ['2025-11-04', '2025-11-12', '2025-11-20'],
      },
    ]);
    const [illness] = findPatterns(
      [...ILLNESS_10, day('2025-09-17'), lesson('2025-09-24', 2)],
      CAL,
      parseIsoDate('2025-09-30')!,
    );
    expect(illness).toMatchObject({
      pattern: 'after-long-illness',
      title: 'Fravær etter langvarig sykdom',
      observed: 2,
      total: 10,
      dates: ['2025-09-17', '2025-09-24'],
    });
    expect(illness?.detail).toBe(
      'Etter 10 skoledager med dokumentert sykdom (01.09.2025–12.09.2025) kom 2 registreringer av udokumentert fravær innen fire uker (17.09.2025 og 24.09.2025). Grensene – minst 10 skoledager sykdom og 2 nye registreringer innen fire uker – er Nærværs valg; kilden nevner mønsteret uten tall.',
    );
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
