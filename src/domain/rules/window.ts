import type { CompiledCalendar } from '../calendar/calendar';
import { monthStart, rollingMonthStart } from '../calendar/dates';
import type { EpochDay } from '../calendar/dates';
import type { RuleWindow } from './profile-schema';

/** The school days a rule looks at when evaluated on one date. */
export interface WindowRange {
  /** First calendar day of the window (inclusive). */
  from: EpochDay;
  /** The evaluation date (inclusive). */
  to: EpochDay;
  /** First school-day index in the window. */
  first: number;
  /** Last school-day index in the window; `last < first` when the window has no school day. */
  last: number;
}

/**
 * The window of a rule as of a date. Windows are calendar days ending on and including the date:
 * N days = [date − N + 1, date]; rollingMonth = the month that ends on the date (from the day after the
 * same date one month earlier); month = the calendar month containing the date, up to the date;
 * semester = the semester containing it, up to the date. Later events are not yet known on that date.
 */
export function windowRange(window: RuleWindow, calendar: CompiledCalendar, asOf: EpochDay): WindowRange {
  let from: EpochDay;
  if (window.type === 'days') from = asOf - window.days + 1;
  else if (window.type === 'rollingMonth') from = rollingMonthStart(asOf);
  else if (window.type === 'month') from = monthStart(asOf);
  else {
    const semester = calendar.semesterOf(asOf);
    if (!semester) return { from: asOf, to: asOf, first: 0, last: -1 };
    from = semester.from;
  }
  return { from, to: asOf, first: calendar.firstIndexOnOrAfter(from), last: calendar.lastIndexOnOrBefore(asOf) };
}
