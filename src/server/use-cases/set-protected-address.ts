// Mark a pupil's address as fortrolig / strengt fortrolig (or clear it). School leadership and the
// school's administrator only; audited; refused with the conflict message if based on an old version.
import type { Db } from '../../db/create-db';
import type { ProtectedAddress } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';

const LEADERSHIP = new Set(['skoleledelse', 'administrator']);

export async function setProtectedAddress(
  db: Db,
  actor: Actor,
  input: { pupilId: string; protectedAddress: ProtectedAddress; version: number },
  now: Date,
) {
  const schoolIds = actor.roles.filter((r) => LEADERSHIP.has(r.role) && r.schoolId).map((r) => r.schoolId!);
  return db.withContext(contextOf(actor), async (tx) => {
    const inSchool = schoolIds.length
      ? await tx
          .selectFrom('class_membership as m')
          .innerJoin('class as c', 'c.id', 'm.class_id')
          .select('m.pupil_id')
          .where('m.pupil_id', '=', input.pupilId)
          .where('m.valid_to', 'is', null)
          .where('c.school_id', 'in', schoolIds)
          .executeTakeFirst()
      : undefined;
    if (!inSchool) throw new AppError('not_found', 'Fant ikke eleven ved din skole.');
    const version = await updateVersioned(tx, 'pupil', input.pupilId, input.version, {
      protected_address: input.protectedAddress,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'pupil.protected-address.set',
        pupilId: input.pupilId,
        details: { protectedAddress: input.protectedAddress },
      },
    ]);
    return { id: input.pupilId, protectedAddress: input.protectedAddress, version };
  });
}
