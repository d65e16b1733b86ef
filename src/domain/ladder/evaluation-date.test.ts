import { describe, expect, it } from 'vitest';
import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import {
  DEFAULT_EVALUATION_AFTER_DAYS,
  defaultEvaluationDate,
  isEvaluationOverdue,
  schoolDaysFor,
  schoolEvaluationDate,
} from './evaluation-date';

// A skolerute for 2026–27 with the holidays a Norwegian school has (juleferie 21.12–1.1, vinterferie in
// week 8, påske by the public holidays and a planning day).
const parsed = parseSchoolCalendar({
  schoolYear: '2026-2027',
  firstDay: '2026-08-17',
  lastDay: '2027-06-18',
  springStarts: '2027-01-01',
  closed: [
    { from: '2026-09-28', to: '2026-10-02', name: 'Høstferie' },
    { from: '2026-11-27', to: '2026-11-27', name: 'Planleggingsdag' },
    { from: '2026-12-21', to: '2027-01-01', name: 'Juleferie' },
    { from: '2027-02-22', to: '2027-02-26', name: 'Vinterferie' },
  ],
  lessonsPerWeekday: [6, 6, 6, 6, 5],
});
if (!parsed.ok) throw new Error(parsed.errors.join());
const calendar = compileCalendar(parsed.calendar);

// 004 §4.2: «Aktørene følger opp og evaluerer tiltakene etter tre uker».
describe('default evaluation date: three weeks of school after the measures start', () => {
  it('is three weeks, that is fifteen school days', () => {
    expect(DEFAULT_EVALUATION_AFTER_DAYS).toBe(21);
    expect(schoolDaysFor(21)).toBe(15);
    expect(schoolDaysFor(7)).toBe(5);
    expect(schoolDaysFor(1)).toBe(1);
  });

  it.each([
    { start: '2026-11-02', due: '2026-11-23', why: 'three ordinary weeks: the Monday three weeks on' },
    { start: '2026-11-23', due: '2026-12-15', why: 'a planning day inside the weeks pushes it one school day' },
    { start: '2026-11-26', due: '2026-12-18', why: 'the last school day before juleferie' },
    { start: '2026-12-17', due: '2027-01-21', why: 'juleferie does not count: never inside or right after it' },
    { start: '2026-09-21', due: '2026-10-19', why: 'across høstferie' },
    { start: '2027-02-15', due: '2027-03-15', why: 'across vinterferie' },
    { start: '2026-11-28', due: '2026-12-18', why: 'a Saturday start counts from the Monday' },
    { start: '2026-08-10', due: '2026-09-04', why: 'a start before the school year counts from its first day' },
    {
      start: '2027-06-07',
      due: '2027-06-18',
      why: 'the school year ends first: its last school day, before the summer',
    },
    { start: '2027-06-18', due: '2027-07-09', why: 'no school day left: three calendar weeks' },
  ])('$start → $due ($why)', ({ start, due }) => {
    const date = schoolEvaluationDate(calendar, start);
    expect(date).toBe(due);
    if (start < '2027-06-18') expect(calendar.closedReason(Date.parse(date) / 86_400_000)).toBeNull();
  });

  it('takes a ladder’s own interval: a week is five school days', () => {
    expect(schoolEvaluationDate(calendar, '2026-11-23', 7)).toBe('2026-12-01');
  });

  it('without a skolerute: calendar days, moved off a weekend', () => {
    expect(defaultEvaluationDate('2025-09-01')).toBe('2025-09-22');
    expect(defaultEvaluationDate('2025-12-15')).toBe('2026-01-05');
    expect(defaultEvaluationDate('2028-02-15')).toBe('2028-03-07');
    expect(defaultEvaluationDate('2026-03-22')).toBe('2026-04-13');
    expect(defaultEvaluationDate('2025-09-01', 7)).toBe('2025-09-08');
  });

  it('throws on input no caller should pass (a programming error, not a business refusal)', () => {
    expect(() => defaultEvaluationDate('2025-02-30')).toThrow('Ugyldig dato «2025-02-30»');
    expect(() => schoolEvaluationDate(calendar, '2025-09-01', 0)).toThrow('Ugyldig antall dager');
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
