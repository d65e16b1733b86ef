import { describe, expect, it } from 'vitest';
import { chartMondays, weekKey, weekOf } from './pupil-page';

describe('the check-in week', () => {
  it.each([
    ['2026-12-07', '2026-W50', '2026-12-07', '2026-12-13'],
    ['2026-12-13', '2026-W50', '2026-12-07', '2026-12-13'],
    ['2026-12-14', '2026-W51', '2026-12-14', '2026-12-20'],
    // 1 January 2027 is a Friday: it belongs to the last week of 2026.
    ['2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2027-01-04', '2027-W01', '2027-01-04', '2027-01-10'],
  ])('%s is in %s (%s–%s)', (date, key, from, to) => {
    expect(weekKey(date)).toBe(key);
    expect(weekOf(date)).toEqual({ from, to });
  });
});

describe('the weeks of the check-in chart', () => {
  it('runs from the first check-in’s week to this week', () => {
    expect(chartMondays('2026-11-04', '2026-11-24', 26)).toEqual([
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
  });
  it('keeps only the last weeks when there are more', () => {
    expect(chartMondays('2026-01-07', '2026-11-24', 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });
  it('is empty when the first check-in is after today', () => {
    expect(chartMondays('2026-12-01', '2026-11-24', 26)).toEqual([]);
  });
});
