import { describe, expect, it } from 'vitest';
import { monthIn, niceTicks, schoolYearMonths } from './months';

describe('a chart’s months and ticks', () => {
  it('orders the months of two school years August first', () => {
    expect(schoolYearMonths(['2026-08', '2026-11'], ['2025-08', '2026-01', '2026-06'])).toEqual([8, 11, 1, 6]);
    expect(monthIn(2026, 8)).toBe('2026-08');
    expect(monthIn(2026, 3)).toBe('2027-03');
  });

  it('gives at most five round ticks from zero past the highest value', () => {
    expect(niceTicks(2.7)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1.2)).toEqual([0, 0.5, 1, 1.5]);
    expect(niceTicks(0)).toEqual([0, 0.5]);
    expect(niceTicks(13, true)).toEqual([0, 5, 10, 15]);
    expect(niceTicks(0, true)).toEqual([0, 1]);
  });
});
