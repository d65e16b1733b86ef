// Roles an administrator gives on the «Brukere» screen (issue 16 item 3, decisions 080 and 111). A school's
// administrator gives school roles at the schools where they are administrator; roles elsewhere (another
// school, a service, the school owner) are not theirs to give or take, and are shown but left as they are.
// The kommune-wide administrator (the administrator role without a school) administers every school of the
// kommune and also gives the school owner's role, the service roles at a service unit, and the kommune-wide
// administrator's own role. Neither sees a pupil because of it: the scope of classes counts school roles
// only (src/server/access/scope.ts).
import type { Tx } from '../../db/create-db';
import type { Role, UserKind } from '../../db/schema';
import type { Actor } from '../actor';
import { AppError } from '../errors';
import { type AssignableRole, isOneOf, SCHOOL_ROLES, SERVICE_ROLE_UNITS, SERVICE_ROLES } from '../../contract/enums';

export { SCHOOL_ROLES, type SchoolRole } from '../../contract/enums';
// The contract's role list and the database's role type must not drift apart.
const _schoolRolesAreRoles = SCHOOL_ROLES satisfies readonly Role[];

export type RoleInput = {
  role: AssignableRole;
  schoolId?: string | null | undefined;
  classId?: string | null | undefined;
  subject?: string | null | undefined;
  serviceUnitId?: string | null | undefined;
};
export type CheckedRole = {
  role: AssignableRole;
  schoolId: string | null;
  classId: string | null;
  subject: string | null;
  serviceUnitId: string | null;
};

/** Whether the actor is the kommune-wide administrator (the administrator role held without a school). */
export function isKommuneAdmin(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'administrator' && !r.schoolId);
}

/** The schools the actor administers: where they are administrator, or every school for the kommune-wide one. */
export async function administeredSchools(tx: Tx, actor: Actor): Promise<Set<string>> {
  if (isKommuneAdmin(actor)) {
    const all = await tx.selectFrom('school').select('id').where('kommune_id', '=', actor.kommuneId).execute();
    return new Set(all.map((s) => s.id));
  }
  return new Set(actor.roles.filter((r) => r.role === 'administrator' && r.schoolId).map((r) => r.schoolId!));
}

/**
 * Checks roles against what the actor may give: school roles at the schools they administer (a contact
 * teacher needs a class, a subject teacher may name one and a subject, the others hold the whole school);
 * for the kommune-wide administrator also the school owner and the kommune-wide administrator (no place)
 * and the service roles (at a unit of the matching kind). Each refusal names the role's place in the list.
 * `administered`: the actor's administered schools when the caller has read them already.
 */
export async function checkRoles(
  tx: Tx,
  actor: Actor,
  roles: RoleInput[],
  administered?: Set<string>,
): Promise<CheckedRole[]> {
  const schools = administered ?? (await administeredSchools(tx, actor));
  const kommuneAdmin = isKommuneAdmin(actor);
  const classIds = [...new Set(roles.map((r) => r.classId).filter((c): c is string => !!c))];
  const classes = classIds.length
    ? await tx.selectFrom('class').select(['id', 'school_id']).where('id', 'in', classIds).execute()
    : [];
  const schoolOf = new Map(classes.map((c) => [c.id, c.school_id]));
  const unitIds = [...new Set(roles.map((r) => r.serviceUnitId).filter((u): u is string => !!u))];
  const units = unitIds.length
    ? await tx
        .selectFrom('service_unit')
        .select(['id', 'kind'])
        .where('id', 'in', unitIds)
        .where('kommune_id', '=', actor.kommuneId)
        .execute()
    : [];
  const unitKind = new Map(units.map((u) => [u.id, u.kind]));
  const services = roles.filter((r) => isOneOf(SERVICE_ROLES, r.role)).length;
  if (services > 0 && services < roles.length)
    // A service partner sees cases through consent alone (decision 051); a school or kommune role beside it
    // would make one account both, and the consent guard would not know which it acts as.
    throw new AppError(
      'validation',
      'En tjenesterolle kan ikke stå sammen med skole- eller kommuneroller. Lag en egen bruker for tjenesten.',
    );
  const seen = new Set<string>();
  return roles.map((r, i) => {
    const where = `Rolle ${i + 1}`;
    const checked = checkOne(r, where, { schools, kommuneAdmin, schoolOf, unitKind });
    const key = `${checked.role}|${checked.schoolId ?? ''}|${checked.classId ?? ''}|${checked.subject ?? ''}|${checked.serviceUnitId ?? ''}`;
    if (seen.has(key)) throw new AppError('validation', `${where}: rollen står to ganger.`);
    seen.add(key);
    return checked;
  });
}

type Known = {
  schools: Set<string>;
  kommuneAdmin: boolean;
  schoolOf: Map<string, string>;
  unitKind: Map<string, string>;
};

function checkOne(r: RoleInput, where: string, known: Known): CheckedRole {
  const place = { schoolId: null, classId: null, subject: null, serviceUnitId: null };
  const onlyKommuneAdmin = () =>
    new AppError('forbidden', `${where}: bare kommunens administrator kan gi rollen, ikke en skoles administrator.`);
  if (isOneOf(SERVICE_ROLES, r.role)) {
    if (!known.kommuneAdmin) throw onlyKommuneAdmin();
    if (r.classId) throw new AppError('validation', `${where}: en tjenesterolle gjelder en tjeneste, ikke en klasse.`);
    // The school health service is given per school (decision 196): a helsesykepleier's role may name the
    // school she works at, one row per school; the other services reach pupils through consent alone.
    if (r.schoolId && r.role !== 'helsesykepleier')
      throw new AppError(
        'validation',
        `${where}: bare helsesykepleier knyttes til en skole; de andre tjenestene ser saker gjennom samtykke.`,
      );
    if (r.schoolId && !known.schools.has(r.schoolId))
      throw new AppError('validation', `${where}: skolen finnes ikke i kommunen.`);
    const unit = r.serviceUnitId || null;
    if (!unit) throw new AppError('validation', `${where}: velg tjenesten rollen gjelder.`);
    if (known.unitKind.get(unit) !== SERVICE_ROLE_UNITS[r.role])
      throw new AppError('validation', `${where}: tjenesten passer ikke til rollen.`);
    return { ...place, role: r.role, serviceUnitId: unit, schoolId: r.schoolId || null };
  }
  if (r.serviceUnitId) throw new AppError('validation', `${where}: bare tjenesteroller knyttes til en tjeneste.`);
  if (r.role === 'skoleeier' || r.role === 'avdelingsdirektor' || (r.role === 'administrator' && !r.schoolId)) {
    if (!known.kommuneAdmin) throw onlyKommuneAdmin();
    if (r.schoolId || r.classId)
      throw new AppError('validation', `${where}: rollen gjelder hele kommunen, ikke en skole eller klasse.`);
    return { ...place, role: r.role };
  }
  if (!r.schoolId) throw new AppError('validation', `${where}: velg skolen rollen gjelder.`);
  if (!known.schools.has(r.schoolId))
    throw new AppError('forbidden', `${where}: du er ikke administrator ved den skolen, og kan ikke gi roller der.`);
  const classId = r.classId || null;
  if (r.role === 'kontaktlaerer' && !classId)
    throw new AppError('validation', `${where}: en kontaktlærer må ha en klasse.`);
  if (classId && known.schoolOf.get(classId) !== r.schoolId)
    throw new AppError('validation', `${where}: klassen hører ikke til skolen.`);
  if (classId && r.role !== 'kontaktlaerer' && r.role !== 'faglaerer')
    throw new AppError('validation', `${where}: bare kontaktlærer og faglærer knyttes til en klasse.`);
  const subject = r.role === 'faglaerer' ? r.subject?.trim() || null : null;
  return { ...place, role: r.role, schoolId: r.schoolId, classId, subject };
}

/**
 * The account, if the administrator may manage it. The kommune-wide administrator manages every account
 * of the kommune but the guardians'; a school's administrator, staff with a role at one of their schools
 * or with no role at all (made but not yet placed). Anyone else answers as an unknown id would, so the
 * screen's actions reveal nothing about other schools' staff beyond the list. `administered` as for `checkRoles`.
 */
export async function manageableAccount(tx: Tx, actor: Actor, userId: string, administered?: Set<string>) {
  const user = await tx
    .selectFrom('app_user')
    .select(['id', 'username', 'kind', 'version', 'disabled_at', 'is_demo'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.kind === 'guardian' || user.kind === 'pupil') throw notFound();
  if (isKommuneAdmin(actor)) return user;
  const schools = [...(administered ?? (await administeredSchools(tx, actor)))];
  if (schools.length === 0) throw notFound();
  const roles = await tx
    .selectFrom('role_assignment')
    .select(['school_id', 'service_unit_id'])
    .where('user_id', '=', userId)
    .execute();
  // A helsesykepleier's school (decision 207) does not make her the school's staff: a service's roles are
  // the kommune-wide administrator's to give.
  const atTheirSchool = (r: (typeof roles)[number]) =>
    r.school_id !== null && r.service_unit_id === null && schools.includes(r.school_id);
  if (roles.length > 0 && !roles.some(atTheirSchool)) throw notFound();
  return user;
}

const notFound = () =>
  new AppError('not_found', 'Fant ikke brukeren blant de ansatte ved skolen der du er administrator.');

/** A service's account when its roles are at a service unit, the kommune's when none is at a school, else a school's. */
export function kindOf(roles: CheckedRole[]): UserKind {
  if (roles.some((r) => r.serviceUnitId)) return 'service';
  if (roles.every((r) => !r.schoolId)) return 'municipal';
  return 'staff';
}
