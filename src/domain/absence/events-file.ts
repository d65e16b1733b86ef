import type { CompiledCalendar } from '../calendar/calendar';
import { norwegianDate, parseIsoDate } from '../calendar/dates';
import { ABSENCE_REASONS } from '../rules/event-store';
import type { AbsenceEvent, AbsenceReason } from '../rules/event-store';
import { ABSENCE_KINDS } from '../rules/profile-schema';
import type { AbsenceKind } from '../rules/profile-schema';

// The events file of `naervaer evaluate` and `naervaer import`: its columns and the validation of one
// row. Scripts depend on the exact contract: one line per invalid row on stderr as `linje N: felt: årsak`,
// N counting the header as line 1. Reading the file is read-events-csv.ts.

export const CSV_COLUMNS = [
  'student_id',
  'date',
  'kind',
  'subject',
  'period',
  'minutes',
  'documented',
  'reason',
  'source',
] as const;
export const REQUIRED_COLUMNS = ['student_id', 'date', 'kind', 'documented'] as const;

/** Who registered an event, when the file says so (an optional column). */
export const EVENT_SOURCES = ['laerer', 'foresatt', 'import'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** An event read from a file: the domain's event and, when the file has the column, who registered it. */
export type FileEvent = AbsenceEvent & { source?: EventSource };

export type EventColumn = (typeof CSV_COLUMNS)[number];

/** One data row of an events file (CSV or XLSX): its line number (the header is line 1) and its cells by column. */
export interface EventFileRow {
  line: number;
  get(column: EventColumn): string;
}

/** A problem with one row, as the web import returns it and the CLI prints it (`linje N: felt: årsak`). */
export type RowProblem = { line: number; field: string; reason: string };

/** Column positions from a header row, or the problem (line 1) when a required column is missing. */
export function columnsOf(header: readonly string[]): Record<EventColumn, number> | RowProblem {
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (names.every((h) => h === '') || missing.length > 0) {
    return {
      line: 1,
      field: missing[0] ?? 'student_id',
      reason: `kolonnen mangler i overskriftsraden (forventet ${CSV_COLUMNS.join(',')})`,
    };
  }
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<EventColumn, number>;
}

/** The key that makes two rows the same event: pupil, date, kind and period. */
export function eventKey(e: AbsenceEvent): string {
  return `${e.studentId}\u0000${e.date}\u0000${e.kind}\u0000${e.period ?? ''}`;
}

/** The duplicate message, naming the row that came first. */
export function duplicateProblem(line: number, earlier: number): RowProblem {
  return { line, field: 'student_id+date+kind+period', reason: `samme elev, dato, type og time som linje ${earlier}` };
}

/** `linje N: felt: årsak`, the CLI's line for a problem. */
export function problemLine(p: RowProblem): string {
  return `linje ${p.line}: ${p.field}: ${p.reason}`;
}

const POSITIVE_INT = /^[1-9]\d*$/;
/** C0 and C1 control characters and DEL: never in an events file's cells, and NUL cannot be stored at all. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** `felt: årsak` for the first cell of the row holding a control character, or null. */
function controlProblem(get: (c: EventColumn) => string): string | null {
  for (const column of CSV_COLUMNS) {
    const match = CONTROL.exec(get(column));
    if (match)
      return `${column}: inneholder et kontrolltegn (U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) som ikke hører hjemme i en celle; fjern det og prøv igjen`;
  }
  return null;
}

/** Validates one row; the event, or `felt: årsak` in Norwegian. */
export function validateEventRow(get: (c: EventColumn) => string, calendar: CompiledCalendar): FileEvent | string {
  const control = controlProblem(get);
  if (control) return control;
  const studentId = get('student_id');
  if (!studentId) return 'student_id: mangler';
  const date = get('date');
  if (!date) return 'date: mangler';
  const day = parseIsoDate(date);
  if (day === null) return `date: ugyldig dato «${date}» (bruk ÅÅÅÅ-MM-DD)`;
  const kind = get('kind');
  if (!kind) return 'kind: mangler';
  if (!(ABSENCE_KINDS as readonly string[]).includes(kind))
    return `kind: ukjent kode «${kind}» (gyldige: ${ABSENCE_KINDS.join(', ')})`;
  const documented = get('documented');
  if (!documented) return 'documented: mangler (true eller false)';
  if (documented !== 'true' && documented !== 'false')
    return `documented: ukjent kode «${documented}» (gyldige: true, false)`;
  const reason = get('reason');
  if (reason && !(ABSENCE_REASONS as readonly string[]).includes(reason))
    return `reason: ukjent kode «${reason}» (gyldige: ${ABSENCE_REASONS.join(', ')}, eller tom)`;
  const source = get('source');
  if (source && !(EVENT_SOURCES as readonly string[]).includes(source))
    return `source: ukjent kode «${source}» (gyldige: ${EVENT_SOURCES.join(', ')}, eller tom)`;
  const subject = get('subject');
  if (kind === 'lesson' && !subject) return 'subject: mangler (påkrevd når kind er lesson)';
  const periodText = get('period');
  if ((kind === 'lesson' || kind === 'left') && !periodText) return `period: mangler (påkrevd når kind er ${kind})`;
  if (periodText && !POSITIVE_INT.test(periodText))
    return `period: ugyldig timenummer «${periodText}» (et helt tall fra 1)`;
  const minutesText = get('minutes');
  if (kind === 'late' && !minutesText) return 'minutes: mangler (påkrevd når kind er late)';
  // At most a school day (600 minutes), as the database allows.
  if (minutesText && (!POSITIVE_INT.test(minutesText) || Number(minutesText) > 600))
    return `minutes: ugyldig antall minutter «${minutesText}» (et helt tall fra 1 til 600)`;
  const closed = calendar.closedReason(day);
  if (closed) return `date: ikke en skoledag: ${closed}`;
  const period = periodText ? Number(periodText) : null;
  const lessons = calendar.lessons[calendar.indexOf(day)]!;
  if (period !== null && period > lessons)
    return `period: time ${period} finnes ikke, skoledagen ${norwegianDate(date)} har ${lessons} timer`;
  const event: FileEvent = {
    studentId,
    date,
    kind: kind as AbsenceKind,
    subject: subject || null,
    period,
    minutes: minutesText ? Number(minutesText) : null,
    documented: documented === 'true',
    reason: (reason || null) as AbsenceReason | null,
  };
  if (source) event.source = source as EventSource;
  return event;
}

/** Splits `felt: årsak` from validateEventRow into a problem on a line. */
export function rowProblem(line: number, message: string): RowProblem {
  const at = message.indexOf(': ');
  return { line, field: message.slice(0, at), reason: message.slice(at + 2) };
}
