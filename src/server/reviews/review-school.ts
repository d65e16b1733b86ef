// What every review starts from: the school asked for, if the viewer may see it, and its classes of this school
// year with their pupils now and each pupil's figures over the review's periods (the rule engine's share of school
// time, src/domain/oversight/figures.ts). The pupils of a class are those in it now (membership without an end);
// their events count wherever they were registered, on the class's calendar.
import type { Tx } from '../../db/create-db';
import { schoolYearOf } from '../../domain/roster/fields';
import { buildEventStore, compareIds } from '../../domain/rules/event-store';
import { periodFromDays, pupilPeriods, schoolDaysBetween, type PupilPeriod } from '../../domain/oversight/figures';
import type { DateRange } from '../../domain/oversight/reviews';
import { classScope, type ClassScope } from '../access/scope';
import type { Actor } from '../actor';
import { classCalendars } from '../absence/calendar';
import { toDomainEvent } from '../absence/evaluate-pupil';
import { AppError } from '../errors';

/** A review read on screen is audited as its read; the same figures exported, as an export. */
export type ReviewAudit =
  | 'reviews.weekly.read'
  | 'reviews.trinn.read'
  | 'reviews.monthly.read'
  | 'reviews.semester.read'
  | 'reviews.export';

export type ReviewClass = { id: string; name: string; trinn: number; pupilIds: string[]; periods: PupilPeriod[][] };

/**
 * The school of a review: the one asked for, or the first by name the viewer sees whole (or has a class at, when
 * `classesCount`), with the schools the viewer may choose among. A school outside the viewer's scope is «not found», as a pupil outside it is.
 */
export async function reviewSchool(
  tx: Tx,
  actor: Actor,
  schoolId: string | undefined,
  classesCount = false,
): Promise<{
  id: string;
  name: string;
  scope: ClassScope;
  wholeSchool: boolean;
  choices: { id: string; name: string }[];
}> {
  const wide = classScope(actor);
  // The classes a review names pupils of: a contact teacher's own (a faglærer sees no cases, access policy).
  const scope = {
    schoolIds: wide.schoolIds,
    classIds: actor.roles.filter((r) => r.role === 'kontaktlaerer' && r.classId).map((r) => r.classId!),
  };
  const classSchools = classesCount
    ? (scope.classIds.length
        ? await tx.selectFrom('class').select('school_id').where('id', 'in', scope.classIds).execute()
        : []
      ).map((c) => c.school_id)
    : [];
  const allowed = [...new Set([...scope.schoolIds, ...classSchools])];
  // The schools the viewer may choose among (the screens' school picker, decision 160), by name; the default is
  // the first of them.
  const choices = allowed.length
    ? await tx.selectFrom('school').select(['id', 'name']).where('id', 'in', allowed).orderBy('name').execute()
    : [];
  const id = schoolId ?? choices[0]?.id;
  const school = choices.find((c) => c.id === id);
  if (!id || !school) throw new AppError('not_found', 'Fant ikke skolen, eller du har ikke tilgang til den.');
  return { ...school, scope, wholeSchool: scope.schoolIds.includes(id), choices };
}

/**
 * The school's classes this school year with their pupils now and their periods over `ranges`, by trinn and name.
 * From the per-day figures (decision 161; the caller refreshes them first, `refreshDayAggregates`), or replayed
 * from the events (`source: 'events'`, the reference the day-aggregates test and the benchmark compare against).
 * A pupil with a day registered in another class in the period (one who changed class) is replayed from the
 * events on the class's calendar, as before: the per-day rows are computed on the calendar of the class the day
 * was registered in.
 */
export async function reviewClasses(
  tx: Tx,
  schoolId: string,
  today: string,
  ranges: readonly DateRange[],
  source: 'days' | 'events' = 'days',
): Promise<ReviewClass[]> {
  const schoolYear = schoolYearOf(today);
  const classes = await tx
    .selectFrom('class')
    .select(['id', 'name', 'trinn'])
    .where('school_id', '=', schoolId)
    .where('school_year', '=', schoolYear)
    .orderBy('trinn')
    .orderBy('name')
    .execute();
  if (classes.length === 0) return [];
  const members = await tx
    .selectFrom('class_membership')
    .select(['class_id', 'pupil_id'])
    .where(
      'class_id',
      'in',
      classes.map((c) => c.id),
    )
    .where('valid_to', 'is', null)
    .orderBy('pupil_id')
    .execute();
  const calendars = await classCalendars(
    tx,
    classes.map((c) => ({ classId: c.id, schoolId, schoolYear })),
  );
  const first = ranges.reduce((m, r) => (r.from < m ? r.from : m), ranges[0]!.from);
  const last = ranges.reduce((m, r) => (r.to > m ? r.to : m), ranges[0]!.to);
  const days = source === 'days' && members.length ? await dayRows(tx, members, first, last) : undefined;
  const out: ReviewClass[] = [];
  for (const cls of classes) {
    const pupilIds = [...new Set(members.filter((m) => m.class_id === cls.id).map((m) => m.pupil_id))].sort(compareIds);
    const calendar = calendars.get(cls.id);
    if (pupilIds.length === 0 || !calendar) continue;
    const replayed = days ? pupilIds.filter((id) => days.get(id)?.some((d) => d.class_id !== cls.id)) : pupilIds;
    const fromEvents = new Map<string, PupilPeriod[]>();
    if (replayed.length) {
      const rows = await tx
        .selectFrom('absence_event')
        .select(['pupil_id', 'date', 'kind', 'subject', 'period', 'minutes', 'documented', 'reason', 'source'])
        .where('pupil_id', 'in', replayed)
        .where('deleted_at', 'is', null)
        .where('date', '>=', first)
        .where('date', '<=', last)
        .execute();
      const store = buildEventStore(rows.map(toDomainEvent), calendar, replayed);
      const periods = ranges.map((r) => pupilPeriods(calendar, store, r.from, r.to));
      store.studentIds.forEach((id, p) =>
        fromEvents.set(
          id,
          periods.map((list) => list[p]!),
        ),
      );
    }
    // The pupils in the event store's order (by id), as the periods have always come.
    out.push({
      ...cls,
      pupilIds,
      periods: ranges.map((r, i) => {
        const schoolDays = schoolDaysBetween(calendar, r.from, r.to);
        return pupilIds.map(
          (id) =>
            fromEvents.get(id)?.[i] ??
            periodFromDays(
              (days?.get(id) ?? []).filter((d) => d.date >= r.from && d.date <= r.to),
              schoolDays,
            ),
        );
      }),
    });
  }
  return out;
}

type DayRow = {
  pupil_id: string;
  class_id: string;
  date: string;
  unitsAll: number;
  unitsDocumented: number;
  unitsUndocumented: number;
  wholeDay: number;
  lessons: number;
  late: number;
};

/** The pupils' per-day rows from `first` to `last`, by pupil. */
async function dayRows(
  tx: Tx,
  members: readonly { pupil_id: string }[],
  first: string,
  last: string,
): Promise<Map<string, DayRow[]>> {
  const rows = await tx
    .selectFrom('pupil_day_absence')
    .select([
      'pupil_id',
      'class_id',
      'date',
      'units_all as unitsAll',
      'units_documented as unitsDocumented',
      'units_undocumented as unitsUndocumented',
      'whole_day as wholeDay',
      'lessons',
      'late',
    ])
    .where('pupil_id', 'in', [...new Set(members.map((m) => m.pupil_id))])
    .where('date', '>=', first)
    .where('date', '<=', last)
    .execute();
  const out = new Map<string, DayRow[]>();
  for (const r of rows) {
    const list = out.get(r.pupil_id);
    if (list) list.push(r);
    else out.set(r.pupil_id, [r]);
  }
  return out;
}

/** A range cut off at today: a week or month in progress counts its school days so far. */
export const upToToday = (r: DateRange, today: string): DateRange => ({
  from: r.from,
  to: r.to > today ? today : r.to,
});
