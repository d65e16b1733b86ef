// The import's bulk re-evaluation (decision 167) gives the alerts the per-pupil path gives: after an
// import, re-evaluating every pupil of the class the ordinary way (reevaluatePupils, which reads the
// events back and plans against the stored alerts) finds nothing to change. The file mixes pupils with
// nothing stored (the bulk path), a pupil with alerts from an earlier import and one whose rows were
// partly there already (both planned the ordinary way), and a pupil with earlier events but no alert.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileCalendar, parseSchoolCalendar } from '../../src/domain/calendar/calendar';
import { formatIsoDate } from '../../src/domain/calendar/dates';
import { defaultSkolerute } from '../../src/domain/school-year/skolerute';
import { actorForUser } from '../../src/server/auth/actor-for-user';
import type { Actor } from '../../src/server/actor';
import { loadContent } from '../../src/server/content/load-content';
import { reevaluatePupils } from '../../src/server/absence/evaluate-pupil';
import { classPlaces } from '../../src/server/absence/place';
import { importAbsence } from '../../src/server/use-cases/import-absence';
import { osloDate } from '../../src/server/clock';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { addPupilsToClass, createKommune, type TestKommune } from '../support/factories';

const content = loadContent();

describeDb('the import re-evaluates in bulk as the per-pupil path does', () => {
  let db: TestDb;
  let k: TestKommune;
  let rektor: Actor;
  const now = new Date('2027-03-19T12:00:00Z');
  const header = 'student_id,date,kind,subject,period,minutes,documented,reason';
  const ours = new Set<string>();
  const pupils = Array.from({ length: 12 }, (_, i) => `blk-x${i}`);

  beforeAll(async () => {
    db = await freshDb();
    k = await createKommune(db, 'blk');
    for (const id of await addPupilsToClass(db, k, pupils)) ours.add(id);
    rektor = await actorForUser(db, k.users.rektor!.username);
  });
  afterAll(async () => {
    await db?.drop();
  });

  const parsed = parseSchoolCalendar({ ...defaultSkolerute(2026), lessonsPerWeekday: [6, 6, 6, 6, 5] });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  const days = Array.from(compileCalendar(parsed.calendar).days, (d) => formatIsoDate(d)).filter(
    (d) => d <= osloDate(now),
  );

  /** Pupil i: a run of whole days, scattered lessons and late arrivals, different for each. */
  function rowsOf(i: number, from: number): string[] {
    const id = pupils[i]!;
    const out: string[] = [];
    for (let d = from; d < days.length; d += 1 + (i % 4)) {
      const day = days[d]!;
      if (d % 17 < 2 + i) out.push(`${id},${day},day,,,,${d % 5 === 0},${d % 5 === 0 ? 'sykdom' : ''}`);
      else if (d % 3 === 0) out.push(`${id},${day},lesson,Norsk,${1 + (d % 5)},,false,`);
      else if (i % 2 === 0) out.push(`${id},${day},late,Matte,1,${5 + (d % 20)},false,`);
    }
    return out;
  }
  async function* stream(text: string): AsyncIterable<Uint8Array> {
    yield Buffer.from(text);
  }
  const alerts = () =>
    db.withContext(
      { kommuneId: k.id },
      async (tx) =>
        (
          await sql<
            Record<string, unknown>
          >`select id, pupil_id, class_id, school_id, profile, rule_id, started_on, ended_on, status, dismiss_reason, explanation::text, created_at, updated_at, retired_at, continues_alert_id, handled_contact_id, version
          from alert where pupil_id = any(${[...ours]}::uuid[]) order by pupil_id, rule_id, started_on`.execute(tx)
        ).rows,
    );

  it('stores the alerts reevaluatePupils would, and it finds nothing to change', async () => {
    // Earlier: pupil 0 gets alerts from a first import; pupil 1 one lesson (no alert); pupil 2 part of its rows.
    const earlier = [...rowsOf(0, 0).slice(0, 40), rowsOf(1, 0)[0]!, ...rowsOf(2, 0).slice(0, 5)];
    const first = await importAbsence(
      db,
      content,
      rektor,
      k.schoolId,
      { kind: 'csv', data: stream([header, ...earlier].join('\n')) },
      new Date('2027-03-18T12:00:00Z'),
    );
    expect(first).toEqual({ imported: earlier.length, alreadyPresent: 0, encoding: 'UTF-8' });
    expect((await alerts()).length).toBeGreaterThan(0);

    const file = [
      header,
      ...rowsOf(0, 60),
      ...rowsOf(1, 3),
      ...rowsOf(2, 0),
      ...pupils.slice(3).flatMap((_, j) => rowsOf(j + 3, j)),
    ];
    const result = await importAbsence(
      db,
      content,
      rektor,
      k.schoolId,
      { kind: 'csv', data: stream(file.join('\n')) },
      now,
    );
    expect(result).toEqual({ imported: file.length - 6, alreadyPresent: 5, encoding: 'UTF-8' });
    const afterImport = await alerts();
    expect(new Set(afterImport.map((a) => a.pupil_id)).size).toBeGreaterThan(6);

    await db.withContext({ kommuneId: k.id }, async (tx) => {
      await reevaluatePupils(
        tx,
        content,
        k.id,
        (await classPlaces(tx, k.classId)).filter((p) => ours.has(p.pupilId)),
        osloDate(now),
        new Date(now.getTime() + 60_000),
      );
    });
    expect(await alerts()).toEqual(afterImport);
  }, 120_000);
});
