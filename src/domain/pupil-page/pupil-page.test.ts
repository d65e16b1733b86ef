import { describe, expect, it } from 'vitest';
import { weekKey, weekOf } from './pupil-page';

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
