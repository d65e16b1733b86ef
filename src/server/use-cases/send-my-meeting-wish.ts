// What the pupil wants the adults to know before a meeting, and who they want there (decision 184). Each
// sending is a new entry in the pupil's open case (the case shows them all, the pupil's page the latest).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/create-db';
import type { SendMyMeetingWishBody } from '../../contract/pupil-page';
import { contextOf, type Actor } from '../actor';
import { writeAudit } from '../audit';
import { AppError } from '../errors';
import { pupilForSelf } from '../absence/place';
import { openCaseOf, tellSchoolPupilWrote } from '../pupil-page/pupil-entries';
import { presentMeetingWish } from '../presenters/pupil-page';

export async function sendMyMeetingWish(db: Db, actor: Actor, body: SendMyMeetingWishBody, now: Date) {
  return db.withContext(contextOf(actor), async (tx) => {
    const place = await pupilForSelf(tx, actor);
    const open = await openCaseOf(tx, place.pupilId);
    if (!open)
      throw new AppError('validation', 'Du har ingen oppfølging på skolen nå, så det er ingen som skal lese svaret.');
    const wantAdultsToKnow = body.wantAdultsToKnow.trim();
    const whoElse = body.whoElse.trim();
    if (!wantAdultsToKnow && body.who.length === 0 && !whoElse)
      throw new AppError('validation', 'Skriv noe du vil at de voksne skal vite, eller velg hvem du vil ha med.', {
        fields: [{ field: 'wantAdultsToKnow', message: 'Skriv noe, eller velg hvem du vil ha med' }],
      });
    const id = randomUUID();
    const row = await tx
      .insertInto('pupil_meeting_wish')
      .values({
        id,
        kommune_id: actor.kommuneId,
        pupil_id: place.pupilId,
        case_id: open.id,
        want_adults_to_know: wantAdultsToKnow,
        who: [...new Set(body.who)],
        who_else: whoElse,
        written_by: actor.userId,
        written_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    // The contact teacher and the stafettholder are told there is something new (decision 206).
    await tellSchoolPupilWrote(tx, actor.kommuneId, open, place, { kind: 'wish', id }, now);
    await writeAudit(tx, actor, now, [
      {
        action: 'pupil.meeting-wish.create',
        pupilId: place.pupilId,
        caseId: open.id,
        entity: 'pupil_meeting_wish',
        entityId: id,
      },
    ]);
    return presentMeetingWish(row);
  });
}
