import { describe, expect, it } from 'vitest';
import { buildEventStore } from '../rules/event-store';
import { day, testCalendar } from '../rules/testing';
import { pupilPeriods } from './figures';
import { bandMovements, casesByLevel, concernsWithoutCase, halves, isoWeek, lastMeetingOn, weeksUpTo } from './reviews';

describe('the reviews’ weeks and periods', () => {
  it('numbers weeks as the calendar on the wall does (ISO 8601)', () => {
    expect(isoWeek('2026-03-04')).toEqual({ week: 10, year: 2026 });
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    expect(isoWeek('2027-01-01')).toEqual({ week: 53, year: 2026 });
    expect(isoWeek('2027-01-04')).toEqual({ week: 1, year: 2027 });
  });

  it('gives this week and the four before it, Monday to Sunday, oldest first', () => {
    const weeks = weeksUpTo('2026-03-04');
    expect(weeks.map((w) => w.week)).toEqual([6, 7, 8, 9, 10]);
    expect(weeks[0]).toEqual({ from: '2026-02-02', to: '2026-02-08', week: 6, year: 2026 });
    expect(weeks[4]).toEqual({ from: '2026-03-02', to: '2026-03-08', week: 10, year: 2026 });
    // A Sunday is the last day of its week, not the first of the next.
    expect(weeksUpTo('2026-03-08')[4]!.from).toBe('2026-03-02');
  });

  it('counts «new since the last trinn meeting» from 14 days back', () => {
    expect(lastMeetingOn('2026-03-04')).toBe('2026-02-18');
    expect(lastMeetingOn('2026-03-01')).toBe('2026-02-15');
  });

  it('splits a range in two halves, the later one the shorter when the days are odd', () => {
    expect(halves({ from: '2026-03-02', to: '2026-03-29' })).toEqual([
      { from: '2026-03-02', to: '2026-03-15' },
      { from: '2026-03-16', to: '2026-03-29' },
    ]);
    expect(halves({ from: '2026-03-01', to: '2026-03-03' })).toEqual([
      { from: '2026-03-01', to: '2026-03-02' },
      { from: '2026-03-03', to: '2026-03-03' },
    ]);
    expect(() => halves({ from: '2026-03-03', to: '2026-03-03' })).toThrow();
  });
});

describe('what the reviews count', () => {
  it('counts open cases by level, new ones opened since the week began', () => {
    const cases = [
      { level: 0, openedOn: '2026-03-02' },
      { level: 0, openedOn: '2026-02-20' },
      { level: 1, openedOn: '2026-01-10' },
      { level: 2, openedOn: '2026-03-04' },
    ];
    expect(casesByLevel(cases, '2026-03-02')).toEqual([
      { level: 0, new: 1, ongoing: 1 },
      { level: 1, new: 0, ongoing: 1 },
      { level: 2, new: 1, ongoing: 0 },
      { level: 3, new: 0, ongoing: 0 },
    ]);
  });

  it('lists each pupil with a concern and no case once', () => {
    const concerns = [{ pupilId: 'a' }, { pupilId: 'b' }, { pupilId: 'a' }, { pupilId: 'c' }];
    expect(concernsWithoutCase(concerns, new Set(['b']))).toEqual([{ pupilId: 'a' }, { pupilId: 'c' }]);
  });

  it('shows the movement over 5, 10 and 20 %, progress as «moved below»', () => {
    const calendar = testCalendar();
    // Two weeks of ten school days each (2–13 and 16–27 March 2026).
    const before = buildEventStore(
      [
        day('2026-03-02'),
        day('2026-03-03'),
        day('2026-03-04'), // e1: 3 of 10 = 30 %
        day('2026-03-05', { studentId: 'e2' }), // e2: 10 %, not over 10
      ],
      calendar,
      ['e1', 'e2', 'e3'],
    );
    const after = buildEventStore(
      [
        day('2026-03-16'), // e1: 10 %: below 10 and 20, still over 5
        day('2026-03-17', { studentId: 'e3' }),
        day('2026-03-18', { studentId: 'e3' }),
        day('2026-03-19', { studentId: 'e3' }), // e3: 30 %
      ],
      calendar,
      ['e1', 'e2', 'e3'],
    );
    const a = pupilPeriods(calendar, before, '2026-03-02', '2026-03-13');
    const b = pupilPeriods(calendar, after, '2026-03-16', '2026-03-27');
    expect(bandMovements(a, b)).toEqual([
      { percent: 5, movedBelow: 1, movedAbove: 1, stayedAbove: 1, stayedBelow: 0 },
      { percent: 10, movedBelow: 1, movedAbove: 1, stayedAbove: 0, stayedBelow: 1 },
      { percent: 20, movedBelow: 1, movedAbove: 1, stayedAbove: 0, stayedBelow: 1 },
    ]);
  });
});
