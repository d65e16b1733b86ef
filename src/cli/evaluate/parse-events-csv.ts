import type { CompiledCalendar } from '../../domain/calendar/calendar';
import { parseIsoDate } from '../../domain/calendar/dates';
import { ABSENCE_REASONS } from '../../domain/rules/event-store';
import type { AbsenceEvent, AbsenceReason } from '../../domain/rules/event-store';
import { ABSENCE_KINDS } from '../../domain/rules/profile-schema';
import type { AbsenceKind } from '../../domain/rules/profile-schema';

// The events CSV of `naervaer evaluate`. Scripts depend on the exact contract: one line per invalid
// row on stderr as `linje N: felt: årsak`, N counting the header as line 1.

export const CSV_COLUMNS = ['student_id', 'date', 'kind', 'subject', 'period', 'minutes', 'documented', 'reason'] as const;
const REQUIRED_COLUMNS = ['student_id', 'date', 'kind', 'documented'] as const;

export interface ParsedEvents {
  events: AbsenceEvent[];
  /** Every student with at least one row, valid or not, sorted. */
  studentIds: string[];
  errors: string[];
}

function splitRow(line: string, separator: string): string[] {
  if (!line.includes('"')) return line.split(separator);
  // Quoted fields, with "" as an escaped quote; quoted line breaks are not supported.
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

const POSITIVE_INT = /^[1-9]\d*$/;

export type EventColumn = (typeof CSV_COLUMNS)[number];

/** One data row of an events file (CSV or XLSX): its line number (the header is line 1) and its cells by column. */
export interface EventFileRow {
  line: number;
  get(column: EventColumn): string;
}

/** Rows of an events file from a header and cell rows; an error line when a required column is missing. */
export function eventFileRows(header: readonly string[], rows: readonly { line: number; cells: readonly string[] }[]): { rows: EventFileRow[] } | { error: string } {
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (names.every((h) => h === '') || missing.length > 0) {
    return { error: `linje 1: ${missing[0] ?? 'student_id'}: kolonnen mangler i overskriftsraden (forventet ${CSV_COLUMNS.join(',')})` };
  }
  const col = Object.fromEntries(CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<EventColumn, number>;
  return {
    rows: rows
      .filter((r) => r.cells.some((c) => c.trim() !== ''))
      .map((r) => ({ line: r.line, get: (c: EventColumn) => (col[c] >= 0 ? (r.cells[col[c]] ?? '').trim() : '') })),
  };
}

/** Splits CSV text (UTF-8, optional BOM, `,` or `;`) into its header and numbered rows. */
export function csvTable(text: string): { header: string[]; rows: { line: number; cells: string[] }[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerLine = lines[0] ?? '';
  const separator = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return { header: headerLine.trim() === '' ? [] : splitRow(headerLine, separator), rows: lines.slice(1).map((l, i) => ({ line: i + 2, cells: splitRow(l, separator) })) };
}

/** The key that makes two rows the same event: pupil, date, kind and period. */
export function eventKey(e: AbsenceEvent): string {
  return `${e.studentId}\u0000${e.date}\u0000${e.kind}\u0000${e.period ?? ''}`;
}

/** Parses and validates the events CSV against the school calendar. */
export function parseEventsCsv(text: string, calendar: CompiledCalendar): ParsedEvents {
  const table = csvTable(text);
  const parsed = eventFileRows(table.header, table.rows);
  if ('error' in parsed) return { events: [], studentIds: [], errors: [parsed.error] };

  const events: AbsenceEvent[] = [];
  const errors: string[] = [];
  const students = new Set<string>();
  const seen = new Map<string, number>();
  for (const row of parsed.rows) {
    const n = row.line;
    const studentId = row.get('student_id');
    if (studentId) students.add(studentId);
    const problem = validateEventRow(row.get, calendar);
    if (typeof problem === 'string') {
      errors.push(`linje ${n}: ${problem}`);
      continue;
    }
    const key = eventKey(problem);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(`linje ${n}: student_id+date+kind+period: samme elev, dato, type og time som linje ${earlier}`);
      continue;
    }
    seen.set(key, n);
    events.push(problem);
  }
  return { events, studentIds: [...students].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), errors };
}

/** Validates one row; the event, or `felt: årsak` in Norwegian. */
export function validateEventRow(get: (c: EventColumn) => string, calendar: CompiledCalendar): AbsenceEvent | string {
  const studentId = get('student_id');
  if (!studentId) return 'student_id: mangler';
  const date = get('date');
  if (!date) return 'date: mangler';
  const day = parseIsoDate(date);
  if (day === null) return `date: ugyldig dato «${date}» (bruk ÅÅÅÅ-MM-DD)`;
  const kind = get('kind');
  if (!kind) return 'kind: mangler';
  if (!(ABSENCE_KINDS as readonly string[]).includes(kind)) return `kind: ukjent kode «${kind}» (gyldige: ${ABSENCE_KINDS.join(', ')})`;
  const documented = get('documented');
  if (!documented) return 'documented: mangler (true eller false)';
  if (documented !== 'true' && documented !== 'false') return `documented: ukjent kode «${documented}» (gyldige: true, false)`;
  const reason = get('reason');
  if (reason && !(ABSENCE_REASONS as readonly string[]).includes(reason)) return `reason: ukjent kode «${reason}» (gyldige: ${ABSENCE_REASONS.join(', ')}, eller tom)`;
  const subject = get('subject');
  if (kind === 'lesson' && !subject) return 'subject: mangler (påkrevd når kind er lesson)';
  const periodText = get('period');
  if ((kind === 'lesson' || kind === 'left') && !periodText) return `period: mangler (påkrevd når kind er ${kind})`;
  if (periodText && !POSITIVE_INT.test(periodText)) return `period: ugyldig timenummer «${periodText}» (et helt tall fra 1)`;
  const minutesText = get('minutes');
  if (kind === 'late' && !minutesText) return 'minutes: mangler (påkrevd når kind er late)';
  if (minutesText && !POSITIVE_INT.test(minutesText)) return `minutes: ugyldig antall minutter «${minutesText}» (et helt tall fra 1)`;
  const closed = calendar.closedReason(day);
  if (closed) return `date: ikke en skoledag: ${closed}`;
  const period = periodText ? Number(periodText) : null;
  const lessons = calendar.lessons[calendar.indexOf(day)]!;
  if (period !== null && period > lessons) return `period: time ${period} finnes ikke, skoledagen ${date} har ${lessons} timer`;
  return {
    studentId,
    date,
    kind: kind as AbsenceKind,
    subject: subject || null,
    period,
    minutes: minutesText ? Number(minutesText) : null,
    documented: documented === 'true',
    reason: (reason || null) as AbsenceReason | null,
  };
}
