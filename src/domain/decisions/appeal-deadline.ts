// The appeal deadline of an enkeltvedtak (decision 215). Forvaltningsloven § 29 første ledd: the deadline is
// three weeks from the time the notification of the decision reached the party. Forvaltningsloven has no
// counting rule of its own; the general rule of Norwegian procedure, domstolloven §§ 148–149, is applied to it
// (as the Sivilombudet and the Ministry of Justice's legislation department do): a period in weeks ends on
// the same weekday as the day it runs from, and when that day is a Saturday, Sunday, public holiday
// (helligdag) or høytidsdag (1 and 17 May), the deadline moves to the next day that is none of these.
import { epochDayOf, formatIsoDate, isoWeekday, parseIsoDate, type EpochDay } from '../calendar/dates';
import { norwegianPublicHolidays } from '../calendar/holidays';
import { civilOf } from '../calendar/dates';

/** Weeks to appeal an enkeltvedtak (fvl § 29 første ledd). */
export const APPEAL_WEEKS = 3;

function isHoliday(day: EpochDay): boolean {
  return norwegianPublicHolidays(civilOf(day).year).some((h) => h.day === day);
}

/** Whether a day is a day a deadline may end on: not Saturday, Sunday, a helligdag or 1 or 17 May. */
export function isDeadlineDay(day: EpochDay): boolean {
  return isoWeekday(day) <= 5 && !isHoliday(day);
}

/** The first day from `day` on (itself included) that a deadline may end on (domstolloven § 149). */
export function nextDeadlineDay(day: EpochDay): EpochDay {
  let d = day;
  while (!isDeadlineDay(d)) d += 1;
  return d;
}

/** A period of whole weeks from a day, moved past weekends and holidays (domstolloven §§ 148–149). */
export function weeksFrom(fromIso: string, weeks: number): string {
  const from = parseIsoDate(fromIso);
  if (from === null) throw new RangeError(`Ugyldig dato ${fromIso}`);
  return formatIsoDate(nextDeadlineDay(from + 7 * weeks));
}

/** The last day to appeal a decision the family received on `receivedOn` (ÅÅÅÅ-MM-DD). */
export function appealDeadline(receivedOn: string): string {
  return weeksFrom(receivedOn, APPEAL_WEEKS);
}

/** A month from a day, clamped to the month's last day, moved past weekends and holidays (fvl § 11 a's month). */
export function monthFrom(fromIso: string): string {
  const from = parseIsoDate(fromIso);
  if (from === null) throw new RangeError(`Ugyldig dato ${fromIso}`);
  const c = civilOf(from);
  const year = c.month === 12 ? c.year + 1 : c.year;
  const month = c.month === 12 ? 1 : c.month + 1;
  const last = epochDayOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  return formatIsoDate(nextDeadlineDay(Math.min(epochDayOf(year, month, c.day), last)));
}
