// The per-day figures (issue 19 item 6, decision 161) equal the events' replay exactly: the owner's figures and
// the reviews' periods computed from pupil_day_absence / class_month_absence against the same computed from
// absence_event, on random registrations (new, changed, deleted, a pupil who changed class, a timetable changed)
// and on the demo. Freshness: what is registered through the API is in the next read.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Db } from '../../src/db/create-db';
import { formatIsoDate } from '../../src/domain/calendar/dates';
import { weeksUpTo } from '../../src/domain/oversight/reviews';
import { loadContent } from '../../src/server/content/load-content';
import { seedDemo } from '../../src/server/demo/seed';
import { demoCalendar } from '../../src/server/demo/absence-history';
import { prng } from '../../src/server/demo/generate';
import { ownerFiguresFromDays, ownerFiguresFromEvents } from '../../src/server/oversight/owner-figures';
import { refreshDayAggregates } from '../../src/server/oversight/refresh-day-aggregates';
import { reviewClasses, upToToday } from '../../src/server/reviews/review-school';
import { describeDb } from '../support/db';
import { useWorld } from '../support/world';
import { recordAbsence } from '../support/make';
import { addPupilsToClass } from '../support/factories';

const TODAY = '2026-11-24';

/** Both ways for every school of the kommune: the owner's figures, and each school's weekly and semester ranges. */
async function compare(db: Db, kommuneId: string, today = TODAY) {
  await refreshDayAggregates(db, kommuneId);
  await db.withContext({ kommuneId }, async (tx) => {
    expect(await ownerFiguresFromDays(tx, 2026, today)).toEqual(await ownerFiguresFromEvents(tx, 2026, today));
    const schools = await tx.selectFrom('school').select('id').execute();
    const ranges = [
      ...weeksUpTo(today).map((w) => upToToday(w, today)),
      { from: '2026-08-01', to: '2026-10-15' },
      { from: '2026-10-16', to: today },
    ];
    for (const s of schools)
      expect(await reviewClasses(tx, s.id, today, ranges)).toEqual(
        await reviewClasses(tx, s.id, today, ranges, 'events'),
      );
  });
}

describeDb('per-day figures in a small kommune', () => {
  const w = useWorld({ kommuner: ['dag'], login: ['kontakt', 'eier'] });

  it('equal the events on random registrations, changed, deleted and moved between classes', async () => {
    const { id: kommuneId, classId, pupilIds, users } = w.k;
    // A second class at the same school, trinn 9: the first pupil moves there on 1 October.
    const movedTo = randomUUID();
    await w.db.withContext({ kommuneId }, async (tx) => {
      const cls = await tx.selectFrom('class').selectAll().where('id', '=', classId).executeTakeFirstOrThrow();
      await tx
        .insertInto('class')
        .values({ ...cls, id: movedTo, name: '9B', created_at: undefined } as never)
        .execute();
      await sql`insert into timetable_lesson (id, kommune_id, class_id, weekday, period, subject, teacher_id)
        select gen_random_uuid(), kommune_id, ${movedTo}, weekday, period, subject, teacher_id from timetable_lesson
        where class_id = ${classId} and not (weekday = 2 and period > 3)`.execute(tx);
      await tx
        .updateTable('class_membership')
        .set({ valid_to: '2026-09-30' })
        .where('pupil_id', '=', pupilIds[0]!)
        .where('class_id', '=', classId)
        .execute();
      await tx
        .insertInto('class_membership')
        .values({
          id: randomUUID(),
          kommune_id: kommuneId,
          pupil_id: pupilIds[0]!,
          class_id: movedTo,
          valid_from: '2026-10-01',
          valid_to: null,
        } as never)
        .execute();
    });
    const calendar = demoCalendar(2026, 9);
    const days = Array.from(calendar.days, (d) => formatIsoDate(d)).filter((d) => d <= TODAY);
    for (let round = 0; round < 4; round++) {
      const r = prng(round + 1).next;
      const kinds = ['day', 'lesson', 'late', 'left'] as const;
      const rows = new Map<string, Record<string, unknown>>();
      for (const pupil of pupilIds)
        for (const date of days) {
          // The factory's own registration (the second pupil's day on 1 September) stays as it is.
          if (r() > 0.25 || (pupil === pupilIds[1] && date === '2026-09-01')) continue;
          for (let n = 1 + Math.floor(r() * 3); n > 0; n--) {
            const kind = kinds[Math.floor(r() * kinds.length)]!;
            const period = kind === 'day' ? null : 1 + Math.floor(r() * 8);
            const key = `${pupil}|${date}|${kind}|${period ?? 0}`;
            const moved = pupil === pupilIds[0] && date >= '2026-10-01' && r() < 0.9;
            rows.set(key, {
              id: randomUUID(),
              kommune_id: kommuneId,
              pupil_id: pupil,
              class_id: moved ? movedTo : classId,
              date,
              kind,
              subject: kind === 'lesson' ? 'Norsk' : null,
              period,
              minutes: kind === 'late' ? 10 : null,
              documented: r() < 0.4,
              reason: null,
              source: 'laerer',
              note: 'dag-test',
              registered_by: users.kontakt!.id,
              registered_at: new Date(),
            });
          }
        }
      await w.db.withContext({ kommuneId }, async (tx) => {
        await tx
          .updateTable('absence_event')
          .set({ deleted_at: new Date() })
          .where('note', '=', 'dag-test')
          .where('deleted_at', 'is', null)
          .execute();
        await tx
          .insertInto('absence_event')
          .values([...rows.values()] as never)
          .execute();
      });
      await compare(w.db, kommuneId);
      // Changed afterwards: some deleted outright (no history yet), some documented, some deleted as the app does.
      await w.db.withContext({ kommuneId }, async (tx) => {
        const all = [...rows.values()].map((e) => e.id as string);
        await tx
          .deleteFrom('absence_event')
          .where(
            'id',
            'in',
            all.filter((_, i) => i % 11 === 3),
          )
          .execute();
        const ids = all.filter((_, i) => i % 11 !== 3);
        await tx
          .updateTable('absence_event')
          .set({ documented: true })
          .where(
            'id',
            'in',
            ids.filter((_, i) => i % 5 === 0),
          )
          .execute();
        await tx
          .updateTable('absence_event')
          .set({ deleted_at: new Date() })
          .where(
            'id',
            'in',
            ids.filter((_, i) => i % 7 === 0),
          )
          .execute();
      });
      await compare(w.db, kommuneId);
    }
    // A timetable change: fewer lessons on Mondays changes every Monday's share; the class is recomputed whole.
    await w.db.withContext({ kommuneId }, (tx) =>
      tx
        .deleteFrom('timetable_lesson')
        .where('class_id', '=', classId)
        .where('weekday', '=', 1)
        .where('period', '>', 4)
        .execute(),
    );
    await compare(w.db, kommuneId);
  });

  it('recomputes the classes of a statement of over 10 000 events whole, instead of marking its pupil-days', async () => {
    const { id: kommuneId, classId, users } = w.k;
    await compare(w.db, kommuneId);
    const pupils = await addPupilsToClass(
      w.db,
      w.k,
      Array.from({ length: 40 }, (_, i) => `stor${i}`),
    );
    const days = Array.from(demoCalendar(2026, 9).days, (d) => formatIsoDate(d)).filter((d) => d <= TODAY);
    const dirty = async () =>
      Number((await sql<{ n: number }>`select count(*)::int as n from pupil_day_dirty`.execute(w.db.owner)).rows[0]!.n);
    const marked = async () =>
      (await w.db.owner.selectFrom('class_day_calendar').select('class_id').where('class_id', '=', classId).execute())
        .length;
    expect(await marked()).toBe(1);
    const before = await dirty();
    // One INSERT … SELECT, as the import writes: every pupil away in periods 1–4 of every school day so far.
    const inserted = await w.db.withContext({ kommuneId }, async (tx) =>
      sql`insert into absence_event (id, kommune_id, pupil_id, class_id, date, kind, subject, period, minutes, documented, reason, source, note, registered_by, registered_at)
        select gen_random_uuid(), ${kommuneId}::uuid, p, ${classId}::uuid, d, 'lesson', 'Norsk', n, null, false, null, 'import', null, ${users.rektor!.id}::uuid, now()
        from unnest(${pupils}::uuid[]) p, unnest(${days}::date[]) d, generate_series(1, 4) n`.execute(tx),
    );
    expect(Number(inserted.numAffectedRows)).toBeGreaterThan(10_000);
    expect(await dirty()).toBe(before);
    expect(await marked()).toBe(0);
    await compare(w.db, kommuneId);
    expect(await marked()).toBe(1);
  });

  it('shows a registration in the next read of the owner', async () => {
    const before = (await w.as('eier').get('/api/oversight/owner')).data;
    await recordAbsence(w.as('kontakt'), w.k.pupilIds[2]!, ['2026-11-23']);
    const after = (await w.as('eier').get('/api/oversight/owner')).data;
    // Three pupils: every figure is «under 5» for the owner; the per-day table itself has the day.
    expect(after.schools.length).toBe(before.schools.length);
    const rows = await w.db.withContext({ kommuneId: w.k.id }, (tx) =>
      tx
        .selectFrom('pupil_day_absence')
        .select(['whole_day', 'units_all'])
        .where('pupil_id', '=', w.k.pupilIds[2]!)
        .where('date', '=', '2026-11-23')
        .execute(),
    );
    expect(rows).toEqual([{ whole_day: 1, units_all: 27720 }]);
  });
});

describeDb('per-day figures on the demo', () => {
  const w = useWorld({
    seed: async (db) => {
      await seedDemo(db, loadContent(), TODAY);
    },
  });

  it('equal the events for both demo kommuner', async () => {
    const kommuner = await w.db.owner.selectFrom('kommune').select('id').execute();
    expect(kommuner.length).toBeGreaterThan(0);
    for (const k of kommuner) await compare(w.db, k.id);
  });
});
