// A class's compiled calendar: the school's skolerute for the year plus the class timetable.
import { sql } from 'kysely';
import { compileCalendar, parseSchoolCalendar, type CompiledCalendar } from '../../domain/calendar/calendar';
import type { Tx } from '../../db/create-db';
import { AppError } from '../errors';
import { memo } from './memo';

/** Compiled calendars by their skolerute and week of lessons; a kommune has a few hundred classes. */
const compiledCalendars = memo<CompiledCalendar>(500);

type Lesson = { weekday: number; period: number; subject: string; teacher_id: string | null };

export type ClassCalendar = {
  calendar: CompiledCalendar;
  lessons: Map<string, string>;
  teachers: Map<string, string | null>;
};

/** Key for a weekday (1–5) and period in the timetable maps. */
export const slot = (weekday: number, period: number) => `${weekday}:${period}`;

/** The columns of a stored skolerute the calendar is made from. */
type StoredSkolerute = {
  school_year: number;
  first_day: string;
  last_day: string;
  spring_starts: string | null;
  closed: { from: string; to: string; name: string }[];
};

/** A school's stored skolerute with a class's lessons per weekday (and timetable), compiled; invalid is an internal error. */
export function compileSkolerute(
  school: StoredSkolerute,
  lessonsPerWeekday: number[],
  timetable?: string[][],
): CompiledCalendar {
  const parsed = parseSchoolCalendar({
    schoolYear: `${school.school_year}-${school.school_year + 1}`,
    firstDay: school.first_day,
    lastDay: school.last_day,
    springStarts: school.spring_starts,
    closed: school.closed,
    lessonsPerWeekday,
    ...(timetable ? { timetable } : {}),
  });
  if (!parsed.ok) throw new AppError('internal', `Skoleruta eller timeplanen er ugyldig: ${parsed.errors.join('; ')}`);
  return compileCalendar(parsed.calendar);
}

export async function classCalendar(
  tx: Tx,
  cls: { classId: string; schoolId: string; schoolYear: number },
): Promise<ClassCalendar> {
  // The skolerute and the class's timetable in one round trip.
  const school = await tx
    .selectFrom('school_calendar')
    .select(['school_year', 'first_day', 'last_day', 'spring_starts', 'closed'])
    .select(
      sql<
        Lesson[]
      >`coalesce((select json_agg(json_build_object('weekday', l.weekday, 'period', l.period, 'subject', l.subject, 'teacher_id', l.teacher_id) order by l.weekday, l.period) from timetable_lesson l where l.class_id = ${cls.classId}), '[]'::json)`.as(
        'timetable',
      ),
    )
    .where('school_id', '=', cls.schoolId)
    .where('school_year', '=', cls.schoolYear)
    .executeTakeFirst();
  if (!school)
    throw new AppError(
      'not_found',
      `Skolen har ingen skolerute for skoleåret ${cls.schoolYear}–${cls.schoolYear + 1}. Administrator må legge den inn først.`,
    );
  const timetable = school.timetable;
  const perDay: string[][] = [[], [], [], [], []];
  for (const l of timetable) perDay[l.weekday - 1]![l.period - 1] = l.subject;
  const week = perDay.map((d) => Array.from(d, (s) => s ?? ''));
  // The same skolerute and lessons give the same compiled calendar: made once, shared (decision 165).
  const key = JSON.stringify([
    school.school_year,
    school.first_day,
    school.last_day,
    school.spring_starts,
    school.closed,
    week,
  ]);
  const calendar = compiledCalendars(key, () =>
    compileSkolerute(
      school,
      perDay.map((d) => d.length),
      week,
    ),
  );
  return {
    calendar,
    lessons: new Map(timetable.map((l) => [slot(l.weekday, l.period), l.subject])),
    teachers: new Map(timetable.map((l) => [slot(l.weekday, l.period), l.teacher_id])),
  };
}

/**
 * The compiled calendars of many classes in two queries, for a batch re-evaluation (an import touches
 * a school's every class). Classes with the same skolerute and the same lessons per day share one
 * compiled calendar, so the rules are compiled once for them (alert-episodes keeps a compiled profile
 * per calendar object). A class whose school has no skolerute that year is left out, as classCalendar
 * would refuse it.
 */
export async function classCalendars(
  tx: Tx,
  classes: readonly { classId: string; schoolId: string; schoolYear: number }[],
): Promise<Map<string, CompiledCalendar>> {
  const out = new Map<string, CompiledCalendar>();
  if (classes.length === 0) return out;
  const classIds = [...new Set(classes.map((c) => c.classId))];
  const schools = await tx
    .selectFrom('school_calendar')
    .select(['school_id', 'school_year', 'first_day', 'last_day', 'spring_starts', 'closed'])
    .where('school_id', 'in', [...new Set(classes.map((c) => c.schoolId))])
    .execute();
  const lessons = await sql<{
    class_id: string;
    weekday: number;
    period: number;
    subject: string;
  }>`select class_id, weekday, period, subject from timetable_lesson where class_id = any(${classIds}::uuid[]) order by class_id, weekday, period`.execute(
    tx,
  );
  const timetables = new Map<string, string[][]>();
  for (const l of lessons.rows) {
    let week = timetables.get(l.class_id);
    if (!week) timetables.set(l.class_id, (week = [[], [], [], [], []]));
    week[l.weekday - 1]![l.period - 1] = l.subject;
  }
  const shared = new Map<string, CompiledCalendar>();
  for (const cls of classes) {
    if (out.has(cls.classId)) continue;
    const school = schools.find((r) => r.school_id === cls.schoolId && r.school_year === cls.schoolYear);
    if (!school) continue;
    const perDay = timetables.get(cls.classId) ?? [[], [], [], [], []];
    const timetable = perDay.map((d) => Array.from(d, (x) => x ?? ''));
    const key = JSON.stringify([cls.schoolId, cls.schoolYear, timetable]);
    let calendar = shared.get(key);
    if (!calendar)
      shared.set(
        key,
        (calendar = compileSkolerute(
          school,
          perDay.map((d) => d.length),
          timetable,
        )),
      );
    out.set(cls.classId, calendar);
  }
  return out;
}
