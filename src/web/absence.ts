// Pure helpers for the absence screens: date arithmetic on 'YYYY-MM-DD' strings, the heat map's
// share of a day absent, and reading the server's validation details. No React, no clock.
import { ApiError } from './api';
import type { AbsenceEvent, Alert, Lesson } from './api';

// ——— Dates (UTC arithmetic on plain dates, so no time zone can shift a day) ———

function toUtc(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtc(toUtc(value)) === value;
}

export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  const day = toUtc(isoDate).getUTCDay();
  return day === 0 ? 7 : day;
}

export function mondayOf(isoDate: string): string {
  return addDays(isoDate, 1 - isoWeekday(isoDate));
}

/** ISO 8601 week number (Norwegian "uke"). */
export function isoWeek(isoDate: string): number {
  const thursday = toUtc(addDays(isoDate, 4 - isoWeekday(isoDate)));
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** Today's date in the browser's own time zone (the guardian's page, when the server gives none). */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ——— Heat map ———

/** Minutes in a lesson, to turn a late arrival into a share of the day. */
export const LESSON_MINUTES = 45;

export function lessonCount(lessons: number | Lesson[]): number {
  return typeof lessons === 'number' ? lessons : lessons.length;
}

/**
 * Share of a school day the pupil was away (0–1): a whole day is 1; each lesson 1/lessons; leaving
 * from period p misses lessons p…n; a late arrival counts its minutes against the day's lesson time.
 */
export function shareAbsent(events: Pick<AbsenceEvent, 'kind' | 'period' | 'minutes'>[], lessons: number): number {
  if (events.length === 0) return 0;
  const n = Math.max(lessons, 1);
  let share = 0;
  for (const event of events) {
    switch (event.kind) {
      case 'day':
        return 1;
      case 'lesson':
        share += 1 / n;
        break;
      case 'left':
        share += event.period ? Math.max(0, n - event.period + 1) / n : 0.5;
        break;
      case 'late':
        share += Math.min(event.minutes ?? 0, n * LESSON_MINUTES) / (n * LESSON_MINUTES);
        break;
    }
  }
  return Math.min(1, share);
}

/** 0 = present, 1 = a little (≤ 25 %), 2 = up to half, 3 = more than half, 4 = the whole day. */
export function heatLevel(share: number): 0 | 1 | 2 | 3 | 4 {
  if (share <= 0) return 0;
  if (share >= 1) return 4;
  if (share <= 0.25) return 1;
  if (share <= 0.5) return 2;
  return 3;
}

export type HeatCell =
  | { kind: 'none'; date: string }
  | { kind: 'closed'; date: string; reason: string }
  | {
      kind: 'school';
      date: string;
      lessons: number;
      events: AbsenceEvent[];
      share: number;
      level: 0 | 1 | 2 | 3 | 4;
      /** After the server's today: not «til stede», not yet anything (leave may be registered ahead). */
      future: boolean;
    };

export type HeatWeek = { monday: string; week: number; days: HeatCell[] };

/**
 * Weeks (Monday first) from the first to the last day, Mon–Fri only, skipping weeks with no school day and no
 * closed day. School days after `today` (the server's) are marked future.
 */
export function heatWeeks(
  calendar: {
    firstDay: string;
    lastDay: string;
    schoolDays: { date: string; lessons: number | Lesson[] }[];
    closedDays: { date: string; reason: string }[];
  },
  events: AbsenceEvent[],
  today: string,
): HeatWeek[] {
  const school = new Map(calendar.schoolDays.map((d) => [d.date, lessonCount(d.lessons)]));
  const closed = new Map(calendar.closedDays.map((d) => [d.date, d.reason]));
  const byDate = new Map<string, AbsenceEvent[]>();
  for (const event of events) byDate.set(event.date, [...(byDate.get(event.date) ?? []), event]);

  const weeks: HeatWeek[] = [];
  if (!isIsoDate(calendar.firstDay) || !isIsoDate(calendar.lastDay)) return weeks;
  for (let monday = mondayOf(calendar.firstDay); monday <= calendar.lastDay; monday = addDays(monday, 7)) {
    const days: HeatCell[] = [];
    for (let i = 0; i < 5; i++) {
      const date = addDays(monday, i);
      const lessons = school.get(date);
      const reason = closed.get(date);
      if (lessons !== undefined) {
        const dayEvents = byDate.get(date) ?? [];
        const share = shareAbsent(dayEvents, lessons);
        days.push({
          kind: 'school',
          date,
          lessons,
          events: dayEvents,
          share,
          level: heatLevel(share),
          future: date > today,
        });
      } else if (reason !== undefined) days.push({ kind: 'closed', date, reason });
      else days.push({ kind: 'none', date });
    }
    if (days.some((d) => d.kind !== 'none')) weeks.push({ monday, week: isoWeek(monday), days });
  }
  return weeks;
}

// ——— Server answers ———

/** Field messages from a validation error: `details.fields` as `[{field, message}]` or `{field: message}`. */
export function fieldErrors(error: unknown): { field: string; message: string }[] {
  if (!(error instanceof ApiError) || !error.details) return [];
  const fields = error.details.fields;
  if (Array.isArray(fields)) {
    return fields.flatMap((f: unknown) => {
      if (typeof f !== 'object' || f === null) return [];
      const record = f as Record<string, unknown>;
      const field =
        typeof record.field === 'string' ? record.field : typeof record.path === 'string' ? record.path : '';
      const message =
        typeof record.message === 'string' ? record.message : typeof record.reason === 'string' ? record.reason : '';
      return message ? [{ field, message }] : [];
    });
  }
  if (typeof fields === 'object' && fields !== null) {
    return Object.entries(fields as Record<string, unknown>).flatMap(([field, message]) =>
      typeof message === 'string' ? [{ field, message }] : [],
    );
  }
  return [];
}

/** The bad rows of a refused import: `details.rows` as `[{line, field, reason}]`, sorted by line. */
export function importRowErrors(error: unknown): { line: number; field: string; reason: string }[] {
  if (!(error instanceof ApiError) || !error.details || !Array.isArray(error.details.rows)) return [];
  return (error.details.rows as unknown[])
    .flatMap((row) => {
      if (typeof row !== 'object' || row === null) return [];
      const r = row as Record<string, unknown>;
      return typeof r.line === 'number'
        ? [{ line: r.line, field: String(r.field ?? ''), reason: String(r.reason ?? '') }]
        : [];
    })
    .sort((a, b) => a.line - b.line);
}

/** How many rows of an import were bad in all (the answer lists the first 200), and the encoding read, from a refusal. */
export function importRefusal(error: unknown): { total: number; encoding: string | null } {
  const details = error instanceof ApiError ? error.details : undefined;
  const listed = importRowErrors(error).length;
  const total = typeof details?.total === 'number' && details.total >= listed ? details.total : listed;
  return { total, encoding: typeof details?.encoding === 'string' ? details.encoding : null };
}

/** Alerts in `after` that were not known before: by id when we know the earlier ids, else the ones still new. */
export function newAlerts(after: Alert[], knownIds: ReadonlySet<string> | null): Alert[] {
  return knownIds ? after.filter((a) => !knownIds.has(a.id)) : after.filter((a) => a.status === 'new');
}

/** The Content-Type the import endpoint expects for a file name, or null when it is neither CSV nor XLSX. */
export function importContentType(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'text/csv';
  if (lower.endsWith('.xlsx')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}

/** "2026-11-24T08:15" from a Date in local time: the value of a datetime-local input. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localToday(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time, no zone) → an ISO instant for the API. */
export function dateTimeToIso(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
