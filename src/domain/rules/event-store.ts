import type { CompiledCalendar } from '../calendar/calendar';
import { parseIsoDate } from '../calendar/dates';
import type { AbsenceKind } from './profile-schema';

export const ABSENCE_REASONS = ['sykdom', 'helse', 'permisjon', 'annet', 'ukjent'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

/** One registered absence: a whole day, a lesson, a late arrival or leaving school during the day. */
export interface AbsenceEvent {
  studentId: string;
  /** `YYYY-MM-DD`, a school day. */
  date: string;
  kind: AbsenceKind;
  subject?: string | null;
  /** Lesson number within the day, from 1 (the lesson missed, or the first lesson missed when leaving). */
  period?: number | null;
  minutes?: number | null;
  documented: boolean;
  reason?: AbsenceReason | null;
  /**
   * Who registered it: a teacher, the guardians (their report of the absence) or an import. Unknown
   * when absent (an events file has no such column); the rules never look at it, the pattern
   * «fravær uten melding fra foresatte» does.
   */
  source?: AbsenceSource | null;
}

export const ABSENCE_SOURCES = ['laerer', 'foresatt', 'import'] as const;
export type AbsenceSource = (typeof ABSENCE_SOURCES)[number];

export const KIND_CODE: Record<AbsenceKind, number> = { day: 0, lesson: 1, late: 2, left: 3 };

/**
 * Events of many pupils in columns, sorted by pupil and school day. Columns instead of objects keep a
 * national-scale replay (15 million events) inside memory and cache; one pupil is a slice
 * `[offsets[p], offsets[p + 1])`.
 */
export interface EventStore {
  readonly studentIds: readonly string[];
  readonly offsets: Int32Array;
  /** Index of the event's school day in the calendar. */
  readonly dayIndex: Int32Array;
  /** KIND_CODE of the event. */
  readonly kind: Uint8Array;
  readonly documented: Uint8Array;
  /** Index into `subjects`, or -1. */
  readonly subject: Int32Array;
  /** Lesson number from 1; 0 when not given. */
  readonly period: Uint8Array;
  readonly subjects: readonly string[];
}

/**
 * Builds a store from event objects. Every student in `studentIds` (sorted) gets a slice, also those
 * without events; events on days that are not school days are dropped, since they cannot be absence
 * from school (the CLI rejects them before they get here).
 */
export function buildEventStore(
  events: readonly AbsenceEvent[],
  calendar: CompiledCalendar,
  studentIds?: readonly string[],
): EventStore {
  const ids = [...new Set([...(studentIds ?? []), ...events.map((e) => e.studentId)])].sort(compareIds);
  const pupilOf = new Map(ids.map((id, i) => [id, i]));
  const subjects: string[] = [];
  const subjectOf = new Map<string, number>();
  const rows: { p: number; d: number; k: number; doc: number; s: number; per: number }[] = [];
  for (const e of events) {
    const day = parseIsoDate(e.date);
    const d = day === null ? -1 : calendar.indexOf(day);
    if (d < 0) continue;
    let s = -1;
    if (e.subject) {
      s = subjectOf.get(e.subject) ?? -1;
      if (s < 0) {
        s = subjects.length;
        subjects.push(e.subject);
        subjectOf.set(e.subject, s);
      }
    }
    rows.push({
      p: pupilOf.get(e.studentId)!,
      d,
      k: KIND_CODE[e.kind],
      doc: e.documented ? 1 : 0,
      s,
      per: e.period ?? 0,
    });
  }
  rows.sort((a, b) => a.p - b.p || a.d - b.d || a.k - b.k || a.per - b.per);
  const n = rows.length;
  const store = {
    studentIds: ids,
    offsets: new Int32Array(ids.length + 1),
    dayIndex: new Int32Array(n),
    kind: new Uint8Array(n),
    documented: new Uint8Array(n),
    subject: new Int32Array(n),
    period: new Uint8Array(n),
    subjects,
  };
  rows.forEach((r, i) => {
    store.dayIndex[i] = r.d;
    store.kind[i] = r.k;
    store.documented[i] = r.doc;
    store.subject[i] = r.s;
    store.period[i] = r.per;
    store.offsets[r.p + 1]!++;
  });
  for (let p = 0; p < ids.length; p++) store.offsets[p + 1]! += store.offsets[p]!;
  return store;
}

/** Orders student ids by UTF-16 code units, the same in every locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
