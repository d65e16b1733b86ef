// Participants of a case with their roles (foresatte, eleven, helsesykepleier, PPT …). Removing one
// keeps the row (removed_at), so the case shows who took part when.
import { LADDER_ROLES, type LadderRole } from '../../domain/ladder/ladder-schema';
import type { Tx } from '../../db/create-db';
import { AppError } from '../errors';
import { referencedUser, STAFF_KINDS } from '../access/user-reference';

/**
 * The account linked to a participant fits the role: a guardian's account only as «Foresatte», and only
 * a guardian of this pupil; the pupil has no account; every other role is a staff member of the kommune.
 */
export async function checkParticipantUser(tx: Tx, userId: string, role: LadderRole, pupilId: string) {
  if (role === 'elev')
    throw new AppError('validation', 'Eleven har ingen brukerkonto i Nærvær. La brukeren stå tom for eleven.', {
      fields: [{ field: 'userId', message: 'Eleven har ingen konto' }],
    });
  if (role !== 'foresatte') {
    await referencedUser(tx, userId, {
      field: 'userId',
      role: `Deltakeren (${LADDER_ROLES[role]})`,
      kinds: STAFF_KINDS,
    });
    return;
  }
  await referencedUser(tx, userId, { field: 'userId', role: 'Deltakeren (Foresatte)', kinds: ['guardian'] });
  const ofPupil = await tx
    .selectFrom('guardian as g')
    .innerJoin('guardian_pupil as gp', 'gp.guardian_id', 'g.id')
    .select('g.id')
    .where('g.user_id', '=', userId)
    .where('gp.pupil_id', '=', pupilId)
    .executeTakeFirst();
  if (!ofPupil)
    throw new AppError('validation', 'Kontoen tilhører ikke en foresatt til denne eleven.', {
      fields: [{ field: 'userId', message: 'Ikke foresatt til eleven' }],
    });
}
