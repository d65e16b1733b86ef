import { describe, expect, it } from 'vitest';
import {
  addDays,
  fieldErrors,
  heatLevel,
  heatWeeks,
  importContentType,
  importRefusal,
  importRowErrors,
  isIsoDate,
  isoWeek,
  isoWeekday,
  mondayOf,
  newAlerts,
  shareAbsent,
} from './absence';
import { ApiError } from './api';
import type { AbsenceEvent, Alert } from './api';
import { draftToInput, emptyDraft } from './components/absence';
import { importSchools, navPlan } from './roles';

const event = (date: string, kind: AbsenceEvent['kind'], extra: Partial<AbsenceEvent> = {}): AbsenceEvent => ({
  id: `${date}-${kind}-${extra.period ?? ''}`,
  pupilId: 'p1',
  date,
  kind,
  subject: null,
  period: null,
  minutes: null,
  documented: false,
  reason: null,
  source: 'laerer',
  note: null,
  registeredByName: 'Lærer',
  registeredAt: '2026-11-24T07:00:00Z',
  version: 1,
  ...extra,
});

describe('dates', () => {
  it.each([
    ['2026-11-24', 1, '2026-11-25'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-29', 1, '2026-03-30'], // across the switch to summer time
  ])('addDays(%s, %i) = %s', (from, days, expected) => expect(addDays(from, days)).toBe(expected));

  it('knows weekdays, Mondays and ISO weeks', () => {
    expect(isoWeekday('2026-11-24')).toBe(2);
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(isoWeek('2026-11-24')).toBe(48);
    expect(isoWeek('2027-01-01')).toBe(53);
    expect(isoWeek('2026-01-01')).toBe(1);
  });

  it('accepts only real dates', () => {
    expect(isIsoDate('2026-11-24')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('24.11.2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('share of a day absent', () => {
  it.each<[string, AbsenceEvent[], number, number]>([
    ['nothing', [], 6, 0],
    ['a whole day', [event('d', 'day')], 6, 1],
    ['two of six lessons', [event('d', 'lesson', { period: 1 }), event('d', 'lesson', { period: 2 })], 6, 2 / 6],
    ['left from the 5th of 6', [event('d', 'left', { period: 5 })], 6, 2 / 6],
    ['45 minutes late on a 4-lesson day', [event('d', 'late', { minutes: 45 })], 4, 0.25],
    ['never more than the day', [event('d', 'left', { period: 1 }), event('d', 'lesson', { period: 2 })], 6, 1],
  ])('%s', (_name, events, lessons, expected) => expect(shareAbsent(events, lessons)).toBeCloseTo(expected));

  it.each([
    [0, 0],
    [0.1, 1],
    [0.25, 1],
    [0.4, 2],
    [0.75, 3],
    [1, 4],
  ])('heatLevel(%f) = %i', (share, level) => expect(heatLevel(share)).toBe(level));
});

describe('heatWeeks', () => {
  it('lays out Monday–Friday weeks with school, closed and empty days', () => {
    const weeks = heatWeeks(
      {
        firstDay: '2026-11-18',
        lastDay: '2026-11-27',
        schoolDays: [
          '2026-11-18',
          '2026-11-19',
          '2026-11-23',
          '2026-11-24',
          '2026-11-25',
          '2026-11-26',
          '2026-11-27',
        ].map((date) => ({ date, lessons: 6 })),
        closedDays: [{ date: '2026-11-20', reason: 'Planleggingsdag' }],
      },
      [event('2026-11-24', 'day')],
      '2026-11-27',
    );
    expect(weeks.map((w) => [w.monday, w.week])).toEqual([
      ['2026-11-16', 47],
      ['2026-11-23', 48],
    ]);
    expect(weeks[0]!.days.map((d) => d.kind)).toEqual(['none', 'none', 'school', 'school', 'closed']);
    const tuesday = weeks[1]!.days[1]!;
    expect(tuesday).toMatchObject({ kind: 'school', date: '2026-11-24', share: 1, level: 4 });
  });

  it('marks the days after the server’s today as future, also a day with leave granted ahead', () => {
    const weeks = heatWeeks(
      {
        firstDay: '2026-11-23',
        lastDay: '2026-11-27',
        schoolDays: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].map((date) => ({
          date,
          lessons: 6,
        })),
        closedDays: [],
      },
      [event('2026-11-23', 'day'), event('2026-11-26', 'day')],
      '2026-11-24',
    );
    const days = weeks[0]!.days.map((d) => (d.kind === 'school' ? [d.date, d.future, d.share] : d.kind));
    expect(days).toEqual([
      ['2026-11-23', false, 1],
      ['2026-11-24', false, 0],
      ['2026-11-25', true, 0],
      ['2026-11-26', true, 1],
      ['2026-11-27', true, 0],
    ]);
  });

  it('accepts lessons as a list', () => {
    const weeks = heatWeeks(
      {
        firstDay: '2026-11-23',
        lastDay: '2026-11-23',
        schoolDays: [
          {
            date: '2026-11-23',
            lessons: [
              { period: 1, subject: 'Norsk' },
              { period: 2, subject: 'Matte' },
            ],
          },
        ],
        closedDays: [],
      },
      [event('2026-11-23', 'lesson', { period: 1 })],
      '2026-11-23',
    );
    expect(weeks[0]!.days[0]).toMatchObject({ lessons: 2, share: 0.5, level: 2 });
  });
});

describe('server answers', () => {
  it('reads field errors as a list or a map', () => {
    expect(
      fieldErrors(
        new ApiError(400, 'validation', 'Ugyldig', { fields: [{ field: 'minutes', message: 'må være et tall' }] }),
      ),
    ).toEqual([{ field: 'minutes', message: 'må være et tall' }]);
    expect(fieldErrors(new ApiError(400, 'validation', 'Ugyldig', { fields: { date: 'ikke en skoledag' } }))).toEqual([
      { field: 'date', message: 'ikke en skoledag' },
    ]);
    expect(fieldErrors(new ApiError(409, 'conflict', 'Endret'))).toEqual([]);
    expect(fieldErrors(new Error('x'))).toEqual([]);
  });

  it('lists every bad import row by line', () => {
    const error = new ApiError(400, 'validation', 'Filen har feil', {
      rows: [
        { line: 10001, field: 'date', reason: 'ikke en dato' },
        { line: 3, field: 'pupil_id', reason: 'ukjent elev' },
      ],
    });
    expect(importRowErrors(error).map((r) => r.line)).toEqual([3, 10001]);
  });

  it('takes the total of bad rows and the encoding from a refusal that lists only the first ones', () => {
    const rows = [{ line: 2, field: 'date', reason: 'ikke en dato' }];
    expect(
      importRefusal(new ApiError(400, 'validation', 'Avvist', { rows, total: 4_500, encoding: 'Windows-1252' })),
    ).toEqual({ total: 4_500, encoding: 'Windows-1252' });
    expect(importRefusal(new ApiError(400, 'validation', 'Avvist', { rows }))).toEqual({ total: 1, encoding: null });
    expect(importRefusal(new Error('x'))).toEqual({ total: 0, encoding: null });
  });

  it('tells new alerts by id when the earlier ones are known, else by status', () => {
    const alert = (id: string, status: Alert['status']) => ({ id, status }) as Alert;
    expect(newAlerts([alert('a', 'new'), alert('b', 'seen')], new Set(['a'])).map((a) => a.id)).toEqual(['b']);
    expect(newAlerts([alert('a', 'new'), alert('b', 'seen')], null).map((a) => a.id)).toEqual(['a']);
  });

  it('maps file names to the import content types', () => {
    expect(importContentType('fravaer.CSV')).toBe('text/csv');
    expect(importContentType('fravaer.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(importContentType('fravaer.xls')).toBeNull();
  });
});

describe('draftToInput', () => {
  const lessons = [
    { period: 1, subject: 'Norsk' },
    { period: 2, subject: 'Kroppsøving' },
  ];
  it('asks for what is missing', () => {
    expect(draftToInput(emptyDraft, 'p', '2026-11-24', lessons)).toEqual({ problem: 'kind' });
    expect(draftToInput({ ...emptyDraft, kind: 'lesson' }, 'p', '2026-11-24', lessons)).toEqual({ problem: 'period' });
    expect(draftToInput({ ...emptyDraft, kind: 'late', minutes: '0' }, 'p', '2026-11-24', lessons)).toEqual({
      problem: 'minutes',
    });
  });
  it('takes the subject from the day’s lessons and leaves out what is empty', () => {
    expect(
      draftToInput({ ...emptyDraft, kind: 'lesson', period: '2', reason: 'ukjent' }, 'p', '2026-11-24', lessons),
    ).toEqual({
      input: {
        pupilId: 'p',
        date: '2026-11-24',
        kind: 'lesson',
        period: 2,
        subject: 'Kroppsøving',
        documented: false,
        reason: 'ukjent',
      },
    });
    expect(draftToInput({ ...emptyDraft, kind: 'day', documented: true }, 'p', '2026-11-24', lessons)).toEqual({
      input: { pupilId: 'p', date: '2026-11-24', kind: 'day', documented: true },
    });
  });
});

describe('navPlan and importSchools', () => {
  it('offers /varsler to every role that reads alerts and /saker to the contact teacher, leadership, ressursteam and administrators (decision 114), /import to administrators and leadership, /tilgangslogg to leadership and administrators, /brukere to administrators, /elevregister and /innloggingstjenester to administrators and the school owner, /oversikt to the school owner', () => {
    expect(navPlan({ roles: [{ role: 'kontaktlaerer' }] })).toEqual({
      settings: [],
      alerts: true,
      board: true,
      import: false,
      profiles: false,
      auditLog: false,
      archive: false,
      users: false,
      roster: false,
      identity: false,
      oversight: false,
      reviews: true,
      healthConcern: false,
      timetable: true,
    });
    expect(navPlan({ roles: [{ role: 'skoleledelse' }] })).toEqual({
      settings: [],
      alerts: true,
      board: true,
      import: true,
      profiles: true,
      auditLog: true,
      archive: true,
      users: false,
      roster: false,
      identity: false,
      oversight: false,
      reviews: true,
      healthConcern: false,
      timetable: true,
    });
    expect(navPlan({ roles: [{ role: 'ressursteam' }] })).toEqual({
      settings: [],
      alerts: true,
      board: true,
      import: false,
      profiles: false,
      auditLog: false,
      archive: false,
      users: false,
      roster: false,
      identity: false,
      oversight: false,
      reviews: true,
      healthConcern: false,
      timetable: false,
    });
    expect(navPlan({ roles: [{ role: 'administrator' }] })).toEqual({
      settings: [],
      alerts: true,
      board: true,
      import: true,
      profiles: true,
      auditLog: true,
      archive: true,
      users: true,
      roster: true,
      identity: true,
      oversight: false,
      reviews: true,
      healthConcern: false,
      timetable: false,
    });
    expect(navPlan({ roles: [{ role: 'skoleeier' }] })).toEqual({
      settings: [],
      alerts: false,
      board: false,
      import: false,
      profiles: true,
      auditLog: false,
      archive: false,
      users: false,
      roster: true,
      identity: true,
      oversight: true,
      reviews: false,
      healthConcern: false,
      timetable: false,
    });
  });
  it('lists each school once', () => {
    expect(
      importSchools({
        roles: [
          { role: 'skoleledelse', schoolId: 's1', schoolName: 'Nærvik ungdomsskole' },
          { role: 'administrator', schoolId: 's1', schoolName: 'Nærvik ungdomsskole' },
          { role: 'kontaktlaerer', schoolId: 's2', schoolName: 'Fjordli skole' },
        ],
      }),
    ).toEqual([{ id: 's1', name: 'Nærvik ungdomsskole' }]);
  });
});
