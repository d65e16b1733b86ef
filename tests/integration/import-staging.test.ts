// The bulk import path (decisions 009, 175): valid rows go into absence_event in batches while the file is
// still being read, so a bad row after the first batch must still leave nothing behind; a good file writes each event
// and one audit row per pupil, through row-level security, on both databases. An imported event has no
// history row until it changes (decision 120): the row is its first version, copied into the history
// by a trigger before its first change.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileCalendar, parseSchoolCalendar } from '../../src/domain/calendar/calendar';
import { formatIsoDate } from '../../src/domain/calendar/dates';
import { defaultSkolerute } from '../../src/domain/school-year/skolerute';
import { actorForUser } from '../../src/server/auth/actor-for-user';
import type { Actor } from '../../src/server/actor';
import { loadContent } from '../../src/server/content/load-content';
import { AppError } from '../../src/server/errors';
import { importAbsence, type ImportTimings } from '../../src/server/use-cases/import-absence';
import { deleteAbsence } from '../../src/server/use-cases/delete-absence';
import { getAbsenceHistory } from '../../src/server/use-cases/get-absence-history';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { addPupilsToClass, createKommune, type TestKommune } from '../support/factories';

const content = loadContent();

describeDb('bulk import in batches while the file is read', () => {
  let db: TestDb;
  let k: TestKommune;
  let rektor: Actor;
  const localIds = ['stg-1', 'stg-2', 'stg-3'];
  // The last school day, so every generated row lies before it.
  const now = new Date('2027-06-18T12:00:00Z');
  const header = 'student_id,date,kind,subject,period,minutes,documented,reason';

  beforeAll(async () => {
    db = await freshDb();
    k = await createKommune(db, 'stg');
    // 40 more pupils in 9A: enough distinct rows for more than one batch (20 000 rows).
    const more = Array.from({ length: 40 }, (_, i) => `stg-x${i}`);
    await addPupilsToClass(db, k, more);
    localIds.push(...more);
    rektor = await actorForUser(db, k.users.rektor!.username);
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** `count` distinct lesson rows on the year's school days. */
  function rows(count: number): string[] {
    const parsed = parseSchoolCalendar({ ...defaultSkolerute(2026), lessonsPerWeekday: [6, 6, 6, 6, 5] });
    if (!parsed.ok) throw new Error(parsed.errors.join());
    const out: string[] = [];
    for (const day of compileCalendar(parsed.calendar).days) {
      for (const id of localIds)
        for (let period = 1; period <= 5 && out.length < count; period++)
          out.push(`${id},${formatIsoDate(day)},lesson,Norsk,${period},,false,`);
      if (out.length === count) break;
    }
    if (out.length < count) throw new Error('for få skoledager');
    return out;
  }
  async function* stream(text: string): AsyncIterable<Uint8Array> {
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += 1 << 16) yield bytes.subarray(i, i + (1 << 16));
  }
  const counts = () =>
    db.withContext({ kommuneId: k.id }, async (tx) => {
      const n = async (q: ReturnType<typeof sql<{ n: number }>>) => Number((await q.execute(tx)).rows[0]!.n);
      return {
        events: await n(sql<{ n: number }>`select count(*)::int as n from absence_event where source = 'import'`),
        history: await n(
          sql<{
            n: number;
          }>`select count(*)::int as n from absence_event_history h join absence_event e on e.id = h.event_id where e.source = 'import' and h.change = 'created'`,
        ),
        audit: await n(sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'absence.import'`),
      };
    });

  it('writes nothing when the one bad row comes after a written batch, and names its line', async () => {
    const good = rows(25_000);
    const text = [header, ...good, 'stg-1,2026-11-21,day,,,,false,'].join('\n');
    const error = await importAbsence(db, content, rektor, k.schoolId, { kind: 'csv', data: stream(text) }, now).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Importen ble avvist: 1 rad har feil. Ingenting er importert.');
    expect((error as AppError).details?.rows).toEqual([
      { line: 25_002, field: 'date', reason: 'ikke en skoledag: 21.11.2026 er en lørdag' },
    ]);
    expect(await counts()).toEqual({ events: 0, history: 0, audit: 0 });
  });

  it('imports every row once, without a history row per event, and one audit row per pupil', async () => {
    const text = [header, ...rows(25_000)].join('\r\n');
    const timings: ImportTimings = { readValidate: 0, write: 0, audit: 0, reevaluate: 0 };
    expect(
      await importAbsence(db, content, rektor, k.schoolId, { kind: 'csv', data: stream(text) }, now, timings),
    ).toEqual({
      imported: 25_000,
      alreadyPresent: 0,
      encoding: 'UTF-8',
    });
    expect(await counts()).toEqual({ events: 25_000, history: 0, audit: localIds.length });
    for (const part of Object.values(timings)) expect(part).toBeGreaterThan(0);
    expect(await importAbsence(db, content, rektor, k.schoolId, { kind: 'csv', data: stream(text) }, now)).toEqual({
      imported: 0,
      alreadyPresent: 25_000,
      encoding: 'UTF-8',
    });
    expect((await counts()).events).toBe(25_000);

    // Its history: the event as imported is version 1, before and after its first change.
    const [first, second] = await db.withContext({ kommuneId: k.id }, (tx) =>
      tx
        .selectFrom('absence_event')
        .selectAll()
        .where('source', '=', 'import')
        .orderBy('date')
        .orderBy('period')
        .limit(2)
        .execute(),
    );
    const unchanged = await getAbsenceHistory(db, rektor, second!.id, now);
    expect(unchanged.map((v) => [v.version, v.change])).toEqual([[1, 'created']]);
    expect(unchanged[0]!.changedAt).toBe(new Date(second!.registered_at).toISOString());

    await deleteAbsence(db, content, rektor, first!.id, 1, now);
    const history = await getAbsenceHistory(db, rektor, first!.id, now);
    expect(history.map((v) => [v.version, v.change])).toEqual([
      [1, 'created'],
      [2, 'deleted'],
    ]);
    const stored = await db.withContext(
      { kommuneId: k.id },
      async (tx) =>
        (
          await sql<{
            version: number;
            change: string;
            by: string;
            same: boolean;
          }>`select h.version, h.change, h.changed_by as by, (h.snapshot->>'id' = ${first!.id} and h.snapshot->>'date' = ${first!.date} and (h.snapshot->>'deleted_at') is null) as same
             from absence_event_history h where h.event_id = ${first!.id} order by h.id`.execute(tx)
        ).rows,
    );
    expect(stored).toEqual([
      { version: 1, change: 'created', by: rektor.userId, same: true },
      { version: 2, change: 'deleted', by: rektor.userId, same: false },
    ]);
  }, 120_000);

  it('stores text with quotes, backslashes, commas and braces as it stood in the file', async () => {
    const subjects = ['Norsk "8A", del {1}', 'Mat\\helse', 'NULL', "K,R;L'E"];
    const text = [
      header,
      ...subjects.map((subject, i) => `stg-3,2027-05-1${i},lesson,"${subject.replaceAll('"', '""')}",1,,false,`),
    ].join('\n');
    expect(
      await importAbsence(db, content, rektor, k.schoolId, { kind: 'csv', data: stream(text) }, now),
    ).toMatchObject({ imported: 4 });
    const stored = await db.withContext({ kommuneId: k.id }, (tx) =>
      tx
        .selectFrom('absence_event')
        .select(['subject'])
        .where('source', '=', 'import')
        .where('date', '>=', '2027-05-10')
        .orderBy('date')
        .execute(),
    );
    expect(stored.map((r) => r.subject)).toEqual(subjects);
  });
});
