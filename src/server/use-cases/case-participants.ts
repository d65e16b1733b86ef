// Participants of a case with their roles (foresatte, eleven, helsesykepleier, PPT …). Removing one
// keeps the row (removed_at), so the case shows who took part when.
import { randomUUID } from 'node:crypto';
import { LADDER_ROLES, type LadderRole } from '../../domain/ladder/ladder-schema';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';

export async function addParticipant(db: Db, actor: Actor, caseId: string, input: { name: string; role: LadderRole; userId?: string | null | undefined }, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    if (input.userId) {
      const user = await tx.selectFrom('app_user').select('id').where('id', '=', input.userId).executeTakeFirst();
      if (!user) throw new AppError('validation', 'Fant ikke brukeren.', { fields: [{ field: 'userId', message: 'Ukjent bruker' }] });
    }
    const id = randomUUID();
    await tx.insertInto('case_participant').values({ id, kommune_id: actor.kommuneId, case_id: caseId, name: input.name.trim(), role: input.role, user_id: input.userId ?? null, added_by: actor.userId, added_at: now, removed_at: null }).execute();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [{ action: 'case.participant.add', pupilId: place.pupilId, entity: 'case_participant', entityId: id, caseId, details: { caseId, participantId: id } }]);
    return { id, name: input.name.trim(), role: input.role, roleLabel: LADDER_ROLES[input.role] };
  });
}

export async function removeParticipant(db: Db, actor: Actor, caseId: string, participantId: string, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { place } = await caseForStaff(tx, actor, caseId);
    const done = await tx.updateTable('case_participant').set({ removed_at: now }).where('id', '=', participantId).where('case_id', '=', caseId).where('removed_at', 'is', null).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new AppError('not_found', 'Fant ikke deltakeren.');
    await writeAudit(tx, actor, now, [{ action: 'case.participant.remove', pupilId: place.pupilId, entity: 'case_participant', entityId: participantId, caseId, details: { caseId, participantId } }]);
  });
}
