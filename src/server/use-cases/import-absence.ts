// Import of absence events for one school from a CSV or XLSX file with the school's own pupil ids.
// Validated as a whole: one bad row and nothing is imported, with every bad row listed by line, field
// and reason. Rows already in the database (same pupil, day, kind and period) are counted, not added,
// so importing the same file twice adds nothing the second time.
//
// Built for a million rows (decisions 009, 120, 167, 175): the file is streamed, and each batch of valid
// rows goes straight into absence_event — one INSERT … SELECT from unnest arrays (PGlite and PostgreSQL
// both take them) under row-level security as the application role — while the rest is still being read,
// so the database writes while Node reads (COPY cannot: it ignores RLS policies). All in one transaction:
// a bad row anywhere, found after batches went in, rolls every one of them back. An imported event is its
// own first version until it changes (decision 120).
//
// Uploads are read within limits (decision 073) and in the encoding found (decision 074); a refused file
// writes nothing. The answer lists the first 200 bad rows and their total; the full list is the same
// validation run again on the same file, as a CSV report (`importProblems`), so nothing is kept.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { isoWeekday, norwegianDate, parseIsoDate } from '../../domain/calendar/dates';
import { schoolYearStarting } from '../../domain/school-year/skolerute';
import { ABSENCE_REASONS, KIND_CODE, type AbsenceEvent } from '../../domain/rules/event-store';
import { ABSENCE_KINDS } from '../../domain/rules/absence-kinds';
import { ImportedEvents } from '../absence/imported-events';
import { duplicateProblem, rowProblem, validateEventRow, type RowProblem } from '../../domain/absence/events-file';
import type { Db, DbContext, Tx } from '../../db/create-db';
import { arrayLiteral } from '../../db/array-literal';
import { osloDate } from '../clock';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { earlierEvents, reevaluateImport } from '../absence/reevaluate-bulk';
import { compileSkolerute } from '../absence/calendar';
import { DEFAULT_PROFILE, isLeadership, type PupilPlace } from '../absence/place';
import { readEventsFile, type EventsFile } from '../import/read-events-file';
import type { ReadLimits } from '../import/limits';
import type { TextEncodingName } from '../import/decode-text';
import type { Content } from '../content/load-content';

export type { RowProblem };

/** The parts of an import, in order. */
export type ImportPart = 'readValidate' | 'write' | 'audit' | 'reevaluate';

/** Milliseconds spent in each part of an import, for the benchmark, which may also look at the end of each part. */
export type ImportTimings = Record<ImportPart, number> & { onLap?: (part: ImportPart) => void };

/** Bad rows listed in the answer; the report has them all. */
export const LISTED_PROBLEMS = 200;

export interface ImportOptions {
  /** Limits of the read (the web upload); none for the CLI's CSV. */
  limits?: ReadLimits;
  /** Bad rows to list in the refusal (default LISTED_PROBLEMS); the CLI lists them all. */
  listed?: number;
}

/** The answer of an import that went through. */
export type ImportResult = { imported: number; alreadyPresent: number; encoding?: TextEncodingName };

/** Rows per statement into absence_event (each column is one array parameter). */
const INSERT_BATCH = 20_000;
/** Audit rows per statement (15 parameters a row, under PostgreSQL's 65 535). */
const AUDIT_BATCH = 2_000;

/** Every pupil currently in a class of the school this school year, by the school's own pupil id. */
async function schoolPupils(tx: Tx, schoolId: string, year: number): Promise<Map<string, PupilPlace>> {
  const rows = await tx
    .selectFrom('class_membership as m')
    .innerJoin('pupil as p', 'p.id', 'm.pupil_id')
    .innerJoin('class as c', 'c.id', 'm.class_id')
    .innerJoin('school as s', 's.id', 'c.school_id')
    .select([
      'p.local_id',
      'p.id as pupilId',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'p.protected_address as protectedAddress',
      'c.id as classId',
      'c.name as className',
      'c.trinn',
      's.id as schoolId',
      's.name as schoolName',
      'c.school_year as schoolYear',
      's.rule_profile',
    ])
    .where('m.valid_to', 'is', null)
    .where('c.school_id', '=', schoolId)
    .where('c.school_year', '=', year)
    .where('p.local_id', 'is not', null)
    .execute();
  return new Map(
    rows.map(({ local_id, rule_profile, ...place }) => [
      local_id!,
      { ...place, profileId: rule_profile ?? DEFAULT_PROFILE },
    ]),
  );
}

/** Lessons per weekday (Monday–Friday) of every class of the school: the highest period in its timetable. */
async function lessonsByClass(tx: Tx, schoolId: string, year: number): Promise<Map<string, number[]>> {
  const rows = await tx
    .selectFrom('timetable_lesson as t')
    .innerJoin('class as c', 'c.id', 't.class_id')
    .select(['t.class_id', 't.weekday', (eb) => eb.fn.max('t.period').as('lessons')])
    .where('c.school_id', '=', schoolId)
    .where('c.school_year', '=', year)
    .groupBy(['t.class_id', 't.weekday'])
    .execute();
  const out = new Map<string, number[]>();
  for (const r of rows) {
    let week = out.get(r.class_id);
    if (!week) out.set(r.class_id, (week = [0, 0, 0, 0, 0]));
    week[r.weekday - 1] = Number(r.lessons);
  }
  return out;
}

/**
 * Valid rows waiting to be written, one array per column of absence_event's insert. The bytes sent are
 * kept small (decision 175): each row names its pupil by a number into the batch's own list of pupils and
 * classes, and its day by the number of days since the school year's first day.
 */
class RowBatch {
  pupils: string[] = [];
  classes: string[] = [];
  private readonly pupilNo = new Map<string, number>();
  pupil: number[] = [];
  day: number[] = [];
  kind: string[] = [];
  subject: (string | null)[] = [];
  period: (number | null)[] = [];
  minutes: (number | null)[] = [];
  documented: string[] = [];
  reason: (string | null)[] = [];
  get size(): number {
    return this.pupil.length;
  }
  /** The batch's number for a pupil, who is in this class. */
  pupilNumber(pupilId: string, classId: string): number {
    let n = this.pupilNo.get(pupilId);
    if (n === undefined) {
      n = this.pupils.length + 1;
      this.pupils.push(pupilId);
      this.classes.push(classId);
      this.pupilNo.set(pupilId, n);
    }
    return n;
  }
}

/** What one import writes as: its actor, its time, its ids (`importIdPrefix`) and the day rows count from. */
type Writing = { kommuneId: string; userId: string; now: Date; idPrefix: string; firstDay: string };

/** A batch's columns as the statement's parameters: array literals, made at once so a batch waiting its turn holds a few long strings. */
function batchParameters(b: RowBatch): string[] {
  return [
    arrayLiteral(b.pupil),
    arrayLiteral(b.day),
    arrayLiteral(b.kind),
    arrayLiteral(b.subject, true),
    arrayLiteral(b.period),
    arrayLiteral(b.minutes),
    arrayLiteral(b.documented),
    arrayLiteral(b.reason),
    arrayLiteral(b.pupils),
    arrayLiteral(b.classes),
  ];
}

/**
 * Inserts one batch, numbered from `first` within the import, and adds the rows that went in per pupil to
 * `inserted`. A row already present (same pupil, day, kind and period) is skipped, not an error. Its
 * references are checked once for the statement (0032); no history row is written (decision 120).
 */
async function insertBatch(
  tx: Tx,
  parameters: string[],
  first: number,
  w: Writing,
  inserted: Map<string, number>,
): Promise<void> {
  const [pupil, day, kind, subject, period, minutes, documented, reason, pupils, classes] = parameters;
  const result = await sql<{ pupil_id: string; n: number }>`
    with ins as (
      insert into absence_event (id, kommune_id, pupil_id, class_id, date, kind, subject, period, minutes, documented, reason, source, note, registered_by, registered_at)
      select (${w.idPrefix} || lpad(to_hex(${first}::int + t.n::int), 8, '0'))::uuid, ${w.kommuneId}::uuid, p.pupil_id, p.class_id, ${w.firstDay}::date + t.day, t.kind, t.subject, t.period, t.minutes, t.documented, t.reason, 'import', null, ${w.userId}::uuid, ${w.now}::timestamptz
      from unnest(${pupil}::int[], ${day}::int[], ${kind}::text[], ${subject}::text[], ${period}::smallint[], ${minutes}::smallint[], ${documented}::boolean[], ${reason}::text[])
        with ordinality as t(pupil, day, kind, subject, period, minutes, documented, reason, n)
      join unnest(${pupils}::uuid[], ${classes}::uuid[]) with ordinality as p(pupil_id, class_id, no)
        on p.no = t.pupil
      on conflict (pupil_id, date, kind, (coalesce(period, 0))) where deleted_at is null do nothing
      returning pupil_id
    )
    select pupil_id, count(*)::int as n from ins group by pupil_id`.execute(tx);
  for (const r of result.rows) inserted.set(r.pupil_id, (inserted.get(r.pupil_id) ?? 0) + Number(r.n));
}

/**
 * The first 28 hex digits of the ids of one import's events, as a UUID version 7 (RFC 9562): the
 * time in milliseconds, 42 random bits; the last 8 digits count the rows. Ids that grow within an
 * import are appended to the primary-key index where random ones land all over it, which halved
 * PostgreSQL's time for the insert (decision 120).
 */
export function importIdPrefix(now: number, random: Buffer = randomBytes(6)): string {
  const time = Math.floor(now).toString(16).padStart(12, '0').slice(-12);
  const r = random.toString('hex');
  const variant = (8 + (random[3]! & 3)).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${r.slice(0, 3)}-${variant}${r.slice(3, 6)}-${r.slice(8, 12)}`;
}

export async function importAbsence(
  db: Db,
  content: Content,
  actor: Actor,
  schoolId: string,
  file: EventsFile,
  now: Date,
  timings?: ImportTimings,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const result = await importOrCheck(db, content, actor, schoolId, file, now, timings, options, null);
  return result!;
}

/**
 * Every bad row of a file, as the import would find them, without writing anything: the downloadable
 * report behind the first 200 of the answer. A file refused as a whole gives one problem (field «fil»).
 */
export async function importProblems(
  db: Db,
  content: Content,
  actor: Actor,
  schoolId: string,
  file: EventsFile,
  now: Date,
  limits?: ReadLimits,
): Promise<RowProblem[]> {
  const all: RowProblem[] = [];
  try {
    await importOrCheck(db, content, actor, schoolId, file, now, undefined, { limits }, all);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'validation') throw e;
    const rows = e.details?.rows as RowProblem[] | undefined;
    if (!rows) all.push({ line: 1, field: 'fil', reason: e.message });
    else if (all.length === 0) all.push(...rows);
  }
  return all;
}

class Rollback extends Error {}

/**
 * A transaction opened when it is first needed and held open until `end` gives it its last step (commit)
 * or null (roll back). The import opens its write transaction at the first batch of valid rows to stage,
 * so a file that turns out bad early — a zip bomb of junk rows, a file in the wrong encoding — is read
 * without holding a connection (on PGlite, the only one) while it is read.
 */
function lazyTransaction(db: Db, ctx: DbContext, prepare: (tx: Tx) => Promise<void>) {
  let opened: Promise<Tx> | undefined;
  let done: Promise<unknown> | undefined;
  let last: (work: ((tx: Tx) => Promise<unknown>) | null) => void = () => undefined;
  const tx = (): Promise<Tx> => {
    if (!opened) {
      const lastStep = new Promise<((tx: Tx) => Promise<unknown>) | null>((resolve) => (last = resolve));
      let ready!: (tx: Tx) => void;
      const got = new Promise<Tx>((resolve) => (ready = resolve));
      done = db.withContext(ctx, async (t) => {
        await prepare(t);
        ready(t);
        const work = await lastStep;
        if (!work) throw new Rollback();
        return work(t);
      });
      done.catch(() => undefined);
      opened = Promise.race([
        got,
        done.then(() => Promise.reject(new Error('Transaksjonen ble avsluttet før den ble brukt.'))),
      ]);
    }
    return opened;
  };
  return {
    tx,
    /** Runs `work` as the last step and commits (opening the transaction if nothing did); null rolls back. */
    async end<T>(work: ((tx: Tx) => Promise<T>) | null): Promise<T | undefined> {
      if (!done) {
        if (!work) return undefined;
        await tx();
      }
      last(work);
      try {
        return (await done) as T;
      } catch (e) {
        if (e instanceof Rollback) return undefined;
        throw e;
      }
    },
  };
}

/** The import, or with `report` set, the validation alone collecting every problem into it. */
async function importOrCheck(
  db: Db,
  content: Content,
  actor: Actor,
  schoolId: string,
  file: EventsFile,
  now: Date,
  timings: ImportTimings | undefined,
  options: ImportOptions,
  report: RowProblem[] | null,
): Promise<ImportResult | null> {
  const listed = options.listed ?? LISTED_PROBLEMS;
  let t = performance.now();
  const lap = (part: ImportPart) => {
    const at = performance.now();
    if (timings) timings[part] += at - t;
    timings?.onLap?.(part);
    t = at;
  };
  if (!isLeadership(actor, schoolId))
    throw new AppError('not_found', 'Fant ikke skolen, eller du har ikke rett til å importere fravær der.');
  const today = osloDate(now);
  const year = schoolYearStarting(parseIsoDate(today)!);
  const ctx = contextOf(actor);
  // What the rows are checked against, read in a short transaction of its own.
  const { calendar, pupils, lessons } = await db.withContext(ctx, async (tx) => {
    const rute = await tx
      .selectFrom('school_calendar')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('school_year', '=', year)
      .executeTakeFirst();
    if (!rute)
      throw new AppError('validation', `Skolen har ingen skolerute for ${year}–${year + 1}; legg den inn før import.`);
    // School days are the same for every class; lessons per day are checked per class below.
    return {
      calendar: compileSkolerute(rute, [12, 12, 12, 12, 12]),
      pupils: await schoolPupils(tx, schoolId, year),
      lessons: await lessonsByClass(tx, schoolId, year),
    };
  });
  const writer = lazyTransaction(db, ctx, async () => undefined);
  const writing: Writing = {
    kommuneId: actor.kommuneId,
    userId: actor.userId,
    now,
    idPrefix: importIdPrefix(now.getTime()),
    firstDay: calendar.source.firstDay,
  };
  try {
    // Reading, validating and writing overlap: a full batch goes to the database while reading goes on.
    // Rows are read in order, so the problems come in line order: the first `listed` are kept, the rest counted.
    const problems: RowProblem[] = report ?? [];
    let problemCount = 0;
    const problem = (p: RowProblem) => {
      problemCount++;
      if (report || problems.length < listed) problems.push(p);
    };
    const touched = new Map<string, PupilPlace>();
    // The accepted rows, in columns: the re-evaluation starts from them (decisions 167, 175).
    const fileEvents = new ImportedEvents(calendar);
    const firstEpochDay = parseIsoDate(calendar.source.firstDay)!;
    const seen = new Map<number, number>();
    /** Rows that went in, by pupil (fewer than the file's when some were already present). */
    const inserted = new Map<string, number>();
    // The pupils' events from before this import, read for each pupil before the first batch naming it goes in.
    const earlier = new Map<string, AbsenceEvent[]>();
    const earlierRead = new Set<string>();
    let batch = new RowBatch();
    let accepted = 0;
    let written = 0;
    let writes: Promise<void> = Promise.resolve();
    let writeFailed: unknown;
    const flush = () => {
      const full = batch;
      const first = written;
      written += full.size;
      batch = new RowBatch();
      const parameters = batchParameters(full);
      const named: string[] = [];
      for (const id of full.pupils)
        if (!earlierRead.has(id)) {
          earlierRead.add(id);
          named.push(id);
        }
      writes = writes
        .then(async () => {
          if (writeFailed) return; // the transaction is aborted: the error is thrown once reading ends
          const tx = await writer.tx();
          await earlierEvents(tx, named, calendar.source.firstDay, today, earlier);
          await insertBatch(tx, parameters, first, writing, inserted);
        })
        .catch((e: unknown) => void (writeFailed ??= e));
    };
    const read = await readEventsFile(
      file,
      (row) => {
        const result = validateEventRow(row.get, calendar);
        if (typeof result === 'string') {
          problem(rowProblem(row.line, result));
          return;
        }
        // Staff register what has happened (as checkEvent does for one registration): only granted leave lies ahead.
        if (result.date > today && result.reason !== 'permisjon') {
          problem({
            line: row.line,
            field: 'date',
            reason: `${norwegianDate(result.date)} er fram i tid. Fravær importeres når det har skjedd; innvilget permisjon kan ligge fram i tid (reason permisjon).`,
          });
          return;
        }
        const place = pupils.get(result.studentId);
        if (!place) {
          problem({ line: row.line, field: 'student_id', reason: `ukjent elev «${result.studentId}» ved skolen` });
          return;
        }
        const day = parseIsoDate(result.date)!;
        const lessonCount = lessons.get(place.classId)?.[isoWeekday(day) - 1] ?? 0;
        if (result.period !== null && result.period !== undefined && result.period > lessonCount) {
          problem({
            line: row.line,
            field: 'period',
            reason: `time ${result.period} finnes ikke, ${place.className} har ${lessonCount} timer ${norwegianDate(result.date)}`,
          });
          return;
        }
        // The same pupil, day, kind and period twice in the file: a number key (pupil, school day, kind, period).
        const p = fileEvents.pupilNumber(place.pupilId);
        const dayIndex = calendar.indexOf(day);
        const key = (p * 400 + dayIndex) * 64 + KIND_CODE[result.kind] * 16 + (result.period ?? 0);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          problem(duplicateProblem(row.line, earlier));
          return;
        }
        seen.set(key, row.line);
        touched.set(place.pupilId, place);
        accepted++;
        if (problemCount > 0 || report) return; // Nothing will be written: stop writing, keep validating.
        // The texts as the shared constants, not the parser's: a kept cell keeps the whole piece of the file it was cut from.
        const event = {
          kind: ABSENCE_KINDS[KIND_CODE[result.kind]]!,
          subject: result.subject ? fileEvents.subjectText(result.subject) : null,
          period: result.kind === 'day' ? null : (result.period ?? null),
          minutes: result.kind === 'late' ? (result.minutes ?? null) : null,
          documented: result.documented,
          reason: result.reason ? ABSENCE_REASONS[ABSENCE_REASONS.indexOf(result.reason)]! : null,
        };
        fileEvents.add(p, dayIndex, event);
        batch.pupil.push(batch.pupilNumber(place.pupilId, place.classId));
        batch.day.push(day - firstEpochDay);
        batch.kind.push(event.kind);
        batch.subject.push(event.subject);
        batch.period.push(event.period);
        batch.minutes.push(event.minutes);
        batch.documented.push(event.documented ? 't' : 'f');
        batch.reason.push(event.reason);
        if (batch.size >= INSERT_BATCH) flush();
      },
      options.limits,
    );
    const encoding = read.encoding;
    if (read.refusal) {
      await writes;
      throw new AppError('validation', read.refusal, encoding ? { encoding } : {});
    }
    const readProblem = read.problem;
    if (readProblem?.line === 1 && problemCount === 0 && accepted === 0) {
      throw new AppError('validation', 'Fila mangler kolonner i overskriftsraden. Ingenting er importert.', {
        rows: [readProblem],
        total: 1,
        encoding,
      });
    }
    if (readProblem) problem(readProblem);
    await writes;
    if (report) return null;
    if (problemCount) {
      problems.sort((a, b) => a.line - b.line);
      const shown =
        problemCount > problems.length ? ` De første ${problems.length} er listet; last ned rapporten for alle.` : '';
      throw new AppError(
        'validation',
        `Importen ble avvist: ${problemCount} ${problemCount === 1 ? 'rad har' : 'rader har'} feil. Ingenting er importert.${shown}`,
        { rows: problems, total: problemCount, encoding },
      );
    }
    if (batch.size > 0) flush();
    lap('readValidate');
    await writes;
    if (writeFailed) throw writeFailed;
    seen.clear();
    lap('write');

    const result = await writer.end(async (tx) => {
      const imported = [...inserted.values()].reduce((sum, n) => sum + n, 0);
      const places = [...touched.values()];
      for (let i = 0; i < places.length; i += AUDIT_BATCH) {
        await writeAudit(
          tx,
          actor,
          now,
          places
            .slice(i, i + AUDIT_BATCH)
            .map((p) => ({ action: 'absence.import', pupilId: p.pupilId, details: { schoolId } })),
        );
      }
      lap('audit');
      // Only pupils who got a new event can have new alerts (decision 167).
      const added = [...inserted.keys()].map((id) => touched.get(id)!);
      await reevaluateImport(
        tx,
        content,
        actor.kommuneId,
        {
          places: added,
          events: fileEvents,
          inserted,
          earlier,
        },
        today,
        now,
      );
      lap('reevaluate');
      return encoding
        ? { imported, alreadyPresent: accepted - imported, encoding }
        : { imported, alreadyPresent: accepted - imported };
    });
    return result!;
  } catch (e) {
    // Nothing is written: roll back what went in (a no-op when the write transaction never opened).
    await writer.end(null).catch(() => undefined);
    throw e;
  }
}
