// Brings the per-pupil-per-day figures (migration 0038, decision 161) up to date for one kommune: the pupil-days
// the absence_event trigger marked since the last refresh are recomputed from their events by the rule engine's
// own day totals (src/domain/oversight/figures.ts `pupilDays`), and a class whose skolerute or timetable changed
// since its rows were computed (the triggers on those tables removed its mark), or never computed, is recomputed whole.
// Called just before an oversight read, in its own short transaction, so the read sees every registration
// committed before it; nothing is added to the registration's own path but the trigger's one INSERT … SELECT.
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import { formatIsoDate } from '../../domain/calendar/dates';
import { pupilDays, schoolDaysBetween } from '../../domain/oversight/figures';
import type { CompiledCalendar } from '../../domain/calendar/calendar';
import { buildEventStore } from '../../domain/rules/event-store';
import { classMonthSums, monthsBetween, schoolDayCalendars, type ClassMonthKey } from './class-months';
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
  // Classes never computed, or whose skolerute or timetable changed since (the triggers removed their mark).
  const stale = await sql<{ id: string }>`
    select c.id from class c
    join school_calendar s on s.school_id = c.school_id and s.school_year = c.school_year
    where not exists (select 1 from class_day_calendar d where d.class_id = c.id)`.execute(tx);
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
  const classIds = [...new Set([...staleIds, ...byClass.keys(), ...dirtyDays.map((d) => d.class_id)])];
  const classes = classIds.length
    ? await tx.selectFrom('class').select(['id', 'school_id', 'school_year']).where('id', 'in', classIds).execute()
    : [];
  const { calendars, weeks } = await schoolDayCalendars(tx, classes);
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
    await sql`insert into class_day_calendar (class_id, kommune_id, lessons_per_weekday, computed_at)
      select id, ${kommuneId}::uuid, string_to_array(week, ',')::smallint[], now()
      from unnest(${staleIds}::uuid[], ${staleIds.map((id) => (weeks.get(id) ?? [0, 0, 0, 0, 0]).join(','))}::text[]) as f(id, week)
      on conflict (class_id) do update set lessons_per_weekday = excluded.lessons_per_weekday,
        computed_at = excluded.computed_at`.execute(tx);
  await refreshMonths(tx, kommuneId, calendars, staleIds, dirtyDays);
  return { classes: staleIds.length, dirtyDays: dirtyDays.length, rows: out.length };
}

/** The class-month sums of every month a recomputed class has, and of every month with a dirty day. */
async function refreshMonths(
  tx: Tx,
  kommuneId: string,
  calendars: Map<string, CompiledCalendar>,
  staleIds: readonly string[],
  dirtyDays: readonly { class_id: string; date: string }[],
): Promise<void> {
  const keys = new Map<string, ClassMonthKey>();
  const add = (classId: string, month: { month: string; from: string; to: string }) => {
    const calendar = calendars.get(classId);
    if (!calendar) return;
    keys.set(`${classId}|${month.month}`, {
      classId,
      ...month,
      days: schoolDaysBetween(calendar, month.from, month.to),
    });
  };
  for (const classId of staleIds) {
    const calendar = calendars.get(classId);
    if (!calendar || calendar.days.length === 0) continue;
    const first = formatIsoDate(calendar.days[0]!);
    const last = formatIsoDate(calendar.days[calendar.days.length - 1]!);
    for (const m of monthsBetween(first, last)) add(classId, m);
  }
  for (const d of dirtyDays) {
    const [month] = monthsBetween(d.date, d.date);
    add(d.class_id, month!);
  }
  const list = [...keys.values()];
  if (staleIds.length)
    await tx
      .deleteFrom('class_month_absence')
      .where('class_id', 'in', [...staleIds])
      .execute();
  for (let i = 0; i < list.length; i += 5000) {
    const chunk = list.slice(i, i + 5000);
    await sql`delete from class_month_absence c using unnest(${chunk.map((k) => k.classId)}::uuid[], ${chunk.map((k) => k.month)}::text[]) as k(class_id, month)
      where c.class_id = k.class_id and c.month = k.month`.execute(tx);
    const sums = await classMonthSums(tx, chunk);
    const daysOf = new Map(chunk.map((k) => [`${k.classId}|${k.month}`, k.days]));
    for (let j = 0; j < sums.length; j += 2000)
      await tx
        .insertInto('class_month_absence')
        .values(
          sums.slice(j, j + 2000).map((s) => ({
            kommune_id: kommuneId,
            class_id: s.classId,
            month: s.month,
            school_days: daysOf.get(`${s.classId}|${s.month}`)!,
            over_5: s.over[0]!,
            over_10: s.over[1]!,
            over_20: s.over[2]!,
            units_all: String(s.units.all),
            units_documented: String(s.units.documented),
            units_undocumented: String(s.units.undocumented),
            whole_days: s.absentDays,
            lessons: s.absentLessons,
            late: s.lateArrivals,
            outsiders: s.outsiders,
          })),
        )
        .execute();
  }
}
