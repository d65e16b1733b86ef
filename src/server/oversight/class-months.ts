// A class's month summed from its pupil-days (decision 161): per class and range of days, the pupils over each of
// SHARE_BANDS (the engine's comparison, in integers: units × 100 > band × SHARE_UNITS_PER_DAY × school days), the
// units and counts summed, and the pupils with days there who were never members of the class. One query for
// many classes; the refresher stores finished months (class_month_absence), the owner's overview asks for the
// month in progress.
import { sql } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { CompiledCalendar } from '../../domain/calendar/calendar';
import { compileSkolerute } from '../absence/calendar';
import { SHARE_BANDS } from '../../domain/oversight/figures';
import { SHARE_UNITS_PER_DAY } from '../../domain/rules/engine';

export type ClassMonthKey = { classId: string; month: string; from: string; to: string; days: number };

export type ClassMonthSums = {
  classId: string;
  month: string;
  over: number[];
  units: { all: number; documented: number; undocumented: number };
  absentDays: number;
  absentLessons: number;
  lateArrivals: number;
  outsiders: string[];
};

/** The sums of each class and range that has any pupil-day (a range without one sums to nothing). */
export async function classMonthSums(tx: Tx, keys: readonly ClassMonthKey[]): Promise<ClassMonthSums[]> {
  if (keys.length === 0) return [];
  const bands = SHARE_BANDS.map(
    (band) => sql`(count(*) filter (where p.units_all * 100 > ${band * SHARE_UNITS_PER_DAY}::bigint * p.days))::int`,
  );
  const rows = await sql<{
    class_id: string;
    month: string;
    over: number[];
    all: string;
    documented: string;
    undocumented: string;
    whole_days: number;
    lessons: number;
    late: number;
    outsiders: string[];
  }>`
    with k as (
      select * from unnest(${keys.map((k) => k.classId)}::uuid[], ${keys.map((k) => k.month)}::text[],
        ${keys.map((k) => k.from)}::date[], ${keys.map((k) => k.to)}::date[], ${keys.map((k) => k.days)}::int[])
        as k(class_id, month, from_day, to_day, days)
    ), p as (
      select k.class_id, k.month, k.days, a.pupil_id, sum(a.units_all) as units_all,
        sum(a.units_documented) as documented, sum(a.units_undocumented) as undocumented,
        sum(a.whole_day) as whole_days, sum(a.lessons) as lessons, sum(a.late) as late
      from k join pupil_day_absence a on a.class_id = k.class_id and a.date >= k.from_day and a.date <= k.to_day
      where k.days > 0
      group by 1, 2, 3, 4
    )
    select p.class_id::text as class_id, p.month, array[${sql.join(bands)}] as over,
      sum(p.units_all)::text as all, sum(p.documented)::text as documented, sum(p.undocumented)::text as undocumented,
      sum(p.whole_days)::int as whole_days, sum(p.lessons)::int as lessons, sum(p.late)::int as late,
      coalesce(array_agg(p.pupil_id::text) filter (where not exists (
        select 1 from class_membership m where m.class_id = p.class_id and m.pupil_id = p.pupil_id)), '{}') as outsiders
    from p group by 1, 2`.execute(tx);
  return rows.rows.map((r) => ({
    classId: r.class_id,
    month: r.month,
    over: r.over.map(Number),
    units: { all: Number(r.all), documented: Number(r.documented), undocumented: Number(r.undocumented) },
    absentDays: r.whole_days,
    absentLessons: r.lessons,
    lateArrivals: r.late,
    outsiders: r.outsiders,
  }));
}

/** Compiled calendars by what they are made of: a city has a few hundred, compiled once per process. */
const compiled = new Map<string, CompiledCalendar>();

/**
 * The school-day calendars of many classes, compiled once per school, year and lessons per weekday (what the
 * school days and the day's share depend on; the subjects do not). A class whose school has no skolerute that
 * year is left out.
 */
export async function schoolDayCalendars(
  tx: Tx,
  classes: readonly { id: string; school_id: string; school_year: number }[],
  known: ReadonlyMap<string, number[]> = new Map(),
): Promise<{ calendars: Map<string, CompiledCalendar>; weeks: Map<string, number[]> }> {
  const out = new Map<string, CompiledCalendar>();
  const perWeekday = new Map<string, number[]>();
  if (classes.length === 0) return { calendars: out, weeks: perWeekday };
  const schools = await tx
    .selectFrom('school_calendar')
    .select(['school_id', 'school_year', 'first_day', 'last_day', 'spring_starts', 'closed'])
    .where('school_id', 'in', [...new Set(classes.map((c) => c.school_id))])
    .execute();
  // Lessons per weekday: as the refresher stored them for classes it computed, from the timetable for the rest.
  const unknown = classes.filter((c) => !known.has(c.id)).map((c) => c.id);
  for (const c of classes) if (known.has(c.id)) perWeekday.set(c.id, known.get(c.id)!);
  const lessons = unknown.length
    ? await sql<{ class_id: string; weekday: number; n: number }>`
    select class_id::text as class_id, weekday, max(period)::int as n from timetable_lesson
    where class_id = any(${unknown}::uuid[]) group by 1, 2`.execute(tx)
    : { rows: [] };
  for (const l of lessons.rows) {
    let week = perWeekday.get(l.class_id);
    if (!week) perWeekday.set(l.class_id, (week = [0, 0, 0, 0, 0]));
    week[l.weekday - 1] = l.n;
  }
  for (const cls of classes) {
    const school = schools.find((s) => s.school_id === cls.school_id && s.school_year === cls.school_year);
    if (!school) continue;
    const week = perWeekday.get(cls.id) ?? [0, 0, 0, 0, 0];
    perWeekday.set(cls.id, week);
    // Keyed by everything the calendar is made of, so an edited skolerute is a new key, never a stale hit.
    const key = JSON.stringify([school, week]);
    let calendar = compiled.get(key);
    if (!calendar) {
      if (compiled.size >= 5000) compiled.clear();
      compiled.set(key, (calendar = compileSkolerute(school, week)));
    }
    out.set(cls.id, calendar);
  }
  return { calendars: out, weeks: perWeekday };
}

/** The calendar months from the month of `from` to the month of `to`, each with its first and last day. */
export function monthsBetween(from: string, to: string): { month: string; from: string; to: string }[] {
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
