import { describe, expect, it } from 'vitest';
import { epochDayOf, formatIsoDate, parseIsoDate, rollingMonthStart } from '../calendar/dates';
import { windowRange } from './window';
import { testCalendar } from './testing';

// «i løpet av en måned» as a rolling month (decision 021): the month that ends on the date, from the
// day after the same date one month earlier, clamped to that month's last day.

const d = (iso: string) => parseIsoDate(iso)!;

describe('rolling month', () => {
  it.each([
    // [as of, first day of the window, why]
    ['2026-02-03', '2026-01-04', 'the issue’s example: 4.1.–3.2.'],
    ['2026-03-31', '2026-03-01', '31 Feb clamps to 28 Feb, so the window is all of March'],
    ['2026-03-28', '2026-03-01', '28 Feb is February’s last day in a common year'],
    ['2026-03-27', '2026-02-28', 'the day after 27 Feb'],
    ['2027-03-29', '2027-03-01', '29 Feb does not exist in 2027: clamped to 28 Feb'],
    ['2028-03-30', '2028-03-01', '30 Feb clamps to 29 Feb in the leap year 2028'],
    ['2028-03-29', '2028-03-01', 'the day after 29 Feb 2028'],
    ['2028-03-28', '2028-02-29', 'a leap day can start a window'],
    ['2028-03-01', '2028-02-02', 'the day after 1 Feb'],
    ['2026-01-31', '2026-01-01', 'over the new year: the day after 31 Dec'],
    ['2026-01-01', '2025-12-02', 'the window reaches back into the previous year'],
    ['2026-05-31', '2026-05-01', '31 Apr clamps to 30 Apr'],
    ['2026-12-31', '2026-12-01', '31 Nov clamps to 30 Nov'],
  ])('as of %s the window starts %s (%s)', (asOf, from) => {
    expect(formatIsoDate(rollingMonthStart(d(asOf)))).toBe(from);
  });

  it('never moves backwards from one day to the next, and is always 28–31 days long (2020–2032)', () => {
    // Replay slides windows forward only (each event enters and leaves once), so the start must be monotone.
    let previous = rollingMonthStart(epochDayOf(2020, 1, 1) - 1);
    for (let day = epochDayOf(2020, 1, 1); day <= epochDayOf(2032, 12, 31); day++) {
      const start = rollingMonthStart(day);
      expect(start, formatIsoDate(day)).toBeGreaterThanOrEqual(previous);
      expect(day - start + 1, formatIsoDate(day)).toBeGreaterThanOrEqual(28);
      expect(day - start + 1, formatIsoDate(day)).toBeLessThanOrEqual(31);
      previous = start;
    }
  });

  it('gives the school days of the window on a calendar, monotone over the school year', () => {
    const calendar = testCalendar();
    const range = windowRange({ type: 'rollingMonth' }, calendar, d('2026-02-03'));
    expect(formatIsoDate(range.from)).toBe('2026-01-04');
    expect(formatIsoDate(calendar.days[range.first]!)).toBe('2026-01-05');
    expect(formatIsoDate(calendar.days[range.last]!)).toBe('2026-02-03');
    expect(range.last - range.first + 1).toBe(22);
    let first = -1;
    for (let day = calendar.firstDay - 40; day <= calendar.lastDay + 40; day++) {
      const r = windowRange({ type: 'rollingMonth' }, calendar, day);
      expect(r.first).toBeGreaterThanOrEqual(first);
      first = r.first;
    }
  });

  it('holds no school day before the school year starts', () => {
    const calendar = testCalendar();
    const r = windowRange({ type: 'rollingMonth' }, calendar, d('2025-08-17'));
    expect(r.last).toBeLessThan(r.first);
  });
});
