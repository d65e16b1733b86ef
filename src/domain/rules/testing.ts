import { compileCalendar, parseSchoolCalendar } from '../calendar/calendar';
import type { CompiledCalendar } from '../calendar/calendar';
import type { AbsenceEvent } from './event-store';

// Builders for tests: a realistic 2025–2026 skolerute and terse event constructors.

/** A 2025–2026 skolerute with autumn, Christmas, winter and Easter breaks; Fridays have five lessons. */
export const TEST_CALENDAR_JSON = {
  schoolYear: '2025-2026',
  firstDay: '2025-08-18',
  lastDay: '2026-06-19',
  springStarts: '2026-01-01',
  closed: [
    { from: '2025-09-29', to: '2025-10-03', name: 'Høstferie' },
    { from: '2025-12-22', to: '2026-01-02', name: 'Juleferie' },
    { from: '2026-02-23', to: '2026-02-27', name: 'Vinterferie' },
    { from: '2026-03-30', to: '2026-04-03', name: 'Påskeferie' },
  ],
  lessonsPerWeekday: [6, 6, 6, 6, 5],
};

/** Compiles calendar JSON that is known to be valid. */
export function testCalendar(json: unknown = TEST_CALENDAR_JSON): CompiledCalendar {
  const parsed = parseSchoolCalendar(json);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return compileCalendar(parsed.calendar);
}

type Extra = Partial<Pick<AbsenceEvent, 'documented' | 'reason' | 'studentId' | 'subject' | 'source'>>;

export const day = (date: string, extra: Extra = {}): AbsenceEvent => ({
  studentId: 'e1',
  date,
  kind: 'day',
  documented: false,
  ...extra,
});
export const lesson = (date: string, period: number, extra: Extra = {}): AbsenceEvent => ({
  studentId: 'e1',
  date,
  kind: 'lesson',
  subject: 'norsk',
  period,
  documented: false,
  ...extra,
});
export const late = (date: string, minutes = 10, extra: Extra = {}): AbsenceEvent => ({
  studentId: 'e1',
  date,
  kind: 'late',
  minutes,
  documented: false,
  ...extra,
});
export const left = (date: string, period: number, extra: Extra = {}): AbsenceEvent => ({
  studentId: 'e1',
  date,
  kind: 'left',
  period,
  documented: false,
  ...extra,
});

/** Whole-day absences on each date. */
export const days = (dates: string[], extra: Extra = {}): AbsenceEvent[] => dates.map((d) => day(d, extra));
