// The relation half of the access policy (access-policy.ts says which kind of account may do what; this
// says over which classes): a staff member sees their own classes (kontaktlærer, faglærer) and every class
// of the schools where they are in the leadership, the resource team or administration.
import type { ExpressionBuilder } from 'kysely';
import type { Tx } from '../../db/create-db';
import type { Role } from '../../db/schema';
import type { Actor } from '../actor';

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

/** The classes in the scope, with their school's name. */
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
