import { describe, expect, it } from 'vitest';
import { testCalendar, TEST_CALENDAR_JSON } from '../rules/testing';
import { compileCalendar, lessonsPerWeekdayFromTimetable, parseSchoolCalendar } from './calendar';
import {
  civilOf,
  epochDayOf,
  formatIsoDate,
  isoWeekday,
  monthStart,
  norwegianDate,
  norwegianDayMonth,
  parseIsoDate,
} from './dates';
import { easterSunday, norwegianPublicHolidays } from './holidays';

const d = (iso: string) => parseIsoDate(iso)!;

describe('dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11016],
    ['2025-08-18', 20318],
  ])('%s is epoch day %i and back', (iso, n) => {
    expect(parseIsoDate(iso)).toBe(n);
    expect(formatIsoDate(n)).toBe(iso);
  });

  it('writes a date as Norwegian letters do', () => {
    expect(norwegianDate('2026-11-04')).toBe('04.11.2026');
  });

  it('writes every date padded, DD.MM.YYYY, also the date of a timestamp (decision 171)', () => {
    expect(norwegianDate('2026-12-03')).toBe('03.12.2026');
    expect(norwegianDate('2027-01-04')).toBe('04.01.2027');
    expect(norwegianDate('2026-12-31')).toBe('31.12.2026');
    expect(norwegianDate('2026-12-03T08:15:00.000Z')).toBe('03.12.2026');
    expect(norwegianDate('ikke en dato')).toBe('ikke en dato');
    expect(norwegianDayMonth('2027-01-04')).toBe('04.01.');
    expect(norwegianDayMonth('2027-02-03')).toBe('03.02.');
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '25-01-01', '2025-1-1', '2025-01-01T00:00', ''])(
    'rejects %j',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );

  it('round-trips every day of four years, with the right weekday', () => {
    for (let n = epochDayOf(2024, 1, 1); n < epochDayOf(2028, 1, 1); n++) {
      const c = civilOf(n);
      expect(epochDayOf(c.year, c.month, c.day)).toBe(n);
      expect(isoWeekday(n)).toBe(((new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay() + 6) % 7) + 1);
    }
    expect(formatIsoDate(monthStart(d('2026-02-28')))).toBe('2026-02-01');
  });
});

describe('Norwegian public holidays', () => {
  // Easter Sunday from the Norwegian almanac.
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, iso) => {
    expect(formatIsoDate(easterSunday(year))).toBe(iso);
  });

  it('lists the twelve holidays of 2026 (Easter-based ones included)', () => {
    expect(norwegianPublicHolidays(2026).map((h) => `${formatIsoDate(h.day)} ${h.name}`)).toEqual([
      '2026-01-01 1. nyttårsdag',
      '2026-04-02 Skjærtorsdag',
      '2026-04-03 Langfredag',
      '2026-04-05 1. påskedag',
      '2026-04-06 2. påskedag',
      '2026-05-01 Offentlig høytidsdag (1. mai)',
      '2026-05-14 Kristi himmelfartsdag',
      '2026-05-17 Grunnlovsdag (17. mai)',
      '2026-05-24 1. pinsedag',
      '2026-05-25 2. pinsedag',
      '2026-12-25 1. juledag',
      '2026-12-26 2. juledag',
    ]);
  });
});

describe('school calendar', () => {
  const cal = testCalendar();

  it.each([
    ['2025-08-18', null],
    ['2025-08-17', 'utenfor skoleåret'],
    ['2026-06-20', 'utenfor skoleåret'],
    ['2025-08-23', 'lørdag'],
    ['2025-08-24', 'søndag'],
    ['2025-10-01', 'Høstferie'],
    ['2026-04-06', '2. påskedag'],
    ['2026-05-14', 'Kristi himmelfartsdag'],
    ['2026-05-25', '2. pinsedag'],
    ['2026-05-01', '1. mai'],
    ['2026-01-01', 'nyttårsdag'],
  ])('%s: %s', (iso, reason) => {
    const r = cal.closedReason(d(iso));
    if (reason === null) expect(r).toBeNull();
    else expect(r).toContain(reason);
    expect(cal.indexOf(d(iso)) >= 0).toBe(reason === null);
  });

  it('counts school days and lessons per weekday', () => {
    // Aug 10 + Sep 20 + Oct 20 + Nov 20 + Dec 15 = 85 in autumn; the whole year has 191.
    expect(cal.days.length).toBe(191);
    expect(cal.lastIndexOnOrBefore(d('2025-12-31')) + 1).toBe(85);
    expect(cal.lessons[cal.indexOf(d('2025-08-22'))]).toBe(5); // Friday
    expect(cal.lessons[cal.indexOf(d('2025-08-18'))]).toBe(6); // Monday
  });

  it('finds the nearest school days around closed days', () => {
    expect(formatIsoDate(cal.days[cal.firstIndexOnOrAfter(d('2025-09-29'))]!)).toBe('2025-10-06');
    expect(formatIsoDate(cal.days[cal.lastIndexOnOrBefore(d('2025-10-05'))]!)).toBe('2025-09-26');
    expect(cal.lastIndexOnOrBefore(d('2025-08-01'))).toBe(-1);
    expect(cal.firstIndexOnOrAfter(d('2026-07-01'))).toBe(cal.days.length);
  });

  it.each([
    ['2025-08-10', null],
    ['2025-08-18', 'høst'],
    ['2025-12-31', 'høst'],
    ['2026-01-01', 'vår'],
    ['2026-06-19', 'vår'],
    ['2026-07-15', 'vår'],
  ])('semester of %s is %s', (iso, name) => {
    expect(cal.semesterOf(d(iso))?.name ?? null).toBe(name);
  });

  it('reads lessons per weekday off a timetable', () => {
    expect(
      lessonsPerWeekdayFromTimetable([
        ['norsk', 'matte'],
        ['kroppsøving'],
        [],
        ['engelsk', 'naturfag', 'musikk'],
        ['svømming'],
      ]),
    ).toEqual([2, 1, 0, 3, 1]);
  });

  it('treats a weekday with no lessons as closed', () => {
    const noWednesday = compileCalendar({ ...TEST_CALENDAR_JSON, lessonsPerWeekday: [6, 6, 0, 6, 5] });
    expect(noWednesday.closedReason(d('2025-08-20'))).toContain('ingen timer');
  });
});

describe('calendar validation', () => {
  it.each([
    [{ ...TEST_CALENDAR_JSON, firstDay: '2025-02-30' }, 'firstDay: ugyldig dato «2025-02-30»'],
    [{ ...TEST_CALENDAR_JSON, lastDay: '2025-08-01' }, 'lastDay: må komme etter firstDay'],
    [{ ...TEST_CALENDAR_JSON, springStarts: '2027-01-01' }, 'springStarts'],
    [{ ...TEST_CALENDAR_JSON, lessonsPerWeekday: [6, 6, 6, 6] }, 'lessonsPerWeekday: må ha fem tall'],
    [{ ...TEST_CALENDAR_JSON, lessonsPerWeekday: [6, 6, 6, 6, 13] }, 'høyst 12'],
    [{ ...TEST_CALENDAR_JSON, schoolYear: '2025' }, 'schoolYear'],
    [{ ...TEST_CALENDAR_JSON, schoolYear: '2024-2025' }, 'schoolYear: «2024-2025» passer ikke'],
    [
      { ...TEST_CALENDAR_JSON, closed: [{ from: '2025-10-03', to: '2025-09-29', name: 'Høstferie' }] },
      'to kommer før from',
    ],
    [{ ...TEST_CALENDAR_JSON, closed: [{ from: '2025-10-03', to: '2025-10-03' }] }, 'closed.name: mangler'],
    [[], 'JSON-objekt'],
  ])('rejects a bad calendar with a Norwegian message (%#)', (json, message) => {
    const r = parseSchoolCalendar(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(message);
  });

  it('accepts a calendar without closed periods', () => {
    const { closed: _closed, ...rest } = TEST_CALENDAR_JSON;
    expect(parseSchoolCalendar(rest).ok).toBe(true);
  });
});
