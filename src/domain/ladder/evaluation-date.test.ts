import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_AFTER_DAYS, defaultEvaluationDate, isEvaluationOverdue } from './evaluation-date';

// 004 §4.2: «Aktørene følger opp og evaluerer tiltakene etter tre uker».
describe('default evaluation date: three weeks after the measures start', () => {
  it('is 21 days', () => {
    expect(DEFAULT_EVALUATION_AFTER_DAYS).toBe(21);
  });

  it.each([
    { start: '2025-09-01', due: '2025-09-22', why: 'a Monday gives the Monday three weeks on' },
    { start: '2025-09-26', due: '2025-10-17', why: 'across a month' },
    { start: '2025-12-15', due: '2026-01-05', why: 'across the new year' },
    { start: '2028-02-15', due: '2028-03-07', why: 'across 29 February in a leap year' },
    { start: '2027-02-15', due: '2027-03-08', why: 'across February in a common year' },
    { start: '2026-03-22', due: '2026-04-12', why: 'across the change to summer time (calendar days, no clock)' },
  ])('$start → $due ($why)', ({ start, due }) => {
    expect(defaultEvaluationDate(start)).toBe(due);
  });

  it('takes a ladder’s own interval', () => {
    expect(defaultEvaluationDate('2025-09-01', 7)).toBe('2025-09-08');
  });

  it('throws on input no caller should pass (a programming error, not a business refusal)', () => {
    expect(() => defaultEvaluationDate('2025-02-30')).toThrow('Ugyldig dato «2025-02-30»');
    expect(() => defaultEvaluationDate('2025-09-01', 0)).toThrow('Ugyldig antall dager');
  });
});

describe('overdue evaluations', () => {
  it.each([
    { due: '2025-09-22', today: '2025-09-21', overdue: false },
    { due: '2025-09-22', today: '2025-09-22', overdue: false },
    { due: '2025-09-22', today: '2025-09-23', overdue: true },
    { due: '2025-12-31', today: '2026-01-01', overdue: true },
  ])('due $due, today $today: $overdue', ({ due, today, overdue }) => {
    expect(isEvaluationOverdue(due, today)).toBe(overdue);
  });
});
