import { describe, expect, it } from 'vitest';
import { diplomaFigures, type DiplomaEvent } from './diploma';

const day = (date: string, documented: boolean, reason: string | null): DiplomaEvent => ({
  date,
  kind: 'day',
  documented,
  reason,
});

describe('diploma figures (000 §7)', () => {
  it('counts whole days and lessons, not late arrivals', () => {
    const f = diplomaFigures([
      day('2026-09-01', false, null),
      { date: '2026-09-02', kind: 'lesson', documented: false, reason: null },
      { date: '2026-09-03', kind: 'late', documented: false, reason: null },
      { date: '2026-09-04', kind: 'left', documented: false, reason: null },
    ]);
    expect(f).toMatchObject({ absentDays: 1, absentLessons: 2, leaveOffCandidates: [], daysIfLeftOff: 1 });
  });

  it('offers documented health and leave days, but at most 10', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      day(`2026-10-${String(i + 5).padStart(2, '0')}`, true, i % 2 ? 'helse' : 'permisjon'),
    );
    events.push(day('2026-11-02', false, 'sykdom'), day('2026-11-03', true, 'annet'));
    const f = diplomaFigures(events);
    expect(f.absentDays).toBe(14);
    expect(f.leaveOffCandidates).toHaveLength(10);
    expect(f.leaveOffCandidates[0]).toEqual({ date: '2026-10-05', reason: 'permisjon' });
    expect(f.daysIfLeftOff).toBe(4);
  });

  it('counts ten eligible days all, nine as nine', () => {
    const ten = Array.from({ length: 10 }, (_, i) => day(`2026-10-${String(i + 10)}`, true, 'sykdom'));
    expect(diplomaFigures(ten).daysIfLeftOff).toBe(0);
    expect(diplomaFigures(ten.slice(0, 9)).leaveOffCandidates).toHaveLength(9);
  });
});
