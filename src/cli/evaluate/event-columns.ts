import type { CompiledCalendar } from '../../domain/calendar/calendar';
import { formatIsoDate, parseIsoDate } from '../../domain/calendar/dates';
import { ABSENCE_REASONS, compareIds, KIND_CODE } from '../../domain/rules/event-store';
import type { EventStore } from '../../domain/rules/event-store';
import type { PatternEvent } from '../../domain/rules/patterns';
import { ABSENCE_KINDS } from '../../domain/rules/profile-schema';
import {
  CSV_COLUMNS,
  duplicateProblem,
  EVENT_SOURCES,
  rowProblem,
  validateEventRow,
} from '../../domain/absence/events-file';
import type { EventColumn, EventFileRow, RowProblem } from '../../domain/absence/events-file';
import type { ByteRows } from '../../server/import/read-events-csv';
import { ByteTable } from './byte-table';

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

/** C0 and C1 control characters and DEL, which validateEventRow refuses in any cell. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const encoder = new TextEncoder();
/** Decodes a new id or subject for the byte path; a BOM stays a character (so the trimming check sees it). */
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The codes of a column as bytes, for the byte path. */
const bytesOf = (codes: readonly string[]) => codes.map((c) => encoder.encode(c));
const KIND_BYTES = bytesOf(ABSENCE_KINDS.map((k) => k));
const REASON_BYTES = bytesOf(ABSENCE_REASONS);
const SOURCE_BYTES = bytesOf(EVENT_SOURCES);
/** `false` (0) and `true` (1). */
const DOCUMENTED_BYTES = bytesOf(['false', 'true']);

/** The index of `bytes[from, to)` among `codes`, or -1. */
function codeOf(bytes: Uint8Array, from: number, to: number, codes: readonly Uint8Array[]): number {
  const length = to - from;
  for (let c = 0; c < codes.length; c++) {
    const code = codes[c]!;
    if (code.length !== length) continue;
    let i = 0;
    while (i < length && code[i] === bytes[from + i]) i++;
    if (i === length) return c;
  }
  return -1;
}

/** positiveInt of `bytes[from, to)`. */
function positiveIntBytes(bytes: Uint8Array, from: number, to: number): number {
  if (to - from > 4 || bytes[from] === 48) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = bytes[i]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The whitespace of String.prototype.trim in ASCII: tab, LF, VT, FF, CR and space. */
const isSpace = (b: number) => b === 32 || (b >= 9 && b <= 13);

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

export class EventColumnsBuilder implements ByteRows {
  /** Pupil ids and subjects by their UTF-8 bytes: entry k is `ids[k]` (`subjects[k]`), trimmed and free of control characters. */
  private pupilTable = new ByteTable(1 << 16);
  private readonly ids: string[] = [];
  private subjectTable = new ByteTable();
  private readonly subjects: string[] = [];
  /** Bytes of a text looked up in a table (the path from strings). */
  private scratch = new Uint8Array(256);
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
  /** Kind (bits 0–1), documented (bit 2), reason (bits 3–5) and source (bits 6–7) in one byte. */
  private readonly codes = new Blocks((n) => new Uint8Array(n));
  private readonly period = new Blocks((n) => new Uint8Array(n));
  private readonly subject = new Blocks((n) => new Int32Array(n));
  private readonly minutes = new Blocks((n) => new Uint16Array(n));
  private readonly columns = [this.pupil, this.day, this.codes, this.period, this.subject, this.minutes];
  private n = 0;
  /** Rows that failed validation, in file order. */
  readonly problems: RowProblem[] = [];

  /** The calendar's school days by their `YYYY-MM-DD` text, for the fast path of `add`. */
  private readonly schoolDayOf = new Map<string, number>();

  /** The byte path's school days: index ((year − firstYear) × 100 + month) × 100 + day → school-day index, or -1. */
  private readonly dayTable: Int32Array;
  private readonly firstYear: number;
  private readonly lastYear: number;
  /** The byte path's columns: field (CSV_COLUMNS order) of each column of the file, or -1; the separator. */
  private fieldOf = new Int8Array(0);
  private separator = 0x2c;
  private readonly cellFrom = new Int32Array(CSV_COLUMNS.length);
  private readonly cellTo = new Int32Array(CSV_COLUMNS.length);

  constructor(private readonly calendar: CompiledCalendar) {
    calendar.days.forEach((day, i) => this.schoolDayOf.set(formatIsoDate(day), i));
    const texts = [...this.schoolDayOf.keys()];
    const years = texts.map((t) => Number(t.slice(0, 4)));
    this.firstYear = years.length > 0 ? Math.min(...years) : 0;
    this.lastYear = years.length > 0 ? Math.max(...years) : -1;
    this.dayTable = new Int32Array((this.lastYear - this.firstYear + 1) * 10_000).fill(-1);
    for (const [text, i] of this.schoolDayOf) {
      const at = ((Number(text.slice(0, 4)) - this.firstYear) * 100 + Number(text.slice(5, 7))) * 100;
      this.dayTable[at + Number(text.slice(8, 10))] = i;
    }
  }

  /** ByteRows: the file's columns, once its header is read. */
  start(columns: Record<EventColumn, number>, separator: number): void {
    const width = Math.max(...Object.values(columns)) + 1;
    this.fieldOf = new Int8Array(width).fill(-1);
    CSV_COLUMNS.forEach((c, f) => {
      if (columns[c] >= 0) this.fieldOf[columns[c]] = f;
    });
    this.separator = separator;
  }

  /**
   * ByteRows: stores the line `bytes[from, to)` when it is a valid row by the same checks as `addValid`
   * (cells trimmed of ASCII whitespace; a new id or subject must be UTF-8 that no other trimming or
   * control-character check would change); false to let the text path (and validateEventRow) decide.
   */
  row(bytes: Uint8Array, from: number, line: number): number {
    const cellFrom = this.cellFrom;
    const cellTo = this.cellTo;
    for (let f = 0; f < 9; f++) {
      cellFrom[f] = 0;
      cellTo[f] = 0;
    }
    const fieldOf = this.fieldOf;
    const width = fieldOf.length;
    const separator = this.separator;
    let column = 0;
    let start = from;
    let to = from;
    for (; ; to++) {
      const b = bytes[to]!;
      if (b === separator) {
        if (column < width) {
          const f = fieldOf[column]!;
          if (f >= 0) {
            cellFrom[f] = start;
            cellTo[f] = to;
          }
        }
        column++;
        start = to + 1;
      } else if (b === 0x0a) break;
    }
    if (column < width) {
      const f = fieldOf[column]!;
      if (f >= 0) {
        cellFrom[f] = start;
        cellTo[f] = to;
      }
    }
    for (let f = 0; f < 9; f++) {
      let s = cellFrom[f]!;
      let e = cellTo[f]!;
      while (s < e && isSpace(bytes[s]!)) s++;
      while (e > s && isSpace(bytes[e - 1]!)) e--;
      cellFrom[f] = s;
      cellTo[f] = e;
    }
    // student_id
    const idFrom = cellFrom[0]!;
    const idTo = cellTo[0]!;
    if (idFrom === idTo) return -1;
    // date: YYYY-MM-DD of a school day
    let s = cellFrom[1]!;
    if (cellTo[1]! - s !== 10 || bytes[s + 4] !== 45 || bytes[s + 7] !== 45) return -1;
    let year = 0;
    for (let i = s; i < s + 4; i++) {
      const digit = bytes[i]! - 48;
      if (digit < 0 || digit > 9) return -1;
      year = year * 10 + digit;
    }
    const m1 = bytes[s + 5]! - 48;
    const m2 = bytes[s + 6]! - 48;
    const d1 = bytes[s + 8]! - 48;
    const d2 = bytes[s + 9]! - 48;
    if (year < this.firstYear || year > this.lastYear) return -1;
    if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
    const d = this.dayTable[((year - this.firstYear) * 100 + m1 * 10 + m2) * 100 + d1 * 10 + d2]!;
    if (d < 0) return -1;
    const kind = codeOf(bytes, cellFrom[2]!, cellTo[2]!, KIND_BYTES);
    if (kind < 0) return -1;
    const documented = codeOf(bytes, cellFrom[6]!, cellTo[6]!, DOCUMENTED_BYTES);
    if (documented < 0) return -1;
    s = cellFrom[7]!;
    const reason = s === cellTo[7]! ? 0 : codeOf(bytes, s, cellTo[7]!, REASON_BYTES) + 1;
    if (reason < 0 || (reason === 0 && s !== cellTo[7]!)) return -1;
    s = cellFrom[8]!;
    const source = s === cellTo[8]! ? 0 : codeOf(bytes, s, cellTo[8]!, SOURCE_BYTES) + 1;
    if (source === 0 && s !== cellTo[8]!) return -1;
    const subjectFrom = cellFrom[3]!;
    const subjectTo = cellTo[3]!;
    if (kind === 1 && subjectFrom === subjectTo) return -1;
    s = cellFrom[4]!;
    if ((kind === 1 || kind === 3) && s === cellTo[4]!) return -1;
    const period = s === cellTo[4]! ? 0 : positiveIntBytes(bytes, s, cellTo[4]!);
    if (period < 0 || period > this.calendar.lessons[d]!) return -1;
    s = cellFrom[5]!;
    if (kind === 2 && s === cellTo[5]!) return -1;
    const minutes = s === cellTo[5]! ? 0 : positiveIntBytes(bytes, s, cellTo[5]!);
    if (minutes < 0 || minutes > 600) return -1;
    let subject = -1;
    if (subjectFrom < subjectTo) {
      subject = this.byteNumber(this.subjectTable, this.subjects, bytes, subjectFrom, subjectTo);
      if (subject < 0) return -1;
    }
    const p = this.byteNumber(this.pupilTable, this.ids, bytes, idFrom, idTo);
    if (p < 0) return -1;
    this.push(line, p, d, kind, documented, period, subject, minutes, reason, source);
    return to;
  }

  /**
   * The entry of `bytes[from, to)` in `table`, adding it (and its text to `texts`) when it is new and
   * valid UTF-8 that neither trimming nor the control-character check would refuse or change; -1 if not.
   */
  private byteNumber(table: ByteTable, texts: string[], bytes: Uint8Array, from: number, to: number): number {
    const k = table.find(bytes, from, to);
    if (k >= 0) return k;
    let text: string;
    try {
      text = strictDecoder.decode(bytes.subarray(from, to));
    } catch {
      return -1;
    }
    if (text.trim() !== text || CONTROL.test(text)) return -1;
    texts.push(text);
    return table.add(bytes, from, to);
  }

  /** The entry of a (trimmed, validated) text in `table`, added when new. */
  private textNumber(table: ByteTable, texts: string[], text: string): number {
    if (this.scratch.length < text.length * 3) this.scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, this.scratch);
    const k = table.find(this.scratch, 0, written);
    if (k >= 0) return k;
    texts.push(text);
    return table.add(this.scratch, 0, written);
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
    return this.textNumber(this.pupilTable, this.ids, studentId);
  }

  private subjectNumber(subject: string): number {
    return subject ? this.textNumber(this.subjectTable, this.subjects, subject) : -1;
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
    this.codes.last[at] = kind | (documented << 2) | (reason << 3) | (source << 6);
    this.period.last[at] = period;
    this.subject.last[at] = s;
    this.minutes.last[at] = minutes;
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
    // The look-up tables are not needed any more: let them go before the engine's columns are made.
    this.pupilTable = new ByteTable();
    this.subjectTable = new ByteTable();
    // The rank of each pupil in id order.
    const order = Array.from({ length: pupils }, (_, i) => i).sort((a, b) => compareIds(this.ids[a]!, this.ids[b]!));
    const rank = new Int32Array(pupils);
    order.forEach((p, r) => (rank[p] = r));
    const studentIds = order.map((p) => this.ids[p]!);

    // A stable counting sort by pupil, then each pupil's rows by (day, kind, period), stable: rows in file
    // order are mostly in day order already, so a short run is an insertion sort, a long one a sort
    // with the row number as the tie-break. (One order of 70 MB at national scale, not two.)
    const keyOf = (i: number) => ((this.day.get(i) * 4 + (this.codes.get(i) & 3)) << 4) | this.period.get(i);
    const pupilRank = (i: number) => rank[this.pupil.get(i)]!;
    const { order: sorted, starts } = countingSort(n, pupils, pupilRank);
    // Each pupil's rows (in file order: the counting sort is stable) are read once into `keys`, sorted
    // by key with the row as the tie-break, checked for duplicates (neighbours now, the first line of
    // each run first; every repeat names the first row of its run) and narrowed in place to the events
    // on or before `lastDay` (the day is the key's top bits), which count towards the pupil's offsets.
    // The engine's columns are made only if there is no problem, but all duplicates are found first.
    const make = <T>(
      Type: { new (n: number): T; new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
      length: number,
    ): T => (shared ? new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT)) : new Type(length));
    const offsets = make(Int32Array, pupils + 1);
    const duplicates: RowProblem[] = [];
    let keys = new Int32Array(256);
    let rows = new Int32Array(256);
    let known = 0;
    for (let r = 0; r < pupils; r++) {
      const from = starts[r]!;
      const count = starts[r + 1]! - from;
      if (count > keys.length) {
        keys = new Int32Array(count * 2);
        rows = new Int32Array(count * 2);
      }
      for (let j = 0; j < count; j++) {
        const i = sorted[from + j]!;
        rows[j] = i;
        keys[j] = keyOf(i);
      }
      if (count > 64) {
        const order = Array.from({ length: count }, (_, j) => j).sort((a, b) => keys[a]! - keys[b]! || a - b);
        const k2 = keys.slice(0, count);
        const r2 = rows.slice(0, count);
        for (let j = 0; j < count; j++) {
          keys[j] = k2[order[j]!]!;
          rows[j] = r2[order[j]!]!;
        }
      } else {
        for (let j = 1; j < count; j++) {
          const key = keys[j]!;
          const row = rows[j]!;
          let k = j - 1;
          while (k >= 0 && keys[k]! > key) {
            keys[k + 1] = keys[k]!;
            rows[k + 1] = rows[k]!;
            k--;
          }
          keys[k + 1] = key;
          rows[k + 1] = row;
        }
      }
      let runStart = 0;
      for (let j = 1; j < count; j++) {
        if (keys[j] === keys[j - 1])
          duplicates.push(duplicateProblem(this.lineOf(rows[j]!), this.lineOf(rows[runStart]!)));
        else runStart = j;
      }
      let kept = 0;
      for (let j = 0; j < count; j++) {
        if (keys[j]! >> 6 > lastDay) continue;
        sorted[known++] = rows[j]!;
        kept++;
      }
      offsets[r + 1] = kept;
    }
    if (this.problems.length > 0 || duplicates.length > 0) {
      duplicates.sort((x, y) => x.line - y.line);
      return { problems: mergeByLine(this.problems, duplicates) };
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
    // The builder's day, subject, period and minutes are let go before the four codes are spread out.
    const dayIndex = fill(make(Int32Array, known), this.day);
    const subject = fill(make(Int32Array, known), this.subject);
    const period = fill(make(Uint8Array, known), this.period);
    const minutes = fill(make(Uint16Array, known), this.minutes);
    // The four codes in one pass over their byte.
    const kind = make(Uint8Array, known);
    const documented = make(Uint8Array, known);
    const reason = make(Uint8Array, known);
    const source = make(Uint8Array, known);
    for (let k = 0; k < known; k++) {
      const c = this.codes.get(sorted[k]!);
      kind[k] = c & 3;
      documented[k] = (c >>> 2) & 1;
      reason[k] = (c >>> 3) & 7;
      source[k] = c >>> 6;
    }
    this.codes.free();
    const store = { studentIds, offsets, dayIndex, kind, documented, subject, period, subjects: this.subjects };
    const extras = { minutes, reason, source };
    return { store, extras, rows: n, known };
  }
}

/** A stable counting sort of 0 … n−1 by a small integer key: the new order, and where each key's rows start in it. */
function countingSort(
  n: number,
  buckets: number,
  keyOf: (i: number) => number,
): { order: Int32Array; starts: Int32Array } {
  const counts = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) counts[keyOf(i) + 1]!++;
  for (let b = 0; b < buckets; b++) counts[b + 1]! += counts[b]!;
  const starts = counts.slice();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[counts[keyOf(i)]!++] = i;
  return { order, starts };
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
