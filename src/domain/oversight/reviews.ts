// The reviews 004 §1.1 (3) asks for (issue 19 item 2): the leadership group's weekly review (this week against the
// four before it), the trinn meeting every other week, the resource team's monthly review and the semester review
// (movement in absence, progress highlighted). What is pure about them lives here: which weeks and periods, cases
// counted by level, pupils with a concern but no case, movement over the three bands. Decision 139.
import { formatIsoDate, isoWeekday, parseIsoDate, civilOf, epochDayOf } from '../calendar/dates';
import { SHARE_BANDS, movement, type Movement, type PupilPeriod } from './figures';

export type DateRange = { from: string; to: string };
export type WeekRange = DateRange & { week: number; year: number };

/** How often the trinn meeting is held (004 §1.1: «annenhver uke»), in days. */
export const TRINN_MEETING_EVERY_DAYS = 14;
/** How many weeks before this one the weekly review compares with. */
export const WEEKS_BEFORE = 4;

function day(date: string) {
  const d = parseIsoDate(date);
  if (d === null) throw new Error(`Ugyldig dato: ${date}`);
  return d;
}

/** The ISO week number (and its year) of a day: week 1 holds the year's first Thursday. */
export function isoWeek(date: string): { week: number; year: number } {
  const d = day(date);
  const thursday = d - isoWeekday(d) + 4;
  const year = civilOf(thursday).year;
  return { week: Math.floor((thursday - epochDayOf(year, 1, 1)) / 7) + 1, year };
}

/** This week (Monday to Sunday) and the `before` weeks before it, oldest first. */
export function weeksUpTo(today: string, before = WEEKS_BEFORE): WeekRange[] {
  const monday = day(today) - isoWeekday(day(today)) + 1;
  return Array.from({ length: before + 1 }, (_, i) => {
    const from = formatIsoDate(monday - 7 * (before - i));
    return { from, to: formatIsoDate(monday - 7 * (before - i) + 6), ...isoWeek(from) };
  });
}

/** The day a meeting held every `everyDays` days before `today` was held: what «new since the last meeting» counts from. */
export function lastMeetingOn(today: string, everyDays = TRINN_MEETING_EVERY_DAYS): string {
  return formatIsoDate(day(today) - everyDays);
}

/**
 * The two halves of a range, for the movement reviews: the first half is «before», the second «now». With an
 * odd number of days the later half is the shorter (a pupil is compared over whole school days of each).
 */
export function halves(range: DateRange): [DateRange, DateRange] {
  const from = day(range.from);
  const to = day(range.to);
  if (to <= from) throw new Error('halves: the range needs at least two days');
  const mid = from + Math.ceil((to - from + 1) / 2) - 1;
  return [
    { from: range.from, to: formatIsoDate(mid) },
    { from: formatIsoDate(mid + 1), to: range.to },
  ];
}

export type ReviewCase = { level: number; openedOn: string };
export type LevelCount = { level: number; new: number; ongoing: number };

/** Open cases per ladder level 0–3: new when opened on or after `since`, ongoing when opened before. */
export function casesByLevel(cases: readonly ReviewCase[], since: string, levels = [0, 1, 2, 3]): LevelCount[] {
  return levels.map((level) => {
    const at = cases.filter((c) => c.level === level);
    const fresh = at.filter((c) => c.openedOn >= since).length;
    return { level, new: fresh, ongoing: at.length - fresh };
  });
}

/** The pupils with an open concern who have no open case, in the order of the concerns. */
export function concernsWithoutCase<T extends { pupilId: string }>(
  concerns: readonly T[],
  pupilsWithCase: ReadonlySet<string>,
): T[] {
  const seen = new Set<string>();
  return concerns.filter((c) => {
    if (pupilsWithCase.has(c.pupilId) || seen.has(c.pupilId)) return false;
    seen.add(c.pupilId);
    return true;
  });
}

export type BandMovement = Movement & { percent: number };

/** The movement of one group over each of SHARE_BANDS (5, 10, 20 %), «fremgang» first: those who moved below. */
export function bandMovements(before: readonly PupilPeriod[], after: readonly PupilPeriod[]): BandMovement[] {
  return SHARE_BANDS.map((percent) => ({ percent, ...movement(before, after, percent) }));
}
