import type { CompiledCalendar } from '../../domain/calendar/calendar';
import { formatIsoDate, parseIsoDate } from '../../domain/calendar/dates';
import { ABSENCE_REASONS, compareIds, KIND_CODE } from '../../domain/rules/event-store';
import type { EventStore } from '../../domain/rules/event-store';
import type { PatternEvent } from '../../domain/rules/patterns';
import { ABSENCE_KINDS } from '../../domain/rules/profile-schema';
import { duplicateProblem, EVENT_SOURCES, rowProblem, validateEventRow } from '../../domain/absence/events-file';
import type { EventFileRow, RowProblem } from '../../domain/absence/events-file';

// The validated rows of an events file, built straight into columns as they are read: no object is kept
// per event, so a national file (18 million rows) fits in a few hundred MB. Rows arrive in file order,
// in blocks of typed arrays; `finish` sorts them by pupil and school day with two counting sorts (stable,
// so the earlier line of two equal events comes first and duplicates are found as neighbours) and hands
// back the engine's EventStore for the events up to the evaluation date.

const BLOCK_BITS = 20;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;

/** A growable column in fixed blocks: growing never copies; rows are written into the last block. */
class Blocks<T extends Int32Array | Uint16Array | Int16Array | Uint8Array> {
  readonly blocks: T[] = [];
  last: T;
  constructor(private readonly make: (n: number) => T) {
    this.last = make(0);
  }
  grow(): void {
    this.last = this.make(BLOCK);
    this.blocks.push(this.last);
  }
  get(i: number): number {
    return this.blocks[i >>> BLOCK_BITS]![i & MASK]!;
  }
  free(): void {
    this.blocks.length = 0;
    this.last = this.make(0);
  }
}

/** Per event, what the patterns need besides the EventStore: minutes, reason and source (0 = none). */
export interface EventExtras {
  readonly minutes: Uint16Array;
  readonly reason: Uint8Array;
  readonly source: Uint8Array;
}

export interface BuiltEvents {
  store: EventStore;
  extras: EventExtras;
  /** Valid rows read (all dates), and those on or before the evaluation date. */
  rows: number;
  known: number;
}

const KIND_NAMES = ABSENCE_KINDS;
const KIND_OF = new Map<string, number>(Object.entries(KIND_CODE));
const REASON_OF = new Map<string, number>(ABSENCE_REASONS.map((r, i) => [r, i + 1]));
const SOURCE_OF = new Map<string, number>(EVENT_SOURCES.map((r, i) => [r, i + 1]));

/** The value of a whole number from 1 written without a sign or leading zeros (as /^[1-9]\d*$/ accepts), up to 9999; -1 otherwise. */
function positiveInt(text: string): number {
  if (text.length > 4) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || (i === 0 && digit === 0)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export class EventColumnsBuilder {
  private readonly pupilOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly subjectOf = new Map<string, number>();
  private readonly subjects: string[] = [];
  private readonly dayOf = new Map<string, number>();
  private readonly pupil = new Blocks((n) => new Int32Array(n));
  /**
   * Line numbers, kept only where they do not follow on from the row before (after blank lines,
   * invalid rows or a quoted line break): row `lineRows[k]` is on line `lineStarts[k]`, the next rows on
   * the lines after it. A well-formed national file needs one entry instead of a 70 MB column.
   */
  private readonly lineRows: number[] = [];
  private readonly lineStarts: number[] = [];
  private lastLine = 0;
  private readonly day = new Blocks((n) => new Int16Array(n));
  private readonly kind = new Blocks((n) => new Uint8Array(n));
  private readonly documented = new Blocks((n) => new Uint8Array(n));
  private readonly period = new Blocks((n) => new Uint8Array(n));
  private readonly subject = new Blocks((n) => new Int32Array(n));
  private readonly minutes = new Blocks((n) => new Uint16Array(n));
  private readonly reason = new Blocks((n) => new Uint8Array(n));
  private readonly source = new Blocks((n) => new Uint8Array(n));
  private readonly columns = [
    this.pupil,
    this.day,
    this.kind,
    this.documented,
    this.period,
    this.subject,
    this.minutes,
    this.reason,
    this.source,
  ];
  private n = 0;
  /** Rows that failed validation, in file order. */
  readonly problems: RowProblem[] = [];

  /** The calendar's school days by their `YYYY-MM-DD` text, for the fast path of `add`. */
  private readonly schoolDayOf = new Map<string, number>();

  constructor(private readonly calendar: CompiledCalendar) {
    calendar.days.forEach((day, i) => this.schoolDayOf.set(formatIsoDate(day), i));
  }

  /**
   * Validates one row and stores it, or records its problem. A row that passes every check of
   * `validateEventRow` is stored straight from its cells, with no event object; any row the fast checks
   * do not accept goes through `validateEventRow` itself, so a problem's message is always its message.
   */
  add(row: EventFileRow): void {
    if (this.addValid(row)) return;
    const result = validateEventRow(row.get, this.calendar);
    if (typeof result === 'string') {
      this.problems.push(rowProblem(row.line, result));
      return;
    }
    const p = this.pupilNumber(result.studentId);
    let d = this.dayOf.get(result.date);
    if (d === undefined) {
      d = this.calendar.indexOf(parseIsoDate(result.date)!);
      this.dayOf.set(result.date, d);
    }
    const reason = result.reason ? ABSENCE_REASONS.indexOf(result.reason) + 1 : 0;
    const source = result.source ? EVENT_SOURCES.indexOf(result.source) + 1 : 0;
    this.push(
      row.line,
      p,
      d,
      KIND_CODE[result.kind],
      result.documented ? 1 : 0,
      result.period ?? 0,
      this.subjectNumber(result.subject ?? ''),
      result.minutes ?? 0,
      reason,
      source,
    );
  }

  /** Stores the row when it is valid by the same checks as validateEventRow; false to let that decide. */
  private addValid(row: EventFileRow): boolean {
    const get = row.get;
    const studentId = get('student_id');
    if (!studentId) return false;
    const d = this.schoolDayOf.get(get('date'));
    if (d === undefined) return false;
    const kind = KIND_OF.get(get('kind'));
    if (kind === undefined) return false;
    const documentedText = get('documented');
    const documented = documentedText === 'true' ? 1 : documentedText === 'false' ? 0 : -1;
    if (documented < 0) return false;
    const reasonText = get('reason');
    const reason = reasonText ? REASON_OF.get(reasonText) : 0;
    if (reason === undefined) return false;
    const sourceText = get('source');
    const source = sourceText ? SOURCE_OF.get(sourceText) : 0;
    if (source === undefined) return false;
    const subject = get('subject');
    if (kind === 1 && !subject) return false;
    const periodText = get('period');
    if ((kind === 1 || kind === 3) && !periodText) return false;
    const period = periodText ? positiveInt(periodText) : 0;
    if (period < 0 || period > this.calendar.lessons[d]!) return false;
    const minutesText = get('minutes');
    if (kind === 2 && !minutesText) return false;
    const minutes = minutesText ? positiveInt(minutesText) : 0;
    if (minutes < 0 || minutes > 600) return false;
    this.push(
      row.line,
      this.pupilNumber(studentId),
      d,
      kind,
      documented,
      period,
      this.subjectNumber(subject),
      minutes,
      reason,
      source,
    );
    return true;
  }

  private pupilNumber(studentId: string): number {
    let p = this.pupilOf.get(studentId);
    if (p === undefined) {
      p = this.ids.length;
      this.ids.push(studentId);
      this.pupilOf.set(studentId, p);
    }
    return p;
  }

  private subjectNumber(subject: string): number {
    if (!subject) return -1;
    let s = this.subjectOf.get(subject);
    if (s === undefined) {
      s = this.subjects.length;
      this.subjects.push(subject);
      this.subjectOf.set(subject, s);
    }
    return s;
  }

  private push(
    line: number,
    p: number,
    d: number,
    kind: number,
    documented: number,
    period: number,
    s: number,
    minutes: number,
    reason: number,
    source: number,
  ): void {
    const i = this.n++;
    const at = i & MASK;
    if (at === 0) for (const column of this.columns) column.grow();
    this.pupil.last[at] = p;
    if (line !== this.lastLine + 1 || i === 0) {
      this.lineRows.push(i);
      this.lineStarts.push(line);
    }
    this.lastLine = line;
    this.day.last[at] = d;
    this.kind.last[at] = kind;
    this.documented.last[at] = documented;
    this.period.last[at] = period;
    this.subject.last[at] = s;
    this.minutes.last[at] = minutes;
    this.reason.last[at] = reason;
    this.source.last[at] = source;
  }

  /** The line of stored row `i`. */
  private lineOf(i: number): number {
    let lo = 0;
    let hi = this.lineRows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.lineRows[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.lineStarts[lo]! + (i - this.lineRows[lo]!);
  }

  /**
   * Sorts the rows by pupil (ids in code-unit order), school day, kind and period, and reports every row
   * that repeats an earlier one (same pupil, date, kind and period) against the first of them.
   * Returns the problems of the whole file in line order, or the events up to `lastDay` (a school-day
   * index) in the engine's columns. Every pupil with a row keeps a slice, also one with no event yet.
   * With `shared` the columns are on SharedArrayBuffers, to be posted to worker threads without a copy.
   */
  finish(lastDay: number, shared = false): { problems: RowProblem[] } | BuiltEvents {
    const n = this.n;
    const pupils = this.ids.length;
    // The rank of each pupil in id order.
    const order = Array.from({ length: pupils }, (_, i) => i).sort((a, b) => compareIds(this.ids[a]!, this.ids[b]!));
    const rank = new Int32Array(pupils);
    order.forEach((p, r) => (rank[p] = r));
    const studentIds = order.map((p) => this.ids[p]!);

    // A stable counting sort by pupil, then each pupil's rows by (day, kind, period), stable: rows in file
    // order are mostly in day order already, so a short run is an insertion sort, a long one a sort
    // with the row number as the tie-break. (One order of 70 MB at national scale, not two.)
    const keyOf = (i: number) => ((this.day.get(i) * 4 + this.kind.get(i)) << 4) | this.period.get(i);
    const pupilRank = (i: number) => rank[this.pupil.get(i)]!;
    const sorted = countingSort(n, pupils, pupilRank, null);
    for (let start = 0; start < n; ) {
      const r = pupilRank(sorted[start]!);
      let end = start + 1;
      while (end < n && pupilRank(sorted[end]!) === r) end++;
      if (end - start > 64) sorted.subarray(start, end).sort((a, b) => keyOf(a) - keyOf(b) || a - b);
      else {
        for (let j = start + 1; j < end; j++) {
          const x = sorted[j]!;
          const key = keyOf(x);
          let k = j - 1;
          while (k >= start && keyOf(sorted[k]!) > key) {
            sorted[k + 1] = sorted[k]!;
            k--;
          }
          sorted[k + 1] = x;
        }
      }
      start = end;
    }

    // Duplicates are neighbours now, the first line of each run first.
    // Every repeat names the first row of its run.
    const duplicates: RowProblem[] = [];
    let runStart = 0;
    for (let j = 1; j < n; j++) {
      const a = sorted[j - 1]!;
      const b = sorted[j]!;
      if (this.pupil.get(a) === this.pupil.get(b) && keyOf(a) === keyOf(b))
        duplicates.push(duplicateProblem(this.lineOf(b), this.lineOf(sorted[runStart]!)));
      else runStart = j;
    }
    if (this.problems.length > 0 || duplicates.length > 0) {
      duplicates.sort((x, y) => x.line - y.line);
      return { problems: mergeByLine(this.problems, duplicates) };
    }
    // The engine's columns, only events on or before the evaluation date: the order is narrowed to
    // them in place, then each column is copied in that order and the builder's column let go at once,
    // so the builder's and the engine's columns are never all held together (the peak of a national file).
    const make = <T>(
      Type: { new (n: number): T; new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
      length: number,
    ): T => (shared ? new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT)) : new Type(length));
    const offsets = make(Int32Array, pupils + 1);
    let known = 0;
    for (let j = 0; j < n; j++) {
      const i = sorted[j]!;
      if (this.day.get(i) > lastDay) continue;
      sorted[known++] = i;
      offsets[pupilRank(i) + 1]!++;
    }
    for (let p = 0; p < pupils; p++) offsets[p + 1]! += offsets[p]!;
    this.pupil.free();
    const fill = <T extends Int32Array | Uint16Array | Uint8Array>(
      target: T,
      column: Blocks<Int32Array | Uint16Array | Int16Array | Uint8Array>,
    ): T => {
      for (let k = 0; k < known; k++) target[k] = column.get(sorted[k]!);
      column.free();
      return target;
    };
    const store = {
      studentIds,
      offsets,
      dayIndex: fill(make(Int32Array, known), this.day),
      kind: fill(make(Uint8Array, known), this.kind),
      documented: fill(make(Uint8Array, known), this.documented),
      subject: fill(make(Int32Array, known), this.subject),
      period: fill(make(Uint8Array, known), this.period),
      subjects: this.subjects,
    };
    const extras = {
      minutes: fill(make(Uint16Array, known), this.minutes),
      reason: fill(make(Uint8Array, known), this.reason),
      source: fill(make(Uint8Array, known), this.source),
    };
    return { store, extras, rows: n, known };
  }
}

/** A stable counting sort of `input` (or 0 … n−1) by a small integer key; returns the new order. */
function countingSort(n: number, buckets: number, keyOf: (i: number) => number, input: Int32Array | null): Int32Array {
  const counts = new Int32Array(buckets + 1);
  for (let j = 0; j < n; j++) counts[keyOf(input ? input[j]! : j) + 1]!++;
  for (let b = 0; b < buckets; b++) counts[b + 1]! += counts[b]!;
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = input ? input[j]! : j;
    out[counts[keyOf(i)]!++] = i;
  }
  return out;
}

function mergeByLine(a: RowProblem[], b: RowProblem[]): RowProblem[] {
  const out: RowProblem[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && a[i]!.line <= b[j]!.line) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * One pupil's events as the patterns read them, in objects reused from pupil to pupil (the pattern
 * findings keep none of them): `pool` grows to the largest pupil; the returned array is the pupil's.
 */
export function pupilPatternEvents(
  built: BuiltEvents,
  pupil: number,
  days: Int32Array,
  pool: PatternEvent[],
): PatternEvent[] {
  const { store, extras } = built;
  const from = store.offsets[pupil]!;
  const count = store.offsets[pupil + 1]! - from;
  while (pool.length < count)
    pool.push({ day: 0, kind: 'day', subject: null, minutes: null, documented: false, reason: null, source: null });
  const out = pool.slice(0, count);
  for (let k = 0; k < count; k++) {
    const e = from + k;
    const x = out[k]!;
    const s = store.subject[e]!;
    const reason = extras.reason[e]!;
    const source = extras.source[e]!;
    x.day = days[store.dayIndex[e]!]!;
    x.kind = KIND_NAMES[store.kind[e]!]!;
    x.subject = s >= 0 ? store.subjects[s]! : null;
    x.minutes = extras.minutes[e]! || null;
    x.documented = store.documented[e] === 1;
    x.reason = reason ? ABSENCE_REASONS[reason - 1]! : null;
    x.source = source ? EVENT_SOURCES[source - 1]! : null;
  }
  return out;
}
