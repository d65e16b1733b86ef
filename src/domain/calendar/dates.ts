// Dates as whole days since 1970-01-01 (UTC). School rules only ever need calendar days, and plain
// integers keep window arithmetic exact and fast; ISO strings appear only at the edges.

/** An epoch day: whole days since 1970-01-01. */
export type EpochDay = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch day of a civil date (proleptic Gregorian), month 1–12. */
export function epochDayOf(year: number, month: number, day: number): EpochDay {
  // Days-from-civil (H. Hinnant): exact for all years, no Date object needed.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of an epoch day. */
export function civilOf(day: EpochDay): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** Days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return epochDayOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - epochDayOf(year, month, 1);
}

/** Parses a strict `YYYY-MM-DD`; null when the text is not a real date (e.g. 2025-02-30). */
export function parseIsoDate(text: string): EpochDay | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return epochDayOf(year, month, day);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Formats an epoch day as `YYYY-MM-DD`. */
export function formatIsoDate(day: EpochDay): string {
  const c = civilOf(day);
  return `${c.year}-${pad2(c.month)}-${pad2(c.day)}`;
}

const ISO_DATE_START = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * `YYYY-MM-DD` (or the date of an ISO timestamp) as Nærvær writes a date everywhere: `DD.MM.YYYY`, «03.12.2026»
 * (decision 171). Screens, alert explanations, plan titles, refusals, letters, PDFs and exports all use this
 * one, so a date looks the same wherever it is read. Text that does not start with an ISO date comes back as it is.
 */
export function norwegianDate(iso: string): string {
  const m = ISO_DATE_START.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Day and month of a `YYYY-MM-DD`, as a period within one year is written: «04.01.» (in «04.01.–03.02.»). */
export function norwegianDayMonth(iso: string): string {
  const m = ISO_DATE_START.exec(iso);
  return m ? `${m[3]}.${m[2]}.` : iso;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: EpochDay): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** First day of the calendar month containing the day. */
export function monthStart(day: EpochDay): EpochDay {
  const c = civilOf(day);
  return epochDayOf(c.year, c.month, 1);
}

/**
 * First day of the rolling month that ends on `day`: the day after the same date one month earlier,
 * clamped to that month's last day. As of 3 Feb that is 4 Jan; as of 31 Mar (or 28–30 Mar in a
 * common year) it is 1 Mar, since 31 Feb clamps to the last day of February.
 */
export function rollingMonthStart(day: EpochDay): EpochDay {
  const c = civilOf(day);
  const year = c.month === 1 ? c.year - 1 : c.year;
  const month = c.month === 1 ? 12 : c.month - 1;
  return epochDayOf(year, month, Math.min(c.day, daysInMonth(year, month))) + 1;
}
