// What absence_event's and alert's foreign keys guaranteed, now checked once per statement (decision 120,
// migration 0032; decision 175, migration 0040): an event names a pupil and a class of its own kommune, an
// existing user and kommune, on insert and on update, one row or many; an alert names a pupil, class and
// school of its own kommune; and a pupil, class, school or user they name cannot be deleted.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb, freshDb, type TestDb } from '../support/db';
import { createKommune, type TestKommune } from '../support/factories';

describeDb('absence_event references, checked per statement', () => {
  let db: TestDb;
  let a: TestKommune;
  let b: TestKommune;

  beforeAll(async () => {
    db = await freshDb();
    a = await createKommune(db, 'refa');
    b = await createKommune(db, 'refb');
  });
  afterAll(async () => {
    await db?.drop();
  });

  const event = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    kommune_id: a.id,
    pupil_id: a.pupilIds[0]!,
    class_id: a.classId,
    date: '2026-09-02',
    kind: 'day' as const,
    subject: null,
    period: null,
    minutes: null,
    documented: false,
    reason: null,
    source: 'laerer' as const,
    note: null,
    registered_by: a.users.kontakt!.id,
    registered_at: new Date(),
    ...over,
  });
  const alert = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    kommune_id: a.id,
    pupil_id: a.pupilIds[0]!,
    class_id: a.classId,
    school_id: a.schoolId,
    profile: 'jevnaker',
    rule_id: 'enkeltdager',
    started_on: '2026-09-02',
    ended_on: null,
    explanation: JSON.stringify({ summary: 'test' }),
    created_at: new Date(),
    updated_at: new Date(),
    ...over,
  });
  /** The SQLSTATE an insert of these rows in kommune A fails with, or null when it goes in (rolled back). */
  async function insertCode(
    rows: ReturnType<typeof event>[] | ReturnType<typeof alert>[],
    table: 'absence_event' | 'alert' = 'absence_event',
  ): Promise<string | null> {
    try {
      await db.withContext({ kommuneId: a.id }, async (tx) => {
        await tx
          .insertInto(table)
          .values(rows as never)
          .execute();
        throw new Error('rollback');
      });
    } catch (e) {
      if ((e as Error).message === 'rollback') return null;
      return (e as { code?: string }).code ?? (e as Error).message;
    }
    return null;
  }

  it('takes events that name the kommune’s own pupil, class and user, one row or many', async () => {
    expect(await insertCode([event()])).toBeNull();
    expect(
      await insertCode([
        event(),
        event({ pupil_id: a.pupilIds[1]!, date: '2026-09-03' }),
        event({ pupil_id: a.pupilIds[2]!, registered_by: a.users.rektor!.id }),
      ]),
    ).toBeNull();
  });

  it('refuses an event naming a pupil or class of another kommune, or one that does not exist', async () => {
    expect(await insertCode([event({ pupil_id: b.pupilIds[0]! })])).toBe('23503');
    expect(await insertCode([event({ pupil_id: randomUUID() })])).toBe('23503');
    expect(await insertCode([event({ class_id: b.classId })])).toBe('23503');
    expect(await insertCode([event({ class_id: randomUUID() })])).toBe('23503');
    expect(await insertCode([event({ registered_by: randomUUID() })])).toBe('23503');
    // One bad row among good ones refuses the whole statement.
    expect(await insertCode([event(), event({ pupil_id: a.pupilIds[1]! }), event({ pupil_id: b.pupilIds[1]! })])).toBe(
      '23503',
    );
  });

  it('takes alerts that name the kommune’s own pupil, class and school, and refuses any other, one row or many', async () => {
    expect(await insertCode([alert(), alert({ pupil_id: a.pupilIds[1]!, rule_id: 'annen' })], 'alert')).toBeNull();
    expect(await insertCode([alert({ pupil_id: b.pupilIds[0]! })], 'alert')).toBe('23503');
    expect(await insertCode([alert({ pupil_id: randomUUID() })], 'alert')).toBe('23503');
    expect(await insertCode([alert({ class_id: b.classId })], 'alert')).toBe('23503');
    expect(await insertCode([alert({ school_id: b.schoolId })], 'alert')).toBe('23503');
    expect(await insertCode([alert({ school_id: randomUUID() })], 'alert')).toBe('23503');
    expect(await insertCode([alert(), alert({ pupil_id: b.pupilIds[1]!, rule_id: 'annen' })], 'alert')).toBe('23503');
    const stored = alert();
    await db.withContext({ kommuneId: a.id }, (tx) => tx.insertInto('alert').values(stored).execute());
    const moved = await db
      .withContext({ kommuneId: a.id }, (tx) =>
        tx.updateTable('alert').set({ school_id: b.schoolId }).where('id', '=', stored.id).execute(),
      )
      .then(
        () => null,
        (err: unknown) => (err as { code?: string }).code,
      );
    expect(moved).toBe('23503');
    const code = await db.owner
      .deleteFrom('school')
      .where('id', '=', a.schoolId)
      .execute()
      .then(
        () => null,
        (err: unknown) => (err as { code?: string }).code,
      );
    expect(code).toBe('23503');
  });

  it('refuses an update that moves an event to a pupil that is not the kommune’s', async () => {
    const e = event();
    await db.withContext({ kommuneId: a.id }, (tx) => tx.insertInto('absence_event').values(e).execute());
    const code = await db
      .withContext({ kommuneId: a.id }, (tx) =>
        tx.updateTable('absence_event').set({ pupil_id: b.pupilIds[0]! }).where('id', '=', e.id).execute(),
      )
      .then(
        () => null,
        (err: unknown) => (err as { code?: string }).code,
      );
    expect(code).toBe('23503');
  });

  it('refuses to delete a pupil, class or user that an event names, and deletes one that none names', async () => {
    const code = (q: Promise<unknown>) =>
      q.then(
        () => null,
        (err: unknown) => (err as { code?: string }).code,
      );
    // As the owner, past row-level security: the guard is in the database, not in the application.
    const named = await db.owner
      .selectFrom('absence_event')
      .select(['pupil_id', 'class_id', 'registered_by'])
      .where('kommune_id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(await code(db.owner.deleteFrom('pupil').where('id', '=', named.pupil_id).execute())).toBe('23503');
    expect(await code(db.owner.deleteFrom('class').where('id', '=', named.class_id).execute())).toBe('23503');
    expect(await code(db.owner.deleteFrom('app_user').where('id', '=', named.registered_by).execute())).toBe('23503');
    const loose = randomUUID();
    await db.withContext({ kommuneId: a.id }, (tx) =>
      tx
        .insertInto('pupil')
        .values({
          id: loose,
          kommune_id: a.id,
          first_name: 'Uten',
          last_name: 'Fravær',
          birth_date: '2013-01-01',
          national_id: null,
        })
        .execute(),
    );
    expect(await code(db.owner.deleteFrom('pupil').where('id', '=', loose).execute())).toBeNull();
    expect(
      Number(
        (await sql<{ n: number }>`select count(*)::int as n from pupil where id = ${loose}`.execute(db.owner)).rows[0]!
          .n,
      ),
    ).toBe(0);
  });
});
