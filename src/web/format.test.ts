import { describe, expect, it } from 'vitest';
import { epochDayOf, formatIsoDate, norwegianDate } from '../domain/calendar/dates';
import {
  compareByName,
  compareClassNames,
  formatDate,
  formatDateTime,
  formatDayOf,
  formatList,
  formatNumber,
  formatTime,
  monthName,
  pupilName,
  setFormatLanguage,
  weekdayName,
} from './format';

describe('formatDate', () => {
  it.each([
    ['2012-03-05', '05.03.2012'],
    ['2010-12-31', '31.12.2010'],
    ['2016-01-01', '01.01.2016'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });

  it('leaves anything that is not a plain date alone', () => {
    expect(formatDate('2012-03-05T00:00:00Z')).toBe('2012-03-05T00:00:00Z');
    expect(formatDate('')).toBe('');
  });

  it('writes every date as the domain does (decision 171): padded DD.MM.YYYY, one format for screens and sentences', () => {
    // Every day from 2024 (a leap year) to 2028, and the turns of the century around them.
    const days = [epochDayOf(1999, 12, 31), epochDayOf(2000, 2, 29), epochDayOf(2100, 3, 1)];
    for (let day = epochDayOf(2024, 1, 1); day <= epochDayOf(2028, 12, 31); day++) days.push(day);
    for (const day of days) {
      const iso = formatIsoDate(day);
      const [y, m, d] = iso.split('-');
      expect(formatDate(iso), iso).toBe(`${d}.${m}.${y}`);
      expect(norwegianDate(iso), iso).toBe(formatDate(iso));
      // An instant at noon, read in the browser's time zone, is that day in the same format.
      const [year, month, date] = [Number(y), Number(m), Number(d)];
      const noon = new Date(year, month - 1, date, 12, 0).toISOString();
      expect(formatDayOf(noon), iso).toBe(formatDate(iso));
      expect(formatDateTime(noon), iso).toBe(`${formatDate(iso)} kl. 12.00`);
    }
  });
});

describe('compareByName', () => {
  const pupil = (id: string, firstName: string, lastName: string) => ({ id, firstName, lastName });

  it('sorts by last name, then first name, in Norwegian order (æ, ø, å after z; "Aa" is "Å")', () => {
    const pupils = [
      pupil('1', 'Åse', 'Østby'),
      pupil('2', 'Ola', 'Aas'),
      pupil('3', 'Kari', 'Ødegård'),
      pupil('4', 'Emil', 'Zahl'),
      pupil('5', 'Anna', 'Ødegård'),
      pupil('6', 'Per', 'Ærø'),
      pupil('7', 'Lise', 'Ås'),
    ];
    expect([...pupils].sort(compareByName).map(pupilName)).toEqual([
      'Zahl, Emil',
      'Ærø, Per',
      'Ødegård, Anna',
      'Ødegård, Kari',
      'Østby, Åse',
      'Ås, Lise',
      'Aas, Ola',
    ]);
  });

  it('is stable for namesakes (by id)', () => {
    expect(compareByName(pupil('a', 'Ola', 'Nordmann'), pupil('b', 'Ola', 'Nordmann'))).toBeLessThan(0);
  });
});

describe('compareClassNames', () => {
  it('puts 2A before 10A', () => {
    expect(['10A', '2B', '2A', '9C'].sort(compareClassNames)).toEqual(['2A', '2B', '9C', '10A']);
  });
});

describe('dates, times and numbers in nynorsk and English (decision 176)', () => {
  const morning = new Date(2026, 10, 24, 8, 15).toISOString();

  it.each([
    ['nb', '05.03.2026', '24.11.2026 kl. 08.15', '08.15'],
    ['nn', '05.03.2026', '24.11.2026 kl. 08.15', '08.15'],
    ['en', '5 Mar 2026', '24 Nov 2026, 08:15', '08:15'],
  ] as const)('%s writes %s and %s', (language, date, dateTime, time) => {
    expect(formatDate('2026-03-05', language)).toBe(date);
    expect(formatDateTime(morning, language)).toBe(dateTime);
    expect(formatTime(morning, language)).toBe(time);
    expect(formatDayOf(morning, language)).toBe(dateTime.split(/,? kl\.|,/)[0]);
  });

  it.each([
    ['nb', 'tirsdag', 'lørdag', 'mars'],
    ['nn', 'tysdag', 'laurdag', 'mars'],
    ['en', 'Tuesday', 'Saturday', 'March'],
  ] as const)('%s names the days and months', (language, tuesday, saturday, march) => {
    expect(weekdayName('2026-11-24', language)).toBe(tuesday);
    expect(weekdayName('2026-11-28', language)).toBe(saturday);
    expect(monthName(3, language)).toBe(march);
    expect(weekdayName('24.11.2026', language)).toBe('');
  });

  it.each([
    ['nb', '1\u00a0234,5', 'Ida, Ola og Kari'],
    ['nn', '1\u00a0234,5', 'Ida, Ola og Kari'],
    ['en', '1,234.5', 'Ida, Ola and Kari'],
  ] as const)('%s writes numbers and lists by Intl', (language, number, list) => {
    expect(formatNumber(1234.5, undefined, language)).toBe(number);
    expect(formatList(['Ida', 'Ola', 'Kari'], language)).toBe(list);
  });

  it('follows the app’s language when none is given, and treats an unknown one as bokmål', () => {
    try {
      setFormatLanguage('en');
      expect(formatDate('2026-03-05')).toBe('5 Mar 2026');
      expect(weekdayName('2026-11-24')).toBe('Tuesday');
      setFormatLanguage('xx');
      expect(formatDate('2026-03-05')).toBe('05.03.2026');
    } finally {
      setFormatLanguage('nb');
    }
  });
});
