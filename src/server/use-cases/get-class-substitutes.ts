// «Vikar i dag» (issue 21 item 4, decision 207): the leadership's screen for naming the substitute of the day
// reads who is named for a class on a date and whom it may name — the teachers of the school (a contact or
// subject teacher's role there), not deactivated. The list is staff data, not a pupil's: no audit row; the
// change itself is audited by set-class-substitutes.ts.
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { AppError } from '../errors';

export async function getClassSubstitutes(db: Db, actor: Actor, classId: string, date: string) {
  return db.withContext(contextOf(actor), async (tx) => {
    const cls = await tx
      .selectFrom('class')
      .select(['id', 'name', 'school_id'])
      .where('id', '=', classId)
      .executeTakeFirst();
    const leads = cls && actor.roles.some((r) => r.role === 'skoleledelse' && r.schoolId === cls.school_id);
    if (!cls || !leads) throw new AppError('not_found', 'Fant ikke klassen, eller du har ikke tilgang til den.');
    const named = await tx
      .selectFrom('class_substitute as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select(['u.id', 'u.display_name'])
      .where('s.class_id', '=', classId)
      .where('s.date', '=', date)
      .execute();
    const teachers = await tx
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .leftJoin('class as c', 'c.id', 'r.class_id')
      .select(['u.id', 'u.display_name'])
      .distinct()
      .where('r.role', 'in', ['kontaktlaerer', 'faglaerer'])
      .where((eb) => eb.or([eb('r.school_id', '=', cls.school_id), eb('c.school_id', '=', cls.school_id)]))
      .where('u.kind', '=', 'staff')
      .where('u.disabled_at', 'is', null)
      .execute();
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');
    return {
      classId: cls.id,
      className: cls.name,
      date,
      substitutes: named.map((u) => ({ userId: u.id, name: u.display_name })).sort(byName),
      candidates: teachers.map((u) => ({ userId: u.id, name: u.display_name })).sort(byName),
    };
  });
}
