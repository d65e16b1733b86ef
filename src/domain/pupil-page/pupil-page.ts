// The pupil's own page (issue 21 item 2, decision 184): the weekly check-in on 001's scaling tool and the
// wish before a meeting. Pure: which week a day belongs to, and the closed lists the page offers.
import { formatIsoDate, isoWeekday, parseIsoDate } from '../calendar/dates';
import { isoWeek } from '../oversight/reviews';

/** 001 Skaleringsverktøy: «Hvordan har skoleuka vært?» from 1 (very bad) to 10 (very good). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 10;

/** Whom a pupil can ask to have at a meeting, besides others named in their own words. */
export const MEETING_PEOPLE = ['foresatte', 'kontaktlaerer', 'helsesykepleier', 'radgiver', 'venn'] as const;
export type MeetingPerson = (typeof MEETING_PEOPLE)[number];

/** The longest answer a pupil can write in one field. */
export const PUPIL_TEXT_MAX = 2000;

/** The ISO week a day belongs to, as «2026-W49»: one check-in per pupil and week. */
export function weekKey(date: string): string {
  const { week, year } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday and Sunday of the week a day belongs to. */
export function weekOf(date: string): { from: string; to: string } {
  const d = parseIsoDate(date);
  if (d === null) throw new Error(`Ugyldig dato: ${date}`);
  const monday = d - isoWeekday(d) + 1;
  return { from: formatIsoDate(monday), to: formatIsoDate(monday + 6) };
}

/**
 * The Mondays of the weeks a chart of check-ins shows: from the week of `first` to the week of `today`, at
 * most the last `max` of them (none when `first` is after today).
 */
export function chartMondays(first: string, today: string, max: number): string[] {
  const from = parseIsoDate(weekOf(first).from);
  const to = parseIsoDate(weekOf(today).from);
  if (from === null || to === null) throw new Error(`Ugyldig dato: ${first} / ${today}`);
  const mondays: string[] = [];
  for (let d = Math.max(from, to - 7 * (max - 1)); d <= to; d += 7) mondays.push(formatIsoDate(d));
  return mondays;
}
