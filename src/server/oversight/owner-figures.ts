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
import {
  SHARE_BANDS,
  isAbove,
  pupilPeriods,
  schoolDaysBetween,
  type PupilPeriod,
} from '../../domain/oversight/figures';
import { classCalendar } from '../absence/calendar';
import { classMonthSums, monthsBetween, schoolDayCalendars, type ClassMonthSums } from './class-months';
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

/**
 * The figures from the per-day table: finished months from the class-month sums the refresher keeps, the month in
 * progress summed from its pupil-days now (its school days so far decide the bands), members counted in SQL.
 */
export async function ownerFiguresFromDays(tx: Tx, schoolYear: number, today: string): Promise<OwnerFigures> {
  const f = await frame(tx, schoolYear, today);
  // Distinct members per class, per school and per trinn in one pass.
  const counts = await sql<{ class_id: string | null; school_id: string | null; trinn: number | null; n: number }>`
    select m.class_id::text as class_id, c.school_id::text as school_id, c.trinn, count(distinct m.pupil_id)::int as n
    from class_membership m join class c on c.id = m.class_id where c.school_year = ${schoolYear}
    group by grouping sets ((m.class_id), (c.school_id), (c.trinn))`.execute(tx);
  const count = (kind: 'class_id' | 'school_id' | 'trinn') =>
    new Map(counts.rows.filter((r) => r[kind] !== null).map((r) => [String(r[kind]), r.n]));
  const memberCount = count('class_id');
  const classes = f.classes.filter((c) => memberCount.has(c.id));
  const marked = await tx
    .selectFrom('class_day_calendar as d')
    .innerJoin('class as c', 'c.id', 'd.class_id')
    .select(['d.class_id', 'd.lessons_per_weekday'])
    .where('c.school_year', '=', schoolYear)
    .execute();
  const { calendars } = await schoolDayCalendars(
    tx,
    classes,
    new Map(marked.map((m) => [m.class_id, m.lessons_per_weekday.map(Number)])),
  );
  for (const c of classes)
    if (!calendars.has(c.id)) throw new AppError('not_found', 'En skole mangler skolerute for skoleåret.');
  // A month is finished when it ends before the end of the period asked for: its sums are stored whole.
  const finished = f.months.filter((m) => m.to < f.end).map((m) => m.month);
  const stored = finished.length
    ? await tx
        .selectFrom('class_month_absence as a')
        .innerJoin('class as c', 'c.id', 'a.class_id')
        .selectAll('a')
        .where('c.school_year', '=', schoolYear)
        .where('a.month', 'in', finished)
        .execute()
    : [];
  const current = f.months.filter((m) => m.to >= f.end);
  const live = await classMonthSums(
    tx,
    classes.flatMap((c) =>
      current.map((m) => ({ classId: c.id, ...m, days: schoolDaysBetween(calendars.get(c.id)!, m.from, m.to) })),
    ),
  );
  const sums: ClassMonthSums[] = [
    ...stored.map((r) => ({
      classId: r.class_id,
      month: r.month,
      over: [r.over_5, r.over_10, r.over_20],
      units: {
        all: Number(r.units_all),
        documented: Number(r.units_documented),
        undocumented: Number(r.units_undocumented),
      },
      absentDays: r.whole_days,
      absentLessons: r.lessons,
      lateArrivals: r.late,
      outsiders: r.outsiders,
    })),
    ...live,
  ];
  // Pupils with days in a class they were never a member of have a period there too (as the events' replay
  // gives them); a stored list is checked against the memberships now.
  const outsiders = new Map<string, Set<string>>();
  for (const s of sums)
    for (const id of s.outsiders) {
      const set = outsiders.get(s.classId) ?? new Set<string>();
      outsiders.set(s.classId, set.add(id));
    }
  if (outsiders.size) {
    const now = await tx
      .selectFrom('class_membership')
      .select(['class_id', 'pupil_id'])
      .where('class_id', 'in', [...outsiders.keys()])
      .execute();
    for (const m of now) outsiders.get(m.class_id)?.delete(m.pupil_id);
  }
  const monthIndex = new Map(f.months.map((m, i) => [m.month, i]));
  const byClass = new Map(classes.map((c) => [c.id, f.months.map(emptyMonth)]));
  for (const c of classes) {
    const n = memberCount.get(c.id)! + (outsiders.get(c.id)?.size ?? 0);
    const calendar = calendars.get(c.id)!;
    f.months.forEach((m, i) => {
      const days = schoolDaysBetween(calendar, m.from, m.to);
      if (days === 0) return;
      const sum = byClass.get(c.id)![i]!;
      sum.periods = n;
      sum.schoolDays = n * days;
    });
  }
  for (const s of sums) {
    const m = byClass.get(s.classId)?.[monthIndex.get(s.month)!];
    if (!m || m.periods === 0) continue;
    m.over = [...s.over];
    m.units = { ...s.units };
    m.absentDays = s.absentDays;
    m.absentLessons = s.absentLessons;
    m.lateArrivals = s.lateArrivals;
  }
  const schoolPupils = count('school_id');
  const trinnPupils = count('trinn');
  const result = collect(f, schoolYear);
  for (const c of classes) result.add(c, [], byClass.get(c.id)!);
  const figures = result.result();
  return {
    ...figures,
    schools: figures.schools.map((s) => ({ ...s, pupils: schoolPupils.get(s.id) ?? 0 })),
    trinn: figures.trinn.map((t) => ({ ...t, pupils: trinnPupils.get(String(t.trinn)) ?? 0 })),
  };
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
