import { describe, expect, it } from 'vitest';
import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import { absenceBeforeAfter } from './before-after';

const parsed = parseSchoolCalendar({
  schoolYear: '2026-2027',
  firstDay: '2026-08-17',
  lastDay: '2027-06-18',
  springStarts: '2027-01-01',
  closed: [{ from: '2026-09-28', to: '2026-10-02', name: 'Høstferie' }],
  lessonsPerWeekday: [6, 6, 6, 6, 5],
});
if (!parsed.ok) throw new Error(parsed.errors.join());
const calendar = compileCalendar(parsed.calendar);

describe('absence before and after the measures', () => {
  it('compares equally many school days on each side', () => {
    // Measures start Monday 2 Nov; evaluation Friday 20 Nov: 15 school days after, 15 before (12–30 Oct).
    const r = absenceBeforeAfter(
      calendar,
      [
        { date: '2026-10-19', kind: 'day' },
        { date: '2026-10-20', kind: 'day' },
        { date: '2026-10-21', kind: 'lesson', period: 3 },
        { date: '2026-10-09', kind: 'day' }, // before the window: 15 school days back from 30 Oct is 12 Oct
        { date: '2026-11-05', kind: 'late' },
        { date: '2026-11-06', kind: 'left', period: 4 },
      ],
      '2026-11-02',
      '2026-11-20',
    );
    expect(r.after).toMatchObject({
      from: '2026-11-02',
      to: '2026-11-20',
      schoolDays: 15,
      absentDays: 0,
      absentLessons: 2,
      lateArrivals: 1,
    });
    expect(r.before).toMatchObject({
      from: '2026-10-12',
      to: '2026-10-30',
      schoolDays: 15,
      absentDays: 2,
      absentLessons: 1,
    });
    expect(r.before!.sharePercent).toBe(Math.round(((2 + 1 / 6) / 15) * 1000) / 10);
    expect(r.after!.sharePercent).toBe(Math.round((2 / 5 / 15) * 1000) / 10);
  });

  it('has nothing after when the measures have not started yet, nothing before at the start of the year', () => {
    expect(absenceBeforeAfter(calendar, [], '2026-11-30', '2026-11-20')).toEqual({ before: null, after: null });
    expect(absenceBeforeAfter(calendar, [], '2026-08-17', '2026-08-21').before).toBeNull();
  });
});
