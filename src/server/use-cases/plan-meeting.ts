import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { caseForStaff } from '../cases/case-place';
import { presentMeeting } from '../presenters/meetings';
import { type MeetingInput } from '../cases/meetings';

export async function planMeeting(db: Db, actor: Actor, caseId: string, input: MeetingInput, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const { row, place } = await caseForStaff(tx, actor, caseId);
    if (row.status !== 'open')
      throw new AppError('validation', 'Saken er avsluttet. Gjenåpne den for å planlegge møter.');
    const m = await tx
      .insertInto('case_meeting')
      .values({
        id: randomUUID(),
        kommune_id: actor.kommuneId,
        case_id: caseId,
        kind: input.kind,
        scheduled_on: input.scheduledOn,
        scheduled_time: input.scheduledTime ?? null,
        place: input.place?.trim() ?? '',
        participants: input.participants,
        agenda: input.agenda.trim(),
        anonymised: input.anonymised ?? false,
        held_on: null,
        minutes: null,
        next_meeting_on: null,
        recorded_by: actor.userId,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('pupil_case').set({ last_activity_at: now }).where('id', '=', caseId).execute();
    await writeAudit(tx, actor, now, [
      {
        action: 'case.meeting.plan',
        pupilId: place.pupilId,
        entity: 'case_meeting',
        entityId: m.id,
        caseId,
        details: { caseId, meetingId: m.id },
      },
    ]);
    return presentMeeting(m);
  });
}
