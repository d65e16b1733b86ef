import { describe, expect, it } from 'vitest';
import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import { attendanceBeforeAfter, planAttendance, planPeriod } from './attendance';
import { dagsplan, returnPlan, samarbeidsavtale, tiltaksplan } from './testing';

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

// Three whole days away in the 15 school days before the plan (12–30 Oct), one during it (2–20 Nov).
const EVENTS = [
  { date: '2026-10-19', kind: 'day' as const },
  { date: '2026-10-20', kind: 'day' as const },
  { date: '2026-10-26', kind: 'day' as const },
  { date: '2026-10-09', kind: 'day' as const }, // 16 school days before: outside the comparison
  { date: '2026-11-09', kind: 'day' as const },
];

describe('attendance before and during a plan', () => {
  it('compares the plan period with as many school days before it', () => {
    const r = attendanceBeforeAfter(calendar, EVENTS, { from: '2026-11-02', to: '2026-11-20' }, '2026-12-01');
    expect(r.before).toMatchObject({
      from: '2026-10-12',
      to: '2026-10-30',
      schoolDays: 15,
      absentDays: 3,
      sharePercent: 20,
    });
    expect(r.during).toMatchObject({
      from: '2026-11-02',
      to: '2026-11-20',
      schoolDays: 15,
      absentDays: 1,
      sharePercent: 6.7,
    });
    expect(r).toMatchObject({ attendanceBefore: 80, attendanceDuring: 93.3, change: 13.3, periodEnded: true });
    expect(r.summary).toBe(
      'Tilstedeværelse 93,3 % i 15 skoledager i planperioden, mot 80,0 % i like mange skoledager før (opp 13,3 prosentpoeng).',
    );
  });

  it('counts a running plan up to today', () => {
    const r = attendanceBeforeAfter(calendar, EVENTS, { from: '2026-11-02', to: '2026-11-20' }, '2026-11-06');
    expect(r.during).toMatchObject({ schoolDays: 5, absentDays: 0 });
    expect(r.before).toMatchObject({ from: '2026-10-26', to: '2026-10-30', absentDays: 1 });
    expect(r).toMatchObject({ attendanceBefore: 80, attendanceDuring: 100, change: 20, periodEnded: false });
    expect(r.summary).toContain('så langt i planperioden');
  });

  it('has nothing to say before the plan starts, and nothing to compare at the start of the year', () => {
    expect(attendanceBeforeAfter(calendar, EVENTS, { from: '2026-11-02', to: null }, '2026-10-30')).toMatchObject({
      during: null,
      change: null,
      summary: 'Planperioden har ingen skoledager før 30.10.2026.',
    });
    const first = attendanceBeforeAfter(calendar, [], { from: '2026-08-17', to: '2026-08-21' }, '2026-09-01');
    expect(first).toMatchObject({ before: null, attendanceDuring: 100, change: null });
    expect(first.summary).toBe(
      'Tilstedeværelse i planperioden: 100,0 % (5 skoledager). Det finnes ingen skoledager før perioden å sammenligne med.',
    );
  });

  it('reads each plan’s period', () => {
    expect(planPeriod(tiltaksplan())).toEqual({ from: '2025-11-03', to: '2025-11-21' });
    expect(planPeriod(samarbeidsavtale())).toEqual({ from: '2025-11-03', to: '2025-11-24' });
    expect(planPeriod(returnPlan())).toEqual({ from: '2025-11-03', to: '2025-11-28' });
    expect(planPeriod(dagsplan())).toBeNull();
    expect(planAttendance(calendar, EVENTS, dagsplan(), '2026-12-01')).toBeNull();
    expect(
      planAttendance(calendar, EVENTS, tiltaksplan({ period: { from: '2026-11-02', to: '2026-11-20' } }), '2026-12-01')
        ?.change,
    ).toBe(13.3);
  });
});
