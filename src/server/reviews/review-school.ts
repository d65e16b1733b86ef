// What every review starts from: the school asked for, if the viewer may see it, and its classes of this school
// year with their pupils now and each pupil's figures over the review's periods (the rule engine's share of school
// time, src/domain/oversight/figures.ts). The pupils of a class are those in it now (membership without an end);
// their events count wherever they were registered, on the class's calendar.
import type { Tx } from '../../db/create-db';
import { schoolYearOf } from '../../domain/roster/fields';
import { buildEventStore } from '../../domain/rules/event-store';
import { pupilPeriods, type PupilPeriod } from '../../domain/oversight/figures';
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

/** The school's classes this school year with their pupils now and their periods over `ranges`, by trinn and name. */
export async function reviewClasses(
  tx: Tx,
  schoolId: string,
  today: string,
  ranges: readonly DateRange[],
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
  const out: ReviewClass[] = [];
  for (const cls of classes) {
    const pupilIds = [...new Set(members.filter((m) => m.class_id === cls.id).map((m) => m.pupil_id))];
    const calendar = calendars.get(cls.id);
    if (pupilIds.length === 0 || !calendar) continue;
    const rows = await tx
      .selectFrom('absence_event')
      .select(['pupil_id', 'date', 'kind', 'subject', 'period', 'minutes', 'documented', 'reason', 'source'])
      .where('pupil_id', 'in', pupilIds)
      .where('deleted_at', 'is', null)
      .where('date', '>=', first)
      .where('date', '<=', last)
      .execute();
    const store = buildEventStore(rows.map(toDomainEvent), calendar, pupilIds);
    // The store orders its pupils by id: the periods come in its order.
    out.push({
      ...cls,
      pupilIds: [...store.studentIds],
      periods: ranges.map((r) => pupilPeriods(calendar, store, r.from, r.to)),
    });
  }
  return out;
}

/** A range cut off at today: a week or month in progress counts its school days so far. */
export const upToToday = (r: DateRange, today: string): DateRange => ({
  from: r.from,
  to: r.to > today ? today : r.to,
});
