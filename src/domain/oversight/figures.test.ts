import { describe, expect, it } from 'vitest';
import { buildEventStore } from '../rules/event-store';
import { day, late, left, lesson, testCalendar } from '../rules/testing';
import { SHARE_UNITS_PER_DAY } from '../rules/engine';
import { groupFigures, isAbove, movement, pupilPeriods, sharePercent } from './figures';

// Hand-computed on the 2025–2026 test skolerute: Monday to Thursday have six lessons, Friday five.
const calendar = testCalendar();
// Mon 2 March – Fri 13 March 2026: ten school days.
const FROM = '2026-03-02';
const TO = '2026-03-13';

const events = [
  day('2026-03-02'), // a whole day: 1
  lesson('2026-03-03', 2, { documented: true }), // one of six lessons: 1/6, documented
  left('2026-03-06', 4), // Friday, left before lesson 4 of 5: lessons 4 and 5, 2/5
  lesson('2026-03-06', 5), // registered as well: inside the left part, counts once in the share
  late('2026-03-10'), // counted, never a share
  day('2026-03-16'), // after the period
  day('2026-03-09', { studentId: 'e3', documented: true }), // one day of ten: exactly 10 %
];
const store = buildEventStore(events, calendar, ['e1', 'e2', 'e3']);
const periods = pupilPeriods(calendar, store, FROM, TO);
const U = SHARE_UNITS_PER_DAY;

describe('figures for the reviews', () => {
  it('counts a pupil’s period as the rule engine counts a share of school time', () => {
    expect(periods[0]).toEqual({
      schoolDays: 10,
      absentDays: 1,
      absentLessons: 4,
      lateArrivals: 1,
      shareUnits: { all: U + U / 6 + (2 * U) / 5, documented: U / 6, undocumented: U + (2 * U) / 5 },
    });
    expect(sharePercent(periods[0]!.shareUnits.all, 10)).toBe(15.7);
    expect(periods[1]!.shareUnits.all).toBe(0);
    expect(periods[2]!.shareUnits).toEqual({ all: U, documented: U, undocumented: 0 });
  });

  it('compares with thresholds exactly: 10 % of school time is not «over 10 %»', () => {
    expect(isAbove(U, 10, 10)).toBe(false);
    expect(isAbove(U, 10, 5)).toBe(true);
    expect(isAbove(U + 1, 10, 10)).toBe(true);
    expect(isAbove(0, 0, 0)).toBe(false);
  });

  it('sums a group: its absence over its school days, and the pupils over 5, 10 and 20 %', () => {
    expect(groupFigures(periods)).toEqual({
      pupils: 3,
      above: [2, 1, 0],
      // (1 + 1/6 + 2/5 + 1) days of 30: 8.56 %; documented (1/6 + 1) of 30: 3.89 %; undocumented 1.4 of 30: 4.67 %.
      sharePercent: 8.6,
      documentedPercent: 3.9,
      undocumentedPercent: 4.7,
      absentDays: 2,
      absentLessons: 4,
      lateArrivals: 1,
    });
  });

  it('counts no school days outside the skolerute: a period over the winter holiday is its school days only', () => {
    // 16 Feb – 6 Mar 2026 with vinterferie 23–27 Feb: 10 school days.
    expect(pupilPeriods(calendar, store, '2026-02-16', '2026-03-06')[0]!.schoolDays).toBe(10);
  });

  it('shows the movement between two periods: who moved below a threshold and who moved above', () => {
    const later = pupilPeriods(
      calendar,
      buildEventStore([day('2026-03-17', { studentId: 'e2' }), day('2026-03-18', { studentId: 'e2' })], calendar, [
        'e1',
        'e2',
        'e3',
      ]),
      '2026-03-16',
      '2026-03-27',
    );
    // e1 was at 15.7 % and is at 0; e2 was at 0 and is at 20 %; e3 was at exactly 10 % and is at 0.
    expect(movement(periods, later, 10)).toEqual({ movedBelow: 1, movedAbove: 1, stayedAbove: 0, stayedBelow: 1 });
    expect(movement(periods, later, 5)).toEqual({ movedBelow: 2, movedAbove: 1, stayedAbove: 0, stayedBelow: 0 });
  });
});
