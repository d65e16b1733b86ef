// Staff roles an administrator gives on the «Brukere» screen (issue 16 item 3, decision 080): school roles
// at the schools where they are administrator. Roles elsewhere (another school, a service, the school
// owner) are not theirs to give or take, and are shown but left as they are.
import type { Tx } from '../../db/create-db';
import type { Role } from '../../db/schema';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { SCHOOL_ROLES, type SchoolRole } from '../../contract/enums';

export { SCHOOL_ROLES, type SchoolRole } from '../../contract/enums';
// The contract's role list and the database's role type must not drift apart.
const _schoolRolesAreRoles = SCHOOL_ROLES satisfies readonly Role[];

export type RoleInput = {
  role: SchoolRole;
  schoolId: string;
  classId?: string | null | undefined;
  subject?: string | null | undefined;
};
export type CheckedRole = { role: SchoolRole; schoolId: string; classId: string | null; subject: string | null };

/** The schools where the actor is administrator. */
export function administeredSchools(actor: Actor): Set<string> {
  return new Set(actor.roles.filter((r) => r.role === 'administrator' && r.schoolId).map((r) => r.schoolId!));
}

/**
 * Checks roles against the schools the actor administers and the classes of those schools: a contact
 * teacher needs a class, a subject teacher may name one and a subject, the others hold the whole school.
 * Each refusal names the role's place in the list.
 */
export async function checkRoles(tx: Tx, actor: Actor, roles: RoleInput[]): Promise<CheckedRole[]> {
  const schools = administeredSchools(actor);
  const classIds = [...new Set(roles.map((r) => r.classId).filter((c): c is string => !!c))];
  const classes = classIds.length
    ? await tx.selectFrom('class').select(['id', 'school_id']).where('id', 'in', classIds).execute()
    : [];
  const schoolOf = new Map(classes.map((c) => [c.id, c.school_id]));
  const seen = new Set<string>();
  return roles.map((r, i) => {
    const where = `Rolle ${i + 1}`;
    if (!schools.has(r.schoolId))
      throw new AppError('forbidden', `${where}: du er ikke administrator ved den skolen, og kan ikke gi roller der.`);
    const classId = r.classId || null;
    if (r.role === 'kontaktlaerer' && !classId)
      throw new AppError('validation', `${where}: en kontaktlærer må ha en klasse.`);
    if (classId && schoolOf.get(classId) !== r.schoolId)
      throw new AppError('validation', `${where}: klassen hører ikke til skolen.`);
    if (classId && r.role !== 'kontaktlaerer' && r.role !== 'faglaerer')
      throw new AppError('validation', `${where}: bare kontaktlærer og faglærer knyttes til en klasse.`);
    const subject = r.role === 'faglaerer' ? r.subject?.trim() || null : null;
    const key = `${r.role}|${r.schoolId}|${classId ?? ''}|${subject ?? ''}`;
    if (seen.has(key)) throw new AppError('validation', `${where}: rollen står to ganger.`);
    seen.add(key);
    return { role: r.role, schoolId: r.schoolId, classId, subject };
  });
}

/**
 * The account, if the administrator may manage it: staff with a role at one of their schools, or with no
 * role at all (made but not yet placed). Anyone else answers as an unknown id would, so the screen's
 * actions reveal nothing about other schools' staff beyond the list.
 */
export async function manageableAccount(tx: Tx, actor: Actor, userId: string) {
  const schools = [...administeredSchools(actor)];
  const user = await tx
    .selectFrom('app_user')
    .select(['id', 'username', 'kind', 'version', 'disabled_at', 'is_demo'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || schools.length === 0) throw notFound();
  const roles = await tx.selectFrom('role_assignment').select('school_id').where('user_id', '=', userId).execute();
  if (roles.length > 0 && !roles.some((r) => r.school_id && schools.includes(r.school_id))) throw notFound();
  return user;
}

const notFound = () =>
  new AppError('not_found', 'Fant ikke brukeren blant de ansatte ved skolen der du er administrator.');
