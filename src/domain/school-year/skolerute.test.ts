import { describe, expect, it } from 'vitest';
import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import { parseIsoDate } from '../calendar/dates';
import { defaultSkolerute, schoolYearStarting } from './skolerute';

describe('defaultSkolerute', () => {
  const r = defaultSkolerute(2026);

  it('runs from a Monday in mid-August to a Friday in June', () => {
    expect(r).toMatchObject({
      schoolYear: '2026-2027',
      firstDay: '2026-08-17',
      lastDay: '2027-06-18',
      springStarts: '2027-01-01',
    });
  });

  it('closes høstferie in week 40, juleferie, vinterferie in week 8 and påskeferie', () => {
    expect(r.closed).toEqual([
      { from: '2026-09-28', to: '2026-10-02', name: 'Høstferie' },
      { from: '2026-10-05', to: '2026-10-05', name: 'Planleggingsdag' },
      { from: '2026-12-21', to: '2027-01-02', name: 'Juleferie' },
      { from: '2027-02-22', to: '2027-02-26', name: 'Vinterferie' },
      // Easter Sunday 2027 is 28 March.
      { from: '2027-03-22', to: '2027-03-29', name: 'Påskeferie' },
    ]);
  });

  it('is a valid calendar with about 190 school days', () => {
    const parsed = parseSchoolCalendar({ ...r, lessonsPerWeekday: [6, 6, 6, 6, 5] });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const days = compileCalendar(parsed.calendar).days.length;
    expect(days).toBeGreaterThanOrEqual(185);
    expect(days).toBeLessThanOrEqual(192);
  });

  it('knows which school year a date belongs to', () => {
    expect(schoolYearStarting(parseIsoDate('2026-11-24')!)).toBe(2026);
    expect(schoolYearStarting(parseIsoDate('2027-07-31')!)).toBe(2026);
    expect(schoolYearStarting(parseIsoDate('2027-08-01')!)).toBe(2027);
  });
});
