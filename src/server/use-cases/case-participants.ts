// Participants of a case with their roles (foresatte, eleven, helsesykepleier, PPT …). Removing one
// keeps the row (removed_at), so the case shows who took part when.
import { randomUUID } from 'node:crypto';
import { LADDER_ROLES, type LadderRole } from '../../domain/ladder/ladder-schema';
import type { Db, Tx } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { referencedUser, STAFF_KINDS } from '../access/user-reference';

export async function addParticipant(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { name: string; role: LadderRole; userId?: string | null | undefined },
  now: Date,
) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    if (input.userId) await checkParticipantUser(tx, input.userId, input.role, place.pupilId);
    const id = randomUUID();
    await tx
      .insertInto('case_participant')
      .values({
        id,
        kommune_id: actor.kommuneId,
        case_id: caseId,
        name: input.name.trim(),
        role: input.role,
        user_id: input.userId ?? null,
        added_by: actor.userId,
        added_at: now,
        removed_at: null,
      })
      .execute();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.participant.add',
        pupilId: place.pupilId,
        entity: 'case_participant',
        entityId: id,
        caseId,
        details: { caseId, participantId: id },
      },
    ]);
    return { id, name: input.name.trim(), role: input.role, roleLabel: LADDER_ROLES[input.role] };
  });
}

/**
 * The account linked to a participant fits the role: a guardian's account only as «Foresatte», and only
 * a guardian of this pupil; the pupil has no account; every other role is a staff member of the kommune.
 */
async function checkParticipantUser(tx: Tx, userId: string, role: LadderRole, pupilId: string) {
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

export async function removeParticipant(db: Db, actor: Actor, caseId: string, participantId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const done = await tx
      .updateTable('case_participant')
      .set({ removed_at: now })
      .where('id', '=', participantId)
      .where('case_id', '=', caseId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new AppError('not_found', 'Fant ikke deltakeren.');
    await writeAudit(tx, actor, now, [
      {
        action: 'case.participant.remove',
        pupilId: place.pupilId,
        entity: 'case_participant',
        entityId: participantId,
        caseId,
        details: { caseId, participantId },
      },
    ]);
  });
}
