import type { CompiledCalendar } from '../calendar/calendar';
import { formatIsoDate, isoWeekday, parseIsoDate } from '../calendar/dates';

// 004 §4.2: «Aktørene følger opp og evaluerer tiltakene etter tre uker». Three weeks of *school*: the
// ladder's interval (21 days) is read as weeks of five school days each, counted in the pupil's skolerute,
// so the date is always a school day and a holiday does not eat into the weeks (decision 102).

/** Three weeks, the default time from the start of measures to their evaluation (004 §4.2). */
export const DEFAULT_EVALUATION_AFTER_DAYS = 21;

/** The school days an interval of calendar days stands for: five a week, at least one. */
export function schoolDaysFor(afterDays: number): number {
  return Math.max(1, Math.round((afterDays * 5) / 7));
}

function checked(start: string, afterDays: number): number {
  const day = parseIsoDate(start);
  if (day === null) throw new Error(`Ugyldig dato «${start}» (bruk ÅÅÅÅ-MM-DD)`);
  if (!Number.isInteger(afterDays) || afterDays < 1) throw new Error(`Ugyldig antall dager «${afterDays}»`);
  return day;
}

/**
 * The default evaluation date without a skolerute: `afterDays` calendar days after the measures start
 * (YYYY-MM-DD), moved to the Monday after when it falls on a weekend.
 */
export function defaultEvaluationDate(
  measuresStartOn: string,
  afterDays: number = DEFAULT_EVALUATION_AFTER_DAYS,
): string {
  const due = checked(measuresStartOn, afterDays) + afterDays;
  const weekday = isoWeekday(due);
  return formatIsoDate(weekday >= 6 ? due + (8 - weekday) : due);
}

/**
 * The default evaluation date in the skolerute: the school day that is `schoolDaysFor(afterDays)` school
 * days after `start` (a start on a day off counts from the next school day). When the school year ends
 * first, its last school day, so the evaluation comes before the summer; when no school day is left after
 * `start`, the calendar-day default.
 */
export function schoolEvaluationDate(
  calendar: CompiledCalendar,
  start: string,
  afterDays: number = DEFAULT_EVALUATION_AFTER_DAYS,
): string {
  const day = checked(start, afterDays);
  const target = calendar.lastIndexOnOrBefore(day) + schoolDaysFor(afterDays);
  const last = calendar.days.length - 1;
  if (target <= last) return formatIsoDate(calendar.days[target]!);
  if (last >= 0 && calendar.days[last]! > day) return formatIsoDate(calendar.days[last]!);
  return defaultEvaluationDate(start, afterDays);
}

/** Whether an evaluation due on `evaluationDue` is overdue on `today`: the due day itself is not. */
export function isEvaluationOverdue(evaluationDue: string, today: string): boolean {
  return evaluationDue < today;
}
