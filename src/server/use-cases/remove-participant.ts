import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';

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
