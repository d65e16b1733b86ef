// The school owner's figures before suppression (issue 19 items 1, 3 and 6): per school and per trinn, per month of
// the school year, the sums over every pupil-period the figures rest on. Two ways to the same numbers:
// `ownerFiguresFromDays` reads the per-day table (migration 0038, decision 161) with one grouped query, and
// `ownerFiguresFromEvents` replays the year's events class by class as the overview did before — kept as the
// reference the day-aggregates test and `npm run bench:oversight` compare against. A pupil counts at the class
// (and so the school and trinn) their events were registered in; every member of a class has a period for each of
// its months with school days, on the class's calendar.
import { sql } from 'kysely';
import type { Tx } from '../../db/create-db';
import { buildEventStore } from '../../domain/rules/event-store';
import { SHARE_UNITS_PER_DAY } from '../../domain/rules/engine';
import {
  SHARE_BANDS,
  isAbove,
  pupilPeriods,
  schoolDaysBetween,
  type PupilPeriod,
} from '../../domain/oversight/figures';
import { classCalendar, classCalendars } from '../absence/calendar';
import { toDomainEvent } from '../absence/evaluate-pupil';
import { AppError } from '../errors';

/** A group's sums for one month: what the published figures are computed from. */
export type GroupMonth = {
  /** Pupil-periods (a pupil who changed class within the group's months counts once per class). */
  periods: number;
  schoolDays: number;
  /** Periods over each of SHARE_BANDS. */
  over: number[];
  units: { all: number; documented: number; undocumented: number };
  absentDays: number;
  absentLessons: number;
  lateArrivals: number;
};

export type OwnerFigures = {
  schoolYear: number;
  months: { month: string; from: string; to: string }[];
  schools: { id: string; name: string; pupils: number; months: GroupMonth[] }[];
  trinn: { trinn: number; pupils: number; months: GroupMonth[] }[];
};

const emptyMonth = (): GroupMonth => ({
  periods: 0,
  schoolDays: 0,
  over: SHARE_BANDS.map(() => 0),
  units: { all: 0, documented: 0, undocumented: 0 },
  absentDays: 0,
  absentLessons: 0,
  lateArrivals: 0,
});

/** Adds `b` into `a`. */
export function addMonth(a: GroupMonth, b: GroupMonth): void {
  a.periods += b.periods;
  a.schoolDays += b.schoolDays;
  b.over.forEach((n, i) => {
    a.over[i]! += n;
  });
  a.units.all += b.units.all;
  a.units.documented += b.units.documented;
  a.units.undocumented += b.units.undocumented;
  a.absentDays += b.absentDays;
  a.absentLessons += b.absentLessons;
  a.lateArrivals += b.lateArrivals;
}

function addPeriod(a: GroupMonth, p: PupilPeriod): void {
  a.periods++;
  a.schoolDays += p.schoolDays;
  SHARE_BANDS.forEach((band, i) => {
    if (isAbove(p.shareUnits.all, p.schoolDays, band)) a.over[i]!++;
  });
  a.units.all += p.shareUnits.all;
  a.units.documented += p.shareUnits.documented;
  a.units.undocumented += p.shareUnits.undocumented;
  a.absentDays += p.absentDays;
  a.absentLessons += p.absentLessons;
  a.lateArrivals += p.lateArrivals;
}

type Frame = {
  schools: { id: string; name: string }[];
  classes: { id: string; school_id: string; school_year: number; trinn: number }[];
  first: string;
  end: string;
  months: { month: string; from: string; to: string }[];
};

async function frame(tx: Tx, schoolYear: number, today: string): Promise<Frame> {
  const schools = await tx.selectFrom('school').select(['id', 'name']).orderBy('name').execute();
  const classes = await tx
    .selectFrom('class')
    .select(['id', 'school_id', 'school_year', 'trinn'])
    .where('school_year', '=', schoolYear)
    .execute();
  const first = await tx
    .selectFrom('school_calendar')
    .select(['first_day', 'last_day'])
    .where('school_year', '=', schoolYear)
    .orderBy('first_day')
    .executeTakeFirst();
  if (!first)
    throw new AppError('not_found', `Ingen skole har skolerute for skoleåret ${schoolYear}–${schoolYear + 1}.`);
  const end = today < first.last_day ? today : first.last_day;
  // Each month cut to the school year so far.
  const months = monthsBetween(first.first_day, end).map((m) => ({
    month: m.month,
    from: m.from < first.first_day ? first.first_day : m.from,
    to: m.to > end ? end : m.to,
  }));
  return { schools, classes, first: first.first_day, end, months };
}

function collect(f: Frame, schoolYear: number) {
  const schools = f.schools.map((s) => ({ ...s, pupils: new Set<string>(), months: f.months.map(emptyMonth) }));
  const bySchool = new Map(schools.map((s) => [s.id, s]));
  const trinnNumbers = [...new Set(f.classes.map((c) => c.trinn))].sort((a, b) => a - b);
  const trinn = trinnNumbers.map((n) => ({ trinn: n, pupils: new Set<string>(), months: f.months.map(emptyMonth) }));
  const byTrinn = new Map(trinn.map((t) => [t.trinn, t]));
  return {
    schools,
    trinn,
    /** Adds a class's members (for the pupil counts) and its month sums to its school and trinn. */
    add(cls: Frame['classes'][number], members: readonly string[], months: GroupMonth[]) {
      const school = bySchool.get(cls.school_id);
      const t = byTrinn.get(cls.trinn);
      for (const id of members) {
        school?.pupils.add(id);
        t?.pupils.add(id);
      }
      months.forEach((m, i) => {
        if (school) addMonth(school.months[i]!, m);
        if (t) addMonth(t.months[i]!, m);
      });
    },
    result(): OwnerFigures {
      return {
        schoolYear,
        months: f.months,
        schools: schools.map((s) => ({ id: s.id, name: s.name, pupils: s.pupils.size, months: s.months })),
        trinn: trinn.map((t) => ({ trinn: t.trinn, pupils: t.pupils.size, months: t.months })),
      };
    },
  };
}

/** The figures from the per-day table: one grouped query over the year's pupil-days, the bands compared in SQL. */
export async function ownerFiguresFromDays(tx: Tx, schoolYear: number, today: string): Promise<OwnerFigures> {
  const f = await frame(tx, schoolYear, today);
  const out = collect(f, schoolYear);
  const members = await sql<{ class_id: string; pupil_id: string }>`
    select distinct m.class_id, m.pupil_id from class_membership m join class c on c.id = m.class_id
    where c.school_year = ${schoolYear}`.execute(tx);
  const membersOf = new Map<string, string[]>();
  for (const m of members.rows) {
    const list = membersOf.get(m.class_id);
    if (list) list.push(m.pupil_id);
    else membersOf.set(m.class_id, [m.pupil_id]);
  }
  const classes = f.classes.filter((c) => membersOf.has(c.id));
  const calendars = await classCalendars(
    tx,
    classes.map((c) => ({ classId: c.id, schoolId: c.school_id, schoolYear: c.school_year })),
  );
  const keys: { classId: string; month: string; days: number }[] = [];
  for (const c of classes) {
    const calendar = calendars.get(c.id);
    if (!calendar) throw new AppError('not_found', 'En skole mangler skolerute for skoleåret.');
    for (const m of f.months)
      keys.push({ classId: c.id, month: m.month, days: schoolDaysBetween(calendar, m.from, m.to) });
  }
  // Per class and month: the periods over each band (the engine's comparison, in integers), and the sums.
  const bands = SHARE_BANDS.map(
    (band) => sql`count(*) filter (where p.units_all * 100 > ${band * SHARE_UNITS_PER_DAY}::bigint * k.days)::int`,
  );
  const rows = await sql<{
    class_id: string;
    month: string;
    over: number[];
    all: number;
    documented: number;
    undocumented: number;
    days: number;
    lessons: number;
    late: number;
    outsiders: number;
  }>`
    with k as (
      select * from unnest(${keys.map((k) => k.classId)}::uuid[], ${keys.map((k) => k.month)}::text[], ${keys.map((k) => k.days)}::int[])
        as k(class_id, month, days)
    ), p as (
      select class_id, pupil_id, to_char(date, 'YYYY-MM') as month, sum(units_all)::bigint as units_all,
        sum(units_documented)::bigint as documented, sum(units_undocumented)::bigint as undocumented,
        sum(whole_day)::bigint as days, sum(lessons)::bigint as lessons, sum(late)::bigint as late
      from pupil_day_absence where date >= ${f.first} and date <= ${f.end}
      group by 1, 2, 3
    )
    select p.class_id::text, p.month, array[${sql.join(bands)}] as over,
      sum(p.units_all)::int as all, sum(p.documented)::int as documented, sum(p.undocumented)::int as undocumented,
      sum(p.days)::int as days, sum(p.lessons)::int as lessons, sum(p.late)::int as late
    from p join k on k.class_id = p.class_id and k.month = p.month
    where k.days > 0
    group by 1, 2`.execute(tx);
  // A pupil registered in a class they were never a member of has a period there too (as the event replay has).
  const outsiders = await sql<{ class_id: string; pupil_id: string }>`
    select distinct a.class_id, a.pupil_id from pupil_day_absence a join class c on c.id = a.class_id
    where c.school_year = ${schoolYear} and a.date >= ${f.first} and a.date <= ${f.end}
      and not exists (select 1 from class_membership m where m.class_id = a.class_id and m.pupil_id = a.pupil_id)`.execute(
    tx,
  );
  const extra = new Map<string, number>();
  for (const o of outsiders.rows) extra.set(o.class_id, (extra.get(o.class_id) ?? 0) + 1);
  const found = new Map(rows.rows.map((r) => [`${r.class_id}|${r.month}`, r]));
  const monthIndex = new Map(f.months.map((m, i) => [m.month, i]));
  const byClass = new Map<string, GroupMonth[]>();
  for (const k of keys) {
    let months = byClass.get(k.classId);
    if (!months) byClass.set(k.classId, (months = f.months.map(emptyMonth)));
    if (k.days === 0) continue;
    const n = membersOf.get(k.classId)!.length + (extra.get(k.classId) ?? 0);
    const r = found.get(`${k.classId}|${k.month}`);
    const m = months[monthIndex.get(k.month)!]!;
    m.periods = n;
    m.schoolDays = n * k.days;
    if (!r) continue;
    m.over = r.over.map(Number);
    m.units = { all: r.all, documented: r.documented, undocumented: r.undocumented };
    m.absentDays = r.days;
    m.absentLessons = r.lessons;
    m.lateArrivals = r.late;
  }
  for (const c of classes) out.add(c, membersOf.get(c.id)!, byClass.get(c.id)!);
  return out.result();
}

/** The figures replayed from the events, class by class (the way before decision 161; the reference). */
export async function ownerFiguresFromEvents(tx: Tx, schoolYear: number, today: string): Promise<OwnerFigures> {
  const f = await frame(tx, schoolYear, today);
  const out = collect(f, schoolYear);
  for (const cls of f.classes) {
    const members = await tx.selectFrom('class_membership').select('pupil_id').where('class_id', '=', cls.id).execute();
    if (members.length === 0) continue;
    const { calendar } = await classCalendar(tx, { classId: cls.id, schoolId: cls.school_id, schoolYear });
    const rows = await tx
      .selectFrom('absence_event')
      .select(['pupil_id', 'date', 'kind', 'subject', 'period', 'minutes', 'documented', 'reason', 'source'])
      .where('class_id', '=', cls.id)
      .where('deleted_at', 'is', null)
      .where('date', '>=', f.first)
      .where('date', '<=', f.end)
      .execute();
    const ids = [...new Set(members.map((m) => m.pupil_id))];
    const store = buildEventStore(rows.map(toDomainEvent), calendar, ids);
    const months = f.months.map((month) => {
      const sums = emptyMonth();
      for (const p of pupilPeriods(calendar, store, month.from, month.to)) if (p.schoolDays > 0) addPeriod(sums, p);
      return sums;
    });
    out.add(cls, ids, months);
  }
  return out.result();
}

/** The calendar months from the month of `from` to the month of `to`, each with its first and last day. */
function monthsBetween(from: string, to: string): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const lastKey = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > lastKey) break;
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    out.push({ month, from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
