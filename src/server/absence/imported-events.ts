// The rows an import accepted, kept for its re-evaluation (decisions 167, 175) in columns rather than as a
// million event objects: objects that live through the whole import fill the old generation, and the
// garbage collector walked them again and again (10 of the import's 27 CPU seconds at a million rows). A
// pupil's events are made as objects only when the pupil is evaluated, and are garbage right after.
import type { CompiledCalendar } from '../../domain/calendar/calendar';
import { formatIsoDate } from '../../domain/calendar/dates';
import { ABSENCE_KINDS } from '../../domain/rules/absence-kinds';
import { ABSENCE_REASONS, KIND_CODE, type AbsenceEvent, type AbsenceReason } from '../../domain/rules/event-store';

type Column = Int32Array | Int16Array | Uint16Array | Uint8Array;

function grown<T extends Column>(column: T, size: number): T {
  const next = new (column.constructor as new (n: number) => T)(size);
  next.set(column);
  return next;
}

export class ImportedEvents {
  /** Pupil ids by their number here, in the order they were first seen. */
  readonly pupilIds: string[] = [];
  private readonly pupilOf = new Map<string, number>();
  private readonly subjects: string[] = [];
  private readonly subjectOf = new Map<string, number>();
  private readonly dates: string[];
  private pupil = new Int32Array(1024);
  private day = new Int16Array(1024);
  private kind = new Uint8Array(1024);
  private subject = new Int32Array(1024);
  private period = new Uint8Array(1024);
  private minutes = new Uint16Array(1024);
  private documented = new Uint8Array(1024);
  private reason = new Uint8Array(1024);
  private n = 0;
  /** Rows by pupil in file order: `order[start[p] … start[p + 1])`, made when first asked. */
  private order: Int32Array | null = null;
  private start: Int32Array | null = null;

  constructor(private readonly calendar: CompiledCalendar) {
    this.dates = Array.from(calendar.days, formatIsoDate);
  }

  get size(): number {
    return this.n;
  }

  /** The number of a pupil id here (added when new). */
  pupilNumber(id: string): number {
    let p = this.pupilOf.get(id);
    if (p === undefined) {
      p = this.pupilIds.length;
      this.pupilIds.push(id);
      this.pupilOf.set(id, p);
    }
    return p;
  }

  private subjectNumber(subject: string): number {
    let s = this.subjectOf.get(subject);
    if (s === undefined) {
      s = this.subjects.length;
      // A copy of its own: the parser's text is a slice of a whole piece of the file.
      this.subjects.push(Buffer.from(subject).toString());
      this.subjectOf.set(subject, s);
    }
    return s;
  }

  /** The subject's one kept text (the first one seen). */
  subjectText(subject: string): string {
    return this.subjects[this.subjectNumber(subject)]!;
  }

  /** Adds one accepted row; `dayIndex` is its school day's index in the calendar. */
  add(pupil: number, dayIndex: number, event: Omit<AbsenceEvent, 'studentId' | 'date' | 'source'>): void {
    if (this.n === this.pupil.length) {
      const size = this.n * 2;
      this.pupil = grown(this.pupil, size);
      this.day = grown(this.day, size);
      this.kind = grown(this.kind, size);
      this.subject = grown(this.subject, size);
      this.period = grown(this.period, size);
      this.minutes = grown(this.minutes, size);
      this.documented = grown(this.documented, size);
      this.reason = grown(this.reason, size);
    }
    const i = this.n++;
    this.pupil[i] = pupil;
    this.day[i] = dayIndex;
    this.kind[i] = KIND_CODE[event.kind];
    this.subject[i] = event.subject ? this.subjectNumber(event.subject) : -1;
    this.period[i] = event.period ?? 0;
    this.minutes[i] = event.minutes ?? 0;
    this.documented[i] = event.documented ? 1 : 0;
    this.reason[i] = event.reason ? ABSENCE_REASONS.indexOf(event.reason) + 1 : 0;
    this.order = null;
  }

  /** How many rows the pupil has here. */
  count(pupilId: string): number {
    const p = this.pupilOf.get(pupilId);
    if (p === undefined) return 0;
    this.sort();
    return this.start![p + 1]! - this.start![p]!;
  }

  /** The pupil's rows in file order, as the engine's events with `source = 'import'`. */
  eventsOf(pupilId: string): AbsenceEvent[] {
    const p = this.pupilOf.get(pupilId);
    if (p === undefined) return [];
    this.sort();
    const out: AbsenceEvent[] = [];
    for (let k = this.start![p]!, end = this.start![p + 1]!; k < end; k++) {
      const i = this.order![k]!;
      const kind = ABSENCE_KINDS[this.kind[i]!]!;
      out.push({
        studentId: pupilId,
        date: this.dates[this.day[i]!]!,
        kind,
        subject: this.subject[i]! >= 0 ? this.subjects[this.subject[i]!]! : null,
        period: kind === 'day' ? null : this.period[i]! || null,
        minutes: kind === 'late' ? this.minutes[i]! || null : null,
        documented: this.documented[i] === 1,
        reason: this.reason[i] ? (ABSENCE_REASONS[this.reason[i]! - 1] as AbsenceReason) : null,
        source: 'import',
      });
    }
    return out;
  }

  /** One counting sort by pupil, stable, so each pupil's rows stay in file order. */
  private sort(): void {
    if (this.order) return;
    const pupils = this.pupilIds.length;
    const start = new Int32Array(pupils + 1);
    for (let i = 0; i < this.n; i++) start[this.pupil[i]! + 1]!++;
    for (let p = 0; p < pupils; p++) start[p + 1]! += start[p]!;
    const next = start.slice(0, pupils);
    const order = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) order[next[this.pupil[i]!]!++] = i;
    this.order = order;
    this.start = start;
  }
}
