// Brings the per-pupil-per-day figures (migration 0038, decision 161) up to date for one kommune: the pupil-days
// the absence_event trigger marked since the last refresh are recomputed from their events by the rule engine's
// own day totals (src/domain/oversight/figures.ts `pupilDays`), and a class whose skolerute or lessons per
// weekday changed since its rows were computed (its fingerprint differs, or it has none yet) is recomputed whole.
// Called just before an oversight read, in its own short transaction, so the read sees every registration
// committed before it; nothing is added to the registration's own path but the trigger's one INSERT … SELECT.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import { formatIsoDate } from '../../domain/calendar/dates';
import { pupilDays } from '../../domain/oversight/figures';
import { buildEventStore } from '../../domain/rules/event-store';
import { classCalendars } from '../absence/calendar';
import { toDomainEvent } from '../absence/evaluate-pupil';

export type RefreshResult = { classes: number; dirtyDays: number; rows: number };

type EventRow = Parameters<typeof toDomainEvent>[0] & { class_id: string };

const EVENT_COLUMNS = [
  'pupil_id',
  'class_id',
  'date',
  'kind',
  'subject',
  'period',
  'minutes',
  'documented',
  'reason',
  'source',
] as const;

/** Refreshes the kommune's day figures; concurrent refreshes of one kommune take turns (an advisory lock). */
export async function refreshDayAggregates(db: Db, kommuneId: string): Promise<RefreshResult> {
  return db.withContext({ kommuneId }, (tx) => refreshInTx(tx, kommuneId));
}

async function refreshInTx(tx: Tx, kommuneId: string): Promise<RefreshResult> {
  await sql`select pg_advisory_xact_lock(hashtext(${`pupil_day:${kommuneId}`}))`.execute(tx);
  // Classes whose calendar the rows were not computed against: the skolerute and the lessons per weekday (the
  // only parts of the timetable the day's share depends on).
  const stale = await sql<{ id: string; school_id: string; school_year: number; fingerprint: string }>`
    select c.id, c.school_id, c.school_year, f.fingerprint
    from class c
    join school_calendar s on s.school_id = c.school_id and s.school_year = c.school_year
    cross join lateral (select md5(concat_ws('|', s.first_day, s.last_day, s.spring_starts, s.closed::text,
      (select string_agg(w.weekday || ':' || w.n, ',' order by w.weekday)
         from (select weekday, max(period) as n from timetable_lesson l where l.class_id = c.id group by weekday) w)
    )) as fingerprint) f
    left join class_day_calendar d on d.class_id = c.id
    where d.fingerprint is distinct from f.fingerprint`.execute(tx);
  const staleIds = stale.rows.map((c) => c.id);
  const dirty = await sql<{ pupil_id: string; class_id: string; date: string }>`
    delete from pupil_day_dirty returning pupil_id, class_id, date::text as date`.execute(tx);
  const staleSet = new Set(staleIds);
  const days = new Map<string, { pupil_id: string; class_id: string; date: string }>();
  for (const d of dirty.rows) if (!staleSet.has(d.class_id)) days.set(`${d.pupil_id}|${d.class_id}|${d.date}`, d);
  const dirtyDays = [...days.values()];

  let events: EventRow[] = [];
  if (staleIds.length) {
    await tx.deleteFrom('pupil_day_absence').where('class_id', 'in', staleIds).execute();
    events = await tx
      .selectFrom('absence_event')
      .select(EVENT_COLUMNS)
      .where('class_id', 'in', staleIds)
      .where('deleted_at', 'is', null)
      .execute();
  }
  if (dirtyDays.length) {
    const keys = sql`select * from unnest(${dirtyDays.map((d) => d.pupil_id)}::uuid[], ${dirtyDays.map((d) => d.class_id)}::uuid[], ${dirtyDays.map((d) => d.date)}::date[]) as k(pupil_id, class_id, date)`;
    await sql`delete from pupil_day_absence a using (${keys}) k
      where a.pupil_id = k.pupil_id and a.class_id = k.class_id and a.date = k.date`.execute(tx);
    const rows = await sql<EventRow>`
      select e.pupil_id, e.class_id, e.date::text as date, e.kind, e.subject, e.period, e.minutes, e.documented,
        e.reason, e.source
      from absence_event e join (${keys}) k on e.pupil_id = k.pupil_id and e.class_id = k.class_id and e.date = k.date
      where e.deleted_at is null`.execute(tx);
    events = events.length ? events.concat(rows.rows) : rows.rows;
  }

  // Each class's events on its own calendar (a pupil who changed class counts where the day was registered).
  const byClass = new Map<string, EventRow[]>();
  for (const e of events) {
    const list = byClass.get(e.class_id);
    if (list) list.push(e);
    else byClass.set(e.class_id, [e]);
  }
  const classIds = [...new Set([...staleIds, ...byClass.keys()])];
  const classes = classIds.length
    ? await tx.selectFrom('class').select(['id', 'school_id', 'school_year']).where('id', 'in', classIds).execute()
    : [];
  const calendars = await classCalendars(
    tx,
    classes.map((c) => ({ classId: c.id, schoolId: c.school_id, schoolYear: c.school_year })),
  );
  const out: {
    kommune_id: string;
    pupil_id: string;
    class_id: string;
    date: string;
    units_all: number;
    units_documented: number;
    units_undocumented: number;
    whole_day: number;
    lessons: number;
    late: number;
  }[] = [];
  for (const [classId, rows] of byClass) {
    const calendar = calendars.get(classId);
    if (!calendar) continue; // no skolerute that year: the class is computed whole once it has one
    const store = buildEventStore(rows.map(toDomainEvent), calendar);
    for (const d of pupilDays(calendar, store))
      out.push({
        kommune_id: kommuneId,
        pupil_id: store.studentIds[d.pupil]!,
        class_id: classId,
        date: formatIsoDate(calendar.days[d.day]!),
        units_all: d.unitsAll,
        units_documented: d.unitsDocumented,
        units_undocumented: d.unitsUndocumented,
        whole_day: d.wholeDay,
        lessons: d.lessons,
        late: d.late,
      });
  }
  // 10 parameters a row: 5 000 rows stay well under the protocol's 65 535 parameters.
  for (let i = 0; i < out.length; i += 5000)
    await tx
      .insertInto('pupil_day_absence')
      .values(out.slice(i, i + 5000))
      .execute();
  if (stale.rows.length)
    await sql`insert into class_day_calendar (class_id, kommune_id, fingerprint)
      select id, ${kommuneId}::uuid, fingerprint from unnest(${staleIds}::uuid[], ${stale.rows.map((c) => c.fingerprint)}::text[]) as f(id, fingerprint)
      on conflict (class_id) do update set fingerprint = excluded.fingerprint`.execute(tx);
  return { classes: staleIds.length, dirtyDays: dirtyDays.length, rows: out.length };
}
