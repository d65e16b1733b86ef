// The pupil a privacy operation is about, found through the school the pupil attends — or attended
// last, since requests of access and deletions often come after a pupil has left. Only the leadership
// or administrator of that school may act; anyone else, and every other kommune (RLS), gets "not found".
import type { Tx } from '../../db/create-db';
import type { ProtectedAddress, Role } from '../../db/schema';
import type { Actor } from '../actor';
import { AppError } from '../errors';

export type PrivacySubject = {
  pupilId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  protectedAddress: ProtectedAddress;
  schoolId: string;
  schoolName: string;
  className: string;
};

export async function pupilForPrivacy(tx: Tx, actor: Actor, pupilId: string, roles: Role[]): Promise<PrivacySubject> {
  const schoolIds = actor.roles.filter((r) => roles.includes(r.role) && r.schoolId).map((r) => r.schoolId!);
  const row = await tx
    .selectFrom('class_membership as m')
    .innerJoin('pupil as p', 'p.id', 'm.pupil_id')
    .innerJoin('class as c', 'c.id', 'm.class_id')
    .innerJoin('school as s', 's.id', 'c.school_id')
    .select([
      'p.id as pupilId',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'p.birth_date as birthDate',
      'p.protected_address as protectedAddress',
      's.id as schoolId',
      's.name as schoolName',
      'c.name as className',
    ])
    .where('p.id', '=', pupilId)
    // The current class first, else the one left last.
    .orderBy((eb) => eb.fn.coalesce('m.valid_to', eb.val('9999-12-31')), 'desc')
    .orderBy('m.valid_from', 'desc')
    .executeTakeFirst();
  if (!row || !schoolIds.includes(row.schoolId)) throw new AppError('not_found', 'Fant ikke eleven ved din skole.');
  return row;
}
