// «Endre roller» (issue 16 item 3): an administrator replaces an account's school roles at the schools
// they administer; the kommune-wide administrator replaces all of the account's roles (decision 111).
// Roles elsewhere stay as they are. Based on the version the screen showed: if someone
// changed the account since, nothing is written and the conflict message says so. Only accounts with a
// role at their schools (or none yet) can be changed here. An administrator
// cannot take their own administrator role away (someone else must). Audited with before and after.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError, conflictMessage } from '../errors';
import {
  administeredSchools,
  checkRoles,
  isKommuneAdmin,
  kindOf,
  manageableAccount,
  type RoleInput,
} from '../installation/staff-roles';

export async function changeAccountRoles(
  db: Db,
  actor: Actor,
  userId: string,
  input: { version: number; roles: RoleInput[] },
  now: Date,
): Promise<{ id: string; version: number }> {
  const kommuneAdmin = isKommuneAdmin(actor);
  return db.withContext(contextOf(actor), async (tx) => {
    // Read once and handed on: for the kommune-wide administrator it is every school of the kommune.
    const administered = await administeredSchools(tx, actor);
    const schools = [...administered];
    if (schools.length === 0 && !kommuneAdmin)
      throw new AppError('forbidden', 'Du er ikke administrator ved noen skole.');
    const user = await manageableAccount(tx, actor, userId, administered);
    if (user.kind !== 'staff' && !kommuneAdmin)
      throw new AppError('validation', 'Bare ansatte i skolen kan få skoleroller her.');
    const roles = await checkRoles(tx, actor, input.roles, administered);
    if (userId === actor.userId && kommuneAdmin) {
      if (!roles.some((r) => r.role === 'administrator' && !r.schoolId))
        throw new AppError(
          'conflict',
          'Du kan ikke ta fra deg din egen administratorrolle. Be en annen administrator om å gjøre det.',
        );
    } else if (userId === actor.userId) {
      const keeps = (schoolId: string) => roles.some((r) => r.role === 'administrator' && r.schoolId === schoolId);
      if (schools.some((s) => !keeps(s)))
        throw new AppError(
          'conflict',
          'Du kan ikke ta fra deg din egen administratorrolle. Be en annen administrator om å gjøre det.',
        );
    }
    // The kommune-wide administrator can turn a school's account into a service's or the kommune's: the
    // kind follows the roles (it decides how the account reaches cases, src/server/actor.ts).
    const kind = kommuneAdmin && roles.length > 0 ? kindOf(roles) : user.kind;
    const bumped = await tx
      .updateTable('app_user')
      .set({ version: sql`version + 1`, kind })
      .where('id', '=', userId)
      .where('version', '=', input.version)
      .returning('version')
      .executeTakeFirst();
    if (!bumped) throw new AppError('conflict', conflictMessage, { currentVersion: user.version });
    // The kommune-wide administrator's list is the account's whole list; a school's, the part at their schools.
    const before = await tx
      .selectFrom('role_assignment')
      .select(['role', 'school_id', 'class_id', 'subject', 'service_unit_id'])
      .where('user_id', '=', userId)
      .$if(!kommuneAdmin, (q) => q.where('school_id', 'in', schools))
      .execute();
    await tx
      .deleteFrom('role_assignment')
      .where('user_id', '=', userId)
      .$if(!kommuneAdmin, (q) => q.where('school_id', 'in', schools))
      .execute();
    if (roles.length) {
      await tx
        .insertInto('role_assignment')
        .values(
          roles.map((r) => ({
            id: randomUUID(),
            kommune_id: actor.kommuneId,
            user_id: userId,
            role: r.role,
            school_id: r.schoolId,
            class_id: r.classId,
            service_unit_id: r.serviceUnitId,
            subject: r.subject,
          })),
        )
        .execute();
    }
    const was = before.map((r) => ({
      role: r.role,
      schoolId: r.school_id,
      classId: r.class_id,
      subject: r.subject,
      serviceUnitId: r.service_unit_id,
    }));
    await writeAudit(tx, actor, now, [
      { action: 'user.roles', entity: 'app_user', entityId: userId, details: { before: was, after: roles } },
    ]);
    return { id: userId, version: bumped.version };
  });
}
