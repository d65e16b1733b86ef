// Absence before and after the measures started, for an evaluation: the same number of school days on
// each side of the divide (as many as have passed since it, up to today), so the two are comparable.
import type { CompiledCalendar } from '../calendar/calendar';
import { formatIsoDate, parseIsoDate } from '../calendar/dates';

export type PeriodFigures = {
  from: string;
  to: string;
  schoolDays: number;
  absentDays: number;
  absentLessons: number;
  lateArrivals: number;
  sharePercent: number;
};
export type BeforeAfter = { before: PeriodFigures | null; after: PeriodFigures | null };

type Event = { date: string; kind: 'day' | 'lesson' | 'late' | 'left'; period?: number | null };

function figures(calendar: CompiledCalendar, first: number, last: number, events: readonly Event[]): PeriodFigures {
  const days = new Map<number, number>();
  for (let i = first; i <= last; i++) days.set(calendar.days[i]!, i);
  let absentDays = 0;
  let absentLessons = 0;
  let late = 0;
  let share = 0;
  const whole = new Set<number>();
  for (const e of events) {
    const d = parseIsoDate(e.date);
    const i = d === null ? undefined : days.get(d);
    if (i === undefined) continue;
    const lessons = calendar.lessons[i]! || 1;
    if (e.kind === 'day') {
      if (!whole.has(i)) {
        whole.add(i);
        absentDays++;
        share += 1;
      }
    } else if (e.kind === 'lesson') {
      absentLessons++;
      if (!whole.has(i)) share += 1 / lessons;
    } else if (e.kind === 'left') {
      absentLessons += Math.max(0, lessons - (e.period ?? 1) + 1);
      if (!whole.has(i)) share += (lessons - (e.period ?? 1) + 1) / lessons;
    } else late++;
  }
  const schoolDays = last - first + 1;
  return {
    from: formatIsoDate(calendar.days[first]!),
    to: formatIsoDate(calendar.days[last]!),
    schoolDays,
    absentDays,
    absentLessons,
    lateArrivals: late,
    sharePercent: schoolDays ? Math.round((Math.min(share, schoolDays) / schoolDays) * 1000) / 10 : 0,
  };
}

/** Absence in the school days since `divide` (up to `today`) against as many school days before it. */
export function absenceBeforeAfter(
  calendar: CompiledCalendar,
  events: readonly Event[],
  divide: string,
  today: string,
): BeforeAfter {
  const d = parseIsoDate(divide);
  const t = parseIsoDate(today);
  if (d === null || t === null) throw new Error('Ugyldig dato');
  const start = calendar.firstIndexOnOrAfter(d);
  const end = calendar.lastIndexOnOrBefore(t);
  if (start >= calendar.days.length || end < start) return { before: null, after: null };
  const n = end - start + 1;
  const beforeFirst = Math.max(0, start - n);
  return {
    after: figures(calendar, start, end, events),
    before: start > 0 ? figures(calendar, beforeFirst, start - 1, events) : null,
  };
}
