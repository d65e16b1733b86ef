// Mark a guardian's own address as fortrolig / strengt fortrolig (or clear it), where the pupil's is set
// (set-protected-address.ts): the school leadership of the pupil's school; audited; 409 on an old version
// (decision 153). A protected guardian's phone, e-mail and address are never shown to the other guardian.
import type { Db } from '../../db/create-db';
import type { ProtectedAddress } from '../../db/schema';
import { updateVersioned } from '../versioned';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { assertGuardianOfPupil, isLeadership, pupilForStaff } from '../absence/place';

export async function setGuardianProtectedAddress(
  db: Db,
  actor: Actor,
  input: { pupilId: string; guardianId: string; protectedAddress: ProtectedAddress; version: number },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForStaff(tx, actor, input.pupilId);
    if (!isLeadership(actor, place.schoolId))
      throw new AppError('forbidden', 'Bare skoleledelsen ved elevens skole kan sette fortrolig adresse.');
    await assertGuardianOfPupil(tx, place.pupilId, input.guardianId);
    const version = await updateVersioned(tx, 'guardian', input.guardianId, input.version, {
      protected_address: input.protectedAddress,
    });
    await writeAudit(tx, actor, now, [
      {
        action: 'pupil.guardian-protected-address.set',
        pupilId: place.pupilId,
        details: { guardianId: input.guardianId, protectedAddress: input.protectedAddress },
      },
    ]);
    return { guardianId: input.guardianId, protectedAddress: input.protectedAddress, version };
  });
}
