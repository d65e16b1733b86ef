// The classes a staff member may see: their own classes (kontaktlærer, faglærer) and every class of
// the schools where they are in the leadership, the resource team or administration.
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db, Tx } from '../../db/create-db';
import type { Role } from '../../db/schema';
import { contextOf, type Actor } from '../actor';

const SCHOOL_WIDE = new Set(['skoleledelse', 'ressursteam', 'administrator']);

export type ClassScope = { classIds: string[]; schoolIds: string[] };

export function classScope(actor: Actor): ClassScope {
  return {
    classIds: actor.roles.filter((r) => r.classId && !SCHOOL_WIDE.has(r.role)).map((r) => r.classId!),
    schoolIds: actor.roles.filter((r) => r.schoolId && SCHOOL_WIDE.has(r.role)).map((r) => r.schoolId!),
  };
}

/** The actor's role for a class: the most specific one (own class before school-wide). */
export function roleForClass(actor: Actor, cls: { id: string; school_id: string }): Role | undefined {
  return (
    actor.roles.find((r) => r.classId === cls.id && r.role === 'kontaktlaerer')?.role ??
    actor.roles.find((r) => r.classId === cls.id)?.role ??
    actor.roles.find((r) => r.schoolId === cls.school_id && SCHOOL_WIDE.has(r.role))?.role
  );
}

/**
 * The where-clause "in one of the actor's classes, or in one of the schools they see whole", for any
 * query that has a class column and a school column (the same scope everywhere: lists, cases, alerts).
 */
export function inScope(scope: ClassScope, classColumn: string, schoolColumn: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by queries over different joins
  return (eb: ExpressionBuilder<any, any>) =>
    eb.or([
      ...(scope.classIds.length ? [eb(eb.ref(classColumn), 'in', scope.classIds)] : []),
      ...(scope.schoolIds.length ? [eb(eb.ref(schoolColumn), 'in', scope.schoolIds)] : []),
      eb.val(false),
    ]);
}

export function visibleClasses(tx: Tx, scope: ClassScope) {
  return tx
    .selectFrom('class')
    .innerJoin('school', 'school.id', 'class.school_id')
    .select([
      'class.id',
      'class.name',
      'class.trinn',
      'class.school_year',
      'class.school_id',
      'school.name as school_name',
    ])
    .where(inScope(scope, 'class.id', 'class.school_id'));
}

export function formatSchoolYear(startYear: number): string {
  return `${startYear}–${startYear + 1}`;
}

export async function listMyClasses(db: Db, actor: Actor) {
  return db.withContext(contextOf(actor), async (tx) => {
    const rows = await visibleClasses(tx, classScope(actor))
      .select(
        sql<number>`(select count(*)::int from class_membership m where m.class_id = class.id and m.valid_to is null)`.as(
          'pupil_count',
        ),
      )
      .orderBy('school.name')
      .orderBy('class.trinn')
      .orderBy('class.name')
      .execute();
    return rows.map((c) => ({
      id: c.id,
      name: c.name,
      trinn: c.trinn,
      schoolYear: formatSchoolYear(c.school_year),
      schoolId: c.school_id,
      schoolName: c.school_name,
      pupilCount: c.pupil_count,
      myRole: roleForClass(actor, c) ?? 'skoleledelse',
    }));
  });
}
