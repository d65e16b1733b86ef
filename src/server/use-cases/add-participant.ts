import { randomUUID } from 'node:crypto';
import { LADDER_ROLES, type LadderRole } from '../../domain/ladder/ladder-schema';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { caseForStaff } from '../cases/case-place';
import { checkParticipantUser } from '../cases/participants';
import { notify } from '../inbox/notify';

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
    // The person added is told in the inbox; a partner without consent learns nothing more (decision 124).
    if (input.userId && input.userId !== actor.userId)
      await notify(
        tx,
        actor.kommuneId,
        [{ userId: input.userId, kind: 'participant', caseId, pupilId: place.pupilId, dedupeKey: `participant:${id}` }],
        now,
      );
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
